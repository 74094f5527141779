// The text an apiKey header's value starts with, when the scheme's description says so: OpenAPI has no field for
// it, so APIs write "`Bearer <token>`", "prefixed with SSWS", "required prefix "Token"" or "using the Bearer scheme"
// in prose. Without the prefix every request would be refused as unauthenticated.

// A written-out value: a word, a space, then the placeholder of the secret (`Bearer <token>`, `SSWS {API Token}`,
// `'Bearer paste_token_here'`).
const WRITTEN_VALUE =
  /(?:^|[\s`"':])([A-Za-z][\w-]*) +(?:[<{[][^>}\]\n]*(?:token|key|jwt|secret|credential)[^>}\]\n]*[>}\]]|\w*token\w*["'`])/i;
// Said in words: "prefixed with "Bearer "", "prefix with Bearer", "required prefix "Token"".
const SAID_PREFIX = /\bprefix(?:ed)?(?: +(?:with|by|of))? +(?:the +(?:word|string|text) +)?["'`]?([A-Za-z][\w-]*)/i;
// Swashbuckle's usual wording: "JWT Authorization header using the Bearer scheme".
const BEARER_SCHEME = /\busing the bearer scheme\b/i;

// Words that cannot be a prefix (the sentence around the value, not the value).
const NOT_A_PREFIX = new Set(["the", "your", "a", "an", "api", "as", "with", "header", "value", "this", "and", "or"]);

function word(match: RegExpMatchArray | null): string | undefined {
  const found = match?.[1];
  return found && !NOT_A_PREFIX.has(found.toLowerCase()) ? found : undefined;
}

/** The prefix (with its trailing space) an apiKey header's value needs per the scheme's description, or none. */
export function valuePrefix(description: string | undefined): string | undefined {
  if (!description) return undefined;
  const found =
    word(description.match(WRITTEN_VALUE)) ??
    word(description.match(SAID_PREFIX)) ??
    (BEARER_SCHEME.test(description) ? "Bearer" : undefined);
  return found ? `${found} ` : undefined;
}
