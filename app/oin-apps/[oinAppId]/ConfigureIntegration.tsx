"use client";
// Configure your integration: for each operation of the app's enabled capabilities, the project's ON action flow
// implementing it (flows with validation errors offered but not choosable); support email, test account (password
// masked: sending the mask back keeps it), testing instructions; then Submit integration.
import { useRights } from "@/app/components/Allowed";
import { useCallback, useEffect, useState } from "react";
import { callApi, problemsByField, problemsOf } from "@/app/components/api";
import { FieldError, Problems } from "@/app/components/Problems";
import { SubmitIntegration } from "@/app/components/SubmitIntegration";
import type { ProblemDetail } from "@/lib/errors";
import type { OperationChoice, IntegrationConfigurationView } from "@/lib/submission/model";

interface Fields {
  operations: Record<string, string>;
  supportEmail: string;
  url: string;
  username: string;
  password: string;
  testingInstructions: string;
}

function fieldsOf(view: IntegrationConfigurationView): Fields {
  const { configuration } = view;
  return {
    operations: Object.fromEntries(view.operations.map((operation) => [operation.contract, operation.selected ?? ""])),
    supportEmail: configuration.supportEmail,
    url: configuration.testAccount.url,
    username: configuration.testAccount.username,
    password: configuration.testAccount.password,
    testingInstructions: configuration.testingInstructions,
  };
}

function byGroup(operations: OperationChoice[]): [string, OperationChoice[]][] {
  const groups = new Map<string, OperationChoice[]>();
  for (const operation of operations)
    groups.set(operation.operationGroup, [...(groups.get(operation.operationGroup) ?? []), operation]);
  return [...groups];
}

const fieldId = (field: string) => `configure-${field.replace(/[^A-Za-z0-9]+/g, "-")}`;

export function ConfigureIntegration({ projectId, projectName }: { projectId: string; projectName: string }) {
  const rights = useRights();
  const url = `/api/projects/${projectId}/oin-configuration`;
  const [view, setView] = useState<IntegrationConfigurationView>();
  const [fields, setFields] = useState<Fields>();
  const [problems, setProblems] = useState<ProblemDetail[]>([]);
  const [saved, setSaved] = useState(false);

  const load = useCallback(async () => {
    try {
      const loaded = await callApi<IntegrationConfigurationView>(url);
      setView(loaded);
      setFields(fieldsOf(loaded));
    } catch (error) {
      setProblems(problemsOf(error).problems);
    }
  }, [url]);
  useEffect(() => {
    load();
  }, [load]);

  const save = async () => {
    if (!fields) return;
    setProblems([]);
    setSaved(false);
    try {
      const next = await callApi<IntegrationConfigurationView>(url, {
        method: "PUT",
        json: {
          operations: Object.fromEntries(
            Object.entries(fields.operations).map(([contract, flow]) => [contract, flow || null]),
          ),
          supportEmail: fields.supportEmail,
          testAccount: { url: fields.url, username: fields.username, password: fields.password },
          testingInstructions: fields.testingInstructions,
        },
      });
      setView(next);
      setFields(fieldsOf(next));
      setSaved(true);
    } catch (error) {
      setProblems(problemsOf(error).problems);
    }
  };

  const errors = problemsByField(problems);
  const set = (change: Partial<Fields>) => setFields((current) => current && { ...current, ...change });
  const text = (field: keyof Omit<Fields, "operations">, label: string, type = "text") => (
    <>
      <label htmlFor={fieldId(field)}>{label}</label>
      <input
        id={fieldId(field)}
        type={type}
        value={fields?.[field] ?? ""}
        aria-describedby={errors[field] ? `${fieldId(field)}-error` : undefined}
        onChange={(event) => set({ [field]: event.target.value })}
      />
    </>
  );

  return (
    <section
      id="configure-integration"
      className="card"
      aria-labelledby="configure-heading"
      data-testid="configure-integration"
    >
      <h2 id="configure-heading">Configure your integration</h2>
      <p className="muted">
        The flows of project {projectName} that implement each operation, and what the OIN reviewers need.
        {view && ` Status: ${view.status}.`}
      </p>
      {view && fields && (
        <>
          {byGroup(view.operations).map(([group, operations]) => (
            <fieldset key={group}>
              <legend>{group}</legend>
              {operations.map((operation) => {
                const field = `operations.${operation.contract}`;
                return (
                  <div key={operation.contract}>
                    <label htmlFor={fieldId(field)}>
                      {operation.contract}
                      {operation.required && " (required)"}
                    </label>
                    <select
                      id={fieldId(field)}
                      value={fields.operations[operation.contract] ?? ""}
                      onChange={(event) =>
                        set({ operations: { ...fields.operations, [operation.contract]: event.target.value } })
                      }
                    >
                      <option value="">Not mapped</option>
                      {operation.candidates.map((candidate) => (
                        <option key={candidate.flow} value={candidate.flow} disabled={!candidate.valid}>
                          {candidate.flow}
                          {!candidate.valid && " (has validation errors)"}
                        </option>
                      ))}
                    </select>
                    {operation.candidates.length === 0 && <span className="hint"> No ON action flow of it yet.</span>}
                    <FieldError id={`${fieldId(field)}-error`} message={errors[field]} />
                  </div>
                );
              })}
            </fieldset>
          ))}
          {text("supportEmail", "Support email", "email")}
          <FieldError id={`${fieldId("supportEmail")}-error`} message={errors.supportEmail} />
          <fieldset>
            <legend>Test account</legend>
            {text("url", "Test account URL", "url")}
            <FieldError id={`${fieldId("url")}-error`} message={errors["testAccount.url"]} />
            {text("username", "Test account username")}
            <FieldError id={`${fieldId("username")}-error`} message={errors["testAccount.username"]} />
            {text("password", "Test account password", "password")}
            <FieldError id={`${fieldId("password")}-error`} message={errors["testAccount.password"]} />
          </fieldset>
          <label htmlFor={fieldId("testingInstructions")}>Testing instructions</label>
          <textarea
            id={fieldId("testingInstructions")}
            rows={4}
            value={fields.testingInstructions}
            onChange={(event) => set({ testingInstructions: event.target.value })}
          />
          <FieldError id={`${fieldId("testingInstructions")}-error`} message={errors.testingInstructions} />
          <p>
            <button type="button" {...rights("PUT /api/projects/[projectId]/oin-configuration")} onClick={save}>
              Save configuration
            </button>
            {saved && <span role="status"> Configuration saved.</span>}
          </p>
        </>
      )}
      <Problems title="The configuration was not saved" problems={problems} />
      <SubmitIntegration projectId={projectId} configurationSavedAt={view?.savedAt ?? null} />
    </section>
  );
}
