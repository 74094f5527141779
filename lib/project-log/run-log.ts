// The log of one run of a project's flow: run start and end, and each HTTP call through the connection (method,
// URL, status, duration; bodies only at debug, truncated), at the project's level of the moment, through pino.
// Fields are scrubbed by lib/log.ts's rule plus the run's own secrets; lines are kept and forwarded at the end.
import { pino } from "pino";
import type { HttpClient } from "../http/types";
import { log, redactKnownSecrets, scrubLogFields } from "../log";
import { REDACTED, isSecretKey, secretForms, secretRedactor } from "../secrets/redact";
import { keepProjectLogLines } from "./lines";
import { LOG_LEVELS, type LogLevel, type ProjectLogRecord } from "./model";
import { getProjectLogging } from "./settings";
import { formatSyslogLine, sendSyslog } from "./syslog";

/** Body text kept in a debug line. */
export const MAX_LOGGED_BODY_CHARS = 2_000;
/** Lines one run may log; the rest are counted in a last line. */
const MAX_LINES_PER_RUN = 500;

const rank = (level: LogLevel) => LOG_LEVELS.length - LOG_LEVELS.indexOf(level);

/** What the log says of a finished run (the engine's RunResult has these). */
export interface RunOutcome {
  ok: boolean;
  executionId: string;
  durationMs: number;
  error?: { code: string; message: string };
}

/** What the log says of a finished certification run. */
export interface CertificationOutcome {
  ok: boolean;
  durationMs: number;
  cases: { result: string }[];
}

export interface RunLog {
  /** The client, with each request it sends logged. */
  watch(client: HttpClient): HttpClient;
  started(flowName: string): void;
  finished(flowName: string, result: RunOutcome): void;
  /** A certification run's start and end; its flow runs and their calls are logged as any run's. */
  certificationStarted(): void;
  certificationFinished(result: CertificationOutcome): void;
  /** Stores the run's lines and forwards them; never throws. */
  close(): Promise<void>;
}

