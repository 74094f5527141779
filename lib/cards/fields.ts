// Shorthands for declaring card fields, so each catalog entry reads as a table.
import type { FieldSpec, ValueType } from "../flow/model";

export const T = {
  text: { type: "text" },
  number: { type: "number" },
  boolean: { type: "boolean" },
  datetime: { type: "datetime" },
  file: { type: "file" },
  any: { type: "any" },
  object: { type: "object" },
  list: (items: ValueType = { type: "any" }): ValueType => ({ type: "list", items }),
} as const satisfies Record<string, ValueType | ((items?: ValueType) => ValueType)>;

type FieldExtras = Omit<FieldSpec, "key" | "type">;

export const field = (key: string, type: ValueType, extras: FieldExtras = {}): FieldSpec => ({ key, type, ...extras });
export const required = (key: string, type: ValueType, extras: FieldExtras = {}): FieldSpec =>
  field(key, type, { ...extras, required: true });

/** The single output most cards have. */
export const OUTPUT = (type: ValueType, label = "output"): FieldSpec[] => [field("output", type, { label })];
