#!/usr/bin/env node
// The `ib` command line: runs lib/cli/main.ts through tsx so the CLI and the app share one lib/.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../lib/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
