// Logging settings of a project: types and names only, so the browser can import them.

export const LOG_LEVELS = ["error", "warn", "info", "debug"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** RFC 5424 facility names, by code (section 6.2.1). */
export const SYSLOG_FACILITIES = [
  "kern",
  "user",
  "mail",
  "daemon",
  "auth",
  "syslog",
  "lpr",
  "news",
  "uucp",
  "cron",
  "authpriv",
  "ftp",
  "ntp",
  "audit",
  "alert",
  "clock",
  "local0",
  "local1",
  "local2",
  "local3",
  "local4",
  "local5",
  "local6",
  "local7",
] as const;

export interface SyslogSettings {
  host: string;
  port: number;
  protocol: "udp" | "tcp";
  facility: (typeof SYSLOG_FACILITIES)[number];
  /** Lines below this level are not forwarded (the project's level still applies first). */
  level: LogLevel;
}

export interface ProjectLogging {
  level: LogLevel;
  syslog: SyslogSettings | null;
}

/** A structured log record as pino wrote it (already redacted). */
export interface ProjectLogRecord {
  time: string;
  level: LogLevel;
  event: string;
  [field: string]: unknown;
}
