// Provisioning List Groups: the groups list, page by page, each group mapped to a SCIM group.
import { bodyEvidence, combine, scoreOperation } from "../score";
import { styleOfFacts } from "../styles";
import { GROUP_NAME_PARAMETERS } from "../words";
import { defineContractAction } from "./shared/define";
import { searchOnly } from "./shared/evidence";
import { listDraft } from "./shared/list-flow";

export default defineContractAction({
  contract: "Provisioning List Groups",
  recognise(facts) {
    if (facts.requiredQueryNames.some((name) => GROUP_NAME_PARAMETERS.has(name))) return undefined;
    return combine(
      scoreOperation(facts, { entity: "group", actions: ["list"], one: false, methods: ["get"] }),
      bodyEvidence(facts, "group", "response"),
      styleOfFacts(facts).pagingEvidence(facts),
      searchOnly(facts),
    );
  },
  draft: (target) => listDraft(target, "group"),
});
