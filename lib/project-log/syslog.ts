// RFC 5424 syslog messages and their sending over UDP (one message per datagram) or TCP (octet counting, RFC 6587).
import { createSocket, type SocketOptions } from "node:dgram";
import { connect } from "node:net";
import { hostname } from "node:os";
import { guardedLookup, refusedHost } from "../net/address-policy";
import { type LogLevel, SYSLOG_FACILITIES, type SyslogSettings } from "./model";

const SEVERITY: Record<LogLevel, number> = { error: 3, warn: 4, info: 6, debug: 7 };
/** A datagram past this size may be dropped on the way; longer lines are cut. */
const MAX_MESSAGE_BYTES = 8 * 1024;
const SEND_TIMEOUT_MS = 2_000;

/** RFC 5424 header fields: printable US-ASCII, no spaces, bounded; "-" when empty. */
function headerField(value: string, max: number): string {
  const clean = value.replace(/[^\x21-\x7e]/g, "").slice(0, max);
  return clean || "-";
}

/** One RFC 5424 line: `<PRI>1 TIMESTAMP HOSTNAME APP-NAME PROCID MSGID - MSG`, the message as UTF-8 with a BOM. */
export function formatSyslogLine(
  entry: { level: LogLevel; time: string; event: string; message: string },
  settings: Pick<SyslogSettings, "facility">,
  appName = "integration-builder",
): string {
  const priority = SYSLOG_FACILITIES.indexOf(settings.facility) * 8 + SEVERITY[entry.level];
  const header = [
    `<${priority}>1`,
    entry.time,
    headerField(hostname(), 255),
    headerField(appName, 48),
    headerField(String(process.pid), 128),
    headerField(entry.event, 32),
    "-",
  ].join(" ");
  const line = `${header} \ufeff${entry.message}`;
  const bytes = Buffer.from(line, "utf8");
  return bytes.length <= MAX_MESSAGE_BYTES ? line : bytes.subarray(0, MAX_MESSAGE_BYTES).toString("utf8");
}

/**
 * Sends lines to a syslog server; a server that cannot be reached loses the lines, never the run. The address
 * policy is asked of the host as written and of every address it resolves to, as for HTTP.
 */
export async function sendSyslog(lines: string[], settings: SyslogSettings): Promise<string | undefined> {
  if (!lines.length) return undefined;
  try {
    const refused = refusedHost(settings.host);
    if (refused) throw refused;
    await (settings.protocol === "udp" ? sendUdp(lines, settings) : sendTcp(lines, settings));
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function sendUdp(lines: string[], { host, port }: SyslogSettings): Promise<void> {
  const socket = createSocket({
    type: host.includes(":") ? "udp6" : "udp4",
    lookup: guardedLookup as SocketOptions["lookup"],
  });
  return new Promise<void>((resolve, reject) => {
    let pending = lines.length;
    const timer = setTimeout(
      () => finish(new Error(`syslog ${host}:${port} did not accept the lines in time`)),
      SEND_TIMEOUT_MS,
    );
    const finish = (error?: Error | null) => {
      clearTimeout(timer);
      socket.close();
      if (error) reject(error);
      else resolve();
    };
    socket.on("error", finish);
    for (const line of lines) {
      socket.send(Buffer.from(line, "utf8"), port, host, (error) => {
        if (error) finish(error);
        else if (--pending === 0) finish();
      });
    }
  });
}

function sendTcp(lines: string[], { host, port }: SyslogSettings): Promise<void> {
  const frames = lines.map((line) => `${Buffer.byteLength(line, "utf8")} ${line}`).join("");
  return new Promise<void>((resolve, reject) => {
    const socket = connect({ host, port, lookup: guardedLookup });
    socket.setTimeout(SEND_TIMEOUT_MS, () => socket.destroy(new Error(`syslog ${host}:${port} timed out`)));
    socket.on("error", reject);
    socket.on("close", () => resolve());
    socket.on("connect", () => socket.end(frames));
  });
}
