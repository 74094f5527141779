// Point 9 of issue 13: two processes saving the same flow at once get saves and 409-style conflicts, never a raw
// SQLITE_BUSY; a project deleted while one of its flows runs lets the run finish and says it was not recorded.
import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ibWithTempData } from "../helpers/ib-cli";
import { sendJson, startServer } from "../helpers/servers/http-server";
import { dataSettings, useTempDatabase } from "../helpers/temp-db";
import { card, flow, ref, returnCard } from "../unit/engine/flow-builder";
import { signIn } from "../helpers/signed-in";

const exec = promisify(execFile);

describe("concurrent saves", () => {
  it("two processes hammering saves of one flow see only saves and conflicts", async () => {
    const { dir, ib } = ibWithTempData();
    const file = join(dir, "flow.json");
    writeFileSync(file, JSON.stringify(flow("Contended", [returnCard("out", { n: 1 })])));
    const project = await ib("project", "create", "--name", "Contended", "--json");
    const imported = await ib("flow", "import", project.json.project.id, file, "--json");
    const flowId = imported.json.flows[0].id;

    const env = { ...process.env, ...dataSettings(dir) };
    const loop = () =>
      exec(process.execPath, ["tests/helpers/ib-save-loop.js", flowId, file, "40"], { env }).then(({ stdout }) =>
        JSON.parse(stdout),
      );
    const tallies = await Promise.all([loop(), loop()]);
    for (const tally of tallies) expect(tally.other).toEqual([]);
    const saved = tallies[0].saved + tallies[1].saved;
    expect(saved + tallies[0].conflict + tallies[1].conflict).toBe(80);
    const listed = await ib("flow", "list", project.json.project.id, "--json");
    expect(listed.json.flows[0].version).toBe(1 + saved);
  }, 240_000);
});

describe("deleting a project while its flow runs", () => {
  it("lets the run finish and says its execution was not recorded", async () => {
    useTempDatabase();
    const owner = await signIn();
    const { createProject } = await import("@/lib/projects/service");
    const { createFlow } = await import("@/lib/flows/store");
    const { createConnection } = await import("@/lib/connections/store");
    const runRoute = await import("@/app/api/flows/[flowId]/run/route");
    const projectRoute = await import("@/app/api/projects/[projectId]/route");

    let requestArrived!: () => void;
    const arrived = new Promise<void>((resolve) => {
      requestArrived = resolve;
    });
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    const api = await startServer(async (_request, response) => {
      requestArrived();
      await answered;
      sendJson(response, 200, { done: true });
    });
    try {
      const projectId = (await createProject({ name: "Deleted mid-run" })).id;
      const stored = await createFlow(
        projectId,
        flow("Slow", [
          card("call", "http.rawRequest", { method: "GET", url: "/slow" }),
          returnCard("out", { status: ref("call", "status_code") }),
        ]),
      );
      const connection = await createConnection(projectId, {
        name: "Local",
        server: { protocol: "http", host: "127.0.0.1", port: api.port },
        parameters: {},
        tenantVariables: {},
        tls: { enabled: false, rejectUnauthorized: true },
        timeoutMs: 10_000,
        proxy: { mode: "direct", auth: { mode: "none" } },
      });

      const running = runRoute.POST(
        owner.request(`http://127.0.0.1:3000/api/flows/${stored.id}/run`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ inputs: {}, connectionId: connection.id }),
        }),
        { params: Promise.resolve({ flowId: stored.id }) },
      );
      await arrived;
      const deleted = await projectRoute.DELETE(
        owner.request(`http://127.0.0.1:3000/api/projects/${projectId}`, { method: "DELETE" }),
        { params: Promise.resolve({ projectId }) },
      );
      expect(deleted.status).toBe(200);
      answer();

      const response = await running;
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({
        ok: true,
        outputs: { status: 200 },
        notRecorded: 'Flow "Slow" was deleted while it ran: the run finished, but its execution was not recorded.',
      });
    } finally {
      answer();
      await api.stop();
    }
  });
});
