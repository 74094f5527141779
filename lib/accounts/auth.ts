// The better-auth instance behind sign-in, sign-out, sessions and password change. Its secret is derived from the
// app's secret key; telemetry is off; sessions end at the absolute lifetime (better-auth) or when idle (session.ts);
// sign-in is limited by sign-in-limit.ts (in the database, shared by every instance), not by better-auth's limiter
// (in memory, keyed by a header a client can write). Users are never created through it: owner setup, the Users
// page and `ib user create` go through users.ts.
import "server-only";
import { prismaAdapter } from "@better-auth/prisma-adapter";
import { type BetterAuthOptions, betterAuth } from "better-auth";
import { hkdfSync } from "node:crypto";
import { appPublicUrl, requestFacts, requestRefusal } from "../app-origin";
import { db } from "../db/client";
import { databaseEngine } from "../db/engine";
import { log } from "../log";
import { secretKey } from "../secrets/key";
import { oidcPlugins } from "./oidc";
import { COOKIE_PREFIX } from "./session-cookie";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, sessionSettings } from "./settings";

/** The client address as lib/net/client-address.ts decides it, set by handler.ts (any such header sent is dropped). */
export const CLIENT_ADDRESS_HEADER = "x-ib-client-address";

function authOptions() {
  const publicUrl = appPublicUrl();
  const { absoluteSeconds } = sessionSettings();
  return {
    appName: "Integration Builder",
    baseURL: publicUrl.origin,
    // Served by app/api/auth/[...all]/route.ts.
    basePath: "/api/auth",
    secret: Buffer.from(hkdfSync("sha256", secretKey(), "", "integration-builder sessions", 32)).toString("hex"),
    database: prismaAdapter(db(), { provider: databaseEngine() }),
    telemetry: { enabled: false },
    // The app's own origins: the one request rule (app-origin.ts) already decided which those are.
    trustedOrigins: (request?: Request) => {
      const origin = request?.headers.get("origin");
      return origin && request && !requestRefusal(requestFacts(request))
        ? [publicUrl.origin, origin]
        : [publicUrl.origin];
    },
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
    },
    user: {
      additionalFields: { role: { type: "string", required: false, defaultValue: "viewer", input: false } },
    },
    session: { expiresIn: absoluteSeconds, disableSessionRefresh: true },
    // OIDC sign-in joins the user with the same email when the provider says it verified that email: an admin
    // wrote the local one, so it needs no verification of its own.
    account: { accountLinking: { enabled: true, requireLocalEmailVerified: false } },
    rateLimit: { enabled: false },
    advanced: {
      cookiePrefix: COOKIE_PREFIX,
      useSecureCookies: publicUrl.protocol === "https:",
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
    },
    logger: {
      level: "warn",
      log: (level, message) => (level === "error" ? log.error : log.warn)("accounts.better_auth", { message }),
    },
    plugins: oidcPlugins(),
  } satisfies BetterAuthOptions;
}

const holder = globalThis as unknown as { __ibAuth?: ReturnType<typeof betterAuth<ReturnType<typeof authOptions>>> };

/** The one better-auth instance (created on first use, after the database). */
export function accountsAuth() {
  holder.__ibAuth ??= betterAuth(authOptions());
  return holder.__ibAuth;
}
