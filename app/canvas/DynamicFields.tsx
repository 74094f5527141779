"use client";
// Inputs or outputs the user declares on a card (Call Flow, Assign, Return, container outputs...): key and type.
import { useState } from "react";
import type { FieldSpec, ValueType } from "@/lib/flow/model";
import { typeLabel } from "./cards";

const TYPES: ValueType[] = [
  { type: "text" },
  { type: "number" },
  { type: "boolean" },
  { type: "datetime" },
  { type: "object" },
  { type: "any" },
  { type: "list", items: { type: "text" } },
  { type: "list", items: { type: "object" } },
];

export function DynamicFields({ label, fields, fixedType, onChange }: { label: string; fields: FieldSpec[]; fixedType?: ValueType; onChange(fields: FieldSpec[]): void }) {
  const [key, setKey] = useState("");
  const [typeIndex, setTypeIndex] = useState(0);
  const add = () => {
    const name = key.trim();
    if (!name || fields.some((field) => field.key === name)) return;
    onChange([...fields, { key: name, type: fixedType ?? TYPES[typeIndex] }]);
    setKey("");
  };
  return (
    <div className="ed-dynamic">
      <div className="ed-subtitle">{label}</div>
      {fields.map((field) => (
        <div key={field.key} className="ed-dynamic-row">
          <span>{field.key}</span> <span className="ed-type">{typeLabel(field.type)}</span>
          <button type="button" className="ed-small" aria-label={`Remove ${field.key}`} onClick={() => onChange(fields.filter((item) => item !== field))}>
            ×
          </button>
        </div>
      ))}
      <div className="ed-dynamic-row">
        <input aria-label={`New ${label} name`} placeholder="name" value={key} onChange={(event) => setKey(event.target.value)} onKeyDown={(event) => event.key === "Enter" && add()} />
        {!fixedType && (
          <select aria-label={`New ${label} type`} value={typeIndex} onChange={(event) => setTypeIndex(Number(event.target.value))}>
            {TYPES.map((type, index) => (
              <option key={index} value={index}>
                {typeLabel(type)}
              </option>
            ))}
          </select>
        )}
        <button type="button" className="ed-small" onClick={add} aria-label={`Add ${label}`}>
          +
        </button>
      </div>
    </div>
  );
}
