// How long audit events are kept: the stored setting, else IB_AUDIT_RETENTION_DAYS, else 90 days.
import "server-only";
import { bodyObject, positiveIntegerField } from "../body";
import { db } from "../db/client";
import { positiveIntegerFromEnv } from "../env";
import { invalid } from "../errors";
import type { AuditRetention } from "./model";

export const DEFAULT_RETENTION_DAYS = 90;
export const MAX_RETENTION_DAYS = 3_650;
const SETTING_ID = "audit";

function fromEnvironment(): AuditRetention {
  const days = positiveIntegerFromEnv("IB_AUDIT_RETENTION_DAYS", 0);
  if (!days) return { days: DEFAULT_RETENTION_DAYS, source: "default" };
  return { days: Math.min(days, MAX_RETENTION_DAYS), source: "env" };
}

export async function getAuditRetention(): Promise<AuditRetention> {
  const row = await db().auditSetting.findUnique({ where: { id: SETTING_ID } });
  return row ? { days: row.retentionDays, source: "setting" } : fromEnvironment();
}

/** Body `{ days }`: 1 to 3650. */
export function parseRetentionChange(input: unknown): number {
  const body = bodyObject(input);
  const days = positiveIntegerField(body, "days", "the days audit events are kept");
  if (days > MAX_RETENTION_DAYS)
    throw invalid(`days must be at most ${MAX_RETENTION_DAYS}`, { field: "days", pointer: "/days" });
  return days;
}

export async function setAuditRetention(days: number): Promise<AuditRetention> {
  await db().auditSetting.upsert({
    where: { id: SETTING_ID },
    create: { id: SETTING_ID, retentionDays: days },
    update: { retentionDays: days },
  });
  await pruneAuditByRetention(days);
  return { days, source: "setting" };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Drops events older than the retention (the current one unless given), whoever they are of. */
export async function pruneAuditByRetention(days?: number): Promise<void> {
  const kept = days ?? (await getAuditRetention()).days;
  await db().auditEvent.deleteMany({ where: { time: { lt: new Date(Date.now() - kept * DAY_MS) } } });
}
