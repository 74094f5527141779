// Every JSON route and every method it exports, called in-process (the real handler, a real Request, the params a
// router would pass) with hostile input: malformed percent-escapes, very long, unicode, "..", NUL ids; odd query
// strings; malformed, oversized, deeply nested JSON; wrong, missing and odd content types; empty bodies. As the
// signed-in owner and anonymously (with forged bearer tokens and session cookies). No call may answer 500 or take
// longer than 5 s. Deterministic: one seeded generator.
import { readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { FUZZ_CREDENTIALS, type FuzzId, FUZZ_IDS, FUZZ_QUERIES, fuzzBody, seeded } from "../helpers/fuzz";
import { type SignedIn, signIn } from "../helpers/signed-in";
import { useTempDatabase } from "../helpers/temp-db";
import { flow } from "../helpers/validator-fixtures";

useTempDatabase();

const API_DIR = join(process.cwd(), "app", "api");
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"] as const;
const CALLS_AS_OWNER = 6;
const CALLS_ANONYMOUS = 2;
const HANG_MS = 5_000;

type RouteHandler = (request: Request, context: { params: Promise<Record<string, unknown>> }) => Promise<Response>;

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return routeFiles(path);
    return entry === "route.ts" ? [path] : [];
  });
}

const routes = routeFiles(API_DIR)
  .sort()
  .map((file) => ({ file, path: relative(API_DIR, file).split(sep).slice(0, -1).join("/") }));

/** The answer's status once its body is read, "hang" past HANG_MS, or what the handler threw. */
async function settle(call: () => Promise<Response>): Promise<number | "hang" | Error> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<"hang">((resolve) => {
    timer = setTimeout(() => resolve("hang"), HANG_MS);
  });
  const answer = (async () => {
    const response = await call();
    await response.arrayBuffer();
    return response.status;
  })().catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
  try {
    return await Promise.race([answer, hang]);
  } finally {
    clearTimeout(timer);
  }
}

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…(${text.length})` : text);

let owner: SignedIn;
/** Ids that exist, so some calls get past "not found" into the handlers' own parsing. */
const realIds: Record<string, FuzzId[]> = {};

beforeAll(async () => {
  owner = await signIn("owner");
  const other = await signIn("viewer");
  const { createProject } = await import("@/lib/projects/service");
  const { createFlow } = await import("@/lib/flows/store");
  const project = await createProject({ name: "Fuzz target" });
  const stored = await createFlow(project.id, flow("Fuzz flow", "action"));
  realIds.projectId = [{ segment: project.id, param: project.id }];
  realIds.flowId = [{ segment: stored.id, param: stored.id }];
  realIds.userId = [{ segment: other.userId, param: other.userId }];
  realIds.version = [{ segment: "1", param: "1" }];
});

describe("every route under hostile input", () => {
  it("answers no 500 and never hangs", { timeout: 60_000 }, async () => {
    const random = seeded(20);
    const failures: string[] = [];
    let calls = 0;
    for (const { file, path } of routes) {
      const module = (await import(file)) as Partial<Record<string, RouteHandler>>;
      for (const method of METHODS) {
        const handler = module[method];
        if (!handler) continue;
        for (let n = 0; n < CALLS_AS_OWNER + CALLS_ANONYMOUS; n++) {
          const anonymous = n >= CALLS_AS_OWNER;
          const params: Record<string, string | string[]> = {};
          const urlPath = path.replace(/\[(\.\.\.)?(\w+)\]/g, (_all, rest: string | undefined, name: string) => {
            // A DELETE gets made-up ids only, so the fixture outlives the run.
            const pool = method === "DELETE" ? FUZZ_IDS : [...FUZZ_IDS, ...(realIds[name] ?? [])];
            const ids = rest ? Array.from({ length: 1 + random.int(3) }, () => random.pick(pool)) : [random.pick(pool)];
            params[name] = rest ? ids.map((id) => id.param) : ids[0].param;
            return ids.map((id) => id.segment).join("/");
          });
          const query = random.pick(FUZZ_QUERIES);
          const url = `http://127.0.0.1/api/${urlPath}${query}`;
          const body = method === "GET" || method === "HEAD" ? undefined : fuzzBody(random);
          const headers = new Headers(anonymous ? random.pick(FUZZ_CREDENTIALS) : {});
          if (body?.contentType) headers.set("content-type", body.contentType);
          const init: RequestInit = { method, headers, body: body?.body as BodyInit | undefined };
          const request = anonymous ? new Request(url, init) : owner.request(url, init);
          const outcome = await settle(() => handler(request, { params: Promise.resolve(params) }));
          calls++;
          if (outcome === "hang" || outcome instanceof Error || outcome === 500) {
            const what =
              outcome === "hang"
                ? `no answer within ${HANG_MS} ms`
                : outcome instanceof Error
                  ? `threw ${outcome.message}`
                  : "500";
            failures.push(
              `${anonymous ? "anonymous" : "owner"} ${method} /api/${path} params=${short(JSON.stringify(params))} query=${short(query)} body=${body?.label ?? "none"}: ${what}`,
            );
          }
        }
      }
    }
    expect(calls).toBeGreaterThan(routes.length * CALLS_AS_OWNER);
    expect(failures).toEqual([]);
  });
});
