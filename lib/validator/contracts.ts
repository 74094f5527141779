// The contract catalog as the rules see it: each contract's OIN operation and its output schema.
import { CONTRACTS } from "../contracts/catalog";
import type { ContractCatalog } from "./model";

export const ACTION_CONTRACTS: ContractCatalog = {
  contracts: CONTRACTS.map((contract) => ({
    name: contract.name,
    capability: contract.capability,
    operationGroup: contract.operationGroup,
    required: contract.required,
    outputSchema: contract.output as ContractCatalog["contracts"][number]["outputSchema"],
  })),
};
