"use client";
// Editable Label / Name rows (tenant settings, Custom authentication variables).
import { FieldError } from "@/app/components/Problems";
import type { OinVariable } from "@/lib/oin/model";

type Props = {
  /** Field prefix of problems, e.g. "variables" or "auth.variables". */
  field: string;
  /** Noun used in accessible names, e.g. "tenant variable". */
  noun: string;
  rows: OinVariable[];
  max?: number;
  errorFor: (field: string) => string | undefined;
  onBlur: (field: string) => void;
  onChange: (rows: OinVariable[]) => void;
};

export const errorId = (field: string) => `error-${field.replace(/[^a-zA-Z0-9]+/g, "-")}`;

export function VariableRows({ field, noun, rows, max, errorFor, onBlur, onChange }: Props) {
  const update = (i: number, patch: Partial<OinVariable>) =>
    onChange(rows.map((row, j) => (j === i ? { ...row, ...patch } : row)));
  return (
    <div className="variable-rows">
      {rows.length > 0 && (
        <div className="variable-row header" aria-hidden="true">
          <span>Label</span>
          <span>Name</span>
          <span />
        </div>
      )}
      {rows.map((row, i) => {
        const labelField = `${field}[${i}].label`;
        const nameField = `${field}[${i}].name`;
        return (
          <div key={i} className="variable-row">
            <div>
              <input
                aria-label={`Label of ${noun} ${i + 1}`}
                placeholder="Subdomain"
                value={row.label}
                onChange={(event) => update(i, { label: event.target.value })}
                onBlur={() => onBlur(labelField)}
                aria-invalid={errorFor(labelField) ? true : undefined}
                aria-describedby={errorId(labelField)}
              />
              <FieldError id={errorId(labelField)} message={errorFor(labelField)} />
            </div>
            <div>
              <input
                aria-label={`Name of ${noun} ${i + 1}`}
                placeholder="subdomain"
                value={row.name}
                onChange={(event) => update(i, { name: event.target.value })}
                onBlur={() => onBlur(nameField)}
                aria-invalid={errorFor(nameField) ? true : undefined}
                aria-describedby={errorId(nameField)}
                spellCheck={false}
                autoCapitalize="off"
              />
              <FieldError id={errorId(nameField)} message={errorFor(nameField)} />
            </div>
            <button
              type="button"
              className="icon"
              aria-label={`Remove ${noun} ${i + 1}`}
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
            >
              ×
            </button>
          </div>
        );
      })}
      <FieldError id={errorId(field)} message={errorFor(field)} />
      <button
        type="button"
        className="link-button"
        disabled={max !== undefined && rows.length >= max}
        onClick={() => onChange([...rows, { label: "", name: "" }])}
      >
        + Add {rows.length ? "another" : `${/^[aeiou]/i.test(noun) ? "an" : "a"} ${noun}`}
      </button>
      {max !== undefined && (
        <p className="hint">Up to {max}. Names: lowercase letters, digits and underscores, starting with a letter.</p>
      )}
    </div>
  );
}
