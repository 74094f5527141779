"use client";
// Lists the project's connections; create from an auth configuration, edit, clone, delete, Connect (authorization code).
import { useRights } from "@/app/components/Allowed";
import { useCallback, useEffect, useState } from "react";
import { ApiError, callApi, problemsOf } from "@/app/components/api";
import { ConfirmDialog } from "@/app/components/ConfirmDialog";
import { formatDate } from "@/app/components/format";
import { Loading } from "@/app/components/Loading";
import { Problems } from "@/app/components/Problems";
import type { AuthMappingView } from "@/lib/auth/model";
import { connectionFields } from "@/lib/connections/fields";
import type { ConnectionConfig, ConnectionView, ConnectionTestResult, ClearedSecrets } from "@/lib/connections/model";
import type { ProblemDetail } from "@/lib/errors";
import { ConnectionEditor } from "./ConnectionEditor";
import { ConnectResultBanner, TokenStatusText, type ConnectResult } from "./OAuthConnect";

type Editing = { id?: string; config: ConnectionConfig };
/** A test's answer, "running", or why the connection cannot be tested yet (e.g. no _authping flow). */
type TestResult = ConnectionTestResult | "running" | { cannotTest: string };

export function ConnectionsTab({ projectId, connectResult }: { projectId: string; connectResult?: ConnectResult }) {
  const base = `/api/projects/${projectId}/connections`;
  const [connections, setConnections] = useState<ConnectionView[] | null>(null);
  const [auth, setAuth] = useState<AuthMappingView | null>(null);
  const [broken, setBroken] = useState<{ id: string; name: string; message: string }[]>([]);
  const [authConfigId, setAuthConfigId] = useState("");
  const [editing, setEditing] = useState<Editing | null>(null);
  const [problems, setProblems] = useState<ProblemDetail[]>([]);
  const [tests, setTests] = useState<Record<string, TestResult>>({});
  const [deleting, setDeleting] = useState<ConnectionView | null>(null);
  const [cleared, setCleared] = useState<(ClearedSecrets & { name: string }) | null>(null);
  const rights = useRights();

  const act = useCallback(async (action: () => Promise<unknown>) => {
    try {
      await action();
      setProblems([]);
    } catch (error) {
      setProblems(problemsOf(error).problems);
    }
  }, []);
  const load = useCallback(
    () =>
      act(async () => {
        const [list, listing, health] = await Promise.all([
          callApi<ConnectionView[]>(base),
          callApi<{ mapping: AuthMappingView }>(`/api/projects/${projectId}/auth-configs`),
          callApi<{ undecryptable: typeof broken }>(`${base}/health`),
        ]);
        setConnections(list);
        setAuth(listing.mapping);
        setBroken(health.undecryptable);
        setAuthConfigId((current) => current || listing.mapping.configurations[0]?.id || "");
      }),
    [act, base, projectId],
  );
  useEffect(() => void load(), [load]);

  const fieldsOf = (id?: string) => {
    const config = auth?.configurations.find((candidate) => candidate.id === id);
    return connectionFields(config?.parameters ?? [], config?.mapping ?? {}, auth?.tenantVariables ?? []);
  };

  /** Sends the browser to the authorization server; it comes back through /api/oauth/callback. */
  const startConnect = (connectionId: string) =>
    act(async () => {
      const { authorizationUrl } = await callApi<{ authorizationUrl: string }>(`${base}/${connectionId}/oauth/start`, {
        method: "POST",
      });
      window.location.assign(authorizationUrl);
    });

  /** Runs the project's `_authping` through the connection. */
  const testConnection = (connectionId: string) =>
    act(async () => {
      setTests((current) => ({ ...current, [connectionId]: "running" }));
      try {
        const result = await callApi<ConnectionTestResult>(`/api/connections/${connectionId}/test`, {
          method: "POST",
        });
        setTests((current) => ({ ...current, [connectionId]: result }));
      } catch (error) {
        // The app's refusal (no _authping flow yet, …) is an ordinary precondition, said in the row.
        if (error instanceof ApiError) {
          setTests((current) => ({ ...current, [connectionId]: { cannotTest: error.message } }));
          return;
        }
        setTests(({ [connectionId]: _dropped, ...rest }) => rest);
        throw error;
      }
    });

  return (
    <>
      {connectResult && (
        <ConnectResultBanner
          result={connectResult}
          name={connections?.find((connection) => connection.id === connectResult.connectionId)?.config.name}
        />
      )}
      {cleared && (
        <div role="alert" className="alert">
          <strong>
            Secrets cleared on {cleared.name}: {cleared.fields.join(", ")}
          </strong>
          <p>{cleared.reason}</p>
        </div>
      )}
      {broken.length > 0 && (
        <div role="alert" className="alert">
          <strong>Secrets cannot be decrypted</strong>
          <p>
            The secret key (IB_SECRET_KEY or data/secret.key) is not the one these connections were saved with:{" "}
            {broken.map((connection) => connection.name).join(", ")}. Restore the key, or re-enter their secrets.
          </p>
        </div>
      )}
      <section className="card" aria-labelledby="connections-heading">
        <div className="section-heading">
          <h2 id="connections-heading">Connections</h2>
          <span>
            <label htmlFor="new-connection-auth" style={{ display: "inline", marginRight: 6 }}>
              Auth configuration
            </label>
            <select
              id="new-connection-auth"
              disabled={!auth}
              value={authConfigId}
              onChange={(event) => setAuthConfigId(event.target.value)}
            >
              <option value="">None</option>
              {auth?.configurations.map((config) => (
                <option key={config.id} value={config.id}>
                  {config.name}
                </option>
              ))}
            </select>{" "}
            <button
              type="button"
              className="primary"
              {...rights("POST /api/projects/[projectId]/connections", {
                disabled: !connections || !auth,
                title: !connections || !auth ? "Loading the connections and auth configurations…" : undefined,
              })}
              onClick={() =>
                act(async () =>
                  setEditing({
                    config: await callApi<ConnectionConfig>(
                      `${base}/draft${authConfigId ? `?authConfigId=${encodeURIComponent(authConfigId)}` : ""}`,
                    ),
                  }),
                )
              }
            >
              New connection
            </button>
          </span>
        </div>
        {!connections ? (
          <Loading what="connections" />
        ) : (
          !connections.length && !editing && <p className="muted">No connections yet (at most 50 per project).</p>
        )}
        <table className="table" aria-label="Connections">
          <tbody>
            {connections?.map((connection) => (
              <tr key={connection.id} aria-label={connection.config.name}>
                <td>
                  <strong>{connection.config.name}</strong>
                </td>
                <td>
                  {connection.baseUrl ? (
                    <code>{connection.baseUrl}</code>
                  ) : (
                    <span className="warning small-text">{connection.baseUrlProblem}</span>
                  )}
                </td>
                <td>{connection.oauth && <TokenStatusText status={connection.oauth} />}</td>
                <td aria-live="polite">
                  <TestResultText result={tests[connection.id] ?? connection.lastTest} />
                </td>
                <td className="actions" style={{ marginTop: 0 }}>
                  {connection.oauth && (
                    <button
                      type="button"
                      {...rights("POST /api/projects/[projectId]/connections/[connectionId]/oauth/start")}
                      onClick={() => startConnect(connection.id)}
                    >
                      {connection.oauth.connected ? "Reconnect" : "Connect"}
                    </button>
                  )}
                  <button
                    type="button"
                    {...rights("POST /api/connections/[connectionId]/test", {
                      disabled: tests[connection.id] === "running",
                    })}
                    onClick={() => testConnection(connection.id)}
                  >
                    Test connection
                  </button>
                  <button
                    type="button"
                    {...rights("PUT /api/projects/[projectId]/connections/[connectionId]")}
                    onClick={() => setEditing({ id: connection.id, config: connection.config })}
                  >
                    Edit
                  </button>
                  <button
                    type="button"
                    {...rights("POST /api/projects/[projectId]/connections/[connectionId]/clone")}
                    onClick={() =>
                      act(async () => {
                        await callApi(`${base}/${connection.id}/clone`, { method: "POST" });
                        await load();
                      })
                    }
                  >
                    Clone
                  </button>
                  <button
                    type="button"
                    className="danger"
                    {...rights("DELETE /api/projects/[projectId]/connections/[connectionId]")}
                    onClick={() => setDeleting(connection)}
                  >
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <Problems title="That did not work" problems={problems} />
      </section>
      <ConfirmDialog
        open={deleting !== null}
        title="Delete connection"
        confirmLabel="Delete"
        danger
        onCancel={() => setDeleting(null)}
        onConfirm={() =>
          act(async () => {
            const connection = deleting;
            setDeleting(null);
            if (connection) await callApi(`${base}/${connection.id}`, { method: "DELETE" });
            await load();
          })
        }
      >
        Delete the connection <strong>{deleting?.config.name}</strong>? Its stored credentials are removed too.
      </ConfirmDialog>
      {editing && (
        <ConnectionEditor
          key={editing.id ?? "new"}
          projectId={projectId}
          id={editing.id}
          initial={editing.config}
          fields={fieldsOf(editing.config.authConfigId)}
          onCancel={() => setEditing(null)}
          onSaved={async (clearedSecrets) => {
            // Reload first, so the list never shows the connection as it was before the save.
            await load();
            setCleared(clearedSecrets ? { ...clearedSecrets, name: editing.config.name } : null);
            setEditing(null);
          }}
        />
      )}
    </>
  );
}

function TestResultText({ result }: { result?: TestResult }) {
  if (!result) return null;
  if (result === "running") return <span className="muted">Testing…</span>;
  if ("cannotTest" in result) return <span className="muted">Cannot test yet: {result.cannotTest}</span>;
  return (
    <span className={result.working ? "ok" : "error"}>
      {result.working ? "Working" : "Not working"}: {result.message}{" "}
      <span className="muted small-text">(tested {formatDate(result.testedAt)})</span>
    </span>
  );
}
