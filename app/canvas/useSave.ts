"use client";
// Explicit save with optimistic concurrency, and a debounced autosave of the draft.
import { useRights } from "@/app/components/Allowed";
import { useCallback, useEffect, useRef, useState } from "react";
import type { Flow } from "@/lib/flow/model";
import { callApi, flowUrl, type StoredFlowAnswer } from "./api";
import { useEditor } from "./store";

export interface Conflict {
  message: string;
  currentVersion?: number;
}

const AUTOSAVE_MS = 1500;

export function useSave() {
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Someone who may not change the flow edits it in the page only: no draft is stored for them.
  const mayKeepDraft = !useRights()("PUT /api/flows/[flowId]/draft").disabled;

  const save = useCallback(async () => {
    const { flow, baseVersion, flowId, markSaved } = useEditor.getState();
    setSaving(true);
    setError(null);
    try {
      const answer = await callApi<StoredFlowAnswer>("PUT", flowUrl(flowId), { flow, expectedVersion: baseVersion });
      if (answer.status === 409)
        setConflict({
          message: answer.body.message ?? "This flow was saved by someone else.",
          currentVersion: answer.body.currentVersion,
        });
      else if (!answer.ok) setError(answer.body.message ?? `Save failed (${answer.status})`);
      else markSaved(flow, answer.body.flow.version);
      return answer.ok;
    } finally {
      setSaving(false);
    }
  }, []);

  // Autosave: unsaved edits go to the user's draft a moment after the last change. Once one was stored, coming
  // back to the saved document (undo) is sent too, so the server drops the draft instead of offering it later.
  const flow = useEditor((state) => state.flow);
  const saved = useEditor((state) => state.saved);
  const draftStored = useRef(false);
  useEffect(() => {
    if (!flow || !mayKeepDraft || (flow === saved && !draftStored.current)) return;
    const timer = setTimeout(() => {
      const { flowId, baseVersion } = useEditor.getState();
      draftStored.current = flow !== saved;
      void callApi("PUT", `${flowUrl(flowId)}/draft`, { flow, baseVersion });
    }, AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [flow, saved, mayKeepDraft]);

  const reload = useCallback(async () => {
    const { flowId, projectId, load, flow, baseVersion } = useEditor.getState();
    // The edits being replaced stay recoverable as the flow's draft.
    await callApi("PUT", `${flowUrl(flowId)}/draft`, { flow, baseVersion });
    const answer = await callApi<StoredFlowAnswer>("GET", flowUrl(flowId));
    if (answer.ok) load({ projectId, flowId, flow: answer.body.flow.flow, baseVersion: answer.body.flow.version });
    setConflict(null);
  }, []);

  /** Saves the edited document as a new flow next to the original, then opens it. */
  const saveAsCopy = useCallback(async () => {
    const { flow, projectId } = useEditor.getState();
    const copy: Flow = {
      ...flow,
      name: `${flow.name} (copy ${new Date().toISOString().slice(0, 16).replace("T", " ")})`,
      enabled: false,
      version: 1,
    };
    const answer = await callApi<StoredFlowAnswer>(
      "POST",
      `/api/projects/${encodeURIComponent(projectId)}/flows`,
      copy,
    );
    if (!answer.ok) return setError(answer.body.message ?? `Saving a copy failed (${answer.status})`);
    useEditor.getState().markSaved(flow, flow.version);
    window.location.assign(
      `/projects/${encodeURIComponent(projectId)}/flows/${encodeURIComponent(answer.body.flow.id)}`,
    );
  }, []);

  return { save, saving, conflict, error, reload, saveAsCopy, dismissConflict: () => setConflict(null) };
}
