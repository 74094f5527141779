"use client";
// The OIN app form (catalog properties, capabilities, tenant settings, authentication settings).
// Every rule comes from validateOinApp, the same function the route applies.
import { useRights } from "@/app/components/Allowed";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi, problemsByField, problemsOf } from "@/app/components/api";
import { ConfirmDialog } from "@/app/components/ConfirmDialog";
import { FieldError, Problems } from "@/app/components/Problems";
import type { ProblemDetail } from "@/lib/errors";
import {
  AUTH_MODE_LABELS,
  AUTH_MODES,
  CAPABILITY_LABELS,
  LIMITS,
  SSO_PROTOCOL_LABELS,
  SSO_PROTOCOLS,
  type Capability,
  type OinAppView,
  type OinAuthMode,
  type OinVariable,
  type SsoProtocol,
} from "@/lib/oin/model";
import { validateOinApp } from "@/lib/oin/validate";
import { logoProblem } from "@/lib/projects/logo";
import { errorId, VariableRows } from "./VariableRows";

/** What each capability does, and what it needs while that is missing. */
const CAPABILITY_HINTS: Record<Capability, { about: string; needs?: string }> = {
  provisioning: { about: "Create, update and deactivate users and groups." },
  entitlementManagement: {
    about: "Manage the entitlements (roles, licences…) users get in the app.",
    needs: "Only together with Provisioning.",
  },
  universalLogout: {
    about: "Okta ends a user's sessions in the app when it signs them out.",
    needs: "Needs an SSO protocol (SAML 2.0 or OIDC) chosen first.",
  },
};

type OAuthFields = {
  authorizeEndpoint: string;
  tokenEndpoint: string;
  clientId: string;
  clientSecret: string;
  scopes: string;
};

function initialOAuth(app?: OinAppView): OAuthFields {
  if (app?.auth.mode !== "oauth2")
    return { authorizeEndpoint: "", tokenEndpoint: "", clientId: "", clientSecret: "", scopes: "" };
  return { ...app.auth, scopes: app.auth.scopes.join(" ") };
}

