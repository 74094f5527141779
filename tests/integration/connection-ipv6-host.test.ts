// Issue 20, finding 4: a connection host written as an unbracketed IPv6 address made every run answer 500. Now `::1`
// is bracketed (the run reaches a server on [::1]), `fe80::1` is refused at save by the address policy, and a host
// that cannot make a URL at all is refused at save at the host field: a run never answers 500 for its host.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTempDatabase } from "../helpers/temp-db";
import { card, flow, ref, returnCard } from "../unit/engine/flow-builder";
import { signIn } from "../helpers/signed-in";
import { at, urlOf } from "../helpers/route-url";

useTempDatabase();
const owner = await signIn();

const { createProject } = await import("@/lib/projects/service");
const { createConnection, listConnections } = await import("@/lib/connections/store");
const { createFlow } = await import("@/lib/flows/store");
const { closeDispatchers } = await import("@/lib/http/dispatcher");
const runRoute = at("/api/flows/[flowId]/run", await import("@/app/api/flows/[flowId]/run/route"));
const { baseUrlOf, serverFromSpec } = await import("@/lib/connections/server");

// A server on IPv6 loopback, the address the host names.
let server: Server;
let port = 0;
let projectId = "";

beforeAll(async () => {
  server = createServer((_request, response) => {
    response.setHeader("content-type", "application/json");
    response.end(JSON.stringify({ reached: true }));
  });
  await new Promise<void>((resolve) => server.listen(0, "::1", resolve));
  port = (server.address() as AddressInfo).port;
  projectId = (await createProject({ name: "IPv6" })).id;
});

afterAll(async () => {
  await closeDispatchers();
  await new Promise((resolve) => server.close(resolve));
});

const connectionWithHost = (host: string) =>
  createConnection(projectId, { name: `host ${host}`, server: { protocol: "http", host, port, basePath: "" } });

async function refusal(host: string) {
  try {
    await connectionWithHost(host);
  } catch (error) {
    return error as { message: string; problems: { message: string; location: Record<string, string> }[] };
  }
  throw new Error(`${host} was saved`);
}

describe("a connection host written as an IPv6 address", () => {
  it("::1 is bracketed: the base URL is a URL and a run reaches the server", async () => {
    const connection = await connectionWithHost("::1");
    const stored = await createFlow(
      projectId,
      flow("call", [
        card("call", "http.rawRequest", { method: "GET", url: "/" }),
        returnCard("out", { body: ref("call", "body") }),
      ]),
    );
    const response = await runRoute.POST(
      owner.request(urlOf(runRoute.POST, { flowId: stored.id }), {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ inputs: {}, connectionId: connection.id }),
      }),
      { params: Promise.resolve({ flowId: stored.id }) },
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, outputs: { body: { reached: true } } });
    const listed = (await listConnections(projectId)).find((entry) => entry.id === connection.id);
    expect(listed?.baseUrl).toBe(`http://[::1]:${port}`);
  });

  it("fe80::1 is refused at save by the address policy, at the host field", async () => {
    const error = await refusal("fe80::1");
    expect(error.message).toMatch(/link-local/);
    expect(error.problems[0].location).toEqual({ pointer: "/server/host", field: "host" });
  });

  it("a host that cannot make a URL is refused at save, at the host field", async () => {
    const error = await refusal("1:2:3:4:5:6:7:8:9");
    expect(error.message).toContain('"1:2:3:4:5:6:7:8:9" is not a host name or IP address');
    expect(error.problems[0].location).toEqual({ pointer: "/server/host", field: "host" });
  });

  it("a base URL (a spec's server, `ib run --base-url`) takes a bracketed IPv6 host; a bare one is a 400 at the host", () => {
    const server = serverFromSpec({ url: "http://[::1]:8080/v1", variables: {} });
    expect(server).toEqual({ protocol: "http", host: "[::1]", port: 8080, basePath: "/v1" });
    expect(baseUrlOf(server, {})).toBe("http://[::1]:8080/v1");
    expect(() => baseUrlOf(serverFromSpec({ url: "http://::1:8080", variables: {} }), {})).toThrow(
      expect.objectContaining({
        code: "invalid_input",
        problems: [expect.objectContaining({ location: { pointer: "/server/host", field: "host" } })],
      }),
    );
  });
});
