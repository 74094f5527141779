"use client";
// Inputs or outputs the user declares on a card (Call Flow, Assign, Return, container outputs...): key and type.
import { useState } from "react";
import type { FieldSpec, ValueType } from "@/lib/flow/model";
import { typeLabel } from "./cards";
import { TypePicker } from "./TypePicker";

export function DynamicFields({
  label,
  fields,
  fixedType,
  onChange,
}: {
  label: string;
  fields: FieldSpec[];
  fixedType?: ValueType;
  onChange(fields: FieldSpec[]): void;
}) {
  const [key, setKey] = useState("");
  const [type, setType] = useState<ValueType>({ type: "text" });
  const add = () => {
    const name = key.trim();
    if (!name || fields.some((field) => field.key === name)) return;
    onChange([...fields, { key: name, type: fixedType ?? type }]);
    setKey("");
  };
  return (
    <div className="ed-dynamic">
      <div className="ed-subtitle">{label}</div>
      {fields.map((field) => (
        <div key={field.key} className="ed-dynamic-row">
          <span>{field.key}</span>
          {fixedType ? (
            <span className="ed-type">{typeLabel(field.type)}</span>
          ) : (
            <TypePicker
              label={field.key}
              value={field.type}
              onChange={(changed) =>
                onChange(fields.map((item) => (item === field ? { ...item, type: changed } : item)))
              }
            />
          )}
          <button
            type="button"
            className="ed-small"
            aria-label={`Remove ${field.key}`}
            onClick={() => onChange(fields.filter((item) => item !== field))}
          >
            ×
          </button>
        </div>
      ))}
      <div className="ed-dynamic-row">
        <input
          aria-label={`New ${label} name`}
          placeholder="name"
          value={key}
          onChange={(event) => setKey(event.target.value)}
          onKeyDown={(event) => event.key === "Enter" && add()}
        />
        {!fixedType && <TypePicker label={`New ${label}`} value={type} onChange={setType} />}
        <button type="button" className="ed-small" onClick={add} aria-label={`Add ${label}`}>
          +
        </button>
      </div>
    </div>
  );
}
