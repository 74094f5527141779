"use client";
// API Spec > Try an operation: a request pre-filled from the spec, sent through httpHelper over a connection. Closed
// until asked for: it loads connections, httpHelper and operations of its own, which the rest of the tab does not need.
import { useRights } from "@/app/components/Allowed";
import { useEffect, useState } from "react";
import { callApi, problemsOf } from "@/app/components/api";
import { Loading } from "@/app/components/Loading";
import { Problems } from "@/app/components/Problems";
import type { ConnectionConfig } from "@/lib/connections/model";
import type { RunResult } from "@/lib/engine/types";
import type { ProblemDetail } from "@/lib/errors";
import type { OperationSample } from "@/lib/generate/sample";
import type { CoreFlowsPreview } from "@/lib/generate/model";
import type { StandardResponse } from "@/lib/http/types";
import type { OperationIndex } from "@/lib/spec/types";
import type { OperationsPage } from "@/lib/specs-store/model";

type Shown = { status: number; statusText?: string; headers: unknown; body: unknown; error?: string };

const MAX_LISTED = 200;
const DEBOUNCE_MS = 150;
const pretty = (value: unknown) => (value === undefined ? "" : JSON.stringify(value, null, 2));

function parseObject(text: string, label: string): Record<string, unknown> | undefined {
  if (text.trim() === "") return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`${label} is not valid JSON: ${(error as Error).message}`);
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) throw new Error(`${label} must be a JSON object`);
  return value as Record<string, unknown>;
}

/** The standard response, from httpHelper's outputs or from the failed request's details. */
function shown(result: RunResult): Shown {
  if (result.ok) {
    const outputs = result.outputs as { status_code?: number; headers?: unknown; body?: unknown };
    return { status: outputs.status_code ?? 0, headers: outputs.headers, body: outputs.body };
  }
  const response = result.error?.details as StandardResponse | undefined;
  if (response && typeof response === "object" && "status" in response) {
    return {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
      body: response.body ?? response.text,
      error: result.error?.message,
    };
  }
  return { status: 0, headers: {}, body: undefined, error: result.error?.message ?? "The request failed" };
}

export function TryOperation({ projectId }: { projectId: string }) {
  const [open, setOpen] = useState(false);
  if (open) return <TryOperationPanel projectId={projectId} />;
  return (
    <section className="card" aria-labelledby="try-operation-heading">
      <div className="section-heading">
        <h2 id="try-operation-heading">Try an operation</h2>
        <span className="muted">Send one request of the spec through httpHelper over a connection.</span>
      </div>
      <div className="actions start">
        <button type="button" onClick={() => setOpen(true)}>
          Open Try an operation
        </button>
      </div>
    </section>
  );
}

