// The one rule for keeping secrets out of logs, traces and error messages.

/** Words that, as the last word of a key, name a secret (`access_token`, `X-Api-Key`, `clientSecret`, `Cookie`). */
const SECRET_NOUNS = new Set([
  "secret",
  "secrets",
  "password",
  "passwd",
  "passphrase",
  "token",
  "tokens",
  "authorization",
  "apikey",
  "cookie",
  "cookies",
  "credential",
  "credentials",
]);
/** `key` names a secret only after one of these (`api_key`, `privateKey`, `secret-key`), not alone (`key: "id"`). */
const SECRET_KEY_QUALIFIERS = new Set(["api", "private", "secret"]);
// CORS response headers name credentials and cookies without carrying any.
const NOT_SECRET_KEY = /^access-control-/i;

function words(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Whether a key names a secret: its last word is a secret noun (`client_secret`, not `client_secret_expires_at`). */
export function isSecretKey(key: string): boolean {
  if (NOT_SECRET_KEY.test(key)) return false;
  const parts = words(key);
  const last = parts[parts.length - 1];
  if (!last) return false;
  if (SECRET_NOUNS.has(last)) return true;
  return (last === "key" || last === "keys") && parts.length > 1 && SECRET_KEY_QUALIFIERS.has(parts[parts.length - 2]);
}

/** A value that could be a secret: text, or a list of texts (repeated headers); numbers, flags and objects cannot. */
function couldBeSecret(value: unknown): boolean {
  if (typeof value === "string") return value.length > 0;
  return Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === "string");
}

/** Whether a key's value is redacted wherever it appears (logs, traces, stored executions, responses shown). */
export function isSecretEntry(key: string, value: unknown): boolean {
  return isSecretKey(key) && couldBeSecret(value);
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
