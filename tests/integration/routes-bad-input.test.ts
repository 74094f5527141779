// Bad input never reaches the user as a 500: every JSON route, called with garbage bodies and unknown ids,
// answers with a 4xx and `{ code, message, errors }`, for an existing project as well as for unknown ids.
import { readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { useTempDatabase } from "../helpers/temp-db";

useTempDatabase();
const { createProject } = await import("@/lib/projects/service");

const API_DIR = join(process.cwd(), "app", "api");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return routeFiles(path);
    return name === "route.ts" ? [path] : [];
  });
}

const BODIES: { label: string; body?: string; contentType?: string }[] = [
  { label: "no body" },
  { label: "broken JSON", body: "{not json", contentType: "application/json" },
  { label: "JSON null", body: "null", contentType: "application/json" },
  { label: "JSON array", body: "[1,2]", contentType: "application/json" },
  {
    label: "wrong types",
    body: JSON.stringify({ name: 5, flow: "x", expectedVersion: "v", config: 1, text: 7, inputs: 3 }),
    contentType: "application/json",
  },
  { label: "plain text", body: "hello", contentType: "text/plain" },
];

let projectId: string;
beforeAll(async () => {
  projectId = (await createProject({ name: "Target of garbage" })).id;
});

describe("JSON routes under bad input", () => {
  for (const file of routeFiles(API_DIR).sort()) {
    const path = relative(API_DIR, file).split(sep).slice(0, -1).join("/");
    it(`/api/${path} answers 4xx, never 500`, async () => {
      const module = (await import(file)) as Partial<
        Record<
          (typeof METHODS)[number],
          (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>
        >
      >;
      const segments = [...path.matchAll(/\[(\w+)\]/g)].map((match) => match[1]);
      for (const method of METHODS) {
        const handler = module[method];
        if (!handler) continue;
        for (const ids of [{ projectId }, {}]) {
          const params = Object.fromEntries(
            segments.map((name) => [name, (ids as Record<string, string>)[name] ?? `missing-${name}`]),
          );
          const url = `http://127.0.0.1/api/${path.replace(/\[(\w+)\]/g, (_all, name: string) => params[name])}?from=x&to=y&authConfigId=nope&code=c&state=s`;
          for (const { label, body, contentType } of method === "GET" || method === "DELETE" ? [BODIES[0]] : BODIES) {
            const response = await handler(
              new Request(url, { method, body, headers: contentType ? { "content-type": contentType } : {} }),
              {
                params: Promise.resolve(params),
              },
            );
            const where = `${method} /api/${path} (${label}, params ${JSON.stringify(params)})`;
            expect(response.status, where).toBeLessThan(500);
            if (response.status >= 400 && response.headers.get("content-type")?.includes("json")) {
              const answer = (await response.json()) as { message?: string };
              expect(answer.message, where).toEqual(expect.any(String));
            }
          }
        }
      }
    });
  }
});
