// Provisioning Activate User: see shared/lifecycle.ts.
import { defineContractAction } from "./shared/define";
import { draftLifecycle, recogniseLifecycle } from "./shared/lifecycle";

export default defineContractAction({
  contract: "Provisioning Activate User",
  recognise: recogniseLifecycle("activate"),
  draft: draftLifecycle("active"),
});
