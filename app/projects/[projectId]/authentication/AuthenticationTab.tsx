"use client";
// Auth configurations (list, add, edit, delete) and the Authentication mapping section.
import { useRights } from "@/app/components/Allowed";
import { useCallback, useEffect, useState } from "react";
import { callApi, problemsOf } from "@/app/components/api";
import { Loading } from "@/app/components/Loading";
import { Problems } from "@/app/components/Problems";
import { OIN_CLIENT_SETTINGS } from "@/lib/auth/mapping";
import type { AuthMappingView, AuthConfiguration } from "@/lib/auth/model";
import { AUTH_TYPES } from "@/lib/auth/registry";
import type { ProblemDetail } from "@/lib/errors";
import { AuthConfigForm } from "./AuthConfigForm";

type Listing = {
  configurations: AuthConfiguration[];
  mapping: AuthMappingView;
  configValueProblems: Record<string, ProblemDetail[]>;
};

function MappingSection({
  projectId,
  view,
  onSaved,
}: {
  projectId: string;
  view: AuthMappingView;
  onSaved: () => void;
}) {
  return (
    <section className="card" aria-labelledby="mapping-heading">
      <h2 id="mapping-heading">Authentication mapping</h2>
      {!view.linked && <p className="warning">{view.reason}</p>}
      {view.configurations.map((config) => (
        <MappingTable key={config.id} projectId={projectId} view={view} config={config} onSaved={onSaved} />
      ))}
    </section>
  );
}

