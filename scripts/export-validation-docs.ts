// Writes docs/validation.md from the validator's rule registry (run: npx tsx scripts/export-validation-docs.ts).
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { RULE_AREA_HEADINGS } from "../lib/validator/areas";
import { RULES } from "../lib/validator/registry";
import { MAX_REPORTED } from "../lib/validator/report";

export const VALIDATION_DOCS_FILE = fileURLToPath(new URL("../docs/validation.md", import.meta.url));

const cell = (text: string) => text.replace(/\|/g, "\\|");

export function validationDocsText(): string {
  const lines = [
    "# Validation rules",
    "",
    "Generated from `lib/validator/registry.ts` by `npx tsx scripts/export-validation-docs.ts`; a test fails when",
    "this file differs. The same rules run in the canvas (flow rules, on the flow being edited), the pre-run check",
    "(structure and mapping errors of the flow being run), `POST /api/projects/:id/validate` and `ib validate BUNDLE`",
    "(every rule over the ON flows and the project). Each diagnostic is",
    '`{ "code", "severity", "flow", "card", "field", "message", "pointer" }`; any `error` makes the report not `ok`',
    `(and \`ib validate\` exit 1), a \`warning\` does not. At most ${MAX_REPORTED.toLocaleString("en")} diagnostics are listed, errors first; \`omitted\``,
    "counts the rest.",
    "",
    "Scope `flow`: checked on each flow by itself. Scope `project`: checked across the project.",
    "The contract rules (IB3001–IB3004) and the operation rules (IB4004–IB4007) check against the action contract",
    "catalog the caller gives the validator (`validateProject(view, { contracts })`).",
  ];
  for (const [area, heading] of Object.entries(RULE_AREA_HEADINGS)) {
    lines.push(
      "",
      `## ${heading}`,
      "",
      "| code | severity | scope | rule | how to fix |",
      "| --- | --- | --- | --- | --- |",
    );
    for (const rule of RULES.filter((candidate) => candidate.area === area))
      lines.push(`| \`${rule.code}\` | ${rule.severity} | ${rule.scope} | ${cell(rule.title)} | ${cell(rule.fix)} |`);
  }
  return `${lines.join("\n")}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(VALIDATION_DOCS_FILE, validationDocsText());
  console.log(`wrote ${VALIDATION_DOCS_FILE}`);
}
