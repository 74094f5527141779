// Certification run figure (run: npx tsx bench/certify.ts): the whole run (every case, then cleanup) over the bundle
// drafted from the REST demo's spec, against the REST demo started here on 127.0.0.1; median and p95 of 10 runs after
// one warm-up, budget 5 s.
import { startRestDemo } from "../demo/rest/server";
import { bundleFromSpec } from "../lib/bundle/from-spec";
import { certifyBundle } from "../lib/certify/bundle";
import { CONTRACT_NAMES } from "../lib/contracts/catalog";
import { ingestSpec } from "../lib/spec/ingest";
import { parseSpecText } from "../lib/spec/parse";
import { median, percentile } from "./lib/stats";

const demo = await startRestDemo();
try {
  for (let index = 0; index < 50; index++)
    demo.store.createUser({ email: `seed${index}@acme.test`, first_name: "Seed", last_name: `No${index}` });
  const text = JSON.stringify(demo.openapi());
  const ingested = await ingestSpec(text);
  const parsed = await parseSpecText(text);
  if (!ingested.ok || !parsed.ok) throw new Error("the REST demo's spec did not ingest");
  const { bundle } = bundleFromSpec(ingested.index, {
    authScheme: "apiToken",
    actions: { document: parsed.document, contracts: CONTRACT_NAMES },
  });
  const source = { kind: "baseUrl" as const, baseUrl: demo.url, values: { token: demo.settings.apiToken } };
  const samples: number[] = [];
  let cases = "";
  for (let round = 0; round < 11; round++) {
    const started = performance.now();
    const report = await certifyBundle(bundle, source);
    if (!report.ok)
      throw new Error(
        `certification failed: ${JSON.stringify(report.cases.filter((entry) => entry.result === "failed"))}`,
      );
    if (round > 0) samples.push(performance.now() - started);
    cases = `${report.cases.filter((entry) => entry.result === "passed").length} passed, ${report.cases.filter((entry) => entry.result === "not_applicable").length} not applicable`;
  }
  console.log(
    `certification run against the local REST demo (${cases}, 50+ users): median ${median(samples).toFixed(0)} ms, p95 ${percentile(samples, 95).toFixed(0)} ms (budget 5000 ms)`,
  );
} finally {
  await demo.close();
}
