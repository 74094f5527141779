// The one rule for keeping secrets out of logs, traces and error messages.

const SECRET_KEY_PATTERN = /secret|password|passwd|token|authorization|api[-_]?key|private|credential|cookie/i;
// CORS response headers name credentials and cookies without carrying any.
const NOT_SECRET_KEY = /^access-control-/i;

/** Whether a key's value is treated as secret wherever it appears (logs, traces, stored executions). */
export function isSecretKey(key: string): boolean {
  return SECRET_KEY_PATTERN.test(key) && !NOT_SECRET_KEY.test(key);
}

export const REDACTED = "[redacted]";

/** Replaces every known secret value (4+ characters) in a text. Pass longest first when secrets nest. */
export function redactText(text: string, secretValues: Iterable<string>): string {
  let result = text;
  for (const secret of secretValues) {
    if (secret && secret.length >= 4 && result.includes(secret)) result = result.split(secret).join(REDACTED);
  }
  return result;
}
