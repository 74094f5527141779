"use client";
// "New project": name and description in a dialog, then straight to the new project's General tab.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useRights } from "./Allowed";
import { callApi, problemsByField, problemsOf } from "./api";
import { FieldError, Problems } from "./Problems";
import type { ProblemDetail } from "@/lib/errors";

export function NewProjectButton() {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [problems, setProblems] = useState<ProblemDetail[]>([]);
  const [busy, setBusy] = useState(false);
  const rights = useRights();

  useEffect(() => {
    if (open) dialog.current?.showModal();
    else dialog.current?.close();
  }, [open]);

  async function create(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const { project } = await callApi<{ project: { id: string } }>("/api/projects", { json: { name, description } });
      setOpen(false);
      setName("");
      setDescription("");
      router.push(`/projects/${project.id}`);
      router.refresh();
    } catch (error) {
      setProblems(problemsOf(error).problems);
    } finally {
      setBusy(false);
    }
  }

  const byField = problemsByField(problems);
  return (
    <>
      <button
        type="button"
        className="primary small"
        {...rights("POST /api/projects")}
        onClick={() => {
          setProblems([]);
          setOpen(true);
        }}
      >
        New project
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby="new-project-title" onCancel={() => setOpen(false)}>
        <form onSubmit={create} noValidate>
          <h2 id="new-project-title">New project</h2>
          <label htmlFor="new-project-name">Project name</label>
          <input
            id="new-project-name"
            value={name}
            onChange={(event) => setName(event.target.value)}
            aria-invalid={byField.name ? true : undefined}
            aria-describedby="new-project-name-error"
            autoFocus
          />
          <FieldError id="new-project-name-error" message={byField.name} />
          <label htmlFor="new-project-description">Description</label>
          <textarea
            id="new-project-description"
            rows={3}
            value={description}
            onChange={(event) => setDescription(event.target.value)}
          />
          <Problems
            title="The project was not created"
            problems={problems.filter((problem) => !problem.location?.field)}
          />
          <div className="actions">
            <button type="button" onClick={() => setOpen(false)}>
              Cancel
            </button>
            <button type="submit" className="primary" disabled={busy}>
              Create project
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
