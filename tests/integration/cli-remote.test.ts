// `ib --url URL --token T`: commands with a route call it on the instance (here real route handlers behind a real
// node:http server on 127.0.0.1, the token checked as the instance checks it) and print the same output and errors
// as locally; commands without a route say they are local only; a read token cannot change anything.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRouteForwarder, type RouteForwarder } from "../helpers/servers/route-forwarder";
import { type SignedIn, signIn } from "../helpers/signed-in";
import { useTempDatabase } from "../helpers/temp-db";
import { flow, returnCard } from "../unit/engine/flow-builder";

useTempDatabase();
const { main } = await import("@/lib/cli/main");
const { createProject } = await import("@/lib/projects/service");
const { createFlow } = await import("@/lib/flows/store");
const { createApiToken } = await import("@/lib/api-tokens/store");
const { listAuditEvents } = await import("@/lib/audit/query");

const files = mkdtempSync(join(tmpdir(), "ib-remote-"));
let forwarder: RouteForwarder;
let writeToken = "";
let readToken = "";
let projectId = "";
let flowId = "";

async function ib(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (text) => out.push(text), err: (text) => err.push(text) });
  const stdout = out.join("\n");
  let json: any;
  try {
    json = JSON.parse(stdout);
  } catch {
    json = undefined;
  }
  return { code, stdout, stderr: err.join("\n"), json };
}

const remote = (token: string, ...args: string[]) => ib(...args, "--url", forwarder.baseUrl, "--token", token);

let tokenUser: SignedIn;

beforeAll(async () => {
  forwarder = await startRouteForwarder();
  tokenUser = await signIn("owner");
  const owner = { userId: tokenUser.userId, email: tokenUser.email };
  writeToken = (await createApiToken(owner, { name: "ci", scope: "write", expiresInDays: 1 })).secret;
  readToken = (await createApiToken(owner, { name: "reader", scope: "read", expiresInDays: 1 })).secret;
  projectId = (await createProject({ name: "Remote one" })).id;
  flowId = (await createFlow(projectId, flow("greet", [returnCard("ret", { greeting: "hello" })]))).id;
});

afterAll(() => forwarder?.stop());

