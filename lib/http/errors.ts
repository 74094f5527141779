// A failure before any response arrived: the message says what was missing or wrong (never a secret).

export class HttpPreflightError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "HttpPreflightError";
  }
}

/** Replaces every known secret in a text, so error messages can quote servers and libraries safely. */
export function redact(text: string, secretValues: readonly string[]): string {
  let result = text;
  for (const secret of secretValues) {
    if (secret && secret.length >= 4 && result.includes(secret)) result = result.split(secret).join("[redacted]");
  }
  return result;
}
