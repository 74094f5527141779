// Every JSON route about a project maps to one action of the policy: reads for GET and for the POSTs that only
// compute, runs, certify, clone, delete, and change for every other state change.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRequestOf } from "@/lib/access/route-actions";

const API_DIR = join(process.cwd(), "app", "api");

function routes(dir = API_DIR): { path: string; methods: string[] }[] {
  return readdirSync(dir).flatMap((name) => {
    const file = join(dir, name);
    if (statSync(file).isDirectory()) return routes(file);
    if (name !== "route.ts") return [];
    const methods = [...readFileSync(file, "utf8").matchAll(/^export const (GET|POST|PUT|PATCH|DELETE)\b/gm)].map(
      (match) => match[1],
    );
    return [{ path: `/api/${relative(API_DIR, dir).split(sep).join("/")}`, methods }];
  });
}

const sample = (path: string) => path.replace(/\[(\w+)\]/g, (_all, name: string) => `${name}-1`);

describe("projectRequestOf", () => {
  it("gives every method of every route under a project, flow or connection an action, and GET always read", () => {
    const table = routes()
      .filter(({ path }) => /^\/api\/(projects|flows|connections)\/\[/.test(path))
      .flatMap(({ path, methods }) =>
        methods.map((method) => `${method} ${path} -> ${projectRequestOf(method, sample(path))?.action}`),
      );
    expect(table.length).toBeGreaterThan(50);
    for (const line of table) expect(line).not.toMatch(/undefined$/);
    for (const line of table.filter((entry) => entry.startsWith("GET "))) expect(line).toMatch(/-> read$/);
  });

  it("names the project, flow or connection from the path, and the action from the method and route", () => {
    const cases: [string, string, unknown][] = [
      ["POST", "/api/flows/f1/run", { ids: { flowId: "f1" }, action: "run" }],
      ["POST", "/api/flows/f1/test-run", { ids: { flowId: "f1" }, action: "run" }],
      ["POST", "/api/connections/c1/test", { ids: { connectionId: "c1" }, action: "run" }],
      ["POST", "/api/projects/p1/actions/tests", { ids: { projectId: "p1" }, action: "run" }],
      ["POST", "/api/projects/p1/certify", { ids: { projectId: "p1" }, action: "certify" }],
      ["POST", "/api/projects/p1/connections/c1/clone", { ids: { projectId: "p1" }, action: "clone" }],
      ["DELETE", "/api/projects/p1/connections/c1", { ids: { projectId: "p1" }, action: "delete" }],
      ["DELETE", "/api/projects/p1", { ids: { projectId: "p1" }, action: "delete" }],
      ["DELETE", "/api/projects/p1/link", { ids: { projectId: "p1" }, action: "change" }],
      ["POST", "/api/projects/p1/validate", { ids: { projectId: "p1" }, action: "read" }],
      ["PUT", "/api/flows/f1", { ids: { flowId: "f1" }, action: "change" }],
      ["POST", "/api/flows/f1/tests", { ids: { flowId: "f1" }, action: "change" }],
      ["PATCH", "/api/projects/p%201", { ids: { projectId: "p 1" }, action: "change" }],
    ];
    for (const [method, path, expected] of cases)
      expect(projectRequestOf(method, path), `${method} ${path}`).toEqual(expected);
    for (const path of ["/api/projects", "/api/roles/grant", "/api/oin-apps/o1", "/api/contracts", "/api/health"])
      expect(projectRequestOf("POST", path), path).toBeUndefined();
  });
});
