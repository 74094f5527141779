"use client";
// Inserting a catalog card (or a Call Flow to a helper flow) where the user pointed: an insert point, after the
// selected card, or at the end of the flow.
import { useCallback } from "react";
import type { Flow } from "@/lib/flow/model";
import { getCard, newCard } from "./cards";
import { cardIds, insertCards, locateCard, ROOT, type SequenceRef } from "@/lib/flow-edit";
import { type CalledFlow, prefillCard } from "@/lib/flow-edit/call-flow";
import { useEditor } from "./store";

export const PALETTE_MIME = "application/x-ib-card-type";
/** Palette entries calling a helper flow carry "flow.callFlow:<flow name>". */
export const CALL_FLOW_PREFIX = "flow.callFlow:";

export type InsertTarget = { at: SequenceRef; index: number };

export function defaultTarget(flow: Flow, selection: string[], insertAt: InsertTarget | null): InsertTarget {
  if (insertAt) return insertAt;
  const last = selection.at(-1);
  const place = last ? locateCard(flow.cards, last) : undefined;
  if (place) return { at: place.at, index: place.index + 1 };
  return { at: ROOT, index: flow.cards.length };
}

/** Inserts a palette entry; a Call Flow arrives filled from the helper's interface, a Return with the flow's outputs. */
export function useInsertFromPalette(helpers: CalledFlow[]) {
  return useCallback(
    (entry: string, target?: InsertTarget) => {
      const state = useEditor.getState();
      const helper = entry.startsWith(CALL_FLOW_PREFIX) ? entry.slice(CALL_FLOW_PREFIX.length) : undefined;
      const definition = getCard(helper === undefined ? entry : "flow.callFlow");
      if (!definition) return;
      const where = target ?? defaultTarget(state.flow, state.selection, state.insertAt);
      const fresh = newCard(definition, cardIds(state.flow.cards), helper === undefined ? undefined : { flow: helper });
      const card = prefillCard(fresh, state.flow, helpers);
      state.apply((flow) => insertCards(flow, where.at, where.index, [card]));
      state.select([card.id]);
      // The next insert lands right after this card, so a sequence builds left to right.
      state.setInsertAt({ at: where.at, index: where.index + 1 });
    },
    [helpers],
  );
}
