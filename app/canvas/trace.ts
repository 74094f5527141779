// A run's trace as the canvas overlays it: one entry per card (the last time it ran), nested blocks flattened.
import type { TraceEntry } from "@/lib/engine/types";
import type { TraceView } from "./store";

export function flattenTrace(entries: TraceEntry[], into: TraceView[] = []): TraceView[] {
  for (const entry of entries) {
    into.push({
      card: entry.card,
      status: entry.error ? "failed" : entry.skipped ? "skipped" : "succeeded",
      durationMs: entry.durationMs,
      inputs: entry.inputs,
      outputs: entry.outputs,
      error: entry.error,
    });
    flattenTrace(entry.children ?? [], into);
  }
  return into;
}
