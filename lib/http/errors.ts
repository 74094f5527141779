// A failure before any response arrived: the message says what was missing or wrong (never a secret).
import { redactText } from "../secrets/redact";

export class HttpPreflightError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "HttpPreflightError";
  }
}

/** Replaces every known secret in a text, so error messages can quote servers and libraries safely. */
export const redact = (text: string, secretValues: readonly string[]): string => redactText(text, secretValues);