function MappingTable(props: {
  projectId: string;
  view: AuthMappingView;
  config: AuthMappingView["configurations"][number];
  onSaved: () => void;
}) {
  const rights = useRights();
  const [mapping, setMapping] = useState(props.config.mapping);
  const [problems, setProblems] = useState<ProblemDetail[]>([]);
  const [saved, setSaved] = useState(false);
  useEffect(() => setMapping(props.config.mapping), [props.config.mapping]);

  async function save() {
    try {
      await callApi(`/api/projects/${props.projectId}/auth-configs/${props.config.id}/mapping`, {
        method: "PUT",
        json: { mapping },
      });
      setProblems([]);
      setSaved(true);
      props.onSaved();
    } catch (error) {
      setProblems(problemsOf(error).problems);
    }
  }

  return (
    // biome-ignore lint/a11y/useSemanticElements: a labelled group around a table, not a form fieldset
    <div aria-label={`Mapping of ${props.config.name}`} role="group">
      <h3>{props.config.name}</h3>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Connection parameter</th>
            <th scope="col">OIN app integration variable</th>
          </tr>
        </thead>
        <tbody>
          {props.config.parameters.map((parameter) => {
            const client = OIN_CLIENT_SETTINGS[parameter.key];
            const known = [...props.view.tenantVariables, ...props.view.authVariables].some(
              (variable) => variable.name === mapping[parameter.key],
            );
            return (
              <tr key={parameter.key}>
                <td>
                  {parameter.label} <code>{parameter.key}</code>{" "}
                  <span className="muted small-text">{parameter.source}</span>
                </td>
                <td>
                  <select
                    aria-label={`Map ${parameter.key} of ${props.config.name}`}
                    value={mapping[parameter.key] ?? ""}
                    disabled={!props.view.linked && !client}
                    onChange={(event) => {
                      setSaved(false);
                      setMapping({ ...mapping, [parameter.key]: event.target.value });
                    }}
                  >
                    <option value="">Left for the installing admin</option>
                    {client && <option value={client}>{client} (OIN app client setting)</option>}
                    {props.view.tenantVariables.length > 0 && (
                      <optgroup label="Tenant variables">
                        {props.view.tenantVariables.map((variable) => (
                          <option key={variable.name} value={variable.name}>
                            {variable.label} ({variable.name})
                          </option>
                        ))}
                      </optgroup>
                    )}
                    {props.view.authVariables.length > 0 && (
                      <optgroup label="Authentication variables">
                        {props.view.authVariables.map((variable) => (
                          <option key={variable.name} value={variable.name}>
                            {variable.label} ({variable.name})
                          </option>
                        ))}
                      </optgroup>
                    )}
                    {mapping[parameter.key] && mapping[parameter.key] !== client && !known && (
                      <option value={mapping[parameter.key]}>{mapping[parameter.key]} (missing)</option>
                    )}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <Problems title="Mapping problems" problems={problems.length ? problems : props.config.problems} />
      <div className="actions">
        {saved && <span className="ok">Mapping saved</span>}
        <button
          type="button"
          {...rights("PUT /api/projects/[projectId]/auth-configs/[authConfigId]/mapping")}
          onClick={save}
        >
          Save mapping
        </button>
      </div>
    </div>
  );
}

export function AuthenticationTab({ projectId, redirectUri }: { projectId: string; redirectUri: string }) {
  const rights = useRights();
  const [listing, setListing] = useState<Listing | null>(null);
  const [editing, setEditing] = useState<AuthConfiguration | "new" | null>(null);
  const [problems, setProblems] = useState<ProblemDetail[]>([]);
  const load = useCallback(
    () =>
      callApi<Listing>(`/api/projects/${projectId}/auth-configs`).then(setListing, (error) =>
        setProblems(problemsOf(error).problems),
      ),
    [projectId],
  );
  useEffect(() => void load(), [load]);

  async function remove(config: AuthConfiguration) {
    if (
      !window.confirm(`Delete the auth configuration ${config.name}? Connections using it lose their authentication.`)
    )
      return;
    try {
      await callApi(`/api/projects/${projectId}/auth-configs/${config.id}`, { method: "DELETE" });
      await load();
    } catch (error) {
      setProblems(problemsOf(error).problems);
    }
  }

  return (
    <>
      <section className="card" aria-labelledby="auth-configs-heading">
        <div className="section-heading">
          <h2 id="auth-configs-heading">Authentication configurations</h2>
          <button
            type="button"
            className="primary"
            {...rights("POST /api/projects/[projectId]/auth-configs", {
              disabled: !listing,
              title: listing ? undefined : "Loading the auth configurations…",
            })}
            onClick={() => setEditing("new")}
          >
            Add authentication
          </button>
        </div>
        {!listing && !problems.length && <Loading what="auth configurations" />}
        {listing && !listing.configurations.length && (
          <p className="muted">None yet: add one, or generate them from the API spec.</p>
        )}
        <ul className="plain" aria-label="Auth configurations">
          {listing?.configurations.map((config) => (
            <li key={config.id} aria-label={config.name}>
              <strong>{config.name}</strong> <span className="badge">{AUTH_TYPES[config.type].label}</span>
              {config.sourceScheme && <span className="muted small-text"> from scheme {config.sourceScheme}</span>}
              {[
                ...(config.warnings ?? []),
                ...(listing.configValueProblems[config.id as string] ?? []).map((problem) => problem.message),
              ].map((warning, i) => (
                <p key={i} className="hint warning">
                  {warning}
                </p>
              ))}
              <span className="actions" style={{ display: "inline-flex", marginTop: 0, marginLeft: 12 }}>
                <button
                  type="button"
                  {...rights("PUT /api/projects/[projectId]/auth-configs/[authConfigId]")}
                  onClick={() => setEditing(config)}
                >
                  Edit
                </button>
                <button
                  type="button"
                  className="danger"
                  {...rights("DELETE /api/projects/[projectId]/auth-configs/[authConfigId]")}
                  onClick={() => remove(config)}
                >
                  Delete
                </button>
              </span>
            </li>
          ))}
        </ul>
        <Problems title="That did not work" problems={problems} />
      </section>
      {editing && (
        <AuthConfigForm
          key={editing === "new" ? "new" : editing.id}
          projectId={projectId}
          initial={editing === "new" ? undefined : editing}
          configValueProblems={editing === "new" ? [] : (listing?.configValueProblems[editing.id as string] ?? [])}
          redirectUri={redirectUri}
          onCancel={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void load();
          }}
        />
      )}
      {listing && listing.configurations.length > 0 && (
        <MappingSection projectId={projectId} view={listing.mapping} onSaved={() => void load()} />
      )}
    </>
  );
}
