// The published form of the catalog: docs/contracts.md and one docs/contracts/<slug>.json per contract.
// scripts/export-contracts.ts writes these texts; a test fails when the committed files differ.
import { type Contract, CONTRACTS, contractSlug } from "./catalog";
import { type ContractField, contractFields } from "./fields";
import { ENTERPRISE_USER_URN } from "./shapes";

/** The JSON of one contract, as `ib contracts --json` and `GET /api/contracts` list it. */
export function contractJson(entry: Contract) {
  return {
    name: entry.name,
    capability: entry.capability,
    operationGroup: entry.operationGroup,
    required: entry.required,
    input: entry.input,
    output: entry.output,
  };
}

/** Published files by path relative to the repository root. */
export function publishedContractFiles(): Record<string, string> {
  const files: Record<string, string> = { "docs/contracts.md": contractsMarkdown() };
  for (const entry of CONTRACTS)
    files[`docs/contracts/${contractSlug(entry.name)}.json`] = `${JSON.stringify(contractJson(entry), null, 2)}\n`;
  return files;
}

function fieldRows(fields: ContractField[]): string[] {
  if (!fields.length) return ["(none)"];
  return [
    "| field | type | required |",
    "| --- | --- | --- |",
    ...fields.map(
      (field) =>
        `| \`${field.path}\` | ${field.type}${field.enum ? ` (${field.enum.join(" \\| ")})` : ""} | ${field.required ? "yes" : ""} |`,
    ),
  ];
}

function contractsMarkdown(): string {
  const lines = [
    "# API Integration Action contracts",
    "",
    "Generated from `lib/contracts/` by `npx tsx scripts/export-contracts.ts`; do not edit by hand.",
    "Each contract's JSON Schema (2020-12) for its input and output is in `docs/contracts/<name>.json`;",
    "`ib contracts --json` and `GET /api/contracts` list the same. Every output carries `executionStatus`",
    "(SUCCEEDED, or FAILED with `errors[]`). `<ENT>` in the field paths below stands for the enterprise",
    `extension property \`${ENTERPRISE_USER_URN}\`.`,
    "",
    "| contract | capability | OIN operation group | required |",
    "| --- | --- | --- | --- |",
    ...CONTRACTS.map(
      (entry) =>
        `| [${entry.name}](#${contractSlug(entry.name)}) | ${entry.capability} | ${entry.operationGroup} | ${entry.required ? "yes" : "no"} |`,
    ),
  ];
  const shorten = (fields: ContractField[]) =>
    fields.map((field) => ({ ...field, path: field.path.replace(ENTERPRISE_USER_URN, "<ENT>") }));
  for (const entry of CONTRACTS) {
    lines.push(
      "",
      `## ${entry.name}`,
      "",
      `${entry.summary} Schema: [docs/contracts/${contractSlug(entry.name)}.json](contracts/${contractSlug(entry.name)}.json).`,
      "",
      "### Input",
      "",
      ...fieldRows(shorten(contractFields(entry.input))),
      "",
      "### Output",
      "",
      ...fieldRows(shorten(contractFields(entry.output))),
    );
  }
  return `${lines.join("\n")}\n`;
}
