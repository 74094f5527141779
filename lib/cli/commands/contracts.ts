// `ib contracts [--json]`: the 22 API Integration Action contracts with their input and output schemas.
import { CONTRACTS } from "../../contracts/catalog";
import { contractJson } from "../../contracts/publish";
import { defineCommand } from "../command";

type ContractJson = ReturnType<typeof contractJson>;

function contractsOutput(contracts: ContractJson[]) {
  const width = Math.max(...contracts.map((entry) => entry.name.length));
  const lines = contracts.map(
    (entry) =>
      `${entry.name.padEnd(width)}  ${entry.capability.padEnd(21)}  ${entry.operationGroup.padEnd(21)}  ${entry.required ? "required" : "optional"}`,
  );
  return {
    result: { contracts },
    text: `${lines.join("\n")}\n\n${contracts.length} contracts; schemas with --json or in docs/contracts/.`,
  };
}

export const contracts = defineCommand({
  name: "contracts",
  usage: "",
  positionals: 0,
  run: async () => contractsOutput(CONTRACTS.map(contractJson)),
  route: {
    call: () => ({}),
    output: (answer) => contractsOutput((answer.json as { contracts: ContractJson[] }).contracts),
  },
});
