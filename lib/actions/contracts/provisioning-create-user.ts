// Provisioning Create User: POST (or PUT) a user built from the contract's SCIM user.
import { bodyEvidence, combine, scoreOperation } from "../score";
import { defineContractAction } from "./shared/define";
import { userRecordFlow } from "./shared/record-flow";

export default defineContractAction({
  contract: "Provisioning Create User",
  recognise: (facts) =>
    combine(
      scoreOperation(facts, { entity: "user", actions: ["create"], one: false, methods: ["post", "put"] }),
      bodyEvidence(facts, "user", "request"),
    ),
  draft: (target) => userRecordFlow(target, true),
});
