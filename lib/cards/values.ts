// Reading card inputs as the type a card needs, failing the card with a message naming the input.
import { COMPARISONS, compare, isComparison } from "./compare";
import { field, required, T } from "./fields";
import type { CardContext } from "./types";
import type { FieldSpec } from "../flow/model";

export function describeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "boolean") return "a true/false";
  return `a ${typeof value}`;
}

export function asNumber(value: unknown, key: string, ctx: CardContext): number {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) return Number(value);
  return ctx.fail(`Input "${key}" must be a number, got ${describeType(value)}`, { code: "INVALID_INPUT" });
}

/** Numbers and true/false read as their text; anything else is refused. */
export function asText(value: unknown, key: string, ctx: CardContext): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value === undefined || value === null) return "";
  return ctx.fail(`Input "${key}" must be text, got ${describeType(value)}`, { code: "INVALID_INPUT" });
}

export function asList(value: unknown, key: string, ctx: CardContext): unknown[] {
  if (Array.isArray(value)) return value;
  return ctx.fail(`Input "${key}" must be a list, got ${describeType(value)}`, { code: "INVALID_INPUT" });
}

export function asObject(value: unknown, key: string, ctx: CardContext): Record<string, unknown> {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
  return ctx.fail(`Input "${key}" must be an object, got ${describeType(value)}`, { code: "INVALID_INPUT" });
}

export function asBoolean(value: unknown, key: string, ctx: CardContext): boolean {
  if (typeof value === "boolean") return value;
  if (value === "true" || value === "false") return value === "true";
  return ctx.fail(`Input "${key}" must be true or false, got ${describeType(value)}`, { code: "INVALID_INPUT" });
}

export function asDate(value: unknown, key: string, ctx: CardContext): Date {
  const date = typeof value === "number" || typeof value === "string" ? new Date(value) : undefined;
  if (date && !Number.isNaN(date.getTime())) return date;
  return ctx.fail(`Input "${key}" must be a date and time (ISO 8601), got ${JSON.stringify(value) ?? "nothing"}`, {
    code: "INVALID_INPUT",
  });
}

/** The "value a, comparison, value b" trio of every conditional card. */
export const CONDITION_FIELDS: FieldSpec[] = [
  field("a", T.any, { label: "value a" }),
  required("comparison", T.text, { enum: [...COMPARISONS] }),
  field("b", T.any, { label: "value b" }),
];

export function evaluateCondition(inputs: Record<string, unknown>, ctx: CardContext): boolean {
  const comparison = inputs.comparison;
  if (!isComparison(comparison)) {
    return ctx.fail(`Input "comparison" must be one of: ${COMPARISONS.join(", ")}`, { code: "INVALID_INPUT" });
  }
  return compare(inputs.a, comparison, inputs.b);
}

/** A helper flow named by a card's `flow` option. */
export function helperFlowName(ctx: CardContext): string {
  const name = ctx.options.flow;
  if (typeof name === "string" && name !== "") return name;
  return ctx.fail(`Option "flow" must name the helper flow to call`, { code: "INVALID_OPTION" });
}

export const FLOW_OPTION: FieldSpec = required("flow", T.text, { label: "helper flow", help: "Name of a helper flow" });

/** The values of the inputs the user added to this card, in the order they were added. */
export function dynamicValues(inputs: Record<string, unknown>, ctx: CardContext): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const spec of ctx.card.dynamicInputs ?? []) values[spec.key] = inputs[spec.key];
  return values;
}
