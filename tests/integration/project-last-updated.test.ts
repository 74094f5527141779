// A project's "Last updated" (GET /api/projects/:id) moves with every edit of what it holds.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { specPath } from "../helpers/paths";
import { useTempDatabase } from "../helpers/temp-db";
import { flow } from "../unit/engine/flow-builder";
import { signIn } from "../helpers/signed-in";
import { at, urlOf } from "../helpers/route-url";

useTempDatabase();

const owner = await signIn();

const { createProject } = await import("@/lib/projects/service");
const { uploadSpec } = await import("@/lib/specs-store/store");
const { generateProjectAuthConfigs, saveAuthMapping, listAuthConfigs } = await import("@/lib/auth/store");
const { createConnection, deleteConnection } = await import("@/lib/connections/store");
const { createFlow, saveFlow, deleteFlow } = await import("@/lib/flows/store");
const projectRoute = at("/api/projects/[projectId]", await import("@/app/api/projects/[projectId]/route"));

async function lastUpdated(projectId: string): Promise<string> {
  const response = await projectRoute.GET(owner.request(urlOf(projectRoute.GET, { projectId })), {
    params: Promise.resolve({ projectId }),
  });
  const body = await response.json();
  return (body.project ?? body).updatedAt;
}

describe("project Last updated", () => {
  it("changes after spec, auth, connection and flow edits", async () => {
    const projectId = (await createProject({ name: "Touched" })).id;
    let previous = await lastUpdated(projectId);
    const edits: [string, () => Promise<unknown>][] = [];
    let connectionId = "";
    let flowId = "";
    edits.push(
      [
        "spec upload",
        () =>
          uploadSpec(projectId, {
            fileName: "p.json",
            text: readFileSync(specPath("readme-3.0-petstore.json"), "utf8"),
          }),
      ],
      ["auth generation", () => generateProjectAuthConfigs(projectId)],
      ["mapping", async () => saveAuthMapping(projectId, (await listAuthConfigs(projectId))[0].id!, {})],
      [
        "connection created",
        async () => {
          connectionId = (
            await createConnection(projectId, {
              name: "c",
              server: { protocol: "http", host: "127.0.0.1", port: 1, basePath: "" },
              parameters: {},
              tenantVariables: {},
            })
          ).id;
        },
      ],
      ["connection deleted", () => deleteConnection(projectId, connectionId)],
      ["flow created", async () => (flowId = (await createFlow(projectId, flow("f", []))).id)],
      ["flow saved", () => saveFlow(flowId, flow("f", [], { description: "changed" }), 1)],
      ["flow deleted", () => deleteFlow(flowId)],
    );
    for (const [what, edit] of edits) {
      await new Promise((done) => setTimeout(done, 5));
      await edit();
      const now = await lastUpdated(projectId);
      expect(new Date(now).getTime(), what).toBeGreaterThan(new Date(previous).getTime());
      previous = now;
    }
  });
});
