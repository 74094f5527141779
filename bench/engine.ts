// Engine figures (run: npx tsx bench/engine.ts):
// (a) overhead: median µs per card over runs of a 1,000-card flow of pure cards, with full trace;
// (b) throughput: executions per second of a 5-card flow, each stored with recordExecution (temp SQLite DB, WAL).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runFlow } from "../lib/engine/run";
import { pureCardFlow } from "./lib/flows";
import { median } from "./lib/stats";

const dir = mkdtempSync(join(tmpdir(), "ib-bench-engine-"));
process.env.DATABASE_URL = `file:${join(dir, "ib.db")}`;
process.env.IB_DATA_DIR = dir;

const loadFlow = async () => undefined;

async function overhead(): Promise<void> {
  const flow = pureCardFlow("thousand", 1_000, { saveAllData: true });
  for (let warm = 0; warm < 30; warm++) await runFlow({ flow, inputs: { n: 1 }, loadFlow });
  // A connection secret in the run turns on taint tracking: every card's bound inputs are checked.
  const secret = { parameters: {}, tenantVariables: {}, secretValues: ["bench-secret-value-0123"] };
  for (const [traceValues, context] of [
    [true, undefined],
    [false, undefined],
    [true, secret],
  ] as const) {
    const perCard: number[] = [];
    for (let run = 0; run < 200; run++) {
      const started = performance.now();
      const result = await runFlow({ flow, inputs: { n: 1 }, loadFlow, traceValues, context });
      perCard.push(((performance.now() - started) * 1000) / 1_000);
      if (!result.ok) throw new Error(result.error?.message);
    }
    console.log(
      `(a) 1,000-card flow, trace ${traceValues ? "with values" : "minimal"}${context ? ", a connection secret in the run" : ""}: median ${median(perCard).toFixed(2)} µs per card (200 runs)`,
    );
  }
}

async function throughput(): Promise<void> {
  const { db } = await import("../lib/db/client");
  const { recordExecution } = await import("../lib/engine/executions");
  const flow = pureCardFlow("five", 5, { saveAllData: true });
  await db().project.create({ data: { id: "bench", name: "Bench" } });
  await db().flow.create({
    data: {
      id: "five",
      projectId: "bench",
      name: "five",
      kind: "helper",
      folder: "Shared Folder",
      definition: JSON.stringify(flow),
    },
  });
  const once = async () =>
    recordExecution("five", await runFlow({ flow, inputs: { n: 1 }, loadFlow }), { saveAllData: flow.saveAllData });
  for (let warm = 0; warm < 200; warm++) await once();
  for (const concurrency of [1, 8]) {
    let done = 0;
    const started = performance.now();
    const until = started + 3_000;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (performance.now() < until) {
          await once();
          done++;
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `(b) 5-card flow + recordExecution (saveAllData, pruning to 200), ${concurrency} at a time: ${Math.round(done / seconds)} executions/s`,
    );
  }
  console.log(`    stored rows after pruning: ${await db().execution.count()}`);
  await db().$disconnect();
}

await overhead();
await throughput();
rmSync(dir, { recursive: true, force: true });
