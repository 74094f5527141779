// Issue 13, point 11: link-local and cloud-metadata addresses are refused always, at connection save (error at
// /server/host) and per request before any socket is opened; IB_BLOCKED_NETWORKS lists more ranges, enforced on the
// resolved address by `ib run`. Loopback stays allowed by default.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runIb } from "../helpers/ib-cli";
import { specPath } from "../helpers/paths";
import { testConnection } from "../helpers/servers/connection";
import { sendJson, startServer, type RunningServer } from "../helpers/servers/http-server";
import { useTempDatabase } from "../helpers/temp-db";
import { signIn } from "../helpers/signed-in";

useTempDatabase();

const owner = await signIn();
const { createProject } = await import("@/lib/projects/service");
const { createHttpClient } = await import("@/lib/http/client");
const { closeDispatchers } = await import("@/lib/http/dispatcher");
const connectionsRoute = await import("@/app/api/projects/[projectId]/connections/route");

const bundle = join(mkdtempSync(join(tmpdir(), "ib-ssrf-")), "bundle.json");
let local: RunningServer;
const seen: string[] = [];

const ib = (settings: Record<string, string>, ...args: string[]) => runIb(args, settings);

beforeAll(async () => {
  local = await startServer((request, response) => {
    seen.push(request.url ?? "");
    sendJson(response, 200, [{ id: 1 }]);
  });
  const generated = await ib({}, "generate", specPath("readme-3.0-security.json"), "--auth", "bearer", "--out", bundle);
  expect(generated.code).toBe(0);
}, 60_000);

afterAll(async () => {
  await closeDispatchers();
  await local.stop();
});

describe("metadata and link-local addresses", () => {
  it.each([
    ["http://169.254.169.254", "169.254.169.254: a link-local address"],
    ["http://[::ffff:169.254.169.254]", "::ffff:a9fe:a9fe: a link-local address"],
    ["http://[fe80::1]", "fe80::1: a link-local address"],
    ["http://[fd00:ec2::254]", "fd00:ec2::254: a cloud metadata address"],
    ["http://metadata.google.internal", "metadata.google.internal: a cloud metadata host"],
  ])("a request to %s is refused before any socket is opened, with or without secrets", async (baseUrl, reason) => {
    for (const connection of [
      testConnection(baseUrl),
      testConnection(baseUrl, { type: "bearer", values: { token: "metadata-token-1" } }),
    ]) {
      await expect(createHttpClient(connection).send({ method: "GET", url: "/latest/meta-data/" })).rejects.toThrow(
        `refusing to connect to ${reason}`,
      );
    }
  });

  it("a proxy at a metadata address is refused too", async () => {
    const connection = testConnection(
      local.baseUrl,
      {},
      {
        proxy: { mode: "proxy", host: "169.254.169.254", port: 3128, auth: { mode: "none" } },
      },
    );
    await expect(createHttpClient(connection).send({ method: "GET", url: "/" })).rejects.toThrow(
      "refusing to connect to 169.254.169.254: a link-local address",
    );
  });

  it("a connection whose server is 169.254.169.254 is not saved: the error is at /server/host", async () => {
    const project = await createProject({ name: "SSRF" });
    const response = await connectionsRoute.POST(
      owner.request("http://127.0.0.1/x", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name: "metadata", server: { protocol: "http", host: "169.254.169.254" } }),
      }),
      { params: Promise.resolve({ projectId: project.id }) },
    );
    expect(response.status).toBe(400);
    const answer = await response.json();
    expect(answer.message).toContain("refusing to connect to 169.254.169.254: a link-local address");
    expect(answer.errors).toEqual([expect.objectContaining({ location: { pointer: "/server/host", field: "host" } })]);
    const loopback = await connectionsRoute.POST(
      owner.request("http://127.0.0.1/x", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name: "local", server: { protocol: "http", host: "127.0.0.1", port: local.port } }),
      }),
      { params: Promise.resolve({ projectId: project.id }) },
    );
    expect(loopback.status).toBe(200);
  });
});

describe("IB_BLOCKED_NETWORKS", () => {
  const run = (baseUrl: string, env: Record<string, string>) =>
    ib(
      env,
      "run",
      bundle,
      "--flow",
      "Custom API Action",
      "--input",
      '{"request_type":"GET","relative_url":"/users"}',
      "--base-url",
      baseUrl,
      "--set",
      "token=t0ken-value",
      "--json",
    );

  it("loopback is allowed by default", async () => {
    const before = seen.length;
    const result = await run(local.baseUrl, {});
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true });
    expect(seen.length).toBe(before + 1);
  });

  it("refuses a loopback server listed there, by address and by a name resolving to it", async () => {
    const before = seen.length;
    const literal = JSON.parse((await run(local.baseUrl, { IB_BLOCKED_NETWORKS: "127.0.0.0/8" })).stdout);
    expect(literal).toMatchObject({ ok: false });
    expect(literal.error.message).toContain("refusing to connect to 127.0.0.1: in a range IB_BLOCKED_NETWORKS refuses");
    const named = JSON.parse(
      (await run(`http://localhost:${local.port}`, { IB_BLOCKED_NETWORKS: "127.0.0.0/8, ::1/128" })).stdout,
    );
    expect(named).toMatchObject({ ok: false });
    expect(named.error.message).toMatch(
      /refusing to connect to localhost \((127\.0\.0\.1|::1)\): in a range IB_BLOCKED_NETWORKS refuses/,
    );
    expect(seen.length).toBe(before);
  });

  it("says which entry is malformed", async () => {
    const result = JSON.parse((await run(local.baseUrl, { IB_BLOCKED_NETWORKS: "10.0.0.0/8, not-a-range" })).stdout);
    expect(result.error.message).toContain('IB_BLOCKED_NETWORKS: "not-a-range" is not an address range');
  });
});
