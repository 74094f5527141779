// Secrets are write-only: responses carry this mask, and a mask sent back keeps the stored value.
export const SECRET_MASK = "••••••••";

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
