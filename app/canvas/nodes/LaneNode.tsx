"use client";
// One block of a container card (Then, Else, Try, If Error...), with its block inputs (an If/ElseIf condition).
import { memo } from "react";
import { useStore, type Node, type NodeProps } from "@xyflow/react";
import { blockInputFields, blockLabel } from "../cards";
import { useEditor } from "../store";
import { InputRows } from "./FieldRows";
import { isDetailed } from "./CardNode";

export type LaneFlowNode = Node<{ cardId: string; blockId: string; width: number; height: number }, "lane">;

function LaneNodeView({ data }: NodeProps<LaneFlowNode>) {
  const card = useEditor((state) => state.cards.get(data.cardId));
  const detailed = useStore(isDetailed);
  const block = card?.blocks?.find((item) => item.id === data.blockId);
  if (!card || !block) return null;
  const fields = blockInputFields(card, block);
  return (
    <div
      className="cv-lane"
      style={{ width: data.width, height: data.height }}
      data-testid={`lane-${card.id}-${block.id}`}
    >
      <div className="cv-lane-title">{blockLabel(card, block)}</div>
      {detailed && fields.length > 0 && (
        <div className="cv-lane-inputs">
          <InputRows cardId={card.id} blockId={block.id} fields={fields} bindings={block.inputs ?? {}} />
        </div>
      )}
    </div>
  );
}

export const LaneNode = memo(LaneNodeView);
