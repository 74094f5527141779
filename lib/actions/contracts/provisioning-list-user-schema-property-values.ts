// Provisioning List User Schema Property Values: the allowed values SCIM /Schemas or the spec's enums carry.
import { scimUserSchemaValues } from "../draft-scim-schemas";
import { specUserSchemaValues } from "../draft-spec-schema";
import { defineContractAction } from "./shared/define";
import { notDiscovery, schemaList } from "./shared/schema-discovery";

export default defineContractAction({
  contract: "Provisioning List User Schema Property Values",
  recognise(facts) {
    const listed = schemaList(facts, "schema");
    return listed && { score: listed.score - 0.15, reasons: [...listed.reasons, "the schemas carry allowed values"] };
  },
  unfit: notDiscovery,
  draft: (target) => scimUserSchemaValues(target.contract, target.action, target.document, target.index),
  draftWithoutOperation: (contract, document, _index, plan) => specUserSchemaValues(contract, document, plan),
});
