// Structured log lines (JSON) to stdout and, when IB_LOG_FILE is set, to that file.
// Values under secret-looking keys are replaced, and known secret values are scrubbed from every line.
import "server-only";
import { appendFileSync } from "node:fs";
import { REDACTED, isSecretEntry, secretForms, secretRedactor } from "./secrets/redact";

// Insertion-ordered, most recently registered last: a long-running server keeps the newest forms within the bound
// (every connection resolve registers its secrets again, so the ones in use stay).
const knownSecrets = new Set<string>();
const MAX_KNOWN_SECRET_FORMS = 4096;
let redactKnown: ((text: string) => string) | undefined;

/** Registers values that must never appear in a log line, in any wire form (e.g. a connection's credentials). */
export function registerSecrets(values: Iterable<string>): void {
  for (const value of values) {
    for (const form of secretForms(value ?? "")) {
      if (knownSecrets.has(form)) {
        knownSecrets.delete(form);
        knownSecrets.add(form);
        continue;
      }
      knownSecrets.add(form);
      redactKnown = undefined;
      if (knownSecrets.size > MAX_KNOWN_SECRET_FORMS) knownSecrets.delete(knownSecrets.values().next().value as string);
    }
  }
}

/** The one rule for log fields: values under secret keys replaced, `redact` applied to every text. */
export function scrubLogFields(value: unknown, redact: (text: string) => string, depth = 0): unknown {
  if (depth > 6) return "[…]";
  if (typeof value === "string") return redact(value);
  if (Array.isArray(value)) return value.map((item) => scrubLogFields(item, redact, depth + 1));
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        isSecretEntry(key, item) ? REDACTED : scrubLogFields(item, redact, depth + 1),
      ]),
    );
  }
  return value;
}

/** Scrubs every secret registered so far, in every wire form. */
export function redactKnownSecrets(text: string): string {
  redactKnown ??= secretRedactor(knownSecrets);
  return redactKnown(text);
}

const scrub = (value: unknown) => scrubLogFields(value, redactKnownSecrets);

function write(level: "info" | "warn" | "error", event: string, fields: Record<string, unknown> = {}): void {
  const line = JSON.stringify({ time: new Date().toISOString(), level, event, ...(scrub(fields) as object) });
  (level === "info" ? process.stdout : process.stderr).write(`${line}\n`);
  const file = process.env.IB_LOG_FILE;
  if (file) appendFileSync(file, `${line}\n`);
}

export const log = {
  info: (event: string, fields?: Record<string, unknown>) => write("info", event, fields),
  warn: (event: string, fields?: Record<string, unknown>) => write("warn", event, fields),
  error: (event: string, fields?: Record<string, unknown>) => write("error", event, fields),
};
