// Writing the audit log: one event per action, details passed through the log's secret rule (values under secret
// keys and every registered secret value removed) and cut to a bounded size. Events past the retention are pruned
// every PRUNE_EVERY_EVENTS events, when the retention changes, and before the log is read, so none is ever shown.
// Events of nobody signed in cannot push real ones out: alike ones within a minute are one event with a count, and
// they are kept in a bucket of their own, bounded by count (the newest IB_AUDIT_MAX_ANONYMOUS_EVENTS); signed-in
// events leave only by the retention. Both rules live in the database, so every app instance shares them.
import "server-only";
import { createHash } from "node:crypto";
import type { Actor } from "../accounts/actor";
import { db } from "../db/client";
import { positiveIntegerFromEnv } from "../env";
import { log, redactKnownSecrets, scrubLogFields } from "../log";
import {
  ANONYMOUS,
  ANONYMOUS_AGGREGATE_MS,
  MAX_ANONYMOUS_EVENTS,
  MAX_DETAILS_CHARS,
  MAX_TEXT_LENGTH,
  type AuditEventRow,
  type AuditOutcome,
  type AuditTarget,
} from "./model";
import { pruneAuditByRetention } from "./retention";

export interface AuditEntry {
  /** Who: a signed-in user, a token's owner, `ib` on the database file (LOCAL_OWNER), or `null` for nobody. */
  actor: Actor | null;
  action: string;
  target: AuditTarget;
  outcome: AuditOutcome;
  details?: Record<string, unknown>;
}

const cut = (text: string) => (text.length > MAX_TEXT_LENGTH ? `${text.slice(0, MAX_TEXT_LENGTH - 1)}…` : text);

/** Short texts, numbers and flags only; nested values are summarised; the whole kept under MAX_DETAILS_CHARS. */
function boundedDetails(details: Record<string, unknown>): string {
  const scrubbed = scrubLogFields(details, redactKnownSecrets) as Record<string, unknown>;
  const kept: Record<string, unknown> = {};
  let size = 2;
  for (const [key, value] of Object.entries(scrubbed)) {
    const flat = typeof value === "string" ? cut(value) : value === null || typeof value !== "object" ? value : "[…]";
    const entry = JSON.stringify({ [cut(key)]: flat });
    if (size + entry.length > MAX_DETAILS_CHARS) {
      kept.truncated = true;
      break;
    }
    kept[cut(key)] = flat;
    size += entry.length;
  }
  return JSON.stringify(kept);
}

/**
 * Records one event. A failure to record is logged and never fails the action it describes (which already happened).
 */
export async function recordAudit(entry: AuditEntry): Promise<void> {
  try {
    const now = new Date();
    const actor = entry.actor ? { id: entry.actor.userId, email: entry.actor.email } : ANONYMOUS;
    const row: AuditEventRow = {
      time: now,
      actorId: cut(actor.id),
      actorEmail: cut(actor.email),
      action: cut(entry.action),
      targetType: cut(entry.target.type),
      targetId: cut(redactKnownSecrets(entry.target.id)),
      targetName: cut(redactKnownSecrets(entry.target.name ?? "")),
      outcome: entry.outcome,
      details: boundedDetails(entry.details ?? {}),
    };
    const id = entry.actor
      ? (await db().auditEvent.create({ data: row, select: { id: true } })).id
      : await recordAnonymous(row);
    if (id !== undefined && id % PRUNE_EVERY_EVENTS === 0) await pruneAuditByRetention();
  } catch (error) {
    log.error("audit.record_failed", { action: entry.action, message: (error as Error).message });
  }
}

/** Retention pruning runs once per this many events (by id), not on every write. */
const PRUNE_EVERY_EVENTS = 100;

/**
 * Counted on an alike event of the last minute, else added, the oldest beyond the bucket's bound removed; the new
 * event's id, if one was added.
 */
async function recordAnonymous(row: AuditEventRow): Promise<number | undefined> {
  const client = db();
  const aggregateKey = createHash("sha256")
    .update(JSON.stringify([row.action, row.targetType, row.targetId, row.targetName, row.outcome, row.details]))
    .digest("base64url");
  const { count } = await client.auditEvent.updateMany({
    where: { aggregateKey, time: { gte: new Date(row.time.getTime() - ANONYMOUS_AGGREGATE_MS) } },
    data: { count: { increment: 1 } },
  });
  if (count > 0) return undefined;
  const { id } = await client.auditEvent.create({ data: { ...row, aggregateKey }, select: { id: true } });
  const most = positiveIntegerFromEnv("IB_AUDIT_MAX_ANONYMOUS_EVENTS", MAX_ANONYMOUS_EVENTS);
  const oldestKept = await client.auditEvent.findFirst({
    where: { actorId: ANONYMOUS.id },
    orderBy: { id: "desc" },
    skip: most - 1,
    select: { id: true },
  });
  if (oldestKept) await client.auditEvent.deleteMany({ where: { actorId: ANONYMOUS.id, id: { lt: oldestKept.id } } });
  return id;
}
