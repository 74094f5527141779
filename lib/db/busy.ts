// SQLite lets one writer in at a time. A transaction that finds the database locked, or its snapshot outdated by
// another process's commit (SQLITE_BUSY_SNAPSHOT, which no busy timeout can wait out), is run again from the start
// a few times; what still fails is a conflict the caller can retry, never a raw driver error. On PostgreSQL the same
// holds for a transaction ended by a write conflict or a deadlock.
import { setTimeout as sleep } from "node:timers/promises";
import { AppError } from "../errors";

/** How long a statement waits for another connection's write lock before SQLite reports it busy. */
export const BUSY_TIMEOUT_MS = 5_000;
const ATTEMPTS = 8;

/**
 * Prisma reports SQLITE_BUSY (and its extended codes) as P1008, "operations timed out", and PostgreSQL's
 * serialization failures and deadlocks as P2034.
 */
function isBusy(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === "P1008" || code === "P2034" || (typeof message === "string" && message.includes("SQLITE_BUSY"));
}

/** Runs `action` (a whole transaction), again after a short random pause while the database is busy. */
export async function retryWhileBusy<T>(what: string, action: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await action();
    } catch (error) {
      if (!isBusy(error)) throw error;
      if (attempt === ATTEMPTS) {
        throw new AppError(
          "conflict",
          `${what} did not go through: the database stayed busy with other changes. Nothing was changed; try again.`,
        );
      }
      await sleep(Math.random() * 10 * 2 ** attempt);
    }
  }
}
