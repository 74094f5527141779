// The validator's diagnostics of the flow being edited, per card, kept apart from the editor store so a card
// re-renders only when its own list changes.
import { create } from "zustand";
import type { Severity } from "@/lib/validator/model";

export interface CardProblem {
  code: string;
  severity: Severity;
  /** Absent for a problem of the flow itself (its name, its event card). */
  cardId?: string;
  /** The input key, or "<block id>.<key>" for a block input (as checkReferences names it). */
  field?: string;
  message: string;
}

interface DiagnosticsState {
  all: CardProblem[];
  byCard: Map<string, CardProblem[]>;
  publish(problems: CardProblem[]): void;
}

const NONE: CardProblem[] = [];
const sameList = (a: CardProblem[] | undefined, b: CardProblem[]) =>
  !!a &&
  a.length === b.length &&
  a.every((problem, index) => problem.message === b[index].message && problem.field === b[index].field);

export const useDiagnosticsStore = create<DiagnosticsState>()((set, get) => ({
  all: NONE,
  byCard: new Map(),
  publish(problems) {
    const previous = get().byCard;
    const byCard = new Map<string, CardProblem[]>();
    for (const problem of problems)
      if (problem.cardId) byCard.set(problem.cardId, [...(byCard.get(problem.cardId) ?? []), problem]);
    // Unchanged lists keep their identity so their cards don't re-render.
    for (const [cardId, list] of byCard)
      if (sameList(previous.get(cardId), list)) byCard.set(cardId, previous.get(cardId)!);
    set({ all: problems, byCard });
  },
}));

export const useDiagnostics = (cardId: string) => useDiagnosticsStore((state) => state.byCard.get(cardId) ?? NONE);
