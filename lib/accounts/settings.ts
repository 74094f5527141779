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

/** Sign-in attempts allowed per window, per client address and per email (the second stops spreading over IPs). */
export const SIGN_IN_LIMIT = { windowSeconds: 60, perAddress: 10, perEmail: 5 } as const;
