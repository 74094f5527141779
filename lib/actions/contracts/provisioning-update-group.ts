// Provisioning Update Group: rename or describe a group, keeping its members.
import { combine, scoreOperation } from "../score";
import { styleOfFacts } from "../styles";
import { defineContractAction } from "./shared/define";
import { WRITE } from "./shared/evidence";
import { groupRecordFlow } from "./shared/record-flow";

export default defineContractAction({
  contract: "Provisioning Update Group",
  recognise: (facts) =>
    combine(
      scoreOperation(facts, { entity: "group", actions: ["update"], one: true, methods: WRITE.slice() }),
      styleOfFacts(facts).groupUpdateEvidence(facts),
    ),
  draft: (target) => groupRecordFlow(target, true),
});
