// Provisioning Add Group Members: see shared/membership.ts and the style's membership model.
import { defineContractAction } from "./shared/define";
import { recogniseMembershipChange } from "./shared/membership";

export default defineContractAction({
  contract: "Provisioning Add Group Members",
  recognise: recogniseMembershipChange("add"),
  draft: (target) => target.style.membersChange(target, "add"),
});
