// Workflows data types at design time (which value may feed which input) and at run time (does a value have a type).
import type { ValueType } from "./model";

const TYPE_NAMES: Record<ValueType["type"], string> = {
  text: "Text",
  number: "Number",
  boolean: "True/False",
  datetime: "Date & Time",
  file: "File",
  any: "Any",
  object: "Object",
  list: "List",
};

export function describeValueType(type: ValueType): string {
  return type.type === "list" ? `List of ${describeValueType(type.items)}` : TYPE_NAMES[type.type];
}

/** Whether a value of `source` type may feed a field of `target` type (numbers and dates read as text). */
export function isAssignable(source: ValueType, target: ValueType): boolean {
  if (source.type === "any" || target.type === "any") return true;
  switch (target.type) {
    case "text":
      return (
        source.type === "text" || source.type === "number" || source.type === "boolean" || source.type === "datetime"
      );
    case "datetime":
      return source.type === "datetime" || source.type === "text";
    case "list":
      return source.type === "list" && isAssignable(source.items, target.items);
    default:
      return source.type === target.type;
  }
}

/** The Workflows type a JSON Schema describes (Object's optional schema, spec bodies). */
export function valueTypeOfSchema(schema: unknown): ValueType {
  if (!schema || typeof schema !== "object") return { type: "any" };
  const node = schema as Record<string, unknown>;
  switch (node.type) {
    case "string":
      return node.format === "date-time" ? { type: "datetime" } : { type: "text" };
    case "number":
    case "integer":
      return { type: "number" };
    case "boolean":
      return { type: "boolean" };
    case "array":
      return { type: "list", items: valueTypeOfSchema(node.items) };
    case "object":
      return { type: "object", schema: node };
    default:
      return { type: "any" };
  }
}

/** The type found by walking `path` into a value of `type` (unknown = any). */
export function typeAtPath(type: ValueType, path: readonly string[]): ValueType {
  let current = type;
  for (const segment of path) {
    if (current.type === "list" && /^-?\d+$/.test(segment)) current = current.items;
    else if (current.type === "object" && current.schema) {
      const properties = current.schema.properties as Record<string, unknown> | undefined;
      current = valueTypeOfSchema(properties?.[segment]);
    } else return { type: "any" };
  }
  return current;
}

/** Whether a run-time value has the type (ISO 8601 texts are Date & Time; files are objects or texts). */
export function hasValueType(value: unknown, type: ValueType): boolean {
  switch (type.type) {
    case "any":
      return true;
    case "text":
      return typeof value === "string";
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "boolean":
      return typeof value === "boolean";
    case "datetime":
      return typeof value === "string" && !Number.isNaN(Date.parse(value));
    case "file":
      return typeof value === "string" || (typeof value === "object" && value !== null);
    case "object":
      return typeof value === "object" && value !== null && !Array.isArray(value);
    case "list":
      return Array.isArray(value) && value.every((item) => hasValueType(item, type.items));
  }
}
