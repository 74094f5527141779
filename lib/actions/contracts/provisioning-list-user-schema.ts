// Provisioning List User Schema: SCIM /Schemas, else described from the spec's user record.
import { scimUserSchema } from "../draft-scim-schemas";
import { specUserSchema } from "../draft-spec-schema";
import { defineContractAction } from "./shared/define";
import { notDiscovery, schemaList } from "./shared/schema-discovery";

export default defineContractAction({
  contract: "Provisioning List User Schema",
  recognise: (facts) => schemaList(facts, "schema"),
  unfit: notDiscovery,
  draft: (target) => scimUserSchema(target.contract, target.action, target.document, target.index),
  draftWithoutOperation: (contract, document, _index, plan) => specUserSchema(contract, document, plan),
});
