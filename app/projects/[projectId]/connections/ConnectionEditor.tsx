"use client";
// One connection: a form and an Advanced JSON view over the same ConnectionConfig, validated by the server.
import { Fragment, useState } from "react";
import { callApi, problemsOf } from "@/app/components/api";
import { PemInput } from "@/app/components/PemInput";
import { Problems } from "@/app/components/Problems";
import type { ConnectionField } from "@/lib/connections/fields";
import type { ConnectionConfig, ClearedSecrets } from "@/lib/connections/model";
import type { ProblemDetail } from "@/lib/errors";

export function ConnectionEditor(props: {
  projectId: string;
  id?: string;
  initial: ConnectionConfig;
  /** The auth configuration's parameters, each in the slot its mapping says, and the OIN app's tenant variables. */
  fields: ConnectionField[];
  /** `cleared`: secrets the server dropped because the connection now points to another server. */
  onSaved: (cleared?: ClearedSecrets) => void | Promise<void>;
  onCancel: () => void;
}) {
  const [config, setConfig] = useState(props.initial);
  const [advanced, setAdvanced] = useState(false);
  const [json, setJson] = useState("");
  const [problems, setProblems] = useState<ProblemDetail[]>([]);
  const set = (patch: Partial<ConnectionConfig>) => setConfig((current) => ({ ...current, ...patch }));

  function toggleAdvanced() {
    if (!advanced) setJson(JSON.stringify(config, null, 2));
    else {
      try {
        setConfig(JSON.parse(json));
      } catch (error) {
        setProblems([{ message: `The JSON cannot be read: ${(error as Error).message}` }]);
        return;
      }
    }
    setProblems([]);
    setAdvanced(!advanced);
  }

  async function save() {
    let body: unknown = config;
    if (advanced) {
      try {
        body = JSON.parse(json);
      } catch (error) {
        setProblems([{ message: `The JSON cannot be read: ${(error as Error).message}`, location: { pointer: "" } }]);
        return;
      }
    }
    try {
      const url = `/api/projects/${props.projectId}/connections${props.id ? `/${props.id}` : ""}`;
      const saved = await callApi<{ clearedSecrets?: ClearedSecrets }>(url, {
        method: props.id ? "PUT" : "POST",
        json: body,
      });
      await props.onSaved(saved.clearedSecrets);
    } catch (error) {
      setProblems(problemsOf(error).problems);
    }
  }

  const textField = (
    id: string,
    label: string,
    value: string | number | undefined,
    onChange: (value: string) => void,
    type = "text",
  ) => (
    // Keyed by its id: connection fields render as a list of these.
    <Fragment key={id}>
      <label htmlFor={id}>{label}</label>
      <input id={id} type={type} value={value ?? ""} onChange={(event) => onChange(event.target.value)} />
    </Fragment>
  );
  const number = (value: string) => (value === "" ? undefined : Number(value));

  return (
    <section className="card" aria-label={props.id ? `Edit connection ${props.initial.name}` : "New connection"}>
      <div className="section-heading">
        <h2>{props.id ? `Edit ${props.initial.name}` : "New connection"}</h2>
        <button type="button" onClick={toggleAdvanced}>
          {advanced ? "Form view" : "Advanced JSON view"}
        </button>
      </div>
      {advanced ? (
        <>
          <label htmlFor="connection-json">Connection JSON</label>
          <textarea
            id="connection-json"
            rows={24}
            style={{ width: "100%", fontFamily: "monospace" }}
            value={json}
            onChange={(event) => setJson(event.target.value)}
          />
        </>
      ) : (
        <>
          {textField("connection-name", "Name", config.name, (name) => set({ name }))}
          <h3>Server</h3>
          <label htmlFor="server-protocol">Protocol</label>
          <select
            id="server-protocol"
            value={config.server.protocol}
            onChange={(event) =>
              set({ server: { ...config.server, protocol: event.target.value as "http" | "https" } })
            }
          >
            <option>https</option>
            <option>http</option>
          </select>
          {textField("server-host", "Host", config.server.host, (host) => set({ server: { ...config.server, host } }))}
          {textField(
            "server-port",
            "Port",
            config.server.port,
            (port) => set({ server: { ...config.server, port: number(port) } }),
            "number",
          )}
          {textField("server-base-path", "Base path", config.server.basePath, (basePath) =>
            set({ server: { ...config.server, basePath } }),
          )}
          {textField("server-version", "API version", config.server.version, (version) =>
            set({ server: { ...config.server, version: version || undefined } }),
          )}
          <h3>Authentication</h3>
          {props.fields.map(({ slot, label, kind, secret }) => {
            const id = `${slot.in === "parameters" ? "parameter" : "tenant"}-${slot.name}`;
            const value = config[slot.in][slot.name] ?? "";
            const setValue = (next: string) => set({ [slot.in]: { ...config[slot.in], [slot.name]: next } });
            return kind === "pem" ? (
              <PemInput key={id} id={id} label={label} value={value} onChange={setValue} />
            ) : (
              textField(id, label, value, setValue, secret ? "password" : "text")
            );
          })}
          <h3>TLS</h3>
          <label>
            <input
              type="checkbox"
              checked={config.tls.enabled}
              onChange={(event) => set({ tls: { ...config.tls, enabled: event.target.checked } })}
            />{" "}
            Enabled (request and verify the server's certificate)
          </label>
          <label>
            <input
              type="checkbox"
              checked={config.tls.rejectUnauthorized}
              disabled={!config.tls.enabled}
              onChange={(event) => set({ tls: { ...config.tls, rejectUnauthorized: event.target.checked } })}
            />{" "}
            Reject unauthorized (a certificate no trusted authority signed)
          </label>
          {textField(
            "connection-timeout",
            "Timeout (ms)",
            config.timeoutMs,
            (value) => set({ timeoutMs: number(value) ?? 0 }),
            "number",
          )}
          <h3>Proxy override</h3>
          <label htmlFor="proxy-mode">Mode</label>
          <select
            id="proxy-mode"
            value={config.proxy.mode}
            onChange={(event) => set({ proxy: { ...config.proxy, mode: event.target.value as "direct" | "proxy" } })}
          >
            <option value="direct">direct</option>
            <option value="proxy">proxy</option>
          </select>
          {config.proxy.mode === "proxy" && (
            <>
              {textField("proxy-host", "Proxy host", config.proxy.host, (host) =>
                set({ proxy: { ...config.proxy, host } }),
              )}
              {textField(
                "proxy-port",
                "Proxy port",
                config.proxy.port,
                (port) => set({ proxy: { ...config.proxy, port: number(port) } }),
                "number",
              )}
              <label htmlFor="proxy-auth">Proxy authentication</label>
              <select
                id="proxy-auth"
                value={config.proxy.auth.mode}
                onChange={(event) =>
                  set({
                    proxy: {
                      ...config.proxy,
                      auth: { ...config.proxy.auth, mode: event.target.value as "none" | "basic" },
                    },
                  })
                }
              >
                <option value="none">none</option>
                <option value="basic">basic</option>
              </select>
              {config.proxy.auth.mode === "basic" && (
                <>
                  {textField("proxy-username", "Proxy username", config.proxy.auth.username, (username) =>
                    set({ proxy: { ...config.proxy, auth: { ...config.proxy.auth, username } } }),
                  )}
                  {textField(
                    "proxy-password",
                    "Proxy password",
                    config.proxy.auth.password,
                    (password) => set({ proxy: { ...config.proxy, auth: { ...config.proxy.auth, password } } }),
                    "password",
                  )}
                </>
              )}
            </>
          )}
        </>
      )}
      <Problems title="The connection was not saved" problems={problems} />
      <div className="actions">
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="button" className="primary" onClick={save}>
          Save connection
        </button>
      </div>
    </section>
  );
}
