// Provisioning Deactivate User: see shared/lifecycle.ts.
import { defineContractAction } from "./shared/define";
import { draftLifecycle, recogniseLifecycle } from "./shared/lifecycle";

export default defineContractAction({
  contract: "Provisioning Deactivate User",
  recognise: recogniseLifecycle("deactivate"),
  draft: draftLifecycle("inactive"),
});
