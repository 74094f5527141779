import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's copy of the public spec corpus (origin and license of each file in its MANIFEST.md). */
export const SPECS_DIR = fileURLToPath(new URL("../fixtures/specs", import.meta.url));
export const INVALID_SPECS_DIR = join(SPECS_DIR, "invalid");
export const PROVISIONING_SPECS_DIR = join(SPECS_DIR, "provisioning");
/** Specs whose apiKey scheme describes its value's prefix in prose (see its MANIFEST.md). */
export const AUTH_SCHEME_SPECS_DIR = join(SPECS_DIR, "auth-schemes");
/** Specs whose user record holds secrets beside profile attributes (see its MANIFEST.md). */
export const USER_RECORD_SPECS_DIR = join(SPECS_DIR, "user-records");

export const specPath = (name: string) => join(SPECS_DIR, name);

/** The accepted documents of the corpus. */
export function validSpecFiles(): string[] {
  return readdirSync(SPECS_DIR)
    .filter((name) => /\.(json|ya?ml)$/.test(name))
    .sort();
}

export function invalidSpecFiles(): string[] {
  return readdirSync(INVALID_SPECS_DIR).sort();
}
