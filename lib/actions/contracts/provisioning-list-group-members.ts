// Provisioning List Group Members: a members sub-resource scoped to one group, else the style's membership model
// (a SCIM group carries its members).
import { combine, scoreOperation } from "../score";
import { styleOfFacts } from "../styles";
import { defineContractAction } from "./shared/define";

export default defineContractAction({
  contract: "Provisioning List Group Members",
  recognise(facts) {
    const style = styleOfFacts(facts);
    const listed = scoreOperation(facts, {
      entity: "membership",
      actions: ["list"],
      one: false,
      under: "group",
      methods: ["get"],
    });
    if (listed) {
      const scoped =
        facts.parentHasId || facts.queryNames.some((name) => ["groupid", "group", "usergroup"].includes(name));
      return scoped ? combine(listed, style.pagingEvidence(facts)) : undefined;
    }
    return style.membersWithGroup(facts);
  },
  draft: (target) => target.style.membersList(target),
});
