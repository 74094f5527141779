// How long a session lives, from the environment: signed out after IB_SESSION_IDLE_MINUTES without a request
// (default 12 hours) and IB_SESSION_MAX_HOURS after sign-in whatever happens (default 7 days).
import { positiveIntegerFromEnv } from "../env";

export interface SessionSettings {
  idleSeconds: number;
  absoluteSeconds: number;
}

export function sessionSettings(): SessionSettings {
  return {
    idleSeconds: positiveIntegerFromEnv("IB_SESSION_IDLE_MINUTES", 12 * 60) * 60,
    absoluteSeconds: positiveIntegerFromEnv("IB_SESSION_MAX_HOURS", 7 * 24) * 3600,
  };
}

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * A sign-in limit: `free` attempts in `windowSeconds`, then each further attempt waits `firstBlockSeconds`, doubled
 * after every attempt, up to `maxBlockSeconds` (docs/security.md, "Sign-in limits").
 */
export interface SignInRule {
  free: number;
  windowSeconds: number;
  firstBlockSeconds: number;
  maxBlockSeconds: number;
}

export const SIGN_IN_LIMITS = {
  /** Per client address (known only behind IB_TRUSTED_PROXIES), whatever the email: stops spraying many accounts. */
  perAddress: { free: 10, windowSeconds: 60, firstBlockSeconds: 60, maxBlockSeconds: 60 },
  /** Per email, from browsers that never signed in to it: stops guesses spread over many addresses. */
  perEmail: { free: 20, windowSeconds: 15 * 60, firstBlockSeconds: 15 * 60, maxBlockSeconds: 15 * 60 },
  /** Per email and source (the browser that signed in to it before, else the address): back-off after 5 tries. */
  perSource: { free: 5, windowSeconds: 60 * 60, firstBlockSeconds: 1, maxBlockSeconds: 15 * 60 },
} as const satisfies Record<string, SignInRule>;
