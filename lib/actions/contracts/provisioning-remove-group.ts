// Provisioning Remove Group: delete one group.
import { scoreOperation } from "../score";
import { defineContractAction } from "./shared/define";
import { statusOnlyFlow } from "./shared/status-flow";

export default defineContractAction({
  contract: "Provisioning Remove Group",
  recognise: (facts) =>
    scoreOperation(facts, { entity: "group", actions: ["delete"], one: true, methods: ["delete", "post"] }),
  draft: (target) => statusOnlyFlow(target),
});
