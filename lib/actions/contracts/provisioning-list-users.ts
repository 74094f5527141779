// Provisioning List Users: the users list, page by page, each user mapped to a SCIM user.
import { bodyEvidence, combine, scoreOperation } from "../score";
import { styleOfFacts } from "../styles";
import { USER_NAME_PARAMETERS } from "../words";
import { defineContractAction } from "./shared/define";
import { listDraft } from "./shared/list-flow";

export default defineContractAction({
  contract: "Provisioning List Users",
  recognise(facts) {
    if (facts.requiredQueryNames.some((name) => USER_NAME_PARAMETERS.has(name))) return undefined;
    return combine(
      scoreOperation(facts, { entity: "user", actions: ["list"], one: false, methods: ["get"] }),
      bodyEvidence(facts, "user", "response"),
      styleOfFacts(facts).pagingEvidence(facts),
    );
  },
  draft: (target) => listDraft(target, "user"),
});
