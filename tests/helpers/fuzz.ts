// Deterministic hostile input for the route fuzz test: a seeded generator (mulberry32) and the ids, query strings,
// bodies and content types it draws from. Every draw depends only on the seed, so a failure replays.

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  int(max: number): number;
  pick<T>(items: readonly T[]): T;
}

export function seeded(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  return { next, int, pick: (items) => items[int(items.length)] };
}

/** A path segment as sent and the parameter value a router would hand the handler for it. */
export interface FuzzId {
  segment: string;
  param: string;
}

const plain = (value: string): FuzzId => ({ segment: encodeURIComponent(value), param: value });
/** Sent as is: the router could not decode it, so the handler sees the raw text. */
const raw = (segment: string): FuzzId => ({ segment, param: segment });

export const FUZZ_IDS: readonly FuzzId[] = [
  raw("%E0%A4%A"),
  raw("%"),
  raw("%zz"),
  raw("%C0%AF"),
  raw("%ED%A0%80"),
  raw("%2e%2e"),
  plain(".."),
  plain("../.."),
  plain("a/../../etc/passwd"),
  plain("\u0000"),
  plain("id\u0000nul"),
  plain("x".repeat(10_000)),
  plain("ünïcødé-😀-עברית"),
  plain("\ufeff\u202e"),
  plain(""),
  plain(" "),
  plain("null"),
  plain("-1"),
  plain("1e309"),
  plain("__proto__"),
  plain("constructor"),
  plain("' OR 1=1 --"),
  plain("<script>"),
];

export const FUZZ_QUERIES: readonly string[] = [
  "",
  "?limit=-1",
  "?limit=abc&offset=1e309",
  "?limit=99999999999999999999999",
  "?offset=-5&limit=0",
  "?cursor=%E0%A4%A",
  "?search=%",
  "?search=%E0%A4%A&q=%00",
  "?from=x&to=y",
  "?from=1&to=99999999",
  "?version=NaN",
  "?a[]=1&a[]=2&__proto__=x",
  "?level=verbose&format=zzz",
  `?search=${"s".repeat(5_000)}`,
  "?actor=%FF&action=..&since=yesterday&until=2026-13-45",
];

/** What an anonymous caller may forge: none, malformed or made-up bearer tokens, and session cookies. */
export const FUZZ_CREDENTIALS: readonly Record<string, string>[] = [
  {},
  { authorization: "Bearer ib_" },
  { authorization: `Bearer ib_${"A".repeat(43)}` },
  { authorization: `Bearer ib_${"%E0%A4%A".repeat(200)}` },
  { authorization: "Bearer" },
  { authorization: "Basic Zm9vOmJhcg==" },
  { authorization: "Bearer ib_x ib_y" },
  { cookie: "ib.session_token=%E0%A4%A" },
  { cookie: `ib.session_token=${"s".repeat(8_000)}.sig` },
  { cookie: "ib.session_token=; ib.session_token=a.b; __Secure-ib.session_token=\u00e9" },
];

/** Field names the routes read, so fuzzed bodies get past "unknown field" into the parsers. */
const FIELDS = [
  "name",
  "email",
  "password",
  "role",
  "scope",
  "expiresInDays",
  "days",
  "level",
  "enabled",
  "version",
  "flow",
  "flows",
  "config",
  "document",
  "inputs",
  "contracts",
  "choices",
  "projectId",
  "oinAppId",
  "connectionId",
  "authConfigId",
  "mapping",
  "type",
  "text",
  "spec",
  "from",
  "to",
  "user",
  "project",
  "key",
  "flowIds",
  "configuration",
  "certify",
  "__proto__",
];

/** A JSON value, nested at most `depth` deep. */
export function fuzzValue(random: Random, depth = 3): unknown {
  const leaves: (() => unknown)[] = [
    () => null,
    () => true,
    () => random.int(2 ** 31) - 2 ** 30,
    () => -0.5,
    () => 1e308,
    () => "",
    () => "x".repeat(random.int(300)),
    () => random.pick(FUZZ_IDS).param,
    () => "%E0%A4%A",
    () => "2026-02-30T25:61:00Z",
    () => "http://169.254.169.254/latest/meta-data",
  ];
  if (depth > 0 && random.next() < 0.3) {
    if (random.next() < 0.5) return Array.from({ length: random.int(4) }, () => fuzzValue(random, depth - 1));
    return fuzzObject(random, depth - 1);
  }
  return random.pick(leaves)();
}

export function fuzzObject(random: Random, depth = 3): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (let i = random.int(5); i > 0; i--) object[random.pick(FIELDS)] = fuzzValue(random, depth);
  return object;
}

/** `[[[…]]]` nested `depth` deep, as JSON text. */
export const deeplyNested = (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`;
/** `{"a":{"a":…}}` nested `depth` deep, as JSON text. */
export const deeplyNestedObject = (depth: number) => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;

export interface FuzzBody {
  label: string;
  contentType?: string;
  body?: string | Uint8Array;
}

/** A body and its content type: well-formed JSON of fuzzed fields, or malformed, oversized, deep, mistyped. */
export function fuzzBody(random: Random): FuzzBody {
  const json = (label: string, body: string): FuzzBody => ({ label, contentType: "application/json", body });
  const kinds: (() => FuzzBody)[] = [
    () => json("fuzzed object", JSON.stringify(fuzzObject(random))),
    () => json("fuzzed object", JSON.stringify(fuzzObject(random))),
    () => json("fuzzed object", JSON.stringify(fuzzObject(random))),
    () => json("empty object", "{}"),
    () => json("name 123", '{"name":123}'),
    () => json("empty", ""),
    () => json("truncated", '{"name":'),
    () => json("not JSON", "not json at all"),
    () => json("null", "null"),
    () => json("array", "[1,2,3]"),
    () => json("string", '"text"'),
    () => json("BOM", '\ufeff{"name":"bom"}'),
    () => json("deep arrays", `{"name":${deeplyNested(100_000)}}`),
    () => json("deep objects", deeplyNestedObject(5_000)),
    () => json("oversized", JSON.stringify({ name: "o".repeat(1_100_000) })),
    () => ({ label: "invalid UTF-8", contentType: "application/json", body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) }),
    () => ({ label: "no content type", body: '{"name":"x"}' }),
    () => ({ label: "text/plain", contentType: "text/plain", body: '{"name":"x"}' }),
    () => ({ label: "charset utf-16", contentType: "application/json; charset=utf-16", body: '{"name":"x"}' }),
    () => ({ label: "odd media type", contentType: 'APPLICATION/JSON; charset="', body: "{}" }),
    () => ({ label: "form", contentType: "application/x-www-form-urlencoded", body: "name=x&name=%E0%A4%A" }),
    () => ({ label: "multipart without boundary", contentType: "multipart/form-data", body: "--x\r\n\r\n" }),
    () => ({
      label: "multipart garbage",
      contentType: "multipart/form-data; boundary=zz",
      body: '--zz\r\nContent-Disposition: form-data; name="file"; filename="../x.json"\r\n\r\n{"a":\r\n--zz--\r\n',
    }),
    () => ({ label: "multipart empty", contentType: "multipart/form-data; boundary=zz", body: "" }),
  ];
  return random.pick(kinds)();
}
