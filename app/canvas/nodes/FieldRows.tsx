"use client";
// The input and output rows of a card box: inputs accept dropped outputs, outputs can be dragged onto inputs.
import type { Binding, FieldSpec } from "@/lib/flow/model";
import { typeLabel } from "../cards";
import { useEditor } from "../store";
import { describeBinding } from "../describe";
import { isOutputDrag, readDraggedOutput, startOutputDrag } from "../mapping-drag";
import { useMapDropped } from "../mapping";

export function InputRows({
  cardId,
  fields,
  bindings,
  blockId,
}: {
  cardId: string;
  fields: FieldSpec[];
  bindings: Record<string, Binding>;
  blockId?: string;
}) {
  const setFocus = useEditor((state) => state.setFocus);
  const select = useEditor((state) => state.select);
  const mapDropped = useMapDropped();
  if (!fields.length) return null;
  return (
    <div className="cv-section">
      {!blockId && <div className="cv-section-title">Inputs</div>}
      {fields.map((field) => {
        const binding = bindings[field.key];
        return (
          // biome-ignore lint/a11y/noStaticElementInteractions: a drop target and click-to-select row; the Inspector edits by keyboard
          // biome-ignore lint/a11y/useKeyWithClickEvents: the Inspector edits the same field by keyboard
          <div
            key={field.key}
            className={`cv-row cv-input nodrag${binding ? " cv-bound" : ""}`}
            data-field={field.key}
            data-testid={`input-${cardId}${blockId ? `-${blockId}` : ""}-${field.key}`}
            title={`${field.label ?? field.key} (${typeLabel(field.type)})`}
            onClick={(event) => {
              event.stopPropagation();
              select([cardId]);
              setFocus({ cardId, field: blockId ? `${blockId}.${field.key}` : field.key });
            }}
            onDragOver={(event) => {
              if (isOutputDrag(event)) {
                event.preventDefault();
                event.dataTransfer.dropEffect = "link";
              }
            }}
            onDrop={(event) => {
              const dragged = readDraggedOutput(event);
              if (!dragged) return;
              event.preventDefault();
              event.stopPropagation();
              mapDropped(cardId, field, dragged, blockId);
            }}
          >
            <span className="cv-field-name">
              {field.label ?? field.key}
              {field.required && <span className="cv-required">*</span>}
            </span>
            <span className={binding ? "cv-value" : "cv-type"}>
              {binding ? <BindingText binding={binding} /> : typeLabel(field.type)}
            </span>
          </div>
        );
      })}
    </div>
  );
}

export function OutputRows({
  sourceId,
  fields,
  sourceTitle,
}: {
  sourceId: string;
  fields: FieldSpec[];
  sourceTitle: string;
}) {
  if (!fields.length) return null;
  return (
    <div className="cv-section">
      <div className="cv-section-title">Outputs</div>
      {fields.map((field) => (
        // biome-ignore lint/a11y/noStaticElementInteractions: a drag source for mapping; the Inspector maps by keyboard
        <div
          key={field.key}
          className="cv-row cv-output nodrag"
          draggable
          data-testid={`output-${sourceId}-${field.key}`}
          title="Drag onto an input to map it"
          onDragStart={(event) =>
            startOutputDrag(event, {
              binding: { kind: "ref", card: sourceId, path: [field.key] },
              type: field.type,
              label: `${sourceTitle} › ${field.key}`,
            })
          }
        >
          <span className="cv-field-name">{field.label ?? field.key}</span>
          <span className="cv-type">{typeLabel(field.type)}</span>
        </div>
      ))}
    </div>
  );
}

/** A binding's text; subscribes only to the card it refers to. */
export function BindingText({ binding }: { binding: Binding }) {
  const source = useEditor((state) => (binding.kind === "ref" ? state.cards.get(binding.card) : undefined));
  return <>{describeBinding(binding, source ? new Map([[source.id, source]]) : new Map())}</>;
}
