// Sign-in attempts, counted in the database so every app instance shares them (docs/security.md, "Sign-in
// limits"). Each attempt at an email is counted for its source — the browser that signed in to that email before
// (sign-in-device.ts), else the client address, else "unknown" — with an exponential back-off; attempts from
// anywhere but such a browser are also counted per email and per address. A stranger's guesses therefore slow the
// stranger down and, at worst, other new browsers; the owner's own browser keeps its own count.
import "server-only";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { SIGN_IN_LIMITS, type SignInRule } from "./settings";

/** Where an attempt comes from: the email tried (lower case), the client address if known, the signed-in device. */
export interface SignInSource {
  email: string;
  address?: string;
  device?: string;
}

export interface SignInRefusal {
  message: string;
  retryAfterSeconds: number;
}

/** A count whose window ended and that blocks nothing is forgotten: the table holds about an hour of attempts. */
const LONGEST_WINDOW_MS = Math.max(...Object.values(SIGN_IN_LIMITS).map((rule) => rule.windowSeconds)) * 1000;

function sourceKey({ email, address, device }: SignInSource): string {
  const from = device ? `device:${device}` : address ? `address:${address}` : "unknown";
  return `source:${from}|${email}`;
}

/**
 * Counts one attempt under `key` unless it is blocked; the attempt that reaches `rule.free` blocks the next ones
 * for the rule's block time, doubled after each further attempt. One statement, so instances cannot race.
 * Returns the time (ms) until the key is free again when the attempt is refused, else undefined.
 */
async function take(key: string, rule: SignInRule, now: number): Promise<number | undefined> {
  const stale = now - rule.windowSeconds * 1000;
  const first = rule.firstBlockSeconds * 1000;
  const most = rule.maxBlockSeconds * 1000;
  // One dialect for SQLite and PostgreSQL: the stored row's columns qualified, milliseconds cast to BIGINT, CASE in
  // place of min() / LEAST().
  const ms = (value: number) => Prisma.sql`CAST(${value} AS BIGINT)`;
  const count = Prisma.sql`(CASE WHEN "SignInLimit"."windowStart" <= ${ms(stale)} THEN 1 ELSE "SignInLimit"."count" + 1 END)`;
  const over = Prisma.sql`(${count} - ${rule.free})`;
  const wait = Prisma.sql`(${ms(first)} << (CASE WHEN ${over} < 20 THEN ${over} ELSE 20 END))`;
  const taken = await db().$queryRaw<{ count: number }[]>`
    INSERT INTO "SignInLimit" ("key", "count", "windowStart", "blockedUntil")
    VALUES (${key}, 1, ${ms(now)}, ${ms(now)} + CASE WHEN 1 >= ${rule.free} THEN ${ms(first)} ELSE 0 END)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = ${count},
      "windowStart" = CASE WHEN "SignInLimit"."windowStart" <= ${ms(stale)} THEN ${ms(now)} ELSE "SignInLimit"."windowStart" END,
      "blockedUntil" = ${ms(now)} + CASE
        WHEN ${count} >= ${rule.free} THEN (CASE WHEN ${wait} < ${ms(most)} THEN ${wait} ELSE ${ms(most)} END)
        ELSE 0 END
    WHERE "SignInLimit"."blockedUntil" <= ${ms(now)}
    RETURNING "count"`;
  if (taken.length > 0) return undefined;
  const row = await db().signInLimit.findUnique({ where: { key }, select: { blockedUntil: true } });
  return Math.max(1000, Number(row?.blockedUntil ?? now) - now);
}

/** Counts an attempt at signing in; the refusal (429) when one of the limits is reached. */
export async function takeSignInAttempt(source: SignInSource, now = Date.now()): Promise<SignInRefusal | undefined> {
  await db().signInLimit.deleteMany({
    where: { blockedUntil: { lt: now }, windowStart: { lt: now - LONGEST_WINDOW_MS } },
  });
  const rules: [string | undefined, SignInRule, string][] = [
    [
      source.device || !source.address ? undefined : `address:${source.address}`,
      SIGN_IN_LIMITS.perAddress,
      "from this address",
    ],
    [source.device ? undefined : `email:${source.email}`, SIGN_IN_LIMITS.perEmail, "for this email from new browsers"],
    [sourceKey(source), SIGN_IN_LIMITS.perSource, "for this email"],
  ];
  for (const [key, rule, what] of rules) {
    if (!key) continue;
    const waitMs = await take(key, rule, now);
    if (waitMs !== undefined) {
      const seconds = Math.ceil(waitMs / 1000);
      return { message: `Too many sign-in attempts ${what}; wait ${seconds} seconds.`, retryAfterSeconds: seconds };
    }
  }
  return undefined;
}

/** A successful sign-in clears its source's back-off and is not counted against its email. */
export async function signInSucceeded(source: SignInSource): Promise<void> {
  await db().signInLimit.deleteMany({ where: { key: sourceKey(source) } });
  if (!source.device)
    await db().signInLimit.updateMany({
      where: { key: `email:${source.email}`, count: { gt: 0 } },
      data: { count: { decrement: 1 } },
    });
}
