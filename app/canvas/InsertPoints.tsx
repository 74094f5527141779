"use client";
// The insert points (+) in the gaps of every sequence: a click targets one for the palette. They are drawn in the
// viewport rather than as React Flow nodes, so a big flow has half the nodes and only the points in view are in the DOM.
import { memo, useCallback } from "react";
import { useStore, ViewportPortal, type ReactFlowState } from "@xyflow/react";
import type { LayoutNode } from "@/lib/canvas-layout";
import type { InsertTarget } from "./palette-insert";
import { useEditor } from "./store";
import { DETAIL_ZOOM } from "./nodes/CardNode";

export type InsertPoint = LayoutNode & { kind: "insert" };

const NONE: InsertPoint[] = [];
const sameItems = (a: InsertPoint[], b: InsertPoint[]) =>
  a.length === b.length && a.every((item, index) => item === b[index]);
const isTarget = (point: InsertPoint, target: InsertTarget | null) =>
  !!target &&
  target.at.container === point.at.container &&
  target.at.block === point.at.block &&
  target.index === point.index;

export function InsertPoints({ points }: { points: InsertPoint[] }) {
  // Below the detail zoom a point is a few pixels wide: none are drawn, as cards are drawn title-only.
  const inView = useCallback(
    ({ transform: [x, y, zoom], width, height }: ReactFlowState) => {
      if (zoom < DETAIL_ZOOM) return NONE;
      const left = -x / zoom;
      const top = -y / zoom;
      const right = left + width / zoom;
      const bottom = top + height / zoom;
      const visible = points.filter(
        (point) =>
          point.x + point.width >= left && point.x <= right && point.y + point.height >= top && point.y <= bottom,
      );
      return visible.length ? visible : NONE;
    },
    [points],
  );
  const visible = useStore(inView, sameItems);
  const target = useEditor((state) => state.insertAt);
  return (
    <ViewportPortal>
      {visible.map((point) => (
        <InsertButton key={point.id} point={point} active={isTarget(point, target)} />
      ))}
    </ViewportPortal>
  );
}

const InsertButton = memo(function InsertButton({ point, active }: { point: InsertPoint; active: boolean }) {
  return (
    <button
      type="button"
      className={`cv-insert nodrag nopan${active ? " cv-insert-active" : ""}`}
      // Above the lane it sits in, as the React Flow nodes are stacked by depth.
      style={{
        transform: `translate(${point.x}px, ${point.y}px)`,
        width: point.width,
        height: point.height,
        zIndex: point.depth * 3 + 2,
      }}
      data-testid={point.id}
      aria-label="Insert a card here"
      onClick={(event) => {
        event.stopPropagation();
        useEditor.getState().setInsertAt({ at: point.at, index: point.index });
        window.dispatchEvent(new CustomEvent("ib:open-palette"));
      }}
    >
      +
    </button>
  );
});
