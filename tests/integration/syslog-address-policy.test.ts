// Issue 20, finding 2: syslog forwarding goes through the one address policy of lib/net, like HTTP. At save, a
// link-local or metadata host in any spelling (decimal, hex, octal, IPv4-mapped IPv6) and a host in a range
// IB_BLOCKED_NETWORKS lists are refused at the syslog.host field; at send, over UDP and TCP, the host as written and
// every address it resolves to (localhost → 127.0.0.1) are checked again, so a receiver on 127.0.0.1 gets nothing
// once 127.0.0.0/8 is blocked.
import { createSocket, type Socket } from "node:dgram";
import { createServer, type Server } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { useTempDatabase } from "../helpers/temp-db";
import { signIn } from "../helpers/signed-in";

useTempDatabase();
const owner = await signIn();

const { createProject } = await import("@/lib/projects/service");
const { sendSyslog } = await import("@/lib/project-log/syslog");
const loggingRoute = await import("@/app/api/projects/[projectId]/logging/route");

let udp: Socket;
let tcp: Server;
const datagrams: string[] = [];
let tcpConnections = 0;
let projectId = "";

beforeAll(async () => {
  udp = createSocket("udp4");
  udp.on("message", (message) => datagrams.push(message.toString("utf8")));
  await new Promise<void>((resolve) => udp.bind(0, "127.0.0.1", resolve));
  tcp = createServer((socket) => {
    tcpConnections += 1;
    socket.resume();
  });
  await new Promise<void>((resolve) => tcp.listen(0, "127.0.0.1", resolve));
  projectId = (await createProject({ name: "Forwarding" })).id;
});

afterAll(async () => {
  udp.close();
  await new Promise((resolve) => tcp.close(resolve));
});

afterEach(() => {
  delete process.env.IB_BLOCKED_NETWORKS;
});

const put = (body: unknown) =>
  loggingRoute.PUT(
    owner.request(`http://127.0.0.1/api/projects/${projectId}/logging`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({ projectId }) },
  );

const tcpPort = () => (tcp.address() as { port: number }).port;

describe("syslog forwarding asks the address policy", () => {
  it.each([
    "169.254.169.254",
    "2852039166",
    "0xa9fea9fe",
    "0251.0376.0251.0376",
    "::ffff:169.254.169.254",
    "[::ffff:a9fe:a9fe]",
    "fe80::1",
    "metadata.google.internal",
  ])("refuses %s at save, at the syslog.host field", async (host) => {
    const response = await put({ syslog: { host, port: 514, protocol: "udp" } });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.message).toMatch(/refusing to connect/);
    expect(body.errors[0].location).toMatchObject({ field: "syslog.host", pointer: "/syslog/host" });
  });

  it("refuses a range IB_BLOCKED_NETWORKS lists at save, and allows it when unlisted", async () => {
    process.env.IB_BLOCKED_NETWORKS = "127.0.0.0/8";
    const refused = await put({ syslog: { host: "127.0.0.1", port: 514 } });
    expect(refused.status).toBe(400);
    expect((await refused.json()).message).toContain("IB_BLOCKED_NETWORKS");
    delete process.env.IB_BLOCKED_NETWORKS;
    expect((await put({ syslog: { host: "127.0.0.1", port: 514 } })).status).toBe(200);
  });

  it("checks the host and the addresses it resolves to at every send, over UDP and TCP", async () => {
    const settings = { port: 0, facility: "user", level: "info" } as const;
    const udpPort = udp.address().port;

    process.env.IB_BLOCKED_NETWORKS = "127.0.0.0/8";
    for (const host of ["127.0.0.1", "localhost"]) {
      expect(await sendSyslog(["udp line"], { ...settings, host, port: udpPort, protocol: "udp" })).toMatch(
        /refusing to connect to localhost|refusing to connect to 127\.0\.0\.1/,
      );
      expect(await sendSyslog(["tcp line"], { ...settings, host, port: tcpPort(), protocol: "tcp" })).toMatch(
        /refusing to connect/,
      );
    }
    expect(await sendSyslog(["x"], { ...settings, host: "0xa9fea9fe", port: 514, protocol: "tcp" })).toMatch(
      /link-local/,
    );

    // The same sends reach the receivers once the range is no longer listed: nothing above was sent.
    delete process.env.IB_BLOCKED_NETWORKS;
    expect(await sendSyslog(["udp allowed"], { ...settings, host: "127.0.0.1", port: udpPort, protocol: "udp" })).toBe(
      undefined,
    );
    expect(
      await sendSyslog(["tcp allowed"], { ...settings, host: "127.0.0.1", port: tcpPort(), protocol: "tcp" }),
    ).toBe(undefined);
    await expect.poll(() => datagrams).toEqual(["udp allowed"]);
    await expect.poll(() => tcpConnections).toBe(1);
  });
});
