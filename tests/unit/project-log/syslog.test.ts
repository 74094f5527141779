// RFC 5424 lines and their sending: priority from facility and level, header fields cleaned and bounded, TCP with
// octet counting to a real server on 127.0.0.1, and an unreachable server reported without throwing.
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { formatSyslogLine, sendSyslog } from "@/lib/project-log/syslog";

const entry = { level: "warn" as const, time: "2026-11-28T01:02:03.456Z", event: "http_call", message: '{"ok":true}' };

describe("formatSyslogLine", () => {
  it("writes <PRI>1 TIMESTAMP HOSTNAME APP-NAME PROCID MSGID - BOM MSG", () => {
    const line = formatSyslogLine(entry, { facility: "local0" });
    // local0 is facility 16; warn is severity 4: 16 * 8 + 4.
    expect(line).toMatch(
      /^<132>1 2026-11-28T01:02:03\.456Z \S+ integration-builder \d+ http_call - \ufeff\{"ok":true\}$/,
    );
    expect(formatSyslogLine({ ...entry, level: "debug" }, { facility: "kern" })).toMatch(/^<7>1 /);
  });

  it("keeps header fields printable without spaces, and cuts a long message", () => {
    const line = formatSyslogLine({ ...entry, event: "run finished\nnow" }, { facility: "user" }, "my app");
    expect(line.split(" ").slice(3, 6)).toEqual(["myapp", expect.stringMatching(/^\d+$/), "runfinishednow"]);
    const long = formatSyslogLine({ ...entry, message: "y".repeat(20_000) }, { facility: "user" });
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(8 * 1024);
  });
});

describe("sendSyslog", () => {
  it("sends each line over TCP framed by its length in octets (RFC 6587)", async () => {
    let received = "";
    const server = createServer((socket) => socket.on("data", (chunk) => (received += chunk.toString("utf8"))));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const lines = ["<14>1 - - app - a - \ufeffé", "<14>1 - - app - b - \ufeffsecond"];
    const settings = {
      host: "127.0.0.1",
      port,
      protocol: "tcp" as const,
      facility: "user" as const,
      level: "info" as const,
    };
    expect(await sendSyslog(lines, settings)).toBeUndefined();
    await expect.poll(() => received).toBe(lines.map((line) => `${Buffer.byteLength(line)} ${line}`).join(""));
    await new Promise((resolve) => server.close(resolve));
  });

  it("reports a server that cannot be reached instead of throwing", async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    const settings = {
      host: "127.0.0.1",
      port,
      protocol: "tcp" as const,
      facility: "user" as const,
      level: "info" as const,
    };
    expect(await sendSyslog(["<14>1 - - - - - - x"], settings)).toMatch(/ECONNREFUSED/);
  });
});
