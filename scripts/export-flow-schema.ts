// Writes docs/flow.schema.json from lib/flow/schema.ts (run: npx tsx scripts/export-flow-schema.ts).
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { FLOW_JSON_SCHEMA } from "../lib/flow/schema";

export const FLOW_SCHEMA_FILE = fileURLToPath(new URL("../docs/flow.schema.json", import.meta.url));
export const flowSchemaText = (): string => `${JSON.stringify(FLOW_JSON_SCHEMA, null, 2)}\n`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(FLOW_SCHEMA_FILE, flowSchemaText());
  console.log(`wrote ${FLOW_SCHEMA_FILE}`);
}
