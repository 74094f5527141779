// Writes docs/contracts.md and docs/contracts/*.json from lib/contracts (run: npx tsx scripts/export-contracts.ts).
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { publishedContractFiles } from "../lib/contracts/publish";

const root = fileURLToPath(new URL("..", import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [path, text] of Object.entries(publishedContractFiles())) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
    console.log(`wrote ${path}`);
  }
}