describe("ib --url", () => {
  it("lists and shows projects, flows and contracts through the routes", async () => {
    const list = await remote(readToken, "project", "list", "--json");
    expect(list.code, list.stderr).toBe(0);
    expect(list.json.projects.map((project: { id: string }) => project.id)).toContain(projectId);
    const text = await remote(readToken, "project", "show", projectId);
    expect(text.stdout).toContain(`Remote one (${projectId})`);
    const flows = await remote(readToken, "flow", "list", projectId, "--json");
    expect(flows.json.flows.map((entry: { name: string }) => entry.name)).toEqual(["greet"]);
    const contracts = await remote(readToken, "contracts", "--json");
    expect(contracts.json.contracts).toHaveLength(22);
    expect(forwarder.seen).toContain(`GET /api/projects/${projectId}/flows 200`);
  });

  it("exports a flow to a file and imports it into another project", async () => {
    const out = join(files, "greet.flows.json");
    const exported = await remote(readToken, "flow", "export", flowId, "--out", out);
    expect(exported.code, exported.stderr).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8"))["ib/flows"][0].name).toBe("greet");
    const other = (await createProject({ name: "Remote two" })).id;
    const imported = await remote(writeToken, "flow", "import", other, out, "--json");
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.json.flows[0]).toMatchObject({ name: "greet", enabled: false });

    const bundleFile = join(files, "bundle.json");
    const bundle = await remote(readToken, "project", "export", projectId, "--out", bundleFile, "--json");
    expect(bundle.json).toMatchObject({ ok: true, flows: 1, project: { name: "Remote one" } });
    expect(JSON.parse(readFileSync(bundleFile, "utf8")).flows[0].name).toBe("greet");
  });

  it("validates, certifies and submits a stored project, errors printed with their location", async () => {
    const validated = await remote(writeToken, "validate", "--project", projectId, "--json");
    expect(validated.json).toMatchObject({ ok: expect.any(Boolean), errors: expect.any(Array) });
    const certify = await remote(writeToken, "certify", "--project", projectId);
    expect(certify.code).toBe(1);
    expect(certify.stderr).toContain("error: connectionId is required");
    expect(certify.stderr).toContain("#/connectionId field connectionId");
    const submit = await remote(writeToken, "submission", "submit", projectId, "--json");
    expect(submit.code).toBe(1);
    expect(submit.json).toMatchObject({ ok: false, code: expect.any(String), errors: expect.any(Array) });
  });

  it("records each remote change in the audit log, and never the token", async () => {
    const { events } = await listAuditEvents({ since: new Date(Date.now() - 60_000) });
    const actions = events.map((event) => event.action);
    expect(actions).toEqual(expect.arrayContaining(["flow.import", "validation.run", "certification.run"]));
    expect(JSON.stringify(events)).not.toContain(writeToken);
  });

  it("runs and switches a flow remotely; locally a command with a route records its change as local", async () => {
    const ran = await remote(writeToken, "flow", "run", flowId, "--json");
    expect(ran.code, ran.stderr).toBe(0);
    expect(ran.json).toMatchObject({ ok: true, outputs: { greeting: "hello" } });
    const on = await remote(writeToken, "flow", "enable", flowId);
    expect(on.stdout).toBe("greet is ON");

    const created = await ib("project", "create", "--name", "Made locally", "--json");
    const [event] = (await listAuditEvents({ action: "project.create" }, { limit: 1 })).events;
    expect(event).toMatchObject({
      actor: { id: "local" },
      target: { type: "project", id: created.json.project.id, name: "Made locally" },
      outcome: "success",
    });
    const [run] = (await listAuditEvents({ action: "flow.run" }, { limit: 1 })).events;
    expect(run).toMatchObject({ actor: { email: tokenUser.email }, target: { type: "flow", id: flowId } });
  });

  it("refuses a change with a read token, and any call with a revoked or wrong token", async () => {
    const other = (await createProject({ name: "Remote three" })).id;
    const file = join(files, "one.flows.json");
    writeFileSync(file, JSON.stringify(flow("hi", [returnCard("ret", {})])));
    const refused = await remote(readToken, "flow", "import", other, file);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('This API token has the "read" scope: POST needs a "write" token.');
    const wrong = await remote(`${writeToken.slice(0, -2)}xx`, "project", "list");
    expect(wrong.stderr).toContain("The API token is unknown, expired or revoked");
    expect(wrong.stderr).not.toContain(writeToken.slice(3, 20));
  });

  it("says which commands are local only, and takes IB_URL and IB_TOKEN", async () => {
    const local = await remote(writeToken, "run", "bundle.json", "--flow", "x", "--base-url", "http://127.0.0.1:1");
    expect(local.code).toBe(1);
    expect(local.stderr).toContain("ib run works on the local database file only");
    const bundle = await remote(writeToken, "validate", "bundle.json");
    expect(bundle.stderr).toContain("runs locally only, without --url");
    const spec = await remote(writeToken, "spec", "check", "openapi.yaml");
    expect(spec.stderr).toContain("ib spec check reads a file on this machine");
    const missing = await ib("project", "list", "--url", forwarder.baseUrl);
    expect(missing.stderr).toContain("--url needs a personal API token");

    process.env.IB_URL = forwarder.baseUrl;
    process.env.IB_TOKEN = readToken;
    try {
      const viaEnv = await ib("project", "show", projectId, "--json");
      expect(viaEnv.json.project.id).toBe(projectId);
    } finally {
      delete process.env.IB_URL;
      delete process.env.IB_TOKEN;
    }
    expect(forwarder.seen).toContain(`GET /api/projects/${projectId} 200`);
  });
});
