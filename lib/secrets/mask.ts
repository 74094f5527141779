// Secrets are write-only: responses carry this mask, and a mask sent back keeps the stored value.
export const SECRET_MASK = "••••••••";

export function maskSecrets<T extends Record<string, unknown>>(values: T, secretKeys: Iterable<string>): T {
  const masked: Record<string, unknown> = { ...values };
  for (const key of secretKeys) if (masked[key] !== undefined && masked[key] !== "") masked[key] = SECRET_MASK;
  return masked as T;
}

/** Merges submitted secrets over stored ones: the mask (or an absent key) keeps what is stored. */
export function mergeSecrets(
  stored: Record<string, string>,
  submitted: Record<string, unknown>,
): Record<string, string> {
  const merged = { ...stored };
  for (const [key, value] of Object.entries(submitted)) {
    if (value === SECRET_MASK || value === undefined) continue;
    if (value === null || value === "") delete merged[key];
    else merged[key] = String(value);
  }
  return merged;
}
