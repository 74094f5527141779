// The editor's calls to the flow JSON routes.
import type { Flow } from "@/lib/flow/model";

export interface ApiAnswer<T> {
  ok: boolean;
  status: number;
  body: T & { message?: string; currentVersion?: number };
}

export async function callApi<T = Record<string, unknown>>(
  method: string,
  url: string,
  body?: unknown,
): Promise<ApiAnswer<T>> {
  const response = await fetch(url, {
    method,
    headers: body === undefined ? undefined : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = {};
  try {
    parsed = text ? JSON.parse(text) : {};
  } catch {
    parsed = { message: text };
  }
  return { ok: response.ok, status: response.status, body: parsed as ApiAnswer<T>["body"] };
}

/** A stored flow as the routes answer it: `{ flow: { id, version, flow, ... } }`. */
export interface StoredFlowAnswer {
  flow: { id: string; version: number; flow: Flow };
}

export const flowUrl = (flowId: string) => `/api/flows/${encodeURIComponent(flowId)}`;
