// Provisioning List Entitlement Schema Property Values: an entitlements list; drafted, without one, from the
// SCIM entitlement resources under the spec's SCIM base path.
import { scimBasePath, scimEntitlementValues } from "../draft-scim-entitlements";
import { combine, scoreOperation } from "../score";
import { styleOfFacts } from "../styles";
import { defineContractAction } from "./shared/define";

export default defineContractAction({
  contract: "Provisioning List Entitlement Schema Property Values",
  recognise: (facts) =>
    combine(
      scoreOperation(facts, { entity: "entitlement", actions: ["list"], one: false, methods: ["get"] }),
      styleOfFacts(facts).pagingEvidence(facts),
    ),
  draftWithoutOperation(contract, _document, index) {
    const basePath = scimBasePath(index);
    return basePath === undefined ? undefined : scimEntitlementValues(contract, basePath);
  },
});
