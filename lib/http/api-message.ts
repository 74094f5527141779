// The API's own words in an error answer, wherever its error body keeps them: `message`, `error.message`,
// `errors[0].detail`, SCIM's and RFC 9457's `detail`, OAuth's `error_description`, Okta's `errorSummary`, a bare
// `error` text, a short plain-text body. Drafted flows put it in `errors[].summary` instead of our status line.

/** Keys (loose: lower case, no separators) that hold a message, best first; drafts read a spec's error bodies by them. */
export const MESSAGE_KEYS = [
  "message",
  "errormessage",
  "errorsummary",
  "summary",
  "detail",
  "details",
  "errordescription",
  "description",
  "title",
  "msg",
  "reason",
  "faultstring",
  "error",
];
/** Keys that hold the error itself, or a list of them, one level down. */
const ERROR_KEYS = ["error", "errors", "fault", "problem", "errordetails"];
const MAX_MESSAGE = 1_000;
const MAX_DEPTH = 3;

const loose = (key: string) => key.toLowerCase().replace(/[^a-z0-9]/g, "");

function textOf(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  return text ? text.slice(0, MAX_MESSAGE) : undefined;
}

function messageIn(value: unknown, depth: number): string | undefined {
  if (depth > MAX_DEPTH || value === null || typeof value !== "object") return textOf(value);
  if (Array.isArray(value)) return value.length ? messageIn(value[0], depth + 1) : undefined;
  const entries = Object.entries(value as Record<string, unknown>).map(([key, entry]) => [loose(key), entry] as const);
  for (const wanted of MESSAGE_KEYS) {
    const text = textOf(entries.find(([key]) => key === wanted)?.[1]);
    // OAuth's `error` is a code (`invalid_grant`); its `error_description` says more, and is found first.
    if (text) return text;
  }
  for (const wanted of ERROR_KEYS) {
    const inner = entries.find(([key]) => key === wanted)?.[1];
    const text = inner !== undefined ? messageIn(inner, depth + 1) : undefined;
    if (text) return text;
  }
  // Rails-style `{ "email": ["has already been taken"] }`: the first field and its first complaint.
  const [first] = entries;
  if (entries.length === 1 && Array.isArray(first[1]) && typeof first[1][0] === "string")
    return textOf(`${Object.keys(value as object)[0]} ${first[1][0]}`);
  return undefined;
}

/** The message of an error answer's body (JSON, or a short text that is not a page), if it has one. */
export function apiErrorMessage(response: { body?: unknown; text?: string }): string | undefined {
  const fromBody = messageIn(response.body, 0);
  if (fromBody) return fromBody;
  const text = textOf(response.text);
  return text && !text.startsWith("<") && !text.includes("\n") ? text : undefined;
}
