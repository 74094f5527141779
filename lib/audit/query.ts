// Reading the audit log: filtered by actor, action, target and time range, newest first; exported as JSON lines.
import "server-only";
import { db } from "../db/client";
import { invalid } from "../errors";
import { pruneAuditByRetention } from "./retention";
import {
  type AuditEventRow,
  type AuditEventView,
  type AuditFilter,
  type AuditOutcome,
  MAX_EXPORT_LINES,
  MAX_PAGE_SIZE,
} from "./model";

const RELATIVE_TIME = /^(\d{1,5})([dhm])$/;
const UNIT_MS = { d: 86_400_000, h: 3_600_000, m: 60_000 } as const;

/** A time given as an ISO date or date-time, or as an age ("7d", "12h", "30m" ago). */
function parseTime(text: string, field: string, now: number): Date {
  const relative = RELATIVE_TIME.exec(text);
  if (relative) return new Date(now - Number(relative[1]) * UNIT_MS[relative[2] as keyof typeof UNIT_MS]);
  const time = /^\d{4}-\d{2}-\d{2}/.test(text) ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(time))
    throw invalid(
      `${field} must be a date (2026-01-31, 2026-01-31T12:00:00Z) or an age (7d, 12h, 30m), not "${text}"`,
      {
        field,
      },
    );
  return new Date(time);
}

/** The filter from query parameters or options: actor, action, targetType, targetId, since, until. */
export function parseAuditFilter(values: Record<string, string | null | undefined>, now = Date.now()): AuditFilter {
  const text = (name: string) => {
    const value = values[name]?.trim();
    return value ? value : undefined;
  };
  const since = text("since");
  const until = text("until");
  const filter: AuditFilter = {
    actor: text("actor"),
    action: text("action"),
    targetType: text("targetType"),
    targetId: text("targetId"),
    since: since === undefined ? undefined : parseTime(since, "since", now),
    until: until === undefined ? undefined : parseTime(until, "until", now),
  };
  if (filter.since && filter.until && filter.since > filter.until)
    throw invalid("since must not be later than until", { field: "since" });
  return filter;
}

function where(filter: AuditFilter) {
  return {
    ...(filter.actor ? { OR: [{ actorId: filter.actor }, { actorEmail: filter.actor }] } : {}),
    // "flow" matches every flow action ("flow.create", "flow.run", ...), "flow.run" only itself.
    ...(filter.action
      ? filter.action.includes(".")
        ? { action: filter.action }
        : { action: { startsWith: `${filter.action}.` } }
      : {}),
    ...(filter.targetType ? { targetType: filter.targetType } : {}),
    ...(filter.targetId ? { targetId: filter.targetId } : {}),
    ...(filter.since || filter.until
      ? { time: { ...(filter.since ? { gte: filter.since } : {}), ...(filter.until ? { lte: filter.until } : {}) } }
      : {}),
  };
}

interface EventRow extends AuditEventRow {
  id: number;
  count: number;
}

function view(row: EventRow): AuditEventView {
  return {
    id: row.id,
    time: row.time.toISOString(),
    actor: { id: row.actorId, email: row.actorEmail },
    action: row.action,
    target: { type: row.targetType, id: row.targetId, name: row.targetName },
    outcome: row.outcome as AuditOutcome,
    details: JSON.parse(row.details) as Record<string, unknown>,
    count: row.count,
  };
}

/** A page of events, newest first; `before` (an event id) continues from the last page. */
export async function listAuditEvents(
  filter: AuditFilter,
  page: { limit?: number; before?: number } = {},
): Promise<{ events: AuditEventView[]; next: number | null }> {
  const limit = Math.min(Math.max(1, Math.trunc(page.limit ?? 100) || 1), MAX_PAGE_SIZE);
  await pruneAuditByRetention();
  const rows = await db().auditEvent.findMany({
    where: { ...where(filter), ...(page.before ? { id: { lt: page.before } } : {}) },
    orderBy: { id: "desc" },
    take: limit + 1,
  });
  const events = rows.slice(0, limit).map(view);
  return { events, next: rows.length > limit ? events[events.length - 1].id : null };
}

/** Every matching event, oldest first, one JSON object a line (at most MAX_EXPORT_LINES, the newest kept). */
export async function exportAuditLines(filter: AuditFilter): Promise<string> {
  await pruneAuditByRetention();
  const rows = await db().auditEvent.findMany({
    where: where(filter),
    orderBy: { id: "desc" },
    take: MAX_EXPORT_LINES,
  });
  return rows
    .reverse()
    .map((row) => `${JSON.stringify(view(row))}\n`)
    .join("");
}

/** The page options from query parameters: `limit` and `before`, both whole numbers. */
export function parsePage(values: Record<string, string | null | undefined>): { limit?: number; before?: number } {
  const whole = (name: string) => {
    const text = values[name];
    if (text === undefined || text === null || text === "") return undefined;
    const number = Number(text);
    if (!Number.isInteger(number) || number < 1)
      throw invalid(`${name} must be a whole number from 1, not "${text}"`, { field: name });
    return number;
  };
  return { limit: whole("limit"), before: whole("before") };
}
