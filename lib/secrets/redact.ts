// The one rule for keeping secrets out of logs, traces and error messages.

/** Keys whose values are treated as secret wherever they appear. */
export const SECRET_KEY_PATTERN = /secret|password|passwd|token|authorization|api[-_]?key|private|credential|cookie/i;

export const REDACTED = "[redacted]";

/** Replaces every known secret value (4+ characters) in a text. Pass longest first when secrets nest. */
export function redactText(text: string, secretValues: Iterable<string>): string {
  let result = text;
  for (const secret of secretValues) {
    if (secret && secret.length >= 4 && result.includes(secret)) result = result.split(secret).join(REDACTED);
  }
  return result;
}