function TryOperationPanel({ projectId }: { projectId: string }) {
  const rights = useRights();
  const [connections, setConnections] = useState<{ id: string; config: ConnectionConfig }[]>([]);
  const [helperId, setHelperId] = useState<string | undefined>(undefined);
  const [connectionId, setConnectionId] = useState("");
  const [search, setSearch] = useState("");
  const [operation, setOperation] = useState("");
  const [sample, setSample] = useState<OperationSample | null>(null);
  const [relativeUrl, setRelativeUrl] = useState("");
  const [query, setQuery] = useState("");
  const [headers, setHeaders] = useState("");
  const [body, setBody] = useState("");
  const [problems, setProblems] = useState<ProblemDetail[]>([]);
  const [response, setResponse] = useState<Shown | null>(null);
  const [busy, setBusy] = useState(false);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    const connectionsLoaded = callApi<{ id: string; config: ConnectionConfig }[]>(
      `/api/projects/${projectId}/connections`,
    ).then(
      (list) => {
        setConnections(list);
        setConnectionId((current) => current || list[0]?.id || "");
      },
      (error) => setProblems(problemsOf(error).problems),
    );
    const helperLoaded = callApi<CoreFlowsPreview>(`/api/projects/${projectId}/core-flows`).then(
      (status) => setHelperId(status.status.find((flow) => flow.core === "httpHelper")?.flowId),
      () => undefined,
    );
    void Promise.all([connectionsLoaded, helperLoaded]).then(() => setLoading(false));
  }, [projectId]);

  const [options, setOptions] = useState<OperationIndex[]>([]);
  // The first operations matching the filter, searched on the server.
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      const params = new URLSearchParams({ limit: String(MAX_LISTED), search: search.trim() });
      callApi<OperationsPage>(`/api/projects/${projectId}/spec/operations?${params}`).then(
        (page) => current && setOptions(page.operations),
        (error) => current && setProblems(problemsOf(error).problems),
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [projectId, search]);

  async function choose(key: string) {
    setOperation(key);
    setResponse(null);
    setProblems([]);
    if (!key) return setSample(null);
    const [method, ...rest] = key.split(" ");
    try {
      const params = new URLSearchParams({ method, path: rest.join(" ") });
      const { sample: next } = await callApi<{ sample: OperationSample }>(
        `/api/projects/${projectId}/core-flows/sample?${params}`,
      );
      setSample(next);
      setRelativeUrl(next.relativeUrl);
      setQuery(Object.keys(next.query).length ? pretty(next.query) : "");
      setHeaders(Object.keys(next.headers).length ? pretty(next.headers) : "");
      setBody(next.body === undefined ? "" : pretty(next.body));
    } catch (error) {
      setProblems(problemsOf(error).problems);
    }
  }

  async function send() {
    if (!sample || !helperId) return;
    setBusy(true);
    setProblems([]);
    setResponse(null);
    try {
      const inputs = {
        relative_url: relativeUrl,
        request_method: sample.method,
        query: parseObject(query, "Query"),
        headers: parseObject(headers, "Headers"),
        body: parseObject(body, "Body"),
      };
      const result = await callApi<RunResult>(`/api/flows/${helperId}/run`, {
        json: { inputs, connectionId: connectionId || undefined },
      });
      setResponse(shown(result));
    } catch (error) {
      setProblems(
        error instanceof Error && !("problems" in error) ? [{ message: error.message }] : problemsOf(error).problems,
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="try-operation-heading">
      <div className="section-heading">
        <h2 id="try-operation-heading">Try an operation</h2>
        <span className="muted">Sent through httpHelper over the connection you pick.</span>
      </div>
      {loading && <Loading what="connections and httpHelper" />}
      {!loading && !helperId && (
        <p className="muted">Generate the HTTP Helper flow first (Core flows above): requests go through it.</p>
      )}
      <label htmlFor="try-connection">Connection</label>
      <select
        id="try-connection"
        value={connectionId}
        disabled={loading}
        onChange={(event) => setConnectionId(event.target.value)}
      >
        {!loading && connections.length === 0 && (
          <option value="">No connection yet: create one on the Connections tab</option>
        )}
        {connections.map((connection) => (
          <option key={connection.id} value={connection.id}>
            {connection.config.name}
          </option>
        ))}
      </select>
      <label htmlFor="try-search">Operation</label>
      <input
        id="try-search"
        type="search"
        placeholder="Filter operations"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      <select aria-label="Operation to try" value={operation} onChange={(event) => choose(event.target.value)}>
        <option value="">Choose an operation…</option>
        {options.map((op) => (
          <option key={`${op.method} ${op.path}`} value={`${op.method} ${op.path}`}>
            {op.method.toUpperCase()} {op.path}
            {op.summary ? ` — ${op.summary}` : ""}
          </option>
        ))}
      </select>
      {sample && (
        <>
          <label htmlFor="try-url">
            Relative URL <code className="method">{sample.method}</code>
          </label>
          <input id="try-url" value={relativeUrl} onChange={(event) => setRelativeUrl(event.target.value)} />
          <label htmlFor="try-query">Query (JSON object)</label>
          <textarea id="try-query" rows={2} value={query} onChange={(event) => setQuery(event.target.value)} />
          <label htmlFor="try-headers">Headers (JSON object)</label>
          <textarea id="try-headers" rows={2} value={headers} onChange={(event) => setHeaders(event.target.value)} />
          <label htmlFor="try-body">Body (JSON object{sample.contentType ? `, ${sample.contentType}` : ""})</label>
          <textarea id="try-body" rows={6} value={body} onChange={(event) => setBody(event.target.value)} />
          <div className="actions">
            <button
              type="button"
              className="primary"
              {...rights("POST /api/flows/[flowId]/run", { disabled: busy || !helperId || !connectionId })}
              onClick={send}
            >
              Send
            </button>
          </div>
        </>
      )}
      <Problems title="Could not send" problems={problems} />
      {response && (
        <section aria-label="Response" data-testid="try-response">
          <p className={response.status >= 200 && response.status < 300 ? "ok" : "error"}>
            Status {response.status || "—"} {response.statusText ?? ""}
            {response.error ? ` — ${response.error}` : ""}
          </p>
          <details>
            <summary>Headers</summary>
            <pre className="small-text">{pretty(response.headers)}</pre>
          </details>
          <pre className="small-text">{typeof response.body === "string" ? response.body : pretty(response.body)}</pre>
        </section>
      )}
    </section>
  );
}
