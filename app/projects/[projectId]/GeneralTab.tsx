"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi, problemsByField, problemsOf } from "@/app/components/api";
import { useRights } from "@/app/components/Allowed";
import { ConfirmDialog } from "@/app/components/ConfirmDialog";
import { formatDate } from "@/app/components/format";
import { LogoUpload } from "@/app/components/LogoUpload";
import { FieldError, Problems } from "@/app/components/Problems";
import type { ProblemDetail } from "@/lib/errors";
import type { ProjectView } from "@/lib/projects/model";

type OinAppChoice = { id: string; displayName: string; status: string };
type Pending = "delete" | "unlink" | "link" | null;

export function GeneralTab({ project, oinApps }: { project: ProjectView; oinApps: OinAppChoice[] }) {
  const router = useRouter();
  const [name, setName] = useState(project.name);
  const [description, setDescription] = useState(project.description);
  const [problems, setProblems] = useState<ProblemDetail[]>([]);
  const [saved, setSaved] = useState(false);
  const [pending, setPending] = useState<Pending>(null);
  const [chosenApp, setChosenApp] = useState(oinApps[0]?.id ?? "");
  const [busy, setBusy] = useState(false);
  const api = `/api/projects/${project.id}`;
  const rights = useRights();

  async function run(action: () => Promise<unknown>, after?: () => void) {
    setBusy(true);
    setProblems([]);
    setSaved(false);
    try {
      await action();
      setPending(null);
      after?.();
      router.refresh();
    } catch (error) {
      setPending(null);
      setProblems(problemsOf(error).problems);
    } finally {
      setBusy(false);
    }
  }

  const save = (event: React.FormEvent) => {
    event.preventDefault();
    run(
      () => callApi(api, { method: "PATCH", json: { name, description } }),
      () => setSaved(true),
    );
  };
  const byField = problemsByField(problems);
  const dirty = name !== project.name || description !== project.description;

  return (
    <div className="general">
      <section className="card" aria-labelledby="general-heading">
        <h2 id="general-heading">General</h2>
        <form onSubmit={save} noValidate className="form">
          <label htmlFor="project-name">Project name</label>
          <input
            id="project-name"
            value={name}
            onChange={(event) => setName(event.target.value)}
            aria-invalid={byField.name ? true : undefined}
            aria-describedby="project-name-error"
          />
          <FieldError id="project-name-error" message={byField.name} />
          <label htmlFor="project-description">Description</label>
          <textarea
            id="project-description"
            rows={3}
            value={description}
            onChange={(event) => setDescription(event.target.value)}
            aria-invalid={byField.description ? true : undefined}
            aria-describedby="project-description-error"
          />
          <FieldError id="project-description-error" message={byField.description} />
          <div className="actions start">
            <button
              type="submit"
              className="primary"
              {...rights("PATCH /api/projects/[projectId]", { disabled: busy || !dirty })}
            >
              Save
            </button>
            {saved && (
              <span role="status" className="ok">
                Saved
              </span>
            )}
          </div>
        </form>
        <LogoUpload
          uploadUrl={`${api}/logo`}
          hasLogo={project.hasLogo}
          label={project.name}
          rights={rights("PUT /api/projects/[projectId]/logo")}
        />
        <p className="hint">
          Changes to the name, description and logo stay in this project; the OIN app keeps its own.
        </p>
      </section>

      <section className="card" aria-labelledby="details-heading">
        <h2 id="details-heading">Details</h2>
        <dl className="details">
          <dt>Last Updated</dt>
          <dd>{formatDate(project.updatedAt)}</dd>
          <dt>Status</dt>
          <dd>
            <span className={`badge ${project.oinApp ? "" : "muted"}`} data-testid="project-status">
              {project.status}
            </span>
          </dd>
          <dt>Protocol</dt>
          <dd>{project.protocol}</dd>
          <dt>OIN app</dt>
          <dd>{project.oinApp ? project.oinApp.displayName : "None: link an OIN app to use its tenant variables"}</dd>
          <dt>Roles</dt>
          <dd>
            <Link href={`/roles?project=${project.id}`}>Who holds this project's roles</Link>
          </dd>
        </dl>
        <div className="actions start">
          {project.oinApp ? (
            <>
              <Link className="button" href={`/oin-apps/${project.oinApp.id}`}>
                View in OIN app
              </Link>
              <button
                type="button"
                {...rights("DELETE /api/projects/[projectId]/link")}
                onClick={() => setPending("unlink")}
              >
                Unlink app
              </button>
            </>
          ) : (
            <button
              type="button"
              className="primary"
              {...rights("POST /api/projects/[projectId]/link")}
              onClick={() => setPending("link")}
            >
              Link an OIN app
            </button>
          )}
        </div>
        <Problems
          title="That did not work"
          problems={problems.filter((problem) => !problem.location?.field || problem.location.field === "oinAppId")}
        />
      </section>

      <section className="card danger-zone" aria-labelledby="danger-heading">
        <h2 id="danger-heading">Delete project</h2>
        <p className="muted">
          Deletes the project with its spec versions, authentication configurations, connections and flows.
        </p>
        <button
          type="button"
          className="danger"
          {...rights("DELETE /api/projects/[projectId]")}
          onClick={() => setPending("delete")}
        >
          Delete project
        </button>
      </section>

      <ConfirmDialog
        open={pending === "unlink"}
        title="Unlink the OIN app?"
        confirmLabel="Unlink app"
        danger
        busy={busy}
        onCancel={() => setPending(null)}
        onConfirm={() => run(() => callApi(`${api}/link`, { method: "DELETE" }))}
      >
        <p>
          The tenant variables of <strong>{project.oinApp?.displayName}</strong> will no longer be available to
          authentication and action configuration in this project. You can link an OIN app again later.
        </p>
      </ConfirmDialog>

      <ConfirmDialog
        open={pending === "link"}
        title="Link an OIN app"
        confirmLabel="Link app"
        busy={busy || !chosenApp}
        onCancel={() => setPending(null)}
        onConfirm={() => run(() => callApi(`${api}/link`, { json: { oinAppId: chosenApp } }))}
      >
        {oinApps.length === 0 ? (
          <p>
            There are no OIN apps yet. <Link href="/oin-apps/new">Create an OIN app</Link> first.
          </p>
        ) : (
          <>
            <label htmlFor="link-app">OIN app</label>
            <select id="link-app" value={chosenApp} onChange={(event) => setChosenApp(event.target.value)}>
              {oinApps.map((app) => (
                <option key={app.id} value={app.id}>
                  {app.displayName} ({app.status})
                </option>
              ))}
            </select>
          </>
        )}
      </ConfirmDialog>

      <ConfirmDialog
        open={pending === "delete"}
        title={`Delete ${project.name}?`}
        confirmLabel="Delete project"
        danger
        busy={busy}
        onCancel={() => setPending(null)}
        onConfirm={() =>
          run(
            () => callApi(api, { method: "DELETE" }),
            () => router.push("/projects"),
          )
        }
      >
        <p>This permanently deletes the project and everything in it. The linked OIN app is kept.</p>
      </ConfirmDialog>
    </div>
  );
}
