// ON/OFF as its own operation and the one flow export format, through the route handlers the UI calls and `ib`.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ibWithTempData } from "../helpers/ib-cli";
import { useTempDatabase } from "../helpers/temp-db";
import { signIn } from "../helpers/signed-in";

// Each `ib` is a child process compiling lib/cli through tsx: seconds each on a busy machine.

const dir = useTempDatabase();
const owner = await signIn();
const { ib } = ibWithTempData();

const { createProject } = await import("@/lib/projects/service");
const { httpHelperFlow } = await import("@/lib/generate/http-helper");
const { coreFlowContext } = await import("@/lib/generate/context");
const flowRoute = await import("@/app/api/flows/[flowId]/route");
const enabledRoute = await import("@/app/api/flows/[flowId]/enabled/route");
const versionsRoute = await import("@/app/api/flows/[flowId]/versions/route");
const exportRoute = await import("@/app/api/flows/[flowId]/export/route");
const folderExportRoute = await import("@/app/api/projects/[projectId]/flows/export/route");
const importRoute = await import("@/app/api/projects/[projectId]/flows/import/route");
const flowsRoute = await import("@/app/api/projects/[projectId]/flows/route");

type Handler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

async function call<P>(handler: Handler<P>, params: P, method: string, path: string, body?: unknown) {
  const request = owner.request(`http://127.0.0.1${path}`, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { "content-type": "application/json" } }),
  });
  const response = await handler(request, { params: Promise.resolve(params) });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

const helper = httpHelperFlow(
  coreFlowContext({
    oasVersion: "3.0.0",
    title: "T",
    version: "1",
    servers: [],
    securitySchemes: [],
    globalSecurity: [],
    operations: [],
    webhooks: [],
  }),
);

let projectId: string;
let flowId: string;
beforeAll(async () => {
  projectId = (await createProject({ name: "Switches" })).id;
  const created = await call(flowsRoute.POST, { projectId }, "POST", `/api/projects/${projectId}/flows`, {
    ...helper,
    enabled: true,
  });
  expect(created.status).toBe(200);
  flowId = created.body.flow.id;
});

describe("ON/OFF", () => {
  it("switching OFF and ON makes no version, and an editor's save with its old expectedVersion succeeds", async () => {
    const opened = await call(flowRoute.GET, { flowId }, "GET", `/api/flows/${flowId}`);
    const editorVersion = opened.body.flow.version as number;
    const versionsBefore = (await call(versionsRoute.GET, { flowId }, "GET", `/api/flows/${flowId}/versions`)).body;

    const off = await call(enabledRoute.POST, { flowId }, "POST", `/api/flows/${flowId}/enabled`, { enabled: false });
    expect(off.status).toBe(200);
    expect(off.body.flow).toMatchObject({ enabled: false, version: editorVersion });
    expect(off.body.flow.enabledChangedAt).toEqual(expect.any(String));
    expect((await call(flowRoute.GET, { flowId }, "GET", `/api/flows/${flowId}`)).body.flow.flow.enabled).toBe(false);
    const on = await call(enabledRoute.POST, { flowId }, "POST", `/api/flows/${flowId}/enabled`, { enabled: true });
    expect(on.body.flow).toMatchObject({ enabled: true, version: editorVersion });
    await call(enabledRoute.POST, { flowId }, "POST", `/api/flows/${flowId}/enabled`, { enabled: false });

    const versionsAfter = (await call(versionsRoute.GET, { flowId }, "GET", `/api/flows/${flowId}/versions`)).body;
    expect(versionsAfter).toEqual(versionsBefore);

    // The editor still holds the document it opened (ON) and the version it started from.
    const saved = await call(flowRoute.PUT, { flowId }, "PUT", `/api/flows/${flowId}`, {
      flow: { ...opened.body.flow.flow, description: "edited while switched" },
      expectedVersion: editorVersion,
    });
    expect(saved.status).toBe(200);
    expect(saved.body.flow.version).toBe(editorVersion + 1);
    // The save changes content only: the flow stays OFF as switched.
    expect(saved.body.flow.enabled).toBe(false);
    expect(saved.body.flow.flow).toMatchObject({ enabled: false, description: "edited while switched" });
  });

  it("refuses a body without a boolean, at the field", async () => {
    const answer = await call(enabledRoute.POST, { flowId }, "POST", `/api/flows/${flowId}/enabled`, { enabled: "no" });
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].location).toEqual({ field: "enabled", pointer: "/enabled" });
  });

  it("refuses a save without expectedVersion or with an invalid flow, saying where", async () => {
    const missing = await call(flowRoute.PUT, { flowId }, "PUT", `/api/flows/${flowId}`, { flow: helper });
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].location).toMatchObject({ field: "expectedVersion" });
    const broken = await call(flowRoute.PUT, { flowId }, "PUT", `/api/flows/${flowId}`, {
      flow: { ...helper, kind: "nope" },
      expectedVersion: 1,
    });
    expect(broken.status).toBe(400);
    expect(broken.body.errors.map((problem: { location: { pointer: string } }) => problem.location.pointer)).toContain(
      "/flow/kind",
    );
  });

  it("ib flow disable / enable switch without a new version", { timeout: 180_000 }, async () => {
    const project = await ib("project", "create", "--name", "Switch by ib", "--json");
    const imported = await ib("flow", "import", project.json.project.id, writeFile("one.json", helper), "--json");
    expect(imported.code, imported.stderr).toBe(0);
    const id = imported.json.flows[0].id;
    const on = await ib("flow", "enable", id, "--json");
    expect(on.json.flow).toMatchObject({ enabled: true, version: 1 });
    const off = await ib("flow", "disable", id);
    expect(off.stdout).toContain("is OFF");
    const listed = await ib("flow", "list", project.json.project.id, "--json");
    expect(listed.json.flows[0]).toMatchObject({ enabled: false, version: 1 });
  });
});

