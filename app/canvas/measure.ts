// Card box sizes for the layout; the card components render to exactly these sizes.
import type { Measure } from "@/lib/canvas-layout";
import { eventFields } from "@/lib/cards/scope";
import type { Block, Card, Flow } from "@/lib/flow/model";
import { blockInputFields, inputFields, outputFields } from "./cards";

const CARD_SIZE = {
  width: 240,
  title: 34,
  section: 20,
  row: 24,
  bottom: 8,
  laneTitle: 26,
} as const;

function boxHeight(inputs: number, outputs: number): number {
  const sections = (inputs ? 1 : 0) + (outputs ? 1 : 0);
  return CARD_SIZE.title + sections * CARD_SIZE.section + (inputs + outputs) * CARD_SIZE.row + CARD_SIZE.bottom;
}

/** An action flow's event card: its body tree and its auth section (at least one row: "no connection parameters"). */
function actionEventHeight(flow: Flow, authRows: number): number {
  const rows = eventFields(flow).length + Math.max(1, authRows);
  return CARD_SIZE.title + 2 * CARD_SIZE.section + rows * CARD_SIZE.row + CARD_SIZE.bottom;
}

export function measureFor(flow: Flow, authRows = 0): Measure {
  return {
    card: (card: Card) => ({
      width: CARD_SIZE.width,
      height: boxHeight(inputFields(card).length, outputFields(card).length),
    }),
    event: {
      width: CARD_SIZE.width,
      height: flow.event.type === "action" ? actionEventHeight(flow, authRows) : boxHeight(0, flow.event.inputs.length),
    },
    laneHeader: (card: Card, block: Block) =>
      CARD_SIZE.laneTitle + blockInputFields(card, block).length * CARD_SIZE.row,
  };
}
