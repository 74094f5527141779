// The one hook every state-changing call goes through (a JSON route, or `ib` on the database file for a command
// that maps to a route): it runs the call and records one audit event, success or failure, named by the route's
// entry in the manifest (lib/routes/manifest.ts).
import type { Actor } from "../accounts/actor";
import { AppError } from "../errors";
import type { RouteAudit } from "./model";
import { recordAudit } from "./record";
import { TARGET_TYPES } from "./targets";

export interface RouteCallFacts {
  method: string;
  /** The route's pattern, params by their names: "/api/projects/[projectId]/flows". */
  pattern: string;
  params: Record<string, string>;
  /** Null: the call is not recorded (a read, or a plan computed for a dialog). */
  audit: RouteAudit | null;
  /** The client's address when it is known (lib/net/client-address.ts). */
  address?: string;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

const textOf = (value: unknown) => (typeof value === "string" || typeof value === "number" ? String(value) : "");

function targetOf(type: string, params: Record<string, string>, result: unknown) {
  const where = TARGET_TYPES[type];
  const object = where && isObject(result) ? result[where.resultKey] : undefined;
  const found = isObject(object) ? object : {};
  const deepestParam = Object.values(params).at(-1) ?? "";
  return {
    type,
    id: textOf(found.id) || (where ? params[where.param] : "") || deepestParam,
    name: textOf(found.name) || textOf(found.displayName),
    version: typeof found.version === "number" ? found.version : undefined,
  };
}

function statusOf(result: unknown): number {
  return result instanceof Response ? result.status : 200;
}

/**
 * Runs `call` and, when the route is recorded, records what it did for the actor `who()` names once it has run
 * (a route learns its actor inside the call; null: nobody signed in).
 */
export async function auditedCall<T>(
  facts: RouteCallFacts,
  who: () => Actor | null,
  call: () => Promise<T>,
): Promise<T> {
  const action = facts.audit;
  if (!action) return call();
  const method = facts.method.toUpperCase();
  const record = async (outcome: "success" | "failure", result: unknown, details: Record<string, unknown>) => {
    const { version, ...target } = targetOf(action.target, facts.params, result);
    await recordAudit({
      actor: who(),
      action: action.action,
      target,
      outcome,
      details: {
        method,
        route: facts.pattern,
        ...details,
        ...(version === undefined ? {} : { version }),
        ...(facts.address ? { address: facts.address } : {}),
      },
    });
  };
  let result: T;
  try {
    result = await call();
  } catch (error) {
    const appError = error instanceof AppError ? error : undefined;
    await record("failure", undefined, {
      status: appError?.httpStatus ?? 500,
      code: appError?.code ?? "internal",
    });
    throw error;
  }
  const status = statusOf(result);
  await record(status < 400 ? "success" : "failure", result, { status });
  return result;
}
