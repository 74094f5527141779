// Writing the audit log: one event per action, details passed through the log's secret rule (values under secret
// keys and every registered secret value removed) and cut to a bounded size; old events pruned on each write.
import "server-only";
import type { Actor } from "../accounts/actor";
import { db } from "../db/client";
import { log, redactKnownSecrets, scrubLogFields } from "../log";
import { positiveIntegerFromEnv } from "../env";
import {
  ANONYMOUS,
  MAX_DETAILS_CHARS,
  MAX_KEPT_EVENTS,
  MAX_TEXT_LENGTH,
  type AuditOutcome,
  type AuditTarget,
} from "./model";
import { getAuditRetention } from "./retention";

const DAY_MS = 24 * 60 * 60 * 1000;

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
    const client = db();
    const actor = entry.actor ? { id: entry.actor.userId, email: entry.actor.email } : ANONYMOUS;
    const now = new Date();
    const { id } = await client.auditEvent.create({
      data: {
        time: now,
        actorId: cut(actor.id),
        actorEmail: cut(actor.email),
        action: cut(entry.action),
        targetType: cut(entry.target.type),
        targetId: cut(redactKnownSecrets(entry.target.id)),
        targetName: cut(redactKnownSecrets(entry.target.name ?? "")),
        outcome: entry.outcome,
        details: boundedDetails(entry.details ?? {}),
      },
      select: { id: true },
    });
    await pruneAuditEvents(now, id);
  } catch (error) {
    log.error("audit.record_failed", { action: entry.action, message: (error as Error).message });
  }
}

/**
 * Drops events older than the retention, and those beyond the most kept (IB_AUDIT_MAX_EVENTS): ids only grow
 * (AUTOINCREMENT never reuses one), so every event at or below `newestId - most` is older than the newest `most`.
 */
async function pruneAuditEvents(now: Date, newestId: number): Promise<void> {
  const { days } = await getAuditRetention();
  const most = positiveIntegerFromEnv("IB_AUDIT_MAX_EVENTS", MAX_KEPT_EVENTS);
  await db().auditEvent.deleteMany({
    where: {
      OR: [{ time: { lt: new Date(now.getTime() - days * DAY_MS) } }, { id: { lte: newestId - most } }],
    },
  });
}
