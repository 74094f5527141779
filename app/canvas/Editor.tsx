"use client";
// The flow editor: toolbar, palette, canvas, inspector and diagnostics, dialogs; keyboard and clipboard.
import { CodeText } from "@/app/components/CodeText";
import { useRights } from "@/app/components/Allowed";
import { useCallback, useEffect, useMemo, useState } from "react";
import { ReactFlowProvider } from "@xyflow/react";
import type { Flow } from "@/lib/flow/model";
import type { ProjectView } from "@/lib/validator/model";
import { validateFlow } from "@/lib/validator/validate";
import { CARD_CATALOG, cardTitle } from "./cards";
import { CanvasView } from "./CanvasView";
import { ActionAuthContext, type AuthParameterRow } from "./action-auth";

const NO_AUTH: AuthParameterRow[] = [];
import { Palette } from "./Palette";
import { Inspector } from "./Inspector";
import { EventFields } from "./EventFields";
import { RunDialog } from "./RunDialog";
import { HistoryDialog } from "./HistoryDialog";
import { useEditor, useDirty } from "./store";
import { useDiagnosticsStore } from "./diagnostics-store";
import { whenIdle } from "./idle";
import { useNotice } from "./notice";
import { useSave } from "./useSave";
import { FlowSwitch } from "./FlowSwitch";
import { flowUrl } from "./api";
import { downloadFrom } from "@/app/components/download";
import { SHORTCUTS } from "./shortcuts";
import { clipboardText, parseClipboard } from "./clipboard";
import { removeCards, toggleDisabled } from "@/lib/flow-edit";
import type { CalledFlow } from "@/lib/flow-edit/call-flow";
import { copiedCards, duplicateCards, pasteCards } from "@/lib/flow-edit/paste";
import { defaultTarget } from "./palette-insert";
import type { ProjectValues } from "./mapping";

export interface EditorProps {
  projectId: string;
  flowId: string;
  flow: Flow;
  version: number;
  /** An autosaved draft newer than the stored flow, offered for recovery. */
  draft?: { flow: Flow; baseVersion: number; updatedAt: string };
  /** The helper flows a Call Flow card can call, with their interfaces. */
  helperFlows: CalledFlow[];
  /** The project's other flows: what Call Flow cards may call (checked as the user edits). */
  otherFlows: Flow[];
  connections: { id: string; name: string }[];
  project: ProjectValues;
  /** A card to open selected, and the field of it to bring into view. */
  focus?: { card: string; field?: string };
}

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

function deleteSelection() {
  const { selection, apply, select } = useEditor.getState();
  if (!selection.length) return;
  apply((flow) => removeCards(flow, new Set(selection)));
  select([]);
}

function pasteText(text: string) {
  const cards = parseClipboard(text);
  if (!cards?.length) return false;
  const state = useEditor.getState();
  const target = defaultTarget(state.flow, state.selection, state.insertAt);
  const result = pasteCards(state.flow, cards, target.at, target.index);
  state.apply(() => result.flow);
  state.select(result.ids);
  state.setInsertAt({ at: target.at, index: target.index + result.ids.length });
  useNotice
    .getState()
    .show(
      `Pasted ${result.ids.length} card(s)${result.dropped ? `; ${result.dropped} mapping(s) not in scope here were dropped` : ""}`,
    );
  return true;
}

function Diagnostics() {
  const problems = useDiagnosticsStore((state) => state.all);
  const cards = useEditor((state) => state.cards);
  if (!problems.length)
    return (
      <p className="ed-note" data-testid="diagnostics">
        No problems.
      </p>
    );
  return (
    <ul className="ed-diagnostics" data-testid="diagnostics">
      {problems.map((problem, index) => {
        const { cardId } = problem;
        const where = cardId ? (cards.get(cardId) ? cardTitle(cards.get(cardId)!) : cardId) : "Flow";
        const label = `${where}${problem.field ? ` · ${problem.field}` : ""}`;
        return (
          <li key={index} className={problem.severity === "warning" ? "ed-warning" : undefined}>
            <code>
              <CodeText text={problem.code} />
            </code>{" "}
            {cardId ? (
              <button
                type="button"
                className="ed-link"
                onClick={() => {
                  useEditor.getState().select([cardId]);
                  useEditor.getState().setFocus({ cardId, field: problem.field });
                }}
              >
                {label}
              </button>
            ) : (
              label
            )}
            : {problem.message}
          </li>
        );
      })}
    </ul>
  );
}

