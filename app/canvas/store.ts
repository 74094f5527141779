// The editor's state. Every edit replaces the Flow document (structurally shared) and pushes the previous one on
// the undo stack. Components select narrowly: a card node subscribes to its own card through `cards`.
import { create } from "zustand";
import type { Card, Flow } from "@/lib/flow/model";
import type { SequenceRef } from "@/lib/flow-edit";

export interface TraceView {
  card: string;
  status: string;
  durationMs?: number;
  inputs?: unknown;
  outputs?: unknown;
  error?: unknown;
}

export interface FieldFocus {
  cardId: string;
  field?: string;
}

export interface EditorState {
  projectId: string;
  flowId: string;
  flow: Flow;
  /** The stored version this document was loaded from or last saved as. */
  baseVersion: number;
  /** The document as last saved; unsaved changes = flow !== saved. */
  saved: Flow;
  past: Flow[];
  future: Flow[];
  /** Every card by id, rebuilt per edit; unchanged cards keep their identity. */
  cards: Map<string, Card>;
  selection: string[];
  /** Where the palette inserts next. */
  insertAt: { at: SequenceRef; index: number } | null;
  focus: FieldFocus | null;
  trace: Map<string, TraceView> | null;
  load(input: { projectId: string; flowId: string; flow: Flow; baseVersion: number; saved?: Flow }): void;
  apply(edit: (flow: Flow) => Flow): void;
  undo(): void;
  redo(): void;
  select(ids: string[]): void;
  setInsertAt(target: EditorState["insertAt"]): void;
  setFocus(focus: FieldFocus | null): void;
  markSaved(flow: Flow, version: number): void;
  /** ON/OFF was switched (its own operation): every document, saved or not, follows without becoming unsaved. */
  setEnabled(enabled: boolean): void;
  setTrace(trace: TraceView[] | null): void;
}

const UNDO_LIMIT = 200;

function indexCards(cards: Card[], into = new Map<string, Card>()): Map<string, Card> {
  for (const card of cards) {
    into.set(card.id, card);
    for (const block of card.blocks ?? []) indexCards(block.cards, into);
  }
  return into;
}

export const useEditor = create<EditorState>()((set, get) => ({
  projectId: "",
  flowId: "",
  flow: undefined as unknown as Flow,
  baseVersion: 0,
  saved: undefined as unknown as Flow,
  past: [],
  future: [],
  cards: new Map(),
  selection: [],
  insertAt: null,
  focus: null,
  trace: null,
  load: ({ projectId, flowId, flow, baseVersion, saved }) =>
    set({
      projectId,
      flowId,
      flow,
      baseVersion,
      saved: saved ?? flow,
      past: [],
      future: [],
      cards: indexCards(flow.cards),
      selection: [],
      insertAt: null,
      focus: null,
      trace: null,
    }),
  apply: (edit) => {
    const { flow, past } = get();
    const next = edit(flow);
    if (next === flow) return;
    const live = indexCards(next.cards);
    set({
      flow: next,
      past: [...past.slice(-UNDO_LIMIT + 1), flow],
      future: [],
      cards: live,
      selection: get().selection.filter((id) => live.has(id)),
    });
  },
  undo: () => {
    const { flow, past, future } = get();
    const previous = past.at(-1);
    if (!previous) return;
    set({ flow: previous, past: past.slice(0, -1), future: [flow, ...future], cards: indexCards(previous.cards) });
  },
  redo: () => {
    const { flow, past, future } = get();
    const [next, ...rest] = future;
    if (!next) return;
    set({ flow: next, past: [...past, flow], future: rest, cards: indexCards(next.cards) });
  },
  select: (ids) => set({ selection: ids }),
  setInsertAt: (insertAt) => set({ insertAt }),
  setFocus: (focus) => set({ focus }),
  markSaved: (sent, version) => {
    const stored = { ...sent, version };
    // Edits made while the save was in flight stay unsaved on top of the new version.
    set((state) => ({ saved: stored, baseVersion: version, flow: state.flow === sent ? stored : state.flow }));
  },
  setEnabled: (enabled) =>
    set((state) => {
      const switched = (flow: Flow) => (flow.enabled === enabled ? flow : { ...flow, enabled });
      const saved = switched(state.saved);
      return {
        saved,
        flow: state.flow === state.saved ? saved : switched(state.flow),
        past: state.past.map(switched),
        future: state.future.map(switched),
      };
    }),
  setTrace: (trace) => set({ trace: trace ? new Map(trace.map((entry) => [entry.card, entry])) : null }),
}));

export const useDirty = () => useEditor((state) => state.flow !== state.saved);
