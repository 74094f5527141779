// Provisioning Get Group by ID: read one group by its id.
import { scoreOperation } from "../score";
import { defineContractAction } from "./shared/define";
import { groupRecordFlow } from "./shared/record-flow";

export default defineContractAction({
  contract: "Provisioning Get Group by ID",
  recognise: (facts) => scoreOperation(facts, { entity: "group", actions: ["read"], one: true, methods: ["get"] }),
  draft: (target) => groupRecordFlow(target, false),
});
