// One error type for everything a user can get wrong: it says what and where.

/** Where a problem is: a JSON pointer into a document, a line/column in a file, or a form field. */
export interface ErrorLocation {
  file?: string;
  pointer?: string;
  line?: number;
  column?: number;
  field?: string;
}

export interface ProblemDetail {
  message: string;
  location?: ErrorLocation;
}

export type ErrorCode =
  | "invalid_input"
  | "not_found"
  | "conflict"
  | "too_large"
  | "unsupported_media_type"
  | "unauthenticated"
  | "forbidden"
  | "limit_reached"
  | "too_many_requests"
  | "unsupported"
  | "secret_key"
  | "internal";

const HTTP_STATUS: Record<ErrorCode, number> = {
  invalid_input: 400,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported_media_type: 415,
  unauthenticated: 401,
  forbidden: 403,
  limit_reached: 409,
  too_many_requests: 429,
  unsupported: 422,
  secret_key: 500,
  internal: 500,
};

/** A failure the user can act on. Never wraps secrets in its message. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly problems: ProblemDetail[];

  constructor(code: ErrorCode, message: string, problems: ProblemDetail[] = []) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.problems = problems.length ? problems : [{ message }];
  }

  get httpStatus(): number {
    return HTTP_STATUS[this.code];
  }

  toJSON() {
    return { code: this.code, message: this.message, errors: this.problems };
  }
}

export const invalid = (message: string, location?: ErrorLocation) =>
  new AppError("invalid_input", message, [{ message, location }]);

export const notFound = (what: string) => new AppError("not_found", `${what} not found`);

/** Formats a location for terminal output: `file:line:col`, `#/pointer` or `field`. */
export function describeLocation(location: ErrorLocation | undefined): string {
  if (!location) return "";
  const parts: string[] = [];
  if (location.file) parts.push(location.file);
  if (location.line !== undefined) parts.push(`${location.line}:${location.column ?? 1}`);
  if (location.pointer !== undefined) parts.push(`#${location.pointer}`);
  if (location.field) parts.push(`field ${location.field}`);
  return parts.join(" ");
}
