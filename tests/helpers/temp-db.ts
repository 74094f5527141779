// Gives a test file its own database and secret key folder: a copy of the run's migrated template database
// (tests/setup/template-database.ts). Call before the first db() use; db() follows DATABASE_URL.
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";

/** A new data folder holding a migrated, empty database `ib.db`. */
export function newDataDir(prefix = "ib-test-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  copyFileSync(inject("templateDatabase"), join(dir, "ib.db"));
  return dir;
}

/** The settings that point the app (db(), the secret key) at the data folder `dir`. */
export const dataSettings = (dir: string) => ({
  DATABASE_URL: `file:${join(dir, "ib.db")}`,
  IB_DATA_DIR: dir,
  IB_SECRET_KEY: undefined,
});

export function useTempDatabase(): string {
  const dir = newDataDir();
  for (const [name, value] of Object.entries(dataSettings(dir))) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  return dir;
}
