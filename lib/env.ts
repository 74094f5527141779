// Numeric settings read from the environment, refused with their name when they are not what they must be.
import { invalid } from "./errors";

/** The variable as a positive integer, or `fallback` when it is unset or blank. */
export function positiveIntegerFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw invalid(`${name} must be a positive integer, got "${raw}"`, { field: name });
  return value;
}
