// Deterministic structural layout of a flow on the canvas: each sequence runs left to right with an insert
// point (+) in every gap; a container card is a frame holding its body and, below it, its blocks stacked
// as lanes. Pure: sizes come from the caller, positions are absolute.
import { EVENT_CARD_ID, type Block, type Card, type Flow } from "../flow/model";

export interface SequenceAddress {
  container: string | null;
  block: string | null;
}

export type LayoutNode =
  | { kind: "event"; id: string; x: number; y: number; width: number; height: number; depth: 0 }
  | { kind: "card"; id: string; cardId: string; x: number; y: number; width: number; height: number; depth: number }
  | {
      kind: "container";
      id: string;
      cardId: string;
      x: number;
      y: number;
      width: number;
      height: number;
      depth: number;
      collapsed: boolean;
      /** Height of the container card's own fields, drawn at the top of the frame. */
      bodyHeight: number;
    }
  | {
      kind: "lane";
      id: string;
      cardId: string;
      blockId: string;
      x: number;
      y: number;
      width: number;
      height: number;
      depth: number;
    }
  | {
      kind: "insert";
      id: string;
      at: SequenceAddress;
      index: number;
      x: number;
      y: number;
      width: number;
      height: number;
      depth: number;
    };

export interface LayoutEdge {
  id: string;
  source: string;
  target: string;
}

export interface Layout {
  nodes: LayoutNode[];
  edges: LayoutEdge[];
  width: number;
  height: number;
}

export interface Measure {
  /** Size of a card's own box (for a container: its body, without blocks). */
  card(card: Card): { width: number; height: number };
  event: { width: number; height: number };
  /** Height of a lane's title (with its block inputs, e.g. an If/ElseIf condition). */
  laneHeader(card: Card, block: Block): number;
}

export const LAYOUT = {
  gap: 56,
  insertSize: 22,
  /** Vertical offset of the sequence line (and insert points) from a card's top: the middle of its title bar. */
  lineY: 17,
  padding: 12,
  laneGap: 10,
  emptyLaneWidth: 120,
  emptyLaneHeight: 40,
} as const;

interface Placed {
  width: number;
  height: number;
}

const insertId = (at: SequenceAddress, index: number) => `insert:${at.container ?? "root"}:${at.block ?? ""}:${index}`;

/** Lays out a flow; `collapsed` lists container cards drawn without their blocks. */
export function layoutFlow(flow: Flow, measure: Measure, collapsed: ReadonlySet<string> = new Set()): Layout {
  const nodes: LayoutNode[] = [];
  const edges: LayoutEdge[] = [];

  const insert = (at: SequenceAddress, index: number, x: number, y: number, depth: number) => {
    const size = LAYOUT.insertSize;
    nodes.push({
      kind: "insert",
      id: insertId(at, index),
      at,
      index,
      x: x + (LAYOUT.gap - size) / 2,
      y: y + LAYOUT.lineY - size / 2,
      width: size,
      height: size,
      depth,
    });
  };

  /** Places a sequence at (x, y) starting with an insert point; `previous` is the node the first card follows. */
  const sequence = (
    cards: Card[],
    at: SequenceAddress,
    x: number,
    y: number,
    depth: number,
    previous: string | null,
  ): Placed => {
    let cursor = x;
    let height: number = LAYOUT.insertSize;
    let before = previous;
    cards.forEach((card, index) => {
      insert(at, index, cursor, y, depth);
      cursor += LAYOUT.gap;
      const placed = place(card, cursor, y, depth);
      if (before) edges.push({ id: `edge:${before}->${card.id}`, source: before, target: card.id });
      before = card.id;
      cursor += placed.width;
      height = Math.max(height, placed.height);
    });
    insert(at, cards.length, cursor, y, depth);
    cursor += LAYOUT.gap;
    return { width: cursor - x, height };
  };

  const place = (card: Card, x: number, y: number, depth: number): Placed => {
    const body = measure.card(card);
    if (!card.blocks?.length) {
      nodes.push({ kind: "card", id: card.id, cardId: card.id, x, y, width: body.width, height: body.height, depth });
      return body;
    }
    const frame: LayoutNode & { kind: "container" } = {
      kind: "container",
      id: card.id,
      cardId: card.id,
      x,
      y,
      width: body.width,
      height: body.height,
      depth,
      collapsed: collapsed.has(card.id),
      bodyHeight: body.height,
    };
    nodes.push(frame);
    if (frame.collapsed) return body;
    let laneY = y + body.height + LAYOUT.laneGap;
    const lanes: (LayoutNode & { kind: "lane" })[] = [];
    for (const block of card.blocks) {
      const header = measure.laneHeader(card, block);
      const lane: LayoutNode & { kind: "lane" } = {
        kind: "lane",
        id: `lane:${card.id}:${block.id}`,
        cardId: card.id,
        blockId: block.id,
        x: x + LAYOUT.padding,
        y: laneY,
        width: 0,
        height: 0,
        depth: depth + 1,
      };
      nodes.push(lane);
      lanes.push(lane);
      const inner = sequence(
        block.cards,
        { container: card.id, block: block.id },
        lane.x,
        laneY + header,
        depth + 1,
        null,
      );
      lane.width = Math.max(inner.width, LAYOUT.emptyLaneWidth);
      lane.height = header + Math.max(inner.height, LAYOUT.emptyLaneHeight) + LAYOUT.padding;
      laneY += lane.height + LAYOUT.laneGap;
    }
    const innerWidth = Math.max(...lanes.map((lane) => lane.width));
    for (const lane of lanes) lane.width = innerWidth;
    frame.width = Math.max(body.width, innerWidth + 2 * LAYOUT.padding);
    frame.height = laneY - y + LAYOUT.padding - LAYOUT.laneGap;
    return { width: frame.width, height: frame.height };
  };

  nodes.push({ kind: "event", id: EVENT_CARD_ID, x: 0, y: 0, ...measure.event, depth: 0 });
  const root = sequence(flow.cards, { container: null, block: null }, measure.event.width, 0, 0, EVENT_CARD_ID);
  return { nodes, edges, width: measure.event.width + root.width, height: Math.max(measure.event.height, root.height) };
}
