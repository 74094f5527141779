// A project's logging settings: its level and optional forwarding to a syslog server (RFC 5424 over UDP or TCP).
import "server-only";
import { bodyObject, nestedAt } from "../body";
import { db } from "../db/client";
import { invalid, notFound } from "../errors";
import { refusedServerHost } from "../net/address-policy";
import { LOG_LEVELS, type LogLevel, type ProjectLogging, SYSLOG_FACILITIES, type SyslogSettings } from "./model";

function levelAt(value: unknown, field: string, pointer: string): LogLevel {
  if (typeof value === "string" && (LOG_LEVELS as readonly string[]).includes(value)) return value as LogLevel;
  throw invalid(`${field} must be one of ${LOG_LEVELS.join(", ")}`, { field, pointer });
}

function parseSyslog(input: unknown): SyslogSettings | null {
  if (input === null || input === undefined) return null;
  const body = bodyObject(input, "syslog");
  const host = body.host;
  if (typeof host !== "string" || !/^[A-Za-z0-9.:\-[\]]{1,253}$/.test(host))
    throw invalid("syslog.host must be a host name or IP address", { field: "syslog.host", pointer: "/host" });
  const port = body.port;
  if (typeof port !== "number" || !Number.isInteger(port) || port < 1 || port > 65535)
    throw invalid("syslog.port must be a port number (1–65535)", { field: "syslog.port", pointer: "/port" });
  const protocol = body.protocol ?? "udp";
  if (protocol !== "udp" && protocol !== "tcp")
    throw invalid("syslog.protocol must be udp or tcp", { field: "syslog.protocol", pointer: "/protocol" });
  const facility = body.facility ?? "user";
  if (typeof facility !== "string" || !(SYSLOG_FACILITIES as readonly string[]).includes(facility)) {
    throw invalid(`syslog.facility must be one of ${SYSLOG_FACILITIES.join(", ")}`, {
      field: "syslog.facility",
      pointer: "/facility",
    });
  }
  return {
    host,
    port,
    protocol,
    facility: facility as SyslogSettings["facility"],
    level: body.level === undefined ? "info" : levelAt(body.level, "syslog.level", "/level"),
  };
}

/**
 * Reads logging settings from `unknown` (the Advanced JSON view, the route body); each problem at its field.
 * A setting left out keeps its current value; `"syslog": null` stops forwarding.
 */
export function parseProjectLogging(input: unknown, current: ProjectLogging): ProjectLogging {
  const body = bodyObject(input, "The logging settings");
  return {
    level: body.level === undefined ? current.level : levelAt(body.level, "level", "/level"),
    syslog: body.syslog === undefined ? current.syslog : nestedAt("/syslog", () => parseSyslog(body.syslog)),
  };
}

function stored(row: { logLevel: string; logForwarding: string }): ProjectLogging {
  const level = (LOG_LEVELS as readonly string[]).includes(row.logLevel) ? (row.logLevel as LogLevel) : "info";
  let syslog: SyslogSettings | null = null;
  try {
    syslog = parseSyslog((JSON.parse(row.logForwarding) as { syslog?: unknown }).syslog);
  } catch {
    // Settings stored by hand that no longer parse forward nothing rather than stop runs.
  }
  return { level, syslog };
}

export async function getProjectLogging(projectId: string): Promise<ProjectLogging> {
  const row = await db().project.findUnique({
    where: { id: projectId },
    select: { logLevel: true, logForwarding: true },
  });
  if (!row) throw notFound(`Project ${projectId}`);
  return stored(row);
}

/** Replaces a project's logging settings; the next run uses them (no restart). */
export async function setProjectLogging(projectId: string, input: unknown): Promise<ProjectLogging> {
  const settings = parseProjectLogging(input, await getProjectLogging(projectId));
  // The address policy at save, as for a connection's server (and again at every send, after DNS).
  if (settings.syslog) {
    const refused = await refusedServerHost(settings.syslog.host);
    if (refused) throw invalid(`syslog.host: ${refused}`, { field: "syslog.host", pointer: "/syslog/host" });
  }
  await db().project.update({
    where: { id: projectId },
    data: { logLevel: settings.level, logForwarding: JSON.stringify({ syslog: settings.syslog }) },
  });
  return settings;
}

/** Changes only a project's level, keeping its forwarding. */
export function setProjectLogLevel(projectId: string, level: unknown): Promise<ProjectLogging> {
  return setProjectLogging(projectId, { level: level ?? null });
}
