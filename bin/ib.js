#!/usr/bin/env node
// The `ib` command line. Runs the build of lib/cli (dist/cli/ib.mjs, made by scripts/build-cli.js at install and
// build) when it is at least as new as every file under lib/; otherwise lib/cli/main.ts through tsx, so a checkout
// with fresh edits (or no build) runs its current sources, "server-only" resolved to its no-op (server-only-hooks.js).
import { readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const built = fileURLToPath(new URL("../dist/cli/ib.mjs", import.meta.url));
const sources = fileURLToPath(new URL("../lib", import.meta.url));

function newestChange(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    newest = Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function builtIsCurrent() {
  try {
    return statSync(built).mtimeMs >= newestChange(sources);
  } catch {
    return false;
  }
}

let main;
if (builtIsCurrent()) ({ main } = await import(built));
else {
  await import("./server-only-register.js");
  const { register } = await import("tsx/esm/api");
  register();
  ({ main } = await import("../lib/cli/main.ts"));
}
process.exitCode = await main(process.argv.slice(2));