function FlowSettings() {
  const name = useEditor((state) => state.flow.name);
  const description = useEditor((state) => state.flow.description ?? "");
  const apply = useEditor((state) => state.apply);
  return (
    <section className="ed-inspector" aria-label="Flow settings">
      <label>
        Flow name
        <input
          key={name}
          aria-label="Flow name"
          defaultValue={name}
          onBlur={(event) =>
            event.target.value.trim() &&
            event.target.value !== name &&
            apply((flow) => ({ ...flow, name: event.target.value.trim() }))
          }
        />
      </label>
      <label>
        Description
        <textarea
          key={description}
          aria-label="Description"
          defaultValue={description}
          onBlur={(event) =>
            event.target.value !== description && apply((flow) => ({ ...flow, description: event.target.value }))
          }
        />
      </label>
      <EventFields />
    </section>
  );
}

export function Editor(props: EditorProps) {
  const loaded = useEditor((state) => state.flowId === props.flowId && !!state.flow);
  useEffect(() => {
    useEditor
      .getState()
      .load({ projectId: props.projectId, flowId: props.flowId, flow: props.flow, baseVersion: props.version });
  }, [props.projectId, props.flowId, props.flow, props.version]);
  if (!loaded) return <main className="ed-root">Loading…</main>;
  return (
    <ReactFlowProvider>
      <ActionAuthContext.Provider value={props.project.authParameters ?? NO_AUTH}>
        <EditorBody {...props} />
      </ActionAuthContext.Provider>
    </ReactFlowProvider>
  );
}

