// Provisioning Remove Group Members: see shared/membership.ts and the style's membership model.
import { defineContractAction } from "./shared/define";
import { recogniseMembershipChange } from "./shared/membership";

export default defineContractAction({
  contract: "Provisioning Remove Group Members",
  recognise: recogniseMembershipChange("remove"),
  draft: (target) => target.style.membersChange(target, "remove"),
});
