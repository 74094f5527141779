// Readiness for a load balancer: this instance can serve when its database answers. Each dependency is named with
// its state, and a failure says why without the connection string.
import "server-only";
import { db } from "../db/client";

export interface Readiness {
  ok: boolean;
  checks: { name: string; ok: boolean; message?: string }[];
}

export async function readiness(): Promise<Readiness> {
  const checks: Readiness["checks"] = [];
  try {
    await db().$queryRawUnsafe("SELECT 1");
    checks.push({ name: "database", ok: true });
  } catch (error) {
    checks.push({ name: "database", ok: false, message: `the database does not answer (${(error as Error).name})` });
  }
  return { ok: checks.every((check) => check.ok), checks };
}
