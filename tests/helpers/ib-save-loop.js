// A child process that saves one flow again and again through `ib` (its main, called once per invocation so the
// loop is not dominated by start-up): reads the stored version with `ib flow show`, then `ib flow save`s the file.
// Prints the tally of outcomes as JSON: saved, conflict, and any other failure with its output.
import { register } from "tsx/esm/api";
// lib/ from its sources, as bin/ib.js runs it: "server-only" resolved to its no-op.
import "../../bin/server-only-register.js";

register();
const { main } = await import("../../lib/cli/main.ts");
const [flowId, file, times] = process.argv.slice(2);

async function ib(...args) {
  let out = "";
  const io = { out: (text) => (out += text), err: (text) => (out += text) };
  const code = await main([...args, "--json"], io);
  return { code, json: JSON.parse(out) };
}

const tally = { saved: 0, conflict: 0, other: [] };
for (let round = 0; round < Number(times); round++) {
  const current = await ib("flow", "show", flowId);
  if (current.code !== 0) {
    tally.other.push(current.json);
    continue;
  }
  const saved = await ib("flow", "save", flowId, file, "--expected-version", String(current.json.flow.version));
  if (saved.code === 0) tally.saved++;
  else if (saved.json.code === "conflict") tally.conflict++;
  else tally.other.push(saved.json);
}
process.stdout.write(JSON.stringify(tally));
