// Prometheus metrics of this process (prom-client). Each instance keeps its own counters: Prometheus scrapes every
// instance and adds them up, so nothing here needs sharing. Kept on globalThis so that every route bundle of a Next
// server, and a module loaded twice in development, counts into the same registry.
import "server-only";
import { Counter, collectDefaultMetrics, Histogram, Registry } from "prom-client";

interface Metrics {
  registry: Registry;
  runs: Counter<"status">;
  runSeconds: Histogram<"status">;
  outboundResponses: Counter<"status_class">;
  signIns: Counter<"outcome">;
}

function create(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "ib_" });
  return {
    registry,
    runs: new Counter({
      name: "ib_flow_runs_total",
      help: "Runs of stored flows, by outcome (ok or failed).",
      labelNames: ["status"],
      registers: [registry],
    }),
    runSeconds: new Histogram({
      name: "ib_flow_run_duration_seconds",
      help: "Wall time of runs of stored flows, by outcome.",
      labelNames: ["status"],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    }),
    outboundResponses: new Counter({
      name: "ib_outbound_http_responses_total",
      help: "Answers to HTTP calls flows made to APIs, by status class (2xx, 4xx, …).",
      labelNames: ["status_class"],
      registers: [registry],
    }),
    signIns: new Counter({
      name: "ib_sign_ins_total",
      help: "Sign-in attempts, by outcome (success or failure).",
      labelNames: ["outcome"],
      registers: [registry],
    }),
  };
}

const holder = globalThis as { ibMetrics?: Metrics };
const metrics = (): Metrics => {
  holder.ibMetrics ??= create();
  return holder.ibMetrics;
};

export function countRun(ok: boolean, durationMs: number): void {
  const status = ok ? "ok" : "failed";
  const { runs, runSeconds } = metrics();
  runs.inc({ status });
  runSeconds.observe({ status }, durationMs / 1000);
}

export function countOutboundResponse(status: number): void {
  metrics().outboundResponses.inc({ status_class: `${Math.floor(status / 100)}xx` });
}

export function countSignIn(succeeded: boolean): void {
  metrics().signIns.inc({ outcome: succeeded ? "success" : "failure" });
}

/** The text exposition format Prometheus scrapes, with its content type. */
export async function metricsExposition(): Promise<{ text: string; contentType: string }> {
  const { registry } = metrics();
  return { text: await registry.metrics(), contentType: registry.contentType };
}
