// Validator figures (run: npx tsx bench/validate.ts), median and p95 over 200 runs after warm-up:
// (a) every rule over a project of 50 ON flows × 40 cards (plus the core flows), budget 50 ms;
// (b) the flow rules over one 1,000-card flow, as the canvas re-validates while the user edits, budget 20 ms.
import { EVENT_FOR_KIND, FLOW_SCHEMA_VERSION, type Flow } from "../lib/flow/model";
import type { ProjectView } from "../lib/validator/model";
import { validateFlow, validateProject } from "../lib/validator/validate";
import { pureCardFlow } from "./lib/flows";
import { median, percentile } from "./lib/stats";

const core = (name: string, kind: "helper" | "authping"): Flow => ({
  schemaVersion: FLOW_SCHEMA_VERSION,
  name,
  kind,
  folder: "Shared Folder",
  enabled: true,
  saveAllData: false,
  version: 1,
  event: { type: EVENT_FOR_KIND[kind], options: [], inputs: [], outputs: [] },
  cards: [],
});

const view = (flows: Flow[]): ProjectView => ({
  flows: [core("httpHelper", "helper"), core("_authping", "authping"), ...flows],
  // Linked, with no capability switched on: every rule runs, and no mandatory operation is missing.
  oinApp: { capabilities: [] },
  tenantVariables: [],
  authConfigurations: [],
  passedContracts: [],
});

function measure(label: string, budgetMs: number, run: () => number): void {
  for (let warm = 0; warm < 20; warm++) run();
  const samples: number[] = [];
  for (let round = 0; round < 200; round++) {
    const started = performance.now();
    const found = run();
    samples.push(performance.now() - started);
    if (found !== 0) throw new Error(`${label}: expected no diagnostics, got ${found}`);
  }
  console.log(
    `${label}: median ${median(samples).toFixed(2)} ms, p95 ${percentile(samples, 95).toFixed(2)} ms (budget ${budgetMs} ms)`,
  );
}

const project = view(Array.from({ length: 50 }, (_, index) => pureCardFlow(`Flow ${index}`, 40)));
measure("(a) project of 50 flows × 40 cards", 50, () => validateProject(project).length);

const big = pureCardFlow("Thousand", 1_000);
const bigProject = view([big]);
measure("(b) one 1,000-card flow, flow rules", 20, () => validateFlow(big, bigProject).length);
