// Provisioning Update User: replace a user's profile with the contract's SCIM user.
import { bodyEvidence, combine, scoreOperation } from "../score";
import { defineContractAction } from "./shared/define";
import { found, none, WRITE } from "./shared/evidence";
import { userRecordFlow } from "./shared/record-flow";

export default defineContractAction({
  contract: "Provisioning Update User",
  recognise: (facts) =>
    combine(
      scoreOperation(facts, { entity: "user", actions: ["update"], one: true, methods: WRITE.slice() }),
      bodyEvidence(facts, "user", "request"),
      facts.operation.method === "put" ? found(0.03, "PUT replaces the profile") : none,
    ),
  draft: (target) => userRecordFlow(target, true),
});
