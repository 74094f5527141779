import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";

export const SHARED = resolve(process.cwd(), "../shared");
export const SPECS_DIR = join(SHARED, "specs");
export const INVALID_SPECS_DIR = join(SPECS_DIR, "invalid");

export const specPath = (name: string) => join(SPECS_DIR, name);

/** The accepted documents of the shared corpus. */
export function validSpecFiles(): string[] {
  return readdirSync(SPECS_DIR).filter((name) => /\.(json|ya?ml)$/.test(name)).sort();
}

export function invalidSpecFiles(): string[] {
  return readdirSync(INVALID_SPECS_DIR).sort();
}
