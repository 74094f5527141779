// Card box sizes for the layout; the card components render to exactly these sizes.
import type { Measure } from "@/lib/canvas-layout";
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

export function measureFor(flow: Flow): Measure {
  return {
    card: (card: Card) => ({
      width: CARD_SIZE.width,
      height: boxHeight(inputFields(card).length, outputFields(card).length),
    }),
    event: { width: CARD_SIZE.width, height: boxHeight(0, flow.event.inputs.length) },
    laneHeader: (card: Card, block: Block) =>
      CARD_SIZE.laneTitle + blockInputFields(card, block).length * CARD_SIZE.row,
  };
}
