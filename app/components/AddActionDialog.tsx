"use client";
// New Component > Add Action: the contracts the linked OIN app's capabilities allow; the others shown with the reason.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { callApi } from "@/app/canvas/api";
import type { ActionChoice } from "@/lib/project-actions/choices";
import { FLOWS_CHANGED } from "./flow-toggle";

export const actionPageUrl = (projectId: string, contract: string) =>
  `/projects/${encodeURIComponent(projectId)}/actions/${encodeURIComponent(contract)}`;

export function AddActionDialog({ projectId, onClose }: { projectId: string; onClose(): void }) {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [choices, setChoices] = useState<ActionChoice[]>();
  const [picked, setPicked] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const url = `/api/projects/${encodeURIComponent(projectId)}/actions`;

  useEffect(() => {
    dialog.current?.showModal();
    void callApi<{ choices: ActionChoice[] }>("GET", url).then((answer) => {
      if (!answer.ok) return setProblem(answer.body.message ?? "Could not load the actions");
      setChoices(answer.body.choices);
      setPicked(answer.body.choices.find((choice) => choice.available)?.contract);
    });
  }, [url]);

  const add = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!picked) return;
    const answer = await callApi("POST", url, { contract: picked });
    if (!answer.ok) return setProblem(answer.body.message ?? "Could not add the action");
    window.dispatchEvent(new Event(FLOWS_CHANGED));
    onClose();
    router.push(actionPageUrl(projectId, picked));
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="add-action-title" onCancel={onClose}>
      <form onSubmit={add}>
        <h2 id="add-action-title">Add Action</h2>
        {!choices && !problem && <p className="muted">Loading…</p>}
        <div role="radiogroup" aria-label="Action contracts" className="action-choices">
          {choices?.map((choice) => (
            <label key={choice.contract} className="ed-check" data-testid={`action-choice-${choice.contract}`}>
              <input
                type="radio"
                name="contract"
                value={choice.contract}
                disabled={!choice.available}
                checked={picked === choice.contract}
                onChange={() => setPicked(choice.contract)}
              />{" "}
              {choice.contract}
              {choice.required && <span className="badge muted">required</span>}
              {choice.reason && <span className="muted small-text"> — {choice.reason}</span>}
            </label>
          ))}
        </div>
        {problem && (
          <p className="error" role="alert">
            {problem}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={!picked}>
            Add action
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
