// Runs every benchmark in turn and prints their figures: npm run bench [-- name ...]
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const benchDir = dirname(fileURLToPath(import.meta.url));
// Benchmarks run lib/ on the server: "server-only" resolves to its no-op, as in bin/ib.js.
const serverOnly = new URL("../bin/server-only-register.js", import.meta.url).href;
const wanted = process.argv.slice(2);
const benches = readdirSync(benchDir)
  .filter((file) => file.endsWith(".ts") && file !== "run.ts")
  .filter((file) => !wanted.length || wanted.includes(file.replace(/\.ts$/, "")));

let failed = 0;
for (const file of benches) {
  process.stdout.write(`\n== ${file}\n`);
  const result = spawnSync(process.execPath, ["--import", "tsx", "--import", serverOnly, join(benchDir, file)], {
    stdio: "inherit",
  });
  if (result.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
