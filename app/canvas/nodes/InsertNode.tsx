"use client";
// An insert point (+) between two cards: a click targets it for the palette, a drop lands a card there.
import { memo } from "react";
import type { Node, NodeProps } from "@xyflow/react";
import type { SequenceRef } from "@/lib/flow-edit";
import { useEditor } from "../store";

export type InsertFlowNode = Node<{ at: SequenceRef; index: number; width: number; height: number }, "insert">;

function InsertNodeView({ data, id }: NodeProps<InsertFlowNode>) {
  const active = useEditor(
    (state) => state.insertAt?.at.container === data.at.container && state.insertAt?.at.block === data.at.block && state.insertAt?.index === data.index,
  );
  const setInsertAt = useEditor((state) => state.setInsertAt);
  return (
    <button
      className={`cv-insert nodrag${active ? " cv-insert-active" : ""}`}
      style={{ width: data.width, height: data.height }}
      data-testid={id}
      aria-label="Insert a card here"
      onClick={(event) => {
        event.stopPropagation();
        setInsertAt({ at: data.at, index: data.index });
        window.dispatchEvent(new CustomEvent("ib:open-palette"));
      }}
    >
      +
    </button>
  );
}

export const InsertNode = memo(InsertNodeView);
