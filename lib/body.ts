// Reading the fields of a JSON request body (a route's body, a file, command-line values): every problem names its
// field, as a form field and as a JSON pointer, so the UI, the routes and `ib` report it at the same place.
import { AppError, invalid, type ProblemDetail } from "./errors";

export type Body = Record<string, unknown>;

const at = (field: string) => ({ field, pointer: `/${field}` });

/** The body as an object of fields; anything else is refused. */
export function bodyObject(input: unknown, what = "The request body"): Body {
  if (input === null || typeof input !== "object" || Array.isArray(input))
    throw new AppError("invalid_input", `${what} must be a JSON object.`);
  return input as Body;
}

/** How deep a document from outside may nest: far past any flow or bundle, well short of what exhausts the stack. */
export const MAX_NESTING = 512;

/** Refuses (400) a value nested deeper than MAX_NESTING before anything recurses over it; counted without recursion. */
export function requireBoundedNesting(input: unknown, what: string): void {
  const pending: [unknown, number][] = [[input, 1]];
  while (pending.length) {
    const [value, depth] = pending.pop()!;
    if (value === null || typeof value !== "object") continue;
    if (depth > MAX_NESTING)
      throw new AppError("invalid_input", `${what} is nested more than ${MAX_NESTING} levels deep.`);
    for (const child of Object.values(value)) pending.push([child, depth + 1]);
  }
}

/** A whole number of at least 1, e.g. a version. */
export function positiveIntegerField(body: Body, field: string, meaning: string): number {
  const value = body[field];
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1)
    throw invalid(`${field} must be ${meaning} (a whole number from 1)`, at(field));
  return value;
}

export function booleanField(body: Body, field: string, meaning: string): boolean {
  const value = body[field];
  if (typeof value !== "boolean") throw invalid(`${field} must be true or false: ${meaning}`, at(field));
  return value;
}

export function optionalStringField(body: Body, field: string, meaning: string): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw invalid(`${field} must be text: ${meaning}`, at(field));
  return value;
}

/** An optional list of text values; the first item that is not text is reported at its own pointer. */
export function optionalStringListField(body: Body, field: string, meaning: string): string[] | undefined {
  const value = body[field];
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw invalid(`${field} must be a list of ${meaning}`, at(field));
  const wrong = value.findIndex((item) => typeof item !== "string");
  if (wrong >= 0) throw invalid(`${field} must be a list of ${meaning}`, { field, pointer: `/${field}/${wrong}` });
  return value as string[];
}

/** A positive whole number written as text (a path segment or a query parameter). */
export function positiveIntegerText(text: string | null | undefined, field: string, meaning: string): number {
  const number = Number(text);
  if (text === null || text === undefined || text === "" || !Number.isInteger(number) || number < 1)
    throw invalid(`${field} must be ${meaning} (1, 2, …), not "${text ?? ""}"`, { field });
  return number;
}

/** Runs `parse` on a nested document; the problems it reports are re-located under `pointer`. */
export function nestedAt<T>(pointer: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const problems: ProblemDetail[] = error.problems.map((problem) => ({
      ...problem,
      location: { ...problem.location, pointer: `${pointer}${problem.location?.pointer ?? ""}` },
    }));
    throw new AppError(error.code, error.message, problems);
  }
}
