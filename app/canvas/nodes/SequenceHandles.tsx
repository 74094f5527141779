"use client";
// Where the sequence line meets a card: the middle of its title bar, in on the left and out on the right. React Flow
// measures these when a node is drawn; CanvasView declares the same anchors for nodes not drawn yet (`sequenceHandles`).
import { memo } from "react";
import { Handle, Position, type NodeHandle } from "@xyflow/react";
import { LAYOUT } from "@/lib/canvas-layout";

/** React Flow's handle is a 6px square centred on the node's side. */
const SIZE = 6;
const style = { opacity: 0, top: LAYOUT.lineY };

export const SequenceHandles = memo(function SequenceHandles({ target = true }: { target?: boolean }) {
  return (
    <>
      {target && <Handle type="target" position={Position.Left} style={style} isConnectable={false} />}
      <Handle type="source" position={Position.Right} style={style} isConnectable={false} />
    </>
  );
});

/** The anchors SequenceHandles draws, for a node `width` wide. */
export function sequenceHandles(width: number, target = true): NodeHandle[] {
  const at = (type: "source" | "target", x: number): NodeHandle => ({
    type,
    position: type === "source" ? Position.Right : Position.Left,
    x,
    y: LAYOUT.lineY - SIZE / 2,
    width: SIZE,
    height: SIZE,
  });
  const source = at("source", width - SIZE / 2);
  return target ? [at("target", -SIZE / 2), source] : [source];
}
