// A contract schema as a flat list of fields (`user.name.givenName`, `user.emails[].value`), for the docs, the
// event card's typed tree and the mapping menus.
import type { JsonSchema } from "./shapes";

export interface ContractField {
  /** Dotted path; `[]` marks the items of an array. */
  path: string;
  /** The path's property names, `[]` for an array's items (a name may itself hold dots: the enterprise URN). */
  segments: string[];
  /** The type as the contracts write it: String, Integer, Number, Boolean, Object, Array, date-time, any. */
  type: string;
  required: boolean;
  enum?: string[];
}

function typeName(schema: JsonSchema): string {
  if (schema.format === "date-time") return "date-time";
  switch (schema.type) {
    case "string":
      return "String";
    case "integer":
      return "Integer";
    case "number":
      return "Number";
    case "boolean":
      return "Boolean";
    case "object":
      return "Object";
    case "array":
      return "Array";
    default:
      return "any";
  }
}

/** Every field under a contract's input or output schema, depth first, in declaration order. */
export function contractFields(schema: JsonSchema): ContractField[] {
  const fields: ContractField[] = [];
  const walk = (node: JsonSchema, prefix: string, above: string[]) => {
    const properties = (node.properties ?? {}) as Record<string, JsonSchema>;
    const required = new Set((node.required ?? []) as string[]);
    for (const [name, child] of Object.entries(properties)) {
      const path = prefix ? `${prefix}.${name}` : name;
      const segments = [...above, name];
      fields.push({
        path,
        segments,
        type: typeName(child),
        required: required.has(name),
        ...(Array.isArray(child.enum) ? { enum: child.enum as string[] } : {}),
      });
      descend(child, path, segments);
    }
  };
  const descend = (node: JsonSchema, path: string, segments: string[]) => {
    if (node.type === "object") walk(node, path, segments);
    if (node.type === "array" && node.items && (node.items as JsonSchema).type === "object")
      walk(node.items as JsonSchema, `${path}[]`, [...segments, "[]"]);
  };
  walk(schema, "", []);
  return fields;
}
