"use client";
// A card box on the canvas (a container card draws its frame too; its blocks are lane nodes laid over it).
// Subscribes only to its own card, its diagnostics and its trace entry; below the detail zoom only to its card.
import { memo } from "react";
import { useStore, type Node, type NodeProps, type ReactFlowState } from "@xyflow/react";
import { getCard, cardTitle, inputFields, outputFields } from "../cards";
import { CATEGORY_COLORS } from "../category-colors";
import { formatDuration } from "../describe";
import { useEditor } from "../store";
import { useDiagnostics } from "../diagnostics-store";
import { InputRows, OutputRows } from "./FieldRows";
import { SequenceHandles } from "./SequenceHandles";

export type CardNodeData = {
  cardId: string;
  container: boolean;
  collapsed: boolean;
  bodyHeight: number;
  width: number;
  height: number;
};
export type CardFlowNode = Node<CardNodeData, "card">;

/** Below this zoom cards are drawn as bare title boxes. */
export const DETAIL_ZOOM = 0.45;

export const isDetailed = (state: ReactFlowState) => state.transform[2] >= DETAIL_ZOOM;

function CardNodeView(props: NodeProps<CardFlowNode>) {
  return useStore(isDetailed) ? <DetailedCard {...props} /> : <TitleCard {...props} />;
}

/** The far-away view: the title bar alone. */
function TitleCard({ data, selected }: NodeProps<CardFlowNode>) {
  const card = useEditor((state) => state.cards.get(data.cardId));
  if (!card) return null;
  const color = CATEGORY_COLORS[getCard(card.type)?.category ?? "Flow Control"];
  return (
    <div
      className={`cv-card${data.container ? " cv-container" : ""}${selected ? " cv-selected" : ""}`}
      style={{ width: data.width, height: data.height, borderColor: selected ? undefined : color }}
      data-testid={`card-${card.id}`}
      data-card-type={card.type}
    >
      <div className="cv-title" style={{ background: color }}>
        <span className="cv-title-text">{cardTitle(card)}</span>
      </div>
      <SequenceHandles />
    </div>
  );
}

function DetailedCard({ data, selected }: NodeProps<CardFlowNode>) {
  const card = useEditor((state) => state.cards.get(data.cardId));
  const run = useEditor((state) => state.trace?.get(data.cardId));
  const problems = useDiagnostics(data.cardId);
  const apply = useEditor((state) => state.apply);
  if (!card) return null;
  const definition = getCard(card.type);
  const color = CATEGORY_COLORS[definition?.category ?? "Flow Control"];
  const title = cardTitle(card);
  const className = [
    "cv-card",
    data.container ? "cv-container" : "",
    selected ? "cv-selected" : "",
    card.disabled ? "cv-disabled" : "",
    run ? `cv-run-${run.status}` : "",
  ].join(" ");
  const toggleCollapsed = () =>
    apply((flow) => {
      const collapsed = new Set(flow.layout?.collapsed ?? []);
      if (collapsed.has(card.id)) collapsed.delete(card.id);
      else collapsed.add(card.id);
      return { ...flow, layout: { ...flow.layout, collapsed: [...collapsed] } };
    });
  return (
    <div
      className={className}
      style={{ width: data.width, height: data.height, borderColor: selected ? undefined : color }}
      data-testid={`card-${card.id}`}
      data-card-type={card.type}
    >
      <div className="cv-title" style={{ background: color }}>
        <span className="cv-title-text" title={definition?.help}>
          {title}
        </span>
        {run && (
          <span className={`cv-badge cv-status-${run.status}`} data-testid={`run-${card.id}`}>
            {run.status} {formatDuration(run.durationMs)}
          </span>
        )}
        {problems.length > 0 && (
          <span
            className="cv-badge cv-problem"
            data-testid={`problems-${card.id}`}
            title={problems.map((problem) => problem.message).join("\n")}
          >
            {problems.length} ⚠
          </span>
        )}
        {card.disabled && <span className="cv-badge">off</span>}
        {data.container && (
          <button
            type="button"
            className="cv-collapse nodrag"
            aria-label={data.collapsed ? "Expand" : "Collapse"}
            data-testid={`collapse-${card.id}`}
            onClick={(event) => {
              event.stopPropagation();
              toggleCollapsed();
            }}
          >
            {data.collapsed ? "▸" : "▾"}
          </button>
        )}
      </div>
      <div style={{ height: data.bodyHeight - 34 }}>
        <InputRows cardId={card.id} fields={inputFields(card)} bindings={card.inputs} />
        <OutputRows sourceId={card.id} sourceTitle={title} fields={outputFields(card)} />
      </div>
      {data.collapsed && (
        <div className="cv-collapsed-note">
          {card.blocks?.reduce((sum, block) => sum + block.cards.length, 0)} cards hidden
        </div>
      )}
      <SequenceHandles />
    </div>
  );
}

export const CardNode = memo(CardNodeView);