/** Selects the focused card once the editor has loaded, then scrolls its field into view in the inspector. */
function useFocus(card: string | undefined, field: string | undefined) {
  useEffect(() => {
    if (!card) return;
    useEditor.getState().select([card]);
    if (!field) return;
    const frame = requestAnimationFrame(() => {
      const element = document.querySelector(`[data-testid="field-${CSS.escape(field)}"]`);
      element?.scrollIntoView({ block: "center" });
      element?.querySelector<HTMLElement>("input, textarea, select, button")?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [card, field]);
}

function EditorBody({ projectId, draft, helperFlows, otherFlows, connections, project, focus }: EditorProps) {
  useFocus(focus?.card, focus?.field);
  const flow = useEditor((state) => state.flow);
  const selection = useEditor((state) => state.selection);
  const canUndo = useEditor((state) => state.past.length > 0);
  const canRedo = useEditor((state) => state.future.length > 0);
  const enabled = useEditor((state) => state.flow.enabled);
  const baseVersion = useEditor((state) => state.baseVersion);
  const dirty = useDirty();
  const notice = useNotice();
  const { save, saving, conflict, error, reload, saveAsCopy, dismissConflict } = useSave();
  const rights = useRights();
  const [dialog, setDialog] = useState<"run" | "history" | "help" | null>(null);
  const [offerDraft, setOfferDraft] = useState(!!draft);

  // The validator's flow rules follow every edit, run when the browser is idle so a big flow draws first.
  const others = useMemo<ProjectView>(
    () => ({ flows: otherFlows, oinApp: null, tenantVariables: [], authConfigurations: [], passedContracts: [] }),
    [otherFlows],
  );
  useEffect(
    () =>
      whenIdle(() =>
        useDiagnosticsStore.getState().publish(
          validateFlow(flow, others, { cards: CARD_CATALOG }).map((problem) => ({
            code: problem.code,
            severity: problem.severity,
            ...(problem.card !== null && { cardId: problem.card }),
            ...(problem.field !== null && { field: problem.field }),
            message: problem.message,
          })),
        ),
      ),
    [flow, others],
  );

  // Unsaved-changes guard.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  useEffect(() => {
    if (!notice.text) return;
    const timer = setTimeout(notice.clear, 5000);
    return () => clearTimeout(timer);
  }, [notice.text, notice.clear]);

  const copy = useCallback(async (cut: boolean) => {
    const state = useEditor.getState();
    const cards = copiedCards(state.flow, state.selection);
    if (!cards.length) return;
    await navigator.clipboard.writeText(clipboardText(cards));
    if (cut) deleteSelection();
    useNotice.getState().show(`${cut ? "Cut" : "Copied"} ${cards.length} card(s)`);
  }, []);

  const paste = useCallback(async () => {
    const text = await navigator.clipboard.readText().catch(() => "");
    if (!pasteText(text)) useNotice.getState().show("The clipboard holds no cards", "error");
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (mod && key === "s") {
        event.preventDefault();
        void save();
        return;
      }
      if (typing(event.target)) return;
      const state = useEditor.getState();
      if (mod && key === "z") state[event.shiftKey ? "redo" : "undo"]();
      else if (mod && key === "y") state.redo();
      else if (mod && key === "d") {
        const result = duplicateCards(state.flow, state.selection);
        if (!result) return;
        state.apply(() => result.flow);
        state.select(result.ids);
      } else if (!mod && (event.key === "Delete" || event.key === "Backspace")) deleteSelection();
      else if (!mod && event.key === "/") window.dispatchEvent(new CustomEvent("ib:open-palette"));
      else if (!mod && event.key === "?") setDialog("help");
      else if (!mod && event.key === "Escape") setDialog(null);
      else if (!mod && key === "f") window.dispatchEvent(new CustomEvent("ib:fit-view"));
      else if (event.key === "F2" && state.selection.length === 1)
        document.querySelector<HTMLInputElement>('[data-testid="card-name"]')?.focus();
      else if (event.shiftKey && !mod && key === "d" && state.selection.length) {
        state.apply((current) => toggleDisabled(current, state.selection));
      } else return;
      event.preventDefault();
    };
    // Native copy/paste events carry the clipboard without a permission prompt.
    const onCopy = (event: ClipboardEvent) => {
      if (typing(event.target)) return;
      const state = useEditor.getState();
      const cards = copiedCards(state.flow, state.selection);
      if (!cards.length || !event.clipboardData) return;
      event.clipboardData.setData("text/plain", clipboardText(cards));
      event.preventDefault();
      if (event.type === "cut") deleteSelection();
      useNotice.getState().show(`Copied ${cards.length} card(s)`);
    };
    const onPaste = (event: ClipboardEvent) => {
      if (typing(event.target)) return;
      if (pasteText(event.clipboardData?.getData("text/plain") ?? "")) event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    document.addEventListener("copy", onCopy);
    document.addEventListener("cut", onCopy);
    document.addEventListener("paste", onPaste);
    return () => {
      window.removeEventListener("keydown", onKey);
      document.removeEventListener("copy", onCopy);
      document.removeEventListener("cut", onCopy);
      document.removeEventListener("paste", onPaste);
    };
  }, [save]);

  // The stored flow in the one export format (the route writes it); unsaved edits are not in it.
  const exportFlow = () => {
    downloadFrom(`${flowUrl(useEditor.getState().flowId)}/export`);
    if (dirty) useNotice.getState().show(`Exported version ${baseVersion}, as saved: save first to include your edits`);
  };

  const single = selection.length === 1 ? selection[0] : null;
  return (
    <main className="ed-root">
      <header className="ed-toolbar">
        <a href={`/projects/${encodeURIComponent(projectId)}/flows`}>← Flows</a>
        <strong data-testid="flow-name">{flow.name}</strong>
        <span className="ed-note">
          v{baseVersion} {dirty ? "· unsaved changes" : "· saved"}
        </span>
        <FlowSwitch enabled={enabled} />
        <span className="ed-spacer" />
        <button
          type="button"
          onClick={() => useEditor.getState().undo()}
          disabled={!canUndo}
          aria-label="Undo"
          title="Undo (Ctrl/⌘+Z)"
        >
          ↶
        </button>
        <button
          type="button"
          onClick={() => useEditor.getState().redo()}
          disabled={!canRedo}
          aria-label="Redo"
          title="Redo (Shift+Ctrl/⌘+Z)"
        >
          ↷
        </button>
        <button type="button" onClick={() => copy(false)} disabled={!selection.length}>
          Copy
        </button>
        <button type="button" onClick={paste}>
          Paste
        </button>
        <button type="button" onClick={deleteSelection} disabled={!selection.length}>
          Delete
        </button>
        <button type="button" onClick={() => window.dispatchEvent(new CustomEvent("ib:fit-view"))}>
          Zoom to fit
        </button>
        <button type="button" onClick={() => setDialog("history")}>
          History
        </button>
        <button type="button" onClick={exportFlow}>
          Export
        </button>
        <button type="button" onClick={() => setDialog("help")} aria-label="Keyboard shortcuts">
          ?
        </button>
        <button type="button" onClick={() => setDialog("run")} data-testid="run-open">
          Test
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => void save()}
          {...rights("PUT /api/flows/[flowId]", { disabled: saving })}
          data-testid="save"
        >
          {saving ? "Saving…" : "Save"}
        </button>
      </header>
      {offerDraft && draft && (
        <div className="ed-banner" data-testid="draft-banner">
          Unsaved edits from {new Date(draft.updatedAt).toLocaleString()} were kept as a draft (made on version{" "}
          {draft.baseVersion}).
          <button
            type="button"
            onClick={() => {
              useEditor.getState().apply(() => ({ ...draft.flow, version: useEditor.getState().flow.version }));
              setOfferDraft(false);
            }}
          >
            Restore draft
          </button>
          <button type="button" onClick={() => setOfferDraft(false)}>
            Keep saved version
          </button>
        </div>
      )}
      {notice.text && (
        <div className={`ed-notice ${notice.tone === "error" ? "error" : ""}`} role="status" data-testid="notice">
          {notice.text}
        </div>
      )}
      {error && (
        <div className="ed-notice error" role="alert">
          {error}
        </div>
      )}
      <div className="ed-body">
        <Palette helperFlows={helperFlows} />
        <CanvasView helperFlows={helperFlows} />
        <aside className="ed-side">
          {single ? <Inspector cardId={single} project={project} helperFlows={helperFlows} /> : <FlowSettings />}
          <h4>Diagnostics</h4>
          <Diagnostics />
        </aside>
      </div>
      {dialog === "run" && <RunDialog connections={connections} onClose={() => setDialog(null)} />}
      {dialog === "history" && <HistoryDialog onClose={() => setDialog(null)} />}
      {dialog === "help" && (
        <div className="ed-dialog" role="dialog" aria-label="Keyboard shortcuts">
          <h3>Keyboard shortcuts</h3>
          <table>
            <tbody>
              {SHORTCUTS.map(([keys, action]) => (
                <tr key={keys}>
                  <td>
                    <kbd>{keys}</kbd>
                  </td>
                  <td>{action}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" onClick={() => setDialog(null)}>
            Close
          </button>
        </div>
      )}
      {conflict && (
        <div className="ed-dialog" role="alertdialog" aria-label="Save conflict" data-testid="conflict-dialog">
          <h3>This flow changed since you opened it</h3>
          <p>{conflict.message}</p>
          <p>
            Your edits are still here. Reload to take the stored version (your edits stay in the draft), or save yours
            as a copy.
          </p>
          <div className="ed-actions">
            <button type="button" onClick={() => void reload()}>
              Reload
            </button>
            <button type="button" className="primary" onClick={() => void saveAsCopy()}>
              Save as copy
            </button>
            <button type="button" onClick={dismissConflict}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </main>
  );
}
