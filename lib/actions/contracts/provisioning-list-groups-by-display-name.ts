// Provisioning List Groups by Display Name: the groups list narrowed by name in the style's query language.
import { fromEvent } from "../../generate/bindings";
import { combine, scoreOperation } from "../score";
import { GROUP_NAME_PARAMETERS } from "../words";
import { defineContractAction } from "./shared/define";
import { nameFilter } from "./shared/evidence";
import { listDraft } from "./shared/list-flow";

export default defineContractAction({
  contract: "Provisioning List Groups by Display Name",
  recognise(facts) {
    const filter = nameFilter(facts, GROUP_NAME_PARAMETERS);
    return (
      filter &&
      combine(
        scoreOperation(facts, { entity: "group", actions: ["list", "read"], one: false, methods: ["get"] }),
        filter,
      )
    );
  },
  draft: (target) =>
    listDraft(
      target,
      "group",
      ({ style, queryNames }) =>
        style.equalsFilter("displayName", fromEvent("displayName"), queryNames) ??
        "no query parameter takes the group's name",
    ),
});
