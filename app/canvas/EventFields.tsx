"use client";
// The event card's declared fields — inputs, outputs, options — editable: the interface callers of a helper flow see.
import { useState } from "react";
import type { FieldSpec, ValueType } from "@/lib/flow/model";
import { AppError } from "@/lib/errors";
import { addEventField, removeEventField, updateEventField, type EventFieldList } from "@/lib/flow-edit/event";
import { useEditor } from "./store";
import { useNotice } from "./notice";
import { TypePicker } from "./TypePicker";

const LISTS: { list: EventFieldList; title: string }[] = [
  { list: "inputs", title: "Event inputs" },
  { list: "outputs", title: "Flow outputs" },
  { list: "options", title: "Event options" },
];

/** Applies an event edit; a refused one (duplicate or malformed name) shows why and changes nothing. */
function tryEdit(edit: Parameters<ReturnType<typeof useEditor.getState>["apply"]>[0]): boolean {
  try {
    const next = edit(useEditor.getState().flow);
    useEditor.getState().apply(() => next);
    return true;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    useNotice.getState().show(error.message, "error");
    return false;
  }
}

function FieldRow({ list, field }: { list: EventFieldList; field: FieldSpec }) {
  const update = (change: Partial<FieldSpec>) => tryEdit((flow) => updateEventField(flow, list, field.key, change));
  return (
    <div className="ed-dynamic-row" data-testid={`event-${list}-${field.key}`}>
      <input
        key={field.key}
        aria-label={`${list} ${field.key} name`}
        defaultValue={field.key}
        onBlur={(event) => {
          const key = event.target.value.trim();
          if (key !== field.key && !update({ key })) event.target.value = field.key;
        }}
        onKeyDown={(event) => event.key === "Enter" && (event.target as HTMLInputElement).blur()}
      />
      <TypePicker label={`${list} ${field.key}`} value={field.type} onChange={(type) => update({ type })} />
      {list !== "outputs" && (
        <label className="ed-check ed-inline" title="Required">
          <input
            type="checkbox"
            aria-label={`${list} ${field.key} required`}
            checked={!!field.required}
            onChange={(event) => update({ required: event.target.checked || undefined })}
          />
          *
        </label>
      )}
      <button
        type="button"
        className="ed-small"
        aria-label={`Remove ${list} ${field.key}`}
        onClick={() => tryEdit((flow) => removeEventField(flow, list, field.key))}
      >
        ×
      </button>
    </div>
  );
}

function FieldList({ list, title }: { list: EventFieldList; title: string }) {
  const fields = useEditor((state) => state.flow.event[list]);
  const [key, setKey] = useState("");
  const [type, setType] = useState<ValueType>({ type: "text" });
  const add = () => {
    if (key.trim() && tryEdit((flow) => addEventField(flow, list, { key: key.trim(), type }))) setKey("");
  };
  return (
    <div className="ed-dynamic" data-testid={`event-${list}`}>
      <div className="ed-subtitle">{title}</div>
      {fields.map((field) => (
        <FieldRow key={field.key} list={list} field={field} />
      ))}
      <div className="ed-dynamic-row">
        <input
          aria-label={`New ${list} name`}
          placeholder="name"
          value={key}
          onChange={(event) => setKey(event.target.value)}
          onKeyDown={(event) => event.key === "Enter" && add()}
        />
        <TypePicker label={`New ${list}`} value={type} onChange={setType} />
        <button type="button" className="ed-small" onClick={add} aria-label={`Add ${list}`}>
          +
        </button>
      </div>
    </div>
  );
}

export function EventFields() {
  return (
    <section aria-label="Event card fields">
      {LISTS.map(({ list, title }) => (
        <FieldList key={list} list={list} title={title} />
      ))}
    </section>
  );
}
