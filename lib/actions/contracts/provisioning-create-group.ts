// Provisioning Create Group: POST (or PUT) a group named and described from the contract's group.
import { bodyEvidence, combine, scoreOperation } from "../score";
import { defineContractAction } from "./shared/define";
import { groupRecordFlow } from "./shared/record-flow";

export default defineContractAction({
  contract: "Provisioning Create Group",
  recognise: (facts) =>
    combine(
      scoreOperation(facts, { entity: "group", actions: ["create"], one: false, methods: ["post", "put"] }),
      bodyEvidence(facts, "group", "request"),
    ),
  draft: (target) => groupRecordFlow(target, true),
});
