"use client";
// API Spec > Authentication configuration: pick security schemes and generate auth configurations from them.
import { useRights } from "@/app/components/Allowed";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { callApi, problemsOf } from "@/app/components/api";
import { Loading } from "@/app/components/Loading";
import { Problems } from "@/app/components/Problems";
import type { GenerationNote } from "@/lib/auth/model";
import type { ProblemDetail } from "@/lib/errors";

type Preview = { schemes: { name: string; kind: string; description?: string }[]; notes: GenerationNote[] };

export function AuthGenerateSection({ projectId }: { projectId: string }) {
  const rights = useRights();
  const dialog = useRef<HTMLDialogElement>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<ProblemDetail[]>([]);
  const [result, setResult] = useState<{ created: number; updated: number; notes: GenerationNote[] } | null>(null);
  const base = `/api/projects/${projectId}/auth-configs/generate`;

  useEffect(() => {
    callApi<Preview>(base).then(setPreview, (error) => setProblems(problemsOf(error).problems));
  }, [base]);

  const generatable = (scheme: string) =>
    preview?.notes.some((note) => note.scheme === scheme && note.generated) ?? false;

  function open() {
    setSelected(new Set(preview?.schemes.filter((scheme) => generatable(scheme.name)).map((scheme) => scheme.name)));
    setProblems([]);
    dialog.current?.showModal();
  }

  async function generate() {
    setBusy(true);
    try {
      setResult(await callApi(base, { json: { selected: [...selected] } }));
      dialog.current?.close();
    } catch (error) {
      setProblems(problemsOf(error).problems);
    } finally {
      setBusy(false);
    }
  }

  const toggle = (name: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(name)) next.add(name);
      return next;
    });

  return (
    <section className="card" aria-labelledby="auth-generate-heading">
      <div className="section-heading">
        <h2 id="auth-generate-heading">Authentication configuration</h2>
        <button
          type="button"
          onClick={open}
          {...rights("POST /api/projects/[projectId]/auth-configs/generate", {
            disabled: !preview?.schemes.length,
            title: preview ? undefined : "Loading the spec's security schemes…",
          })}
        >
          Generate
        </button>
      </div>
      {!preview && !problems.length && <Loading what="security schemes" />}
      {preview && !preview.schemes.length && <p className="muted">This spec declares no security schemes.</p>}
      {preview && preview.schemes.length > 0 && (
        <p className="muted">
          {preview.schemes.length} security scheme(s). Generated configurations appear in the{" "}
          <Link href={`/projects/${projectId}/authentication`}>Authentication tab</Link>; generating again updates them.
        </p>
      )}
      {result && (
        <div role="status">
          <p className="ok">
            Generated: {result.created} created, {result.updated} updated.
          </p>
          <ul className="plain small-text">
            {result.notes
              .filter((note) => note.message)
              .map((note, i) => (
                <li key={i} className={note.generated ? "warning" : "muted"}>
                  <strong>{note.scheme}</strong> ({note.kind}): {note.message}
                </li>
              ))}
          </ul>
        </div>
      )}
      {!result && <Problems title="Could not generate" problems={problems} />}

      <dialog
        ref={dialog}
        className="dialog"
        style={{ width: "min(760px, 94vw)" }}
        aria-labelledby="auth-generate-dialog-title"
      >
        <h2 id="auth-generate-dialog-title">Generate authentication configurations</h2>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Generate</th>
              <th scope="col">Security scheme</th>
              <th scope="col">Kind</th>
            </tr>
          </thead>
          <tbody>
            {preview?.schemes.map((scheme) => {
              const notes = preview.notes.filter((note) => note.scheme === scheme.name && !note.generated);
              return (
                <tr key={scheme.name}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Generate ${scheme.name}`}
                      checked={selected.has(scheme.name)}
                      disabled={!generatable(scheme.name)}
                      onChange={() => toggle(scheme.name)}
                    />
                  </td>
                  <td>{scheme.name}</td>
                  <td>
                    <code>{scheme.kind}</code>
                    {notes.map((note, i) => (
                      <p key={i} className="hint">
                        {note.kind}: {note.message}
                      </p>
                    ))}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <Problems title="Could not generate" problems={problems} />
        <div className="actions">
          <button type="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button type="button" className="primary" disabled={busy || selected.size === 0} onClick={generate}>
            Generate
          </button>
        </div>
      </dialog>
    </section>
  );
}
