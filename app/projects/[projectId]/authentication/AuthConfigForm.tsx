"use client";
// Add / edit one auth configuration; the fields come from the type's definition in lib/auth.
import { useState } from "react";
import { callApi, problemsOf } from "@/app/components/api";
import { PemInput } from "@/app/components/PemInput";
import { Problems } from "@/app/components/Problems";
import {
  AUTH_TYPE_IDS,
  type AuthConfigValue,
  type AuthConfiguration,
  type AuthFieldDef,
  type AuthParameter,
  type AuthTypeId,
} from "@/lib/auth/model";
import { AUTH_TYPES } from "@/lib/auth/registry";
import type { ProblemDetail } from "@/lib/errors";

function SettingInput({
  field,
  value,
  onChange,
}: {
  field: AuthFieldDef;
  value: unknown;
  onChange: (value: unknown) => void;
}) {
  const id = `setting-${field.key}`;
  if (field.kind === "pem") {
    return (
      <>
        <PemInput id={id} label={field.label} value={String(value ?? "")} onChange={onChange} />
        {field.help && <p className="hint">{field.help}</p>}
      </>
    );
  }
  if (field.kind === "boolean") {
    return (
      <label htmlFor={id}>
        <input id={id} type="checkbox" checked={value !== false} onChange={(event) => onChange(event.target.checked)} />{" "}
        {field.label}
      </label>
    );
  }
  return (
    <>
      <label htmlFor={id}>{field.label}</label>
      {field.kind === "select" ? (
        <select id={id} value={String(value ?? field.default ?? "")} onChange={(event) => onChange(event.target.value)}>
          {field.options?.map((option) => (
            <option key={option}>{option}</option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          size={60}
          value={field.kind === "scopes" ? ((value as string[] | undefined) ?? []).join(" ") : String(value ?? "")}
          placeholder={field.kind === "scopes" ? "space-separated scopes" : undefined}
          onChange={(event) =>
            onChange(field.kind === "scopes" ? event.target.value.split(/\s+/).filter(Boolean) : event.target.value)
          }
        />
      )}
      {field.help && <p className="hint">{field.help}</p>}
    </>
  );
}

export function AuthConfigForm(props: {
  projectId: string;
  initial?: AuthConfiguration;
  /** Problems of the saved config values (a helper flow that does not exist), shown next to the value while it is unchanged. */
  configValueProblems: ProblemDetail[];
  redirectUri: string;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const [config, setConfig] = useState<AuthConfiguration>(
    props.initial ?? { name: "", type: "basic", settings: {}, parameters: [], configValues: [], mapping: {} },
  );
  const [problems, setProblems] = useState<ProblemDetail[]>([]);
  const definition = AUTH_TYPES[config.type];
  const set = (patch: Partial<AuthConfiguration>) => setConfig((current) => ({ ...current, ...patch }));
  const setParameter = (i: number, patch: Partial<AuthParameter>) =>
    set({ parameters: config.parameters.map((parameter, j) => (j === i ? { ...parameter, ...patch } : parameter)) });
  /** The saved value's problem (its helper flow does not exist), while the value still names that flow. */
  const savedFlowProblem = (i: number, value: AuthConfigValue) => {
    const saved = props.initial?.configValues[i]?.source;
    if (value.source.kind !== "helperFlow" || saved?.kind !== "helperFlow" || saved.flow !== value.source.flow)
      return undefined;
    return props.configValueProblems.find((problem) => problem.location?.pointer === `/configValues/${i}/source/flow`)
      ?.message;
  };
  const setConfigValue = (i: number, patch: Partial<AuthConfigValue>) =>
    set({ configValues: config.configValues.map((value, j) => (j === i ? { ...value, ...patch } : value)) });

  async function save() {
    try {
      const url = `/api/projects/${props.projectId}/auth-configs${config.id ? `/${config.id}` : ""}`;
      await callApi(url, { method: config.id ? "PUT" : "POST", json: config });
      props.onSaved();
    } catch (error) {
      setProblems(problemsOf(error).problems);
    }
  }

  return (
    <section className="card" aria-label={config.id ? `Edit ${config.name}` : "Add authentication"}>
      <h2>{config.id ? `Edit ${config.name}` : "Add authentication"}</h2>
      <label htmlFor="auth-name">Display name</label>
      <input id="auth-name" value={config.name} onChange={(event) => set({ name: event.target.value })} />
      <label htmlFor="auth-type">Auth type</label>
      <select
        id="auth-type"
        value={config.type}
        disabled={Boolean(config.id)}
        onChange={(event) => set({ type: event.target.value as AuthTypeId, settings: {} })}
      >
        {AUTH_TYPE_IDS.map((id) => (
          <option key={id} value={id}>
            {AUTH_TYPES[id].label}
          </option>
        ))}
      </select>
      <p className="hint">{definition.help}</p>
      {definition.settings.map((field) => (
        <SettingInput
          key={field.key}
          field={field}
          value={config.settings[field.key]}
          onChange={(value) => set({ settings: { ...config.settings, [field.key]: value } })}
        />
      ))}
      {config.type === "oauth2AuthorizationCode" && (
        <p>
          Redirect URI to register at the service: <code>{props.redirectUri}</code>
        </p>
      )}
      {definition.credentials.length > 0 && (
        <p className="muted small-text">
          Each connection fills: {definition.credentials.map((field) => field.label).join(", ")}.
        </p>
      )}

      <h3>Parameters</h3>
      {config.parameters.map((parameter, i) => (
        <div key={i} className="variable-row" style={{ gridTemplateColumns: "repeat(6, 1fr) 36px" }}>
          <input
            aria-label={`Parameter ${i + 1} label`}
            placeholder="Label"
            value={parameter.label}
            onChange={(event) => setParameter(i, { label: event.target.value })}
          />
          <input
            aria-label={`Parameter ${i + 1} key`}
            placeholder="Key"
            value={parameter.key}
            onChange={(event) => setParameter(i, { key: event.target.value })}
          />
          <select
            aria-label={`Parameter ${i + 1} type`}
            value={parameter.type}
            onChange={(event) => setParameter(i, { type: event.target.value as AuthParameter["type"] })}
          >
            <option value="text">Text</option>
            <option value="password">Password</option>
            <option value="dropdown">Dropdown</option>
          </select>
          <input
            aria-label={`Parameter ${i + 1} values`}
            placeholder="Dropdown values, comma-separated"
            disabled={parameter.type !== "dropdown"}
            value={(parameter.values ?? []).join(",")}
            onChange={(event) =>
              setParameter(i, {
                values: event.target.value
                  .split(",")
                  .map((value) => value.trim())
                  .filter(Boolean),
              })
            }
          />
          <select
            aria-label={`Parameter ${i + 1} sent in`}
            value={parameter.in ?? ""}
            onChange={(event) => setParameter(i, { in: (event.target.value || undefined) as AuthParameter["in"] })}
          >
            <option value="">not sent</option>
            <option value="header">header</option>
            <option value="query">query</option>
            <option value="cookie">cookie</option>
          </select>
          <input
            aria-label={`Parameter ${i + 1} name`}
            placeholder="Name sent (default: key)"
            value={parameter.name ?? ""}
            onChange={(event) => setParameter(i, { name: event.target.value || undefined })}
          />
          <button
            type="button"
            aria-label={`Remove parameter ${i + 1}`}
            onClick={() => set({ parameters: config.parameters.filter((_, j) => j !== i) })}
          >
            ×
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() => set({ parameters: [...config.parameters, { label: "", key: "", type: "text" }] })}
      >
        Add parameter
      </button>

      <h3>Config values</h3>
      {config.configValues.map((value, i) => (
        <div key={i} className="variable-row" style={{ gridTemplateColumns: "repeat(5, 1fr) auto 36px" }}>
          <input
            aria-label={`Config value ${i + 1} label`}
            placeholder="Label"
            value={value.label}
            onChange={(event) => setConfigValue(i, { label: event.target.value })}
          />
          <input
            aria-label={`Config value ${i + 1} key`}
            placeholder="Key"
            value={value.key}
            onChange={(event) => setConfigValue(i, { key: event.target.value })}
          />
          <select
            aria-label={`Config value ${i + 1} definition`}
            value={value.source.kind}
            onChange={(event) =>
              setConfigValue(i, {
                source:
                  event.target.value === "static" ? { kind: "static", value: "" } : { kind: "helperFlow", flow: "" },
              })
            }
          >
            <option value="static">Static value</option>
            <option value="helperFlow">Value from helper flow</option>
          </select>
          <input
            aria-label={`Config value ${i + 1} ${value.source.kind === "static" ? "value" : "flow"}`}
            type={value.type === "password" ? "password" : "text"}
            value={value.source.kind === "static" ? value.source.value : value.source.flow}
            onChange={(event) =>
              setConfigValue(i, {
                source:
                  value.source.kind === "static"
                    ? { kind: "static", value: event.target.value }
                    : { kind: "helperFlow", flow: event.target.value },
              })
            }
          />
          <select
            aria-label={`Config value ${i + 1} type`}
            value={value.type}
            onChange={(event) => setConfigValue(i, { type: event.target.value as AuthConfigValue["type"] })}
          >
            <option value="text">Text</option>
            <option value="password">Password</option>
          </select>
          <label>
            <input
              type="checkbox"
              checked={value.visible}
              onChange={(event) => setConfigValue(i, { visible: event.target.checked })}
            />{" "}
            Visible
          </label>
          <button
            type="button"
            aria-label={`Remove config value ${i + 1}`}
            onClick={() => set({ configValues: config.configValues.filter((_, j) => j !== i) })}
          >
            ×
          </button>
          {savedFlowProblem(i, value) && (
            <p className="hint warning" style={{ gridColumn: "1 / -1" }}>
              {savedFlowProblem(i, value)}
            </p>
          )}
        </div>
      ))}
      <button
        type="button"
        onClick={() =>
          set({
            configValues: [
              ...config.configValues,
              { label: "", key: "", source: { kind: "static", value: "" }, type: "text", visible: true },
            ],
          })
        }
      >
        Add config value
      </button>

      <Problems title="The configuration was not saved" problems={problems} />
      <div className="actions">
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="button" className="primary" onClick={save}>
          Save
        </button>
      </div>
    </section>
  );
}