function writeFile(name: string, document: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(document));
  return file;
}

describe("one flow export format", () => {
  it("ib flow import takes the file the UI's Export downloads: the flow arrives identical", {
    timeout: 180_000,
  }, async () => {
    const download = await fetchExport(`/api/flows/${flowId}/export`, () =>
      exportRoute.GET(owner.request(`http://127.0.0.1/api/flows/${flowId}/export`), {
        params: Promise.resolve({ flowId }),
      }),
    );
    expect(download.disposition).toBe('attachment; filename="httpHelper.flows.json"');
    expect(download.document["ib/format"]).toBe(1);
    const file = writeFile("exported.flows.json", download.document);

    const target = await ib("project", "create", "--name", "Import target", "--json");
    const imported = await ib("flow", "import", target.json.project.id, file, "--json");
    expect(imported.code, imported.stderr).toBe(0);
    const [arrived] = imported.json.flows;

    const original = (await call(flowRoute.GET, { flowId }, "GET", `/api/flows/${flowId}`)).body.flow.flow;
    expect(arrived.flow.name).toBe(original.name);
    expect(arrived.flow.event).toEqual(original.event);
    expect(arrived.flow.cards).toEqual(original.cards);
    expect(arrived).toMatchObject({ enabled: false, version: 1 });

    // And back: `ib flow export` writes the same format, which the import route reads.
    const out = join(dir, "back.flows.json");
    expect((await ib("flow", "export", arrived.id, "--out", out)).code).toBe(0);
    const back = JSON.parse(readFileSync(out, "utf8"));
    expect(back["ib/flows"][0].cards).toEqual(original.cards);
    // `ib flow save` takes the exported file of one flow as the flow's next version.
    const resaved = await ib("flow", "save", arrived.id, out, "--expected-version", "1", "--json");
    expect(resaved.code, resaved.stderr).toBe(0);
    expect(resaved.json.flow).toMatchObject({ version: 2, name: original.name });
    const other = (await createProject({ name: "Round trip" })).id;
    const routed = await call(
      importRoute.POST,
      { projectId: other },
      "POST",
      `/api/projects/${other}/flows/import`,
      back,
    );
    expect(routed.status).toBe(200);
    expect(routed.body.flows[0].flow.cards).toEqual(original.cards);
  });

  it("exports a folder, and refuses an import whose names are taken, saying which", async () => {
    const download = await fetchExport("folder", () =>
      folderExportRoute.GET(
        owner.request(
          `http://127.0.0.1/api/projects/${projectId}/flows/export?folder=${encodeURIComponent(helper.folder)}`,
        ),
        { params: Promise.resolve({ projectId }) },
      ),
    );
    expect(download.document["ib/flows"].map((flow: { name: string }) => flow.name)).toEqual([helper.name]);
    const again = await call(importRoute.POST, { projectId }, "POST", `/api/projects/${projectId}/flows/import`, {
      ...download.document,
    });
    expect(again.status).toBe(409);
    expect(again.body.errors[0].location.pointer).toBe("/ib~1flows/0/name");
  });

  it("reports a bad flow inside a file at its pointer in the file, and a newer format as such", {
    timeout: 180_000,
  }, async () => {
    const target = await ib("project", "create", "--name", "Bad files", "--json");
    const bad = writeFile("bad.flows.json", { "ib/format": 1, "ib/flows": [helper, { ...helper, name: "" }] });
    const refused = await ib("flow", "import", target.json.project.id, bad);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain("#/ib~1flows/1/name");
    const newer = writeFile("newer.flows.json", { "ib/format": 2, "ib/flows": [helper] });
    const later = await ib("flow", "import", target.json.project.id, newer);
    expect(later.stderr).toContain("format 2");
    expect((await ib("flow", "list", target.json.project.id, "--json")).json.flows).toEqual([]);
  });
});

async function fetchExport(_what: string, get: () => Promise<Response>) {
  const response = await get();
  expect(response.status).toBe(200);
  return { disposition: response.headers.get("content-disposition"), document: await response.json() };
}
