// The one translation of Ajv errors into the product's problems: one problem per JSON pointer, located by one rule
// (a missing or unknown property at the property's own pointer, e.g. `/server/host`), in one wording.
import type { ErrorObject } from "ajv";
import { AppError, type ProblemDetail } from "../errors";
import { childPointer } from "./pointer";

export interface AjvProblemOptions {
  /** The file the document came from, added to every location. */
  file?: string;
  /** A schema's own wording for an error it knows better (e.g. what a `not` forbids); undefined: the usual one. */
  explain?: (error: ErrorObject) => string | undefined;
}

/** Where an error is: a missing, unknown or discriminating property at its own pointer, else the failing value. */
export function ajvErrorPointer(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  const property =
    params.missingProperty ??
    params.additionalProperty ??
    params.unevaluatedProperty ??
    (error.keyword === "discriminator" ? params.tag : undefined);
  return typeof property === "string" ? childPointer(error.instancePath, property) : error.instancePath;
}

export function describeAjvError(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return `missing required property "${params.missingProperty}"`;
    case "additionalProperties":
      return `unknown property "${params.additionalProperty}"`;
    case "unevaluatedProperties":
      return `unknown property "${params.unevaluatedProperty}"`;
    case "enum":
      return `must be one of: ${(params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(", ")}`;
    case "const":
      return `must be ${JSON.stringify(params.allowedValue)}`;
    case "discriminator":
      return `"${params.tag}" ${error.message ?? "is not valid"}`;
    default:
      return error.message ?? `fails "${error.keyword}"`;
  }
}

/** Keywords that only say "some branch failed"; the branch's own error is the useful one. */
const COMBINATORS = new Set(["if", "then", "else", "oneOf", "anyOf", "allOf", "not", "$ref", "false schema"]);

/** One problem per pointer, preferring concrete errors over combinator noise, in the order Ajv found them. */
export function ajvProblems(errors: readonly ErrorObject[], options: AjvProblemOptions = {}): ProblemDetail[] {
  const byPointer = new Map<string, ErrorObject[]>();
  for (const error of withoutLosingBranches(errors)) {
    const pointer = ajvErrorPointer(error);
    const list = byPointer.get(pointer);
    if (list) list.push(error);
    else byPointer.set(pointer, [error]);
  }
  const problems: ProblemDetail[] = [];
  for (const [pointer, list] of byPointer) {
    const explained = list.find((error) => options.explain?.(error) !== undefined);
    const concrete = list.filter((error) => !COMBINATORS.has(error.keyword));
    if (!explained && !concrete.length && hasDeeperError(pointer, byPointer)) continue;
    const best = explained ?? concrete.find((error) => error.keyword === "enum") ?? concrete[0] ?? list[0];
    const message = options.explain?.(best) ?? describeAjvError(best);
    problems.push({ message, location: options.file === undefined ? { pointer } : { file: options.file, pointer } });
  }
  return problems;
}

/**
 * For each failed oneOf/anyOf keep only the branch the author most likely meant (fewest errors, never a
 * Reference Object branch that fails only for lack of `$ref`): the other branches' errors are noise.
 */
function withoutLosingBranches(errors: readonly ErrorObject[]): ErrorObject[] {
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

/** The error for a document with problems; its message names the first one where it is ("/server/port must be ..."). */
export function invalidDocument(subject: string, problems: ProblemDetail[]): AppError {
  const [first] = problems;
  const pointer = first.location?.pointer;
  return new AppError(
    "invalid_input",
    `${subject} is invalid: ${pointer ? `${pointer} ` : ""}${first.message}`,
    problems,
  );
}
