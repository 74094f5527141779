"use client";
// One input of the selected card: its mapping (menu of what is in scope, with types), an inline literal, or a
// validated JSON editor for Object / List / Any inputs. Accepts dropped outputs too. With `results`, the field is one
// of the container's declared outputs and the binding is what block `blockId` hands it (mapped from the block's end).
import { useEffect, useRef, useState } from "react";
import type { Binding, FieldSpec } from "@/lib/flow/model";
import { typeLabel } from "./cards";
import { useEditor } from "./store";
import { useNotice } from "./notice";
import { mapInput, mappingChoices, refusal, useMapDropped, type ProjectValues } from "./mapping";
import { isOutputDrag, readDraggedOutput } from "./mapping-drag";
import { BindingText } from "./nodes/FieldRows";

const JSON_TYPES = new Set(["object", "list", "any"]);

function literalText(binding: Binding | undefined): string {
  if (binding?.kind !== "literal") return "";
  return typeof binding.value === "string" ? binding.value : JSON.stringify(binding.value, null, 2);
}

export function FieldEditor({
  cardId,
  field,
  binding,
  blockId,
  results = false,
  project,
  problem,
}: {
  cardId: string;
  field: FieldSpec;
  binding: Binding | undefined;
  blockId?: string;
  results?: boolean;
  project: ProjectValues;
  problem?: string;
}) {
  const [menuOpen, setMenuOpen] = useState(false);
  const [draft, setDraft] = useState(literalText(binding));
  const [jsonError, setJsonError] = useState<string | null>(null);
  const focus = useEditor((state) => state.focus);
  const mapDropped = useMapDropped();
  const row = useRef<HTMLDivElement>(null);
  const name = blockId ? `${blockId}.${results ? "results." : ""}${field.key}` : field.key;
  const resultsOf = results ? blockId : undefined;
  const map = (value: Binding | undefined) => mapInput(cardId, field.key, value, blockId, results);
  const focused = focus?.cardId === cardId && focus.field === name;

  useEffect(() => setDraft(literalText(binding)), [binding]);
  useEffect(() => {
    if (focused) {
      row.current?.scrollIntoView({ block: "nearest" });
      row.current?.querySelector<HTMLElement>("input, textarea, select, button")?.focus();
    }
  }, [focused]);

  const commitLiteral = (text: string) => {
    let value: unknown = text;
    if (field.type.type === "number") {
      if (text.trim() === "") return map(undefined);
      value = Number(text);
      if (Number.isNaN(value)) return setJsonError(`"${text}" is not a number`);
    } else if (field.type.type === "boolean") value = text === "true";
    else if (JSON_TYPES.has(field.type.type)) {
      if (text.trim() === "") return map(undefined);
      try {
        value = JSON.parse(text);
      } catch (error) {
        return setJsonError(`Invalid JSON: ${(error as Error).message}`);
      }
      if (field.type.type === "object" && (typeof value !== "object" || value === null || Array.isArray(value)))
        return setJsonError("Expected a JSON object { … }");
      if (field.type.type === "list" && !Array.isArray(value)) return setJsonError("Expected a JSON list [ … ]");
    } else if (text === "" && binding?.kind !== "literal") return;
    setJsonError(null);
    if (binding?.kind === "literal" && JSON.stringify(binding.value) === JSON.stringify(value)) return;
    map({ kind: "literal", value });
  };

  const choose = (choice: Binding) => {
    setMenuOpen(false);
    map(choice);
  };

  const flow = useEditor.getState().flow;
  const choices = menuOpen ? mappingChoices(flow, cardId, project, resultsOf) : [];
  const mapped = binding && binding.kind !== "literal";
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a drop target for mapping drags; the menu button maps by keyboard
    <div
      ref={row}
      className={`ed-field${focused ? " focused" : ""}${problem ? " has-problem" : ""}`}
      data-testid={`field-${name}`}
      onDragOver={(event) => {
        if (isOutputDrag(event)) event.preventDefault();
      }}
      onDrop={(event) => {
        const dragged = readDraggedOutput(event);
        if (!dragged) return;
        event.preventDefault();
        mapDropped(cardId, field, dragged, blockId, results);
      }}
    >
      <div className="ed-field-head">
        <span className="ed-field-name">
          {field.label ?? field.key}
          {field.required && <span className="cv-required">*</span>}
        </span>
        <span className="ed-type">{typeLabel(field.type)}</span>
      </div>
      <div className="ed-field-body">
        {mapped ? (
          <span className="ed-pill" data-testid={`mapped-${name}`}>
            <BindingText binding={binding} />
          </span>
        ) : field.enum ? (
          <select
            aria-label={field.label ?? field.key}
            value={literalText(binding)}
            onChange={(event) => commitLiteral(event.target.value)}
          >
            <option value="">—</option>
            {field.enum.map((value) => (
              <option key={value}>{value}</option>
            ))}
          </select>
        ) : field.type.type === "boolean" ? (
          <select
            aria-label={field.label ?? field.key}
            value={literalText(binding)}
            onChange={(event) => commitLiteral(event.target.value)}
          >
            <option value="">—</option>
            <option value="true">true</option>
            <option value="false">false</option>
          </select>
        ) : JSON_TYPES.has(field.type.type) ? (
          <textarea
            aria-label={field.label ?? field.key}
            rows={3}
            spellCheck={false}
            value={draft}
            placeholder={field.type.type === "list" ? "[ ]" : "{ }"}
            onChange={(event) => {
              setDraft(event.target.value);
              try {
                if (event.target.value.trim()) JSON.parse(event.target.value);
                setJsonError(null);
              } catch (error) {
                setJsonError(`Invalid JSON: ${(error as Error).message}`);
              }
            }}
            onBlur={(event) => commitLiteral(event.target.value)}
          />
        ) : (
          <input
            aria-label={field.label ?? field.key}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            onBlur={(event) => commitLiteral(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter") commitLiteral((event.target as HTMLInputElement).value);
            }}
          />
        )}
        <button
          type="button"
          className="ed-small"
          aria-label={`Map ${field.label ?? field.key}`}
          data-testid={`map-${name}`}
          onClick={() => setMenuOpen((open) => !open)}
        >
          ⇢
        </button>
        {binding && (
          <button
            type="button"
            className="ed-small"
            aria-label={`Clear ${field.label ?? field.key}`}
            onClick={() => map(undefined)}
          >
            ×
          </button>
        )}
      </div>
      {jsonError && <div className="error ed-note">{jsonError}</div>}
      {problem && <div className="error ed-note">{problem}</div>}
      {menuOpen && (
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a menu of mapping choices (menuitem buttons)
        <ul className="ed-menu" role="menu" aria-label={`Values for ${field.label ?? field.key}`}>
          {choices.map((choice) => {
            const reason = refusal(flow, cardId, field, choice.binding, choice.type, resultsOf);
            return (
              <li key={`${choice.group}/${choice.label}`} role="none">
                <button
                  type="button"
                  role="menuitem"
                  className={reason ? "refused" : ""}
                  title={reason}
                  onClick={() => (reason ? useNotice.getState().show(reason, "error") : choose(choice.binding))}
                >
                  <span className="ed-menu-group">{choice.group} ›</span> {choice.label}{" "}
                  <span className="ed-type">{typeLabel(choice.type)}</span>
                </button>
              </li>
            );
          })}
          {choices.length === 0 && <li className="ed-note">Nothing is in scope here yet.</li>}
        </ul>
      )}
    </div>
  );
}
