"use client";
// The event card that starts the flow: its inputs are outputs the cards can map. An action flow's card shows its
// contract's input as a typed tree (body, required ones marked) and the connection's auth parameters.
import { memo, useMemo } from "react";
import { useStore, type Node, type NodeProps } from "@xyflow/react";
import { eventFields } from "@/lib/cards/scope";
import { EVENT_CARD_ID } from "@/lib/flow/model";
import { AuthRows, useActionAuth } from "../action-auth";
import { EVENT_TITLES, typeLabel } from "../cards";
import { CATEGORY_COLORS } from "../category-colors";
import { startOutputDrag } from "../mapping-drag";
// Rows are "nopan": the event node is not draggable, so without it the pane's panning would swallow the mouse press
// that starts an HTML5 drag.
import { useEditor } from "../store";
import { OutputRows } from "./FieldRows";
import { SequenceHandles } from "./SequenceHandles";
import { isDetailed } from "./CardNode";

export type EventFlowNode = Node<{ width: number; height: number }, "event">;

function BodyRows() {
  const flow = useEditor((state) => state.flow);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the tree depends on the event only
  const fields = useMemo(() => eventFields(flow), [flow.event]);
  return (
    <div className="cv-section" data-testid="event-body">
      <div className="cv-section-title">body</div>
      {fields.map((field) => {
        const path = [field.key, ...(field.path ?? [])];
        const label = field.label ?? field.key;
        return (
          // biome-ignore lint/a11y/noStaticElementInteractions: a drag source for mapping; the Inspector maps by keyboard
          <div
            key={path.join(".")}
            className="cv-row cv-output nodrag nopan"
            draggable
            data-testid={`output-event-${path.join(".")}`}
            title="Drag onto an input to map it"
            style={{ paddingLeft: 6 + 10 * (path.length - 1) }}
            onDragStart={(event) =>
              startOutputDrag(event, {
                binding: { kind: "ref", card: EVENT_CARD_ID, path },
                type: field.type,
                label: `Event › ${label}`,
              })
            }
          >
            <span className="cv-field-name">
              {path[path.length - 1]}
              {field.required && <span className="cv-required">*</span>}
            </span>
            <span className="cv-type">{typeLabel(field.type)}</span>
          </div>
        );
      })}
    </div>
  );
}

function EventNodeView({ data, selected }: NodeProps<EventFlowNode>) {
  const event = useEditor((state) => state.flow.event);
  const auth = useActionAuth();
  const detailed = useStore(isDetailed);
  const title = event.contract ?? EVENT_TITLES[event.type];
  const action = event.type === "action";
  return (
    <div
      className={`cv-card cv-event${selected ? " cv-selected" : ""}`}
      style={{ width: data.width, height: data.height }}
      data-testid="card-event"
    >
      <div className="cv-title" style={{ background: CATEGORY_COLORS.Event }}>
        <span className="cv-title-text">{title}</span>
      </div>
      {detailed && action && <BodyRows />}
      {detailed && action && <AuthRows rows={auth} />}
      {detailed && !action && <OutputRows sourceId={EVENT_CARD_ID} sourceTitle="Event" fields={event.inputs} />}
      <SequenceHandles target={false} />
    </div>
  );
}

export const EventNode = memo(EventNodeView);
