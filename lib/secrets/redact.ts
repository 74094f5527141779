// The one rule for keeping secrets out of logs, traces and error messages.

const SECRET_KEY_PATTERN = /secret|password|passwd|token|authorization|api[-_]?key|private|credential|cookie/i;
// CORS response headers name credentials and cookies without carrying any.
const NOT_SECRET_KEY = /^access-control-/i;

/** Whether a key's value is treated as secret wherever it appears (logs, traces, stored executions). */
export function isSecretKey(key: string): boolean {
  return SECRET_KEY_PATTERN.test(key) && !NOT_SECRET_KEY.test(key);
}

export const REDACTED = "[redacted]";

/** Shorter values are not redacted: they would blank out ordinary words. */
export const MIN_SECRET_LENGTH = 4;

/**
 * A secret as it may travel on the wire or come back from a server: as is, base64 and base64url (unpadded, so it also
 * matches inside padded text), URL-encoded and form-encoded.
 */
export function secretForms(secret: string): string[] {
  if (secret.length < MIN_SECRET_LENGTH) return [];
  const base64 = Buffer.from(secret, "utf8").toString("base64").replace(/=+$/, "");
  const forms = new Set([
    secret,
    base64,
    base64.replace(/\+/g, "-").replace(/\//g, "_"),
    encodeURIComponent(secret),
    new URLSearchParams({ s: secret }).toString().slice(2),
  ]);
  return [...forms];
}

const escapeForPattern = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A function replacing every given value (4+ characters) in a text: one pass, the longest value first where they overlap. */
export function secretRedactor(values: Iterable<string>): (text: string) => string {
  const unique = [...new Set(values)].filter((value) => value.length >= MIN_SECRET_LENGTH);
  if (!unique.length) return (text) => text;
  unique.sort((a, b) => b.length - a.length);
  const pattern = new RegExp(unique.map(escapeForPattern).join("|"), "g");
  return (text) => (text.length >= MIN_SECRET_LENGTH ? text.replace(pattern, REDACTED) : text);
}

/** Replaces every known secret value (4+ characters), in each of its wire forms, in a text. */
export function redactText(text: string, secretValues: Iterable<string>): string {
  return secretRedactor([...secretValues].flatMap(secretForms))(text);
}
