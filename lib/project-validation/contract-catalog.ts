// The contract catalog (lib/contracts) as the validator's rules read it: each contract's OIN operation and output
// schema; operation groups in the OIN Wizard's camelCase toggles ("group operations" → "groupOperations").
import { CONTRACTS } from "../contracts/catalog";
import type { ContractCatalog } from "../validator/model";

const camelCase = (words: string) => words.replace(/ (\w)/g, (_match, letter: string) => letter.toUpperCase());

export const CONTRACT_CATALOG: ContractCatalog = {
  contracts: CONTRACTS.map((contract) => ({
    name: contract.name,
    capability: contract.capability,
    operationGroup: camelCase(contract.operationGroup),
    required: contract.required,
    outputSchema: contract.output as ContractCatalog["contracts"][number]["outputSchema"],
  })),
};
