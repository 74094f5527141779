"use client";
// Choosing a Workflows data type: Text, Number, True/False, Date & Time, Object, File, Any, or a List of one of them.
import type { ValueType } from "@/lib/flow/model";

type ScalarName = Exclude<ValueType["type"], "list">;

const SCALARS: { name: ScalarName; label: string }[] = [
  { name: "text", label: "Text" },
  { name: "number", label: "Number" },
  { name: "boolean", label: "True/False" },
  { name: "datetime", label: "Date & Time" },
  { name: "object", label: "Object" },
  { name: "file", label: "File" },
  { name: "any", label: "Any" },
];

const scalar = (name: ScalarName): ValueType => ({ type: name }) as ValueType;

export function TypePicker({
  value,
  onChange,
  label,
}: {
  value: ValueType;
  onChange(type: ValueType): void;
  label: string;
}) {
  const isList = value.type === "list";
  const inner = isList ? value.items : value;
  const innerName: ScalarName = inner.type === "list" ? "any" : inner.type;
  return (
    <span className="ed-type-picker">
      <select
        aria-label={`${label} type`}
        value={isList ? "list" : innerName}
        onChange={(event) =>
          onChange(
            event.target.value === "list"
              ? { type: "list", items: scalar(innerName) }
              : scalar(event.target.value as ScalarName),
          )
        }
      >
        {SCALARS.map((option) => (
          <option key={option.name} value={option.name}>
            {option.label}
          </option>
        ))}
        <option value="list">List of…</option>
      </select>
      {isList && (
        <select
          aria-label={`${label} list item type`}
          value={innerName}
          onChange={(event) => onChange({ type: "list", items: scalar(event.target.value as ScalarName) })}
        >
          {SCALARS.map((option) => (
            <option key={option.name} value={option.name}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </span>
  );
}
