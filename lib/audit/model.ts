// The audit log's shapes and bounds: who did what, to what, when, and how it went.

export type AuditOutcome = "success" | "failure";

/** The event a route's call leaves: its readable action and the type of what it acts on (`TARGET_TYPES`). */
export interface RouteAudit {
  action: string;
  target: string;
}

export interface AuditTarget {
  type: string;
  id: string;
  name?: string;
}

/** An event as the AuditEvent table stores it, before it has an id and a count. */
export interface AuditEventRow {
  time: Date;
  actorId: string;
  actorEmail: string;
  action: string;
  targetType: string;
  targetId: string;
  targetName: string;
  outcome: string;
  details: string;
}

export interface AuditEventView {
  id: number;
  time: string;
  actor: { id: string; email: string };
  action: string;
  target: { type: string; id: string; name: string };
  outcome: AuditOutcome;
  details: Record<string, unknown>;
  /** How many alike events this one stands for: anonymous refusals within a minute are one event (1 otherwise). */
  count: number;
}

export interface AuditFilter {
  actor?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  since?: Date;
  until?: Date;
}

/** Recorded for a request nobody signed in for. */
export const ANONYMOUS = { id: "anonymous", email: "anonymous" } as const;

/** A details object is cut to this many characters of JSON. */
export const MAX_DETAILS_CHARS = 2_000;
/** Each text (action, target, a detail value) is cut to this length. */
export const MAX_TEXT_LENGTH = 200;
/**
 * Anonymous events (nobody signed in) kept at most (IB_AUDIT_MAX_ANONYMOUS_EVENTS): the oldest of them go first.
 * Signed-in events are never removed by a count, only by the retention.
 */
export const MAX_ANONYMOUS_EVENTS = 10_000;
/** Anonymous events alike (action, target, outcome, details) within this time are one event with a count. */
export const ANONYMOUS_AGGREGATE_MS = 60_000;
/** One page of the list. */
export const MAX_PAGE_SIZE = 500;
/** Lines in one export. */
export const MAX_EXPORT_LINES = 50_000;

export interface AuditRetention {
  days: number;
  /** Where the value comes from: the saved setting, the environment or the default. */
  source: "setting" | "env" | "default";
}
