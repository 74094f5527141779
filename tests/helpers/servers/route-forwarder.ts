// A real HTTP server on 127.0.0.1 (port 0) in front of the real route handlers under app/api: each request is matched
// to its route file (literal segments before [params]), handed over as a `Request` with its params, and the
// `Response` written back, headers and all: the routes themselves check the bearer token, so `ib --url` runs against
// real routes, a real lib/ and a real database without `next`.
import { readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { sendJson, startServer, type RunningServer } from "./http-server";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

const API_DIR = join(process.cwd(), "app", "api");

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return routeFiles(path);
    return name === "route.ts" ? [path] : [];
  });
}

const ROUTES = routeFiles(API_DIR).map((file) => ({
  file,
  segments: ["api", ...relative(API_DIR, file).split(sep).slice(0, -1)],
}));

function match(pathname: string) {
  const parts = pathname.split("/").filter(Boolean).map(decodeURIComponent);
  const candidates = ROUTES.filter((route) => route.segments.length === parts.length).flatMap((route) => {
    const params: Record<string, string> = {};
    let literals = 0;
    for (const [i, segment] of route.segments.entries()) {
      const name = /^\[(\w+)\]$/.exec(segment)?.[1];
      if (name) params[name] = parts[i];
      else if (segment === parts[i]) literals++;
      else return [];
    }
    return [{ file: route.file, params, literals }];
  });
  return candidates.sort((a, b) => b.literals - a.literals)[0];
}

export interface RouteForwarder extends RunningServer {
  /** Requests answered, as "METHOD /path status". */
  seen: string[];
}

export async function startRouteForwarder(): Promise<RouteForwarder> {
  const seen: string[] = [];
  const server = await startServer(async (incoming, response) => {
    const url = new URL(incoming.url ?? "/", `http://${incoming.headers.host}`);
    const method = incoming.method ?? "GET";
    const answer = (status: number, body: unknown) => {
      seen.push(`${method} ${url.pathname} ${status}`);
      sendJson(response, status, body);
    };
    const found = match(url.pathname);
    const handler = found && ((await import(found.file)) as Record<string, Handler>)[method];
    if (!found || !handler)
      return answer(404, { code: "not_found", message: `No route ${method} ${url.pathname}`, errors: [] });
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming.headers))
      if (typeof value === "string") headers.set(name, value);
    const routed = await handler(
      new Request(url, {
        method,
        headers,
        body: method === "GET" || method === "DELETE" ? undefined : incoming.bodyText,
      }),
      { params: Promise.resolve(found.params) },
    );
    seen.push(`${method} ${url.pathname} ${routed.status}`);
    response.writeHead(routed.status, Object.fromEntries(routed.headers));
    response.end(Buffer.from(await routed.arrayBuffer()));
  });
  return { ...server, seen };
}
