// Provisioning List Users: the users list, page by page, each user mapped to a SCIM user.
import { bodyEvidence, combine } from "../score";
import { styleOfFacts } from "../styles";
import { USER_NAME_PARAMETERS } from "../words";
import { defineContractAction } from "./shared/define";
import { listOrSearch } from "./shared/evidence";
import { searchOnly } from "./shared/evidence";
import { listDraft } from "./shared/list-flow";

export default defineContractAction({
  contract: "Provisioning List Users",
  recognise(facts) {
    if (facts.requiredQueryNames.some((name) => USER_NAME_PARAMETERS.has(name))) return undefined;
    return combine(
      listOrSearch(facts, "user"),
      bodyEvidence(facts, "user", "response"),
      styleOfFacts(facts).pagingEvidence(facts),
      searchOnly(facts),
    );
  },
  draft: (target) => listDraft(target, "user"),
});
