// `ib contracts [--json]`: the 22 API Integration Action contracts with their input and output schemas.
import { CONTRACTS } from "../../contracts/catalog";
import { contractJson } from "../../contracts/publish";
import { defineCommand } from "../command";

export const contracts = defineCommand({
  name: "contracts",
  usage: "",
  positionals: 0,
  async run() {
    const width = Math.max(...CONTRACTS.map((entry) => entry.name.length));
    const lines = CONTRACTS.map(
      (entry) =>
        `${entry.name.padEnd(width)}  ${entry.capability.padEnd(21)}  ${entry.operationGroup.padEnd(21)}  ${entry.required ? "required" : "optional"}`,
    );
    return {
      result: { contracts: CONTRACTS.map(contractJson) },
      text: `${lines.join("\n")}\n\n${CONTRACTS.length} contracts; schemas with --json or in docs/contracts/.`,
    };
  },
});
