// POST /api/projects/:id/certify runs the certification over a stored project (drafted from the REST demo started
// here) through one of its connections and keeps the report; GET returns the kept reports, newest first. The
// submission package carries the bundle, the validation report and that last report, and `ib submission show`
// reads it back. Configure your integration and the submission gate: tests/integration/oin-configure.test.ts.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ibWithData, ibWithTempData } from "../helpers/ib-cli";
import { type RunningRestDemo, startRestDemo } from "@/demo/rest/server";
import { restDemoProject } from "../helpers/rest-demo-project";
import { useTempDatabase } from "../helpers/temp-db";
import { signIn } from "../helpers/signed-in";

const dataDir = useTempDatabase();

const owner = await signIn();
const { GET, POST } = await import("@/app/api/projects/[projectId]/certify/route");
const packageRoute = await import("@/app/api/projects/[projectId]/submission-package/route");

let demo: RunningRestDemo;
let projectId: string;
let connectionId: string;

const url = (id: string) => `http://127.0.0.1/api/projects/${id}/certify`;
const params = (id: string) => ({ params: Promise.resolve({ projectId: id }) });
async function post(id: string, body: unknown) {
  const response = await POST(
    owner.request(url(id), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
    params(id),
  );
  return { status: response.status, body: await response.json() };
}
async function get(id: string) {
  const response = await GET(owner.request(url(id)), params(id));
  return { status: response.status, body: await response.json() };
}

beforeAll(async () => {
  demo = await startRestDemo();
  ({ projectId, connectionId } = await restDemoProject(demo));
}, 60_000);
afterAll(() => demo.close());

describe("POST /api/projects/:id/certify", { timeout: 60_000 }, () => {
  it("certifies the stored project through its connection and keeps the report with redacted traces", async () => {
    const run = await post(projectId, { connectionId });
    expect(run.status, JSON.stringify(run.body)).toBe(200);
    expect(run.body.ok).toBe(true);
    expect(run.body.connectionId).toBe(connectionId);
    expect(run.body.cases.find((entry: { id: string }) => entry.id === "create-user")).toMatchObject({
      result: "passed",
      calls: [expect.objectContaining({ flow: "Provisioning Create User", trace: expect.any(Array) })],
    });
    expect(run.body.cleanup.every((entry: { ok: boolean }) => entry.ok)).toBe(true);
    expect(JSON.stringify(run.body)).not.toContain(demo.settings.apiToken);

    const kept = await get(projectId);
    expect(kept.status).toBe(200);
    expect(kept.body).toEqual([run.body]);
  });

  it("refuses a missing or foreign connection, saying which field", async () => {
    const missing = await post(projectId, {});
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual([
      expect.objectContaining({ location: expect.objectContaining({ field: "connectionId" }) }),
    ]);
    const unknown = await post(projectId, { connectionId: "no-such-connection" });
    expect(unknown.status).toBe(404);
    expect((await get("no-such-project")).status).toBe(404);
  });
});

describe("the submission package", { timeout: 60_000 }, () => {
  it("downloads the bundle without secrets, the validation report and the last certification; ib reads it back", async () => {
    const response = await packageRoute.GET(
      owner.request(`http://127.0.0.1/api/projects/${projectId}/submission-package`),
      params(projectId),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="submission-/);
    const text = await response.text();
    expect(text).not.toContain(demo.settings.apiToken);
    const document = JSON.parse(text);
    const [last] = (await get(projectId)).body;
    expect(document).toMatchObject({
      submissionPackageVersion: 1,
      validation: { ok: expect.any(Boolean), errors: expect.any(Array) },
      certification: { id: last.id, ok: true },
    });
    expect(document.bundle.flows.map((flow: { name: string }) => flow.name)).toContain("Provisioning Create User");

    const dir = mkdtempSync(join(tmpdir(), "ib-submission-"));
    const file = join(dir, "submission.json");
    writeFileSync(file, text);
    const { ib } = ibWithTempData();
    const shown = await ib("submission", "show", file, "--json");
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.json).toMatchObject({
      project: document.bundle.project,
      certification: { ok: true, startedAt: last.startedAt },
      validation: document.validation,
    });
    expect(shown.json.certification.cases).toContainEqual(
      expect.objectContaining({ id: "create-user", result: "passed" }),
    );

    const broken = join(dir, "broken.json");
    writeFileSync(broken, JSON.stringify({ ...document, bundle: { ...document.bundle, flows: "none" } }));
    const refused = await ib("submission", "show", broken);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("/bundle/flows");
    const notPackage = await ib("submission", "show", broken.replace("broken", "missing"));
    expect(notPackage.code).toBe(1);
  });
});

describe("POST /api/projects/:id/submit", { timeout: 60_000 }, () => {
  it("is reachable from ib, which passes the certify box on and names what is missing", async () => {
    const { createOinApp } = await import("@/lib/oin/service");
    const { linkProject } = await import("@/lib/projects/service");
    const app = await createOinApp({
      displayName: "Submitted from ib",
      description: "d",
      capabilities: ["provisioning"],
      ssoProtocol: null,
      variables: [],
      auth: { mode: "basic" },
    });
    await linkProject(projectId, app.id);
    const { ib } = ibWithData(dataDir);
    const unticked = await ib("submission", "submit", projectId);
    expect(unticked.code).toBe(1);
    expect(unticked.stderr).toContain("Tick the certify box");
    // Every unmet requirement at once: the support email too.
    expect(unticked.stderr).toContain("enter a support email");
    const ticked = await ib("submission", "submit", projectId, "--certified");
    expect(ticked.code).toBe(1);
    expect(ticked.stderr).not.toContain("Tick the certify box");
    const unknown = await ib("submission", "submit", "no-such-project", "--certified");
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no-such-project not found/);
  });
});
