"use client";
// The event card that starts the flow: its inputs are outputs the cards can map.
import { memo } from "react";
import { useStore, type Node, type NodeProps } from "@xyflow/react";
import { EVENT_CARD_ID } from "@/lib/flow/model";
import { EVENT_TITLES } from "../cards";
import { CATEGORY_COLORS } from "../category-colors";
import { useEditor } from "../store";
import { OutputRows } from "./FieldRows";
import { SequenceHandles } from "./SequenceHandles";
import { isDetailed } from "./CardNode";

export type EventFlowNode = Node<{ width: number; height: number }, "event">;

function EventNodeView({ data, selected }: NodeProps<EventFlowNode>) {
  const event = useEditor((state) => state.flow.event);
  const detailed = useStore(isDetailed);
  const title = event.contract ?? EVENT_TITLES[event.type];
  return (
    <div
      className={`cv-card cv-event${selected ? " cv-selected" : ""}`}
      style={{ width: data.width, height: data.height }}
      data-testid="card-event"
    >
      <div className="cv-title" style={{ background: CATEGORY_COLORS.Event }}>
        <span className="cv-title-text">{title}</span>
      </div>
      {detailed && <OutputRows sourceId={EVENT_CARD_ID} sourceTitle="Event" fields={event.inputs} />}
      <SequenceHandles target={false} />
    </div>
  );
}

export const EventNode = memo(EventNodeView);