/** Opens the log of one run; `secretValues` are the connection's (obtained ones are read from the client as it runs). */
export async function openRunLog(projectId: string, secretValues: readonly string[]): Promise<RunLog> {
  const settings = await getProjectLogging(projectId);
  const records: ProjectLogRecord[] = [];
  let omitted = 0;
  const logger = pino(
    {
      level: settings.level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    {
      write(line: string) {
        if (records.length >= MAX_LINES_PER_RUN) omitted++;
        else records.push(JSON.parse(line) as ProjectLogRecord);
      },
    },
  );
  const secrets = new Set(secretValues);
  let clients: HttpClient[] = [];
  /** The run's secrets so far (the connection's, obtained ones, secret-named query values), read once per line. */
  const lineRedactor = () => {
    const values = [...secrets, ...clients.flatMap((client) => [...(client.obtainedSecrets ?? [])])];
    const redactRun = secretRedactor(values.flatMap(secretForms));
    return (text: string) => redactKnownSecrets(redactRun(text));
  };
  /** `fields` as a function gets the line's redactor, for text it must redact before cutting. */
  const write = (level: LogLevel, event: string, fields: object | ((redact: (text: string) => string) => object)) => {
    if (!logger.isLevelEnabled(level)) return;
    const redact = lineRedactor();
    const values = typeof fields === "function" ? fields(redact) : fields;
    logger[level]({ event, ...(scrubLogFields(values, redact) as object) });
  };

  return {
    watch(client) {
      clients = [...clients, client];
      return {
        get obtainedSecrets() {
          return client.obtainedSecrets;
        },
        async send(request, options) {
          const started = performance.now();
          for (const [key, value] of Object.entries(request.query ?? {})) {
            if (isSecretKey(key) && typeof value === "string") secrets.add(value);
          }
          const tainted = options?.tainted === true;
          try {
            const response = await client.send(request, options);
            const url = tainted ? taintedUrl(response.url) : loggedUrl(response.url, secrets);
            const call = { method: response.method, url, status: response.status };
            const durationMs = Math.round(performance.now() - started);
            write(response.ok ? "info" : "warn", "http_call", { ...call, durationMs });
            // Bodies are a line of their own at debug, so no info line (nor what is forwarded at info) holds one.
            if (logger.isLevelEnabled("debug")) {
              write("debug", "http_bodies", (redact) => ({
                ...call,
                requestBody: tainted ? REDACTED : bodyText(request.body, redact),
                responseBody: bodyText(response.body ?? response.text, redact),
              }));
            }
            return response;
          } catch (error) {
            write("warn", "http_call_failed", {
              method: request.method.toUpperCase(),
              url: tainted ? taintedUrl(request.url) : loggedUrl(request.url, secrets),
              durationMs: Math.round(performance.now() - started),
              error: error instanceof Error ? error.message : String(error),
            });
            throw error;
          }
        },
      };
    },
    started(flowName) {
      write("info", "run_started", { flow: flowName });
    },
    finished(flowName, result) {
      write(result.ok ? "info" : "warn", "run_finished", {
        flow: flowName,
        executionId: result.executionId,
        ok: result.ok,
        durationMs: result.durationMs,
        ...(result.error ? { error: { code: result.error.code, message: result.error.message } } : {}),
      });
    },
    certificationStarted() {
      write("info", "certification_started", {});
    },
    certificationFinished(result) {
      const count = (outcome: string) => result.cases.filter((entry) => entry.result === outcome).length;
      write(result.ok ? "info" : "warn", "certification_finished", {
        ok: result.ok,
        durationMs: result.durationMs,
        passed: count("passed"),
        failed: count("failed"),
        notApplicable: count("not_applicable"),
      });
    },
    async close() {
      if (omitted)
        records.push({ time: new Date().toISOString(), level: "warn", event: "lines_omitted", count: omitted });
      try {
        await keepProjectLogLines(projectId, records);
      } catch (error) {
        // The project was deleted while its flow ran: its lines go with it.
        log.warn("project_log_not_kept", { projectId, error: error instanceof Error ? error.message : String(error) });
      }
      const syslog = settings.syslog;
      if (!syslog) return;
      const lines = records
        .filter((record) => rank(record.level) >= rank(syslog.level))
        .map((record) => formatSyslogLine({ ...record, message: JSON.stringify({ projectId, ...record }) }, syslog));
      const failure = await sendSyslog(lines, syslog);
      if (failure) log.warn("syslog_not_sent", { projectId, host: syslog.host, port: syslog.port, error: failure });
    },
  };
}

/** A URL built from a secret (any part of it may hold some): its origin only. */
function taintedUrl(url: string): string {
  try {
    return `${new URL(url).origin}/${REDACTED}`;
  } catch {
    return REDACTED;
  }
}

/** A user-info part decoded, or as written when it is not valid percent-encoding: a secret either way. */
function userInfoSecret(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/**
 * The URL with its user info dropped and the values of secret-named query parameters replaced; those values are
 * added to `secrets`, so a server echoing them back does not show them either.
 */
function loggedUrl(url: string, secrets: Set<string>): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  for (const part of [parsed.username, parsed.password]) if (part) secrets.add(userInfoSecret(part));
  parsed.username = "";
  parsed.password = "";
  for (const [key, value] of [...parsed.searchParams]) {
    if (!isSecretKey(key)) continue;
    secrets.add(value);
    parsed.searchParams.set(key, REDACTED);
  }
  return parsed.toString();
}

/** A body as text, redacted then truncated (so a cut never leaves part of a secret). */
function bodyText(body: unknown, redact: (text: string) => string): string | undefined {
  if (body === undefined || body === null || body === "") return undefined;
  const text = redact(typeof body === "string" ? body : JSON.stringify(scrubLogFields(body, (value) => value)));
  return text.length > MAX_LOGGED_BODY_CHARS ? `${text.slice(0, MAX_LOGGED_BODY_CHARS)}… (${text.length} chars)` : text;
}
