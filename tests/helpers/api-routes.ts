// The JSON routes as the app/api tree defines them: every route.ts, its pattern ("/api/flows/[flowId]") and the HTTP
// methods its module exports; and the one comparison of that tree with lib/routes/manifest.ts.
import { readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

const API_DIR = join(process.cwd(), "app", "api");
const METHODS = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"] as const;

export type RouteHandler = (
  request: Request,
  context: { params: Promise<Record<string, string>> },
) => Promise<Response>;

export interface ApiRoute {
  /** "GET /api/flows/[flowId]" */
  key: string;
  method: string;
  pattern: string;
  handler: RouteHandler;
}

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return routeFiles(path);
    return name === "route.ts" ? [path] : [];
  });
}

/** Every method every route file exports (imports the modules: call after useTempDatabase()). */
export async function apiRoutes(): Promise<ApiRoute[]> {
  const routes: ApiRoute[] = [];
  for (const file of routeFiles(API_DIR).sort()) {
    const pattern = `/api/${relative(API_DIR, file).split(sep).slice(0, -1).join("/")}`;
    const module = (await import(file)) as Record<string, RouteHandler | undefined>;
    for (const method of METHODS) {
      const handler = module[method];
      if (handler) routes.push({ key: `${method} ${pattern}`, method, pattern, handler });
    }
  }
  return routes;
}

/** What differs: a route method without an entry, and an entry without a route method, each by its key. */
export function manifestDifferences(routeKeys: readonly string[], manifestKeys: readonly string[]) {
  const listed = new Set(manifestKeys);
  const defined = new Set(routeKeys);
  return {
    withoutEntry: routeKeys.filter((key) => !listed.has(key)),
    withoutRoute: manifestKeys.filter((key) => !defined.has(key)),
  };
}
