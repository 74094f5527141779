// The JSON Schema (2020-12) of a Flow document, and the one parser that admits a flow into the product.
// docs/flow.schema.json is exported from FLOW_JSON_SCHEMA by scripts/export-flow-schema.ts.
import type { ErrorObject } from "ajv";
import { AppError, type ProblemDetail } from "../errors";
import { validatorFor } from "../validation/ajv";
import { ajvProblems } from "../validation/problems";
import { EVENT_CARD_ID, EVENT_FOR_KIND, FLOW_SCHEMA_VERSION, type Card, type Flow } from "./model";

const KINDS = Object.keys(EVENT_FOR_KIND);
const EVENTS = Object.values(EVENT_FOR_KIND);
const ref = (name: string) => ({ $ref: `#/$defs/${name}` });

export const FLOW_JSON_SCHEMA = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://integration-builder.dev/schemas/flow.schema.json",
  title: "Integration Builder flow",
  description: "A flow: an event card declaring typed inputs, options and outputs, then cards run in sequence.",
  type: "object",
  required: ["schemaVersion", "name", "kind", "folder", "enabled", "saveAllData", "version", "event", "cards"],
  additionalProperties: false,
  properties: {
    schemaVersion: { const: FLOW_SCHEMA_VERSION },
    name: { type: "string", minLength: 1, maxLength: 200 },
    description: { type: "string" },
    kind: { enum: KINDS },
    folder: { type: "string" },
    enabled: { type: "boolean", description: "ON/OFF" },
    saveAllData: { type: "boolean", description: "Store each execution's trace, not only inputs, outputs and error" },
    version: { type: "integer", minimum: 1 },
    event: ref("eventCard"),
    cards: ref("sequence"),
    layout: {
      type: "object",
      additionalProperties: false,
      properties: { collapsed: { type: "array", items: { type: "string" } } },
    },
  },
  $defs: {
    valueType: {
      type: "object",
      required: ["type"],
      discriminator: { propertyName: "type" },
      oneOf: [
        ...["text", "number", "boolean", "datetime", "file", "any"].map((type) => ({
          type: "object",
          additionalProperties: false,
          required: ["type"],
          properties: { type: { const: type } },
        })),
        {
          type: "object",
          additionalProperties: false,
          required: ["type"],
          properties: {
            type: { const: "object" },
            schema: { type: "object", description: "JSON Schema of the object" },
          },
        },
        {
          type: "object",
          additionalProperties: false,
          required: ["type", "items"],
          properties: { type: { const: "list" }, items: ref("valueType") },
        },
      ],
    },
    fieldSpec: {
      type: "object",
      required: ["key", "type"],
      additionalProperties: false,
      properties: {
        key: { type: "string", minLength: 1 },
        label: { type: "string" },
        type: ref("valueType"),
        required: { type: "boolean" },
        enum: { type: "array", items: { type: "string" } },
        help: { type: "string" },
      },
    },
    fields: { type: "array", items: ref("fieldSpec") },
    binding: {
      type: "object",
      required: ["kind"],
      discriminator: { propertyName: "kind" },
      oneOf: [
        {
          type: "object",
          additionalProperties: false,
          required: ["kind", "value"],
          properties: { kind: { const: "literal" }, value: {} },
        },
        {
          type: "object",
          additionalProperties: false,
          required: ["kind", "card", "path"],
          properties: {
            kind: { const: "ref" },
            card: { type: "string", minLength: 1 },
            path: { type: "array", minItems: 1, items: { type: "string" } },
          },
        },
        {
          type: "object",
          additionalProperties: false,
          required: ["kind", "name"],
          properties: { kind: { const: "tenantVar" }, name: { type: "string", minLength: 1 } },
        },
        {
          type: "object",
          additionalProperties: false,
          required: ["kind", "name"],
          properties: { kind: { const: "connectionParam" }, name: { type: "string", minLength: 1 } },
        },
      ],
    },
    bindings: { type: "object", additionalProperties: ref("binding") },
    card: {
      type: "object",
      required: ["id", "type", "inputs"],
      additionalProperties: false,
      properties: {
        id: { type: "string", minLength: 1, not: { const: EVENT_CARD_ID } },
        type: { type: "string", minLength: 1 },
        title: { type: "string" },
        disabled: { type: "boolean" },
        options: { type: "object" },
        inputs: ref("bindings"),
        dynamicInputs: ref("fields"),
        dynamicOutputs: ref("fields"),
        blocks: { type: "array", items: ref("block") },
      },
    },
    block: {
      type: "object",
      required: ["id", "cards"],
      additionalProperties: false,
      properties: {
        id: { type: "string", pattern: "^(then|else|try|catch|branch[0-9]+)$" },
        inputs: ref("bindings"),
        cards: ref("sequence"),
        results: ref("bindings"),
      },
    },
    sequence: { type: "array", items: ref("card") },
    eventCard: {
      type: "object",
      required: ["type", "options", "inputs", "outputs"],
      additionalProperties: false,
      properties: {
        type: { enum: EVENTS },
        contract: { type: "string" },
        options: ref("fields"),
        inputs: ref("fields"),
        outputs: ref("fields"),
      },
    },
  },
} as const;

/** The schema's own wording for what its `not` forbids. */
const explain = (error: ErrorObject) =>
  error.keyword === "not" ? `"${EVENT_CARD_ID}" is reserved for the event card` : undefined;

/** Rules JSON Schema can't say: card ids are unique and the event fits the flow's kind. */
function semanticProblems(flow: Flow): ProblemDetail[] {
  const problems: ProblemDetail[] = [];
  if (flow.event.type !== EVENT_FOR_KIND[flow.kind]) {
    problems.push({
      message: `a ${flow.kind} flow starts with the "${EVENT_FOR_KIND[flow.kind]}" event, not "${flow.event.type}"`,
      location: { pointer: "/event/type" },
    });
  }
  const seen = new Set<string>();
  const visit = (cards: Card[], pointer: string) =>
    cards.forEach((card, index) => {
      const at = `${pointer}/${index}`;
      if (seen.has(card.id))
        problems.push({ message: `duplicate card id "${card.id}"`, location: { pointer: `${at}/id` } });
      seen.add(card.id);
      card.blocks?.forEach((block, blockIndex) => {
        visit(block.cards, `${at}/blocks/${blockIndex}/cards`);
      });
    });
  visit(flow.cards, "/cards");
  return problems;
}

/** Admits a Flow document, or throws an AppError whose problems carry JSON pointers. */
export function parseFlow(json: unknown): Flow {
  const check = validatorFor(FLOW_JSON_SCHEMA);
  if (!check(json)) {
    const problems = ajvProblems(check.errors ?? [], { explain });
    throw new AppError("invalid_input", `Flow is not valid: ${problems.length} problem(s)`, problems);
  }
  const flow = json as Flow;
  const problems = semanticProblems(flow);
  if (problems.length)
    throw new AppError("invalid_input", `Flow is not valid: ${problems.length} problem(s)`, problems);
  return flow;
}
