// A failure before any response arrived: the message says what was missing or wrong (never a secret).
import { AppError } from "../errors";
import { redactText } from "../secrets/redact";

export class HttpPreflightError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "HttpPreflightError";
  }
}

/**
 * A request the run may not send (its actor lacks the role of its verb): nothing is sent, the whole run ends (no If
 * Error catches it) and its caller answers with this 403.
 */
export class RequestRefused extends AppError {
  constructor(message: string) {
    super("forbidden", message);
    this.name = "RequestRefused";
  }
}

/** Replaces every known secret in a text, so error messages can quote servers and libraries safely. */
export const redact = (text: string, secretValues: readonly string[]): string => redactText(text, secretValues);
