// The one rule for keeping secrets out of logs, traces and error messages.

/** Words that, as the last word of a key, name a secret (`access_token`, `X-Api-Key`, `clientSecret`, `Cookie`). */
const SECRET_NOUNS = new Set([
  "secret",
  "secrets",
  "password",
  "passwd",
  "passphrase",
  "passcode",
  "otp",
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

// Every value a run shows is walked key by key, and the same few keys come back run after run: remember each
// answer (a bounded number of keys, all forgotten at once when full).
const MAX_REMEMBERED_KEYS = 4_096;
const secretKeys = new Map<string, boolean>();

/** Whether a key names a secret: its last word is a secret noun (`client_secret`, not `client_secret_expires_at`). */
export function isSecretKey(key: string): boolean {
  let known = secretKeys.get(key);
  if (known === undefined) {
    if (secretKeys.size >= MAX_REMEMBERED_KEYS) secretKeys.clear();
    known = namesSecret(key);
    secretKeys.set(key, known);
  }
  return known;
}

function namesSecret(key: string): boolean {
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
/** Up to this many values, `includes` per value beats one alternation pattern (a connection has a handful). */
const SCAN_BY_INCLUDES = 16;

/** A test for whether a text contains any of the given values (4+ characters), or undefined when there are none. */
export function secretMatcher(values: Iterable<string>): ((text: string) => boolean) | undefined {
  const unique = [...new Set(values)].filter((value) => value.length >= MIN_SECRET_LENGTH);
  if (!unique.length) return undefined;
  // A text shorter than the shortest value holds none: most strings of a run end here.
  const shortest = Math.min(...unique.map((value) => value.length));
  if (unique.length <= SCAN_BY_INCLUDES) {
    return (text) => {
      if (text.length < shortest) return false;
      for (const value of unique) if (text.includes(value)) return true;
      return false;
    };
  }
  const pattern = new RegExp(unique.map(escapeForPattern).join("|"));
  return (text) => text.length >= shortest && pattern.test(text);
}

/** A function replacing every given value (4+ characters) in a text: one pass, the longest value first where they overlap. */
export function secretRedactor(values: Iterable<string>): (text: string) => string {
  const unique = [...new Set(values)].filter((value) => value.length >= MIN_SECRET_LENGTH);
  const holdsOne = secretMatcher(unique);
  if (!holdsOne) return (text) => text;
  // Compiled at the first text that needs it: most texts, and most runs, hold no secret.
  let pattern: RegExp | undefined;
  return (text) => {
    if (!holdsOne(text)) return text;
    pattern ??= new RegExp(
      unique
        .sort((a, b) => b.length - a.length)
        .map(escapeForPattern)
        .join("|"),
      "g",
    );
    return text.replace(pattern, REDACTED);
  };
}

/** Replaces every known secret value (4+ characters), in each of its wire forms, in a text. */
export function redactText(text: string, secretValues: Iterable<string>): string {
  return secretRedactor([...secretValues].flatMap(secretForms))(text);
}
