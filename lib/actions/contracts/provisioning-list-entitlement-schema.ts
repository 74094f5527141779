// Provisioning List Entitlement Schema: the SCIM /ResourceTypes an entitlement-managing API declares.
import { scimEntitlementSchema } from "../draft-scim-entitlements";
import { defineContractAction } from "./shared/define";
import { notDiscovery, schemaList } from "./shared/schema-discovery";

export default defineContractAction({
  contract: "Provisioning List Entitlement Schema",
  recognise: (facts) => schemaList(facts, "resourcetype"),
  unfit: notDiscovery,
  draft: (target) => scimEntitlementSchema(target.contract, target.action, target.document, target.index),
});