export function OinAppForm({ existing }: { existing?: OinAppView }) {
  const router = useRouter();
  const rights = useRights();
  const [displayName, setDisplayName] = useState(existing?.displayName ?? "");
  const [description, setDescription] = useState(existing?.description ?? "");
  const [capabilities, setCapabilities] = useState<Capability[]>(existing?.capabilities ?? []);
  const [ssoProtocol, setSsoProtocol] = useState<SsoProtocol | null>(existing?.ssoProtocol ?? null);
  const [variables, setVariables] = useState<OinVariable[]>(existing?.variables ?? []);
  const [mode, setMode] = useState<OinAuthMode>(existing?.auth.mode ?? "basic");
  const [authVariables, setAuthVariables] = useState<OinVariable[]>(
    existing?.auth.mode === "custom" ? existing.auth.variables : [],
  );
  const [oauth, setOAuth] = useState<OAuthFields>(initialOAuth(existing));
  const [logo, setLogo] = useState<{ file: File; problem?: string }>();
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [serverProblems, setServerProblems] = useState<{ message: string; problems: ProblemDetail[] }>();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);

  const payload = {
    displayName,
    description,
    capabilities,
    ssoProtocol,
    variables,
    auth: mode === "basic" ? { mode } : mode === "custom" ? { mode, variables: authVariables } : { mode, ...oauth },
  };
  const validation = validateOinApp(payload);
  const localErrors = problemsByField(validation.ok ? [] : validation.problems);
  const remoteErrors = problemsByField(serverProblems?.problems ?? []);
  const errorFor = (field: string) =>
    remoteErrors[field] ?? (attempted || touched.has(field) ? localErrors[field] : undefined);
  const touch = (field: string) => setTouched((previous) => new Set(previous).add(field));
  const edited = () => setServerProblems(undefined);

  function toggle(capability: Capability, on: boolean) {
    edited();
    setCapabilities((previous) => {
      const next = on ? [...previous, capability] : previous.filter((item) => item !== capability);
      return capability === "provisioning" && !on ? next.filter((item) => item !== "entitlementManagement") : next;
    });
  }

  function chooseSso(value: string) {
    edited();
    const protocol = (value || null) as SsoProtocol | null;
    setSsoProtocol(protocol);
    if (!protocol) setCapabilities((previous) => previous.filter((item) => item !== "universalLogout"));
  }

  async function submit(startBuilding: boolean) {
    setAttempted(true);
    setSaved(false);
    setServerProblems(undefined);
    if (!validation.ok || logo?.problem) return;
    setBusy(true);
    try {
      let oinAppId = existing?.id;
      if (logo || !startBuilding) {
        const saved = oinAppId
          ? await callApi<{ oinApp: OinAppView }>(`/api/oin-apps/${oinAppId}`, { method: "PUT", json: payload })
          : await callApi<{ oinApp: OinAppView }>("/api/oin-apps", { json: payload });
        oinAppId = saved.oinApp.id;
        if (logo) {
          const form = new FormData();
          form.set("file", logo.file);
          await callApi(`/api/oin-apps/${oinAppId}/logo`, { method: "PUT", body: form });
        }
      }
      if (startBuilding) {
        const { project } = await callApi<{ project: { id: string } }>("/api/oin-apps/start-building", {
          json: { ...payload, oinAppId },
        });
        router.push(`/projects/${project.id}`);
        return;
      }
      if (!existing) router.push(`/oin-apps/${oinAppId}`);
      else router.refresh();
      setLogo(undefined);
      setAttempted(false);
      setSaved(true);
    } catch (error) {
      setServerProblems(problemsOf(error));
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    setBusy(true);
    try {
      await callApi(`/api/oin-apps/${existing!.id}`, { method: "DELETE" });
      router.push("/oin-apps");
      router.refresh();
    } catch (error) {
      setConfirmDelete(false);
      setServerProblems(problemsOf(error));
      setBusy(false);
    }
  }

  const unplaced = (serverProblems?.problems ?? []).filter((problem) => !problem.location?.field);
  const problemCount = validation.ok ? 0 : validation.problems.length;

  return (
    <form
      className="oin-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit(false);
      }}
    >
      <div className="section-heading">
        <div>
          <p className="eyebrow">OIN app{existing && ` · ${existing.status}`}</p>
          <h1>{existing ? existing.displayName : "Create OIN app"}</h1>
        </div>
        {existing && existing.projects.length > 0 && (
          <p className="muted">
            Projects:{" "}
            {existing.projects.map((project, i) => (
              <span key={project.id}>
                {i > 0 && ", "}
                <Link href={`/projects/${project.id}`}>{project.name}</Link>
              </span>
            ))}
          </p>
        )}
      </div>

      <section className="card" aria-labelledby="catalog-heading">
        <h2 id="catalog-heading">OIN catalog properties</h2>
        <label htmlFor="displayName">Display name</label>
        <input
          id="displayName"
          value={displayName}
          onChange={(event) => {
            edited();
            setDisplayName(event.target.value);
          }}
          onBlur={() => touch("displayName")}
          aria-invalid={errorFor("displayName") ? true : undefined}
          aria-describedby={errorId("displayName")}
          aria-required
        />
        <p className="hint">
          {displayName.trim().length} / {LIMITS.displayName}
        </p>
        <FieldError id={errorId("displayName")} message={errorFor("displayName")} />
        <label htmlFor="description">Description</label>
        <textarea
          id="description"
          rows={4}
          value={description}
          onChange={(event) => {
            edited();
            setDescription(event.target.value);
          }}
          onBlur={() => touch("description")}
          aria-invalid={errorFor("description") ? true : undefined}
          aria-describedby={errorId("description")}
          aria-required
        />
        <FieldError id={errorId("description")} message={errorFor("description")} />
        <label htmlFor="oin-logo">Logo (PNG, JPG or GIF, under 1 MB)</label>
        {existing?.hasLogo && (
          <img
            src={`/api/oin-apps/${existing.id}/logo?v=${existing.updatedAt}`}
            alt={`${existing.displayName} logo`}
            className="logo"
          />
        )}
        <input
          id="oin-logo"
          type="file"
          accept="image/png,image/jpeg,image/gif"
          aria-invalid={logo?.problem ? true : undefined}
          aria-describedby="error-logo"
          onChange={async (event) => {
            const file = event.target.files?.[0];
            setLogo(
              file ? { file, problem: logoProblem(new Uint8Array(await file.arrayBuffer()))?.message } : undefined,
            );
          }}
        />
        <FieldError id="error-logo" message={logo?.problem ?? remoteErrors.logo} />
      </section>

      <section className="card" aria-labelledby="capabilities-heading">
        <h2 id="capabilities-heading">Capabilities</h2>
        <label htmlFor="ssoProtocol">SSO protocol</label>
        <select id="ssoProtocol" value={ssoProtocol ?? ""} onChange={(event) => chooseSso(event.target.value)}>
          <option value="">None</option>
          {SSO_PROTOCOLS.map((protocol) => (
            <option key={protocol} value={protocol}>
              {SSO_PROTOCOL_LABELS[protocol]}
            </option>
          ))}
        </select>
        <fieldset className="checks" aria-describedby={errorId("capabilities")}>
          <legend>API Integration Actions capabilities</legend>
          {(Object.keys(CAPABILITY_LABELS) as Capability[]).map((capability) => {
            const disabled =
              (capability === "entitlementManagement" && !capabilities.includes("provisioning")) ||
              (capability === "universalLogout" && !ssoProtocol);
            return (
              <div key={capability} className="check-row">
                <label className="check">
                  <input
                    type="checkbox"
                    checked={capabilities.includes(capability)}
                    disabled={disabled}
                    aria-describedby={`hint-${capability}`}
                    onChange={(event) => toggle(capability, event.target.checked)}
                  />
                  {CAPABILITY_LABELS[capability]}
                </label>
                <span id={`hint-${capability}`} className="hint">
                  {disabled ? CAPABILITY_HINTS[capability].needs : CAPABILITY_HINTS[capability].about}
                </span>
              </div>
            );
          })}
        </fieldset>
        <FieldError id={errorId("capabilities")} message={errorFor("capabilities")} />
      </section>

      <section className="card" aria-labelledby="tenant-heading">
        <h2 id="tenant-heading">Tenant settings</h2>
        <p className="muted">
          Values each customer enters when installing the integration (e.g. their subdomain). Flows and authentication
          use them as <code>app.&lt;name&gt;</code>.
        </p>
        <VariableRows
          field="variables"
          noun="tenant variable"
          rows={variables}
          max={LIMITS.tenantVariables}
          errorFor={errorFor}
          onBlur={touch}
          onChange={(rows) => {
            edited();
            setVariables(rows);
          }}
        />
      </section>

      <section className="card" aria-labelledby="auth-heading">
        <h2 id="auth-heading">Authentication settings</h2>
        <fieldset className="checks">
          <legend>Authentication mode</legend>
          {AUTH_MODES.map((option) => (
            <label key={option} className="check">
              <input
                type="radio"
                name="auth-mode"
                value={option}
                checked={mode === option}
                onChange={() => {
                  edited();
                  setMode(option);
                }}
              />
              {AUTH_MODE_LABELS[option]}
            </label>
          ))}
        </fieldset>
        {mode === "basic" && (
          <p className="muted">
            Installing admins enter a username and password (<code>auth_user_name</code>,{" "}
            <code>auth_user_password</code>).
          </p>
        )}
        {mode === "custom" && (
          <>
            <h3>Authentication variables</h3>
            <VariableRows
              field="auth.variables"
              noun="authentication variable"
              rows={authVariables}
              errorFor={errorFor}
              onBlur={touch}
              onChange={(rows) => {
                edited();
                setAuthVariables(rows);
              }}
            />
          </>
        )}
        {mode === "oauth2" && (
          <div className="grid-2">
            {(
              [
                ["authorizeEndpoint", "Authorize endpoint", "https://{subdomain}.example.com/oauth/authorize"],
                ["tokenEndpoint", "Token endpoint", "https://{subdomain}.example.com/oauth/token"],
                ["clientId", "Client ID", ""],
                ["clientSecret", "Client secret", ""],
                ["scopes", "Scopes", "users.read users.write"],
              ] as const
            ).map(([key, text, placeholder]) => (
              <div key={key}>
                <label htmlFor={`auth-${key}`}>{text}</label>
                <input
                  id={`auth-${key}`}
                  type={key === "clientSecret" ? "password" : "text"}
                  autoComplete="off"
                  placeholder={placeholder}
                  value={oauth[key]}
                  onChange={(event) => {
                    edited();
                    setOAuth({ ...oauth, [key]: event.target.value });
                  }}
                  onBlur={() => touch(`auth.${key}`)}
                  aria-invalid={errorFor(`auth.${key}`) ? true : undefined}
                  aria-describedby={errorId(`auth.${key}`)}
                />
                <FieldError id={errorId(`auth.${key}`)} message={errorFor(`auth.${key}`)} />
              </div>
            ))}
          </div>
        )}
        <FieldError id={errorId("auth.mode")} message={errorFor("auth.mode")} />
      </section>

      {serverProblems && unplaced.length > 0 && <Problems title={serverProblems.message} problems={unplaced} />}
      {/* In the sticky Save bar, so the verdict of a Save is seen where the Save was clicked. */}
      <div className="actions start sticky-actions">
        {saved && (
          <p role="status" className="ok sticky-verdict">
            Saved.
          </p>
        )}
        {attempted && problemCount > 0 && (
          <p role="alert" className="error sticky-verdict">
            Fix the {problemCount === 1 ? "problem" : `${problemCount} problems`} above; nothing was saved.
          </p>
        )}
        <button
          type="submit"
          {...rights(existing ? "PUT /api/oin-apps/[oinAppId]" : "POST /api/oin-apps", { disabled: busy })}
        >
          Save
        </button>
        <button
          type="button"
          className="primary"
          {...rights(existing ? "PUT /api/oin-apps/[oinAppId]" : "POST /api/oin-apps/start-building", {
            disabled: busy,
          })}
          onClick={() => submit(true)}
        >
          Save and start building
        </button>
        {existing && (
          <button
            type="button"
            className="danger"
            {...rights("DELETE /api/oin-apps/[oinAppId]", { disabled: busy })}
            onClick={() => setConfirmDelete(true)}
          >
            Delete OIN app
          </button>
        )}
      </div>

      {existing && (
        <ConfirmDialog
          open={confirmDelete}
          title={`Delete ${existing.displayName}?`}
          confirmLabel="Delete OIN app"
          danger
          busy={busy}
          onCancel={() => setConfirmDelete(false)}
          onConfirm={remove}
        >
          <p>Projects linked to it are kept but unlinked: its tenant variables will no longer be available to them.</p>
        </ConfirmDialog>
      )}
    </form>
  );
}
