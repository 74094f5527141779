// Gives a test file its own database and secret key folder: a copy of the run's migrated template database
// (tests/setup/template-database.ts). Call before the first db() use; db() follows DATABASE_URL.
// On a PostgreSQL run (IB_TEST_DATABASE=postgresql) the copy is a database named after the data folder, made from
// the template database by psql (synchronous, like the file copy, so test files keep their top-level setup).
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { inject } from "vitest";
import { postgresqlBin } from "../setup/postgresql-server";

/** The PostgreSQL database of data folder `dir` on a PostgreSQL run, else undefined. */
function postgresqlDatabase(dir: string): { name: string; url: string } | undefined {
  const server = inject("postgresqlUrl");
  if (!server) return undefined;
  const name = `ib_${basename(dir).replace(/[^A-Za-z0-9]/g, "_")}`;
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { name, url: url.toString() };
}

/** A new data folder holding a migrated, empty database (`ib.db`, or its own PostgreSQL database). */
export function newDataDir(prefix = "ib-test-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const database = postgresqlDatabase(dir);
  if (database) {
    const sql = `CREATE DATABASE "${database.name}" TEMPLATE "${inject("templateDatabase")}"`;
    execFileSync(join(postgresqlBin()!, "psql"), [inject("postgresqlUrl"), "-q", "-v", "ON_ERROR_STOP=1", "-c", sql]);
  } else {
    copyFileSync(inject("templateDatabase"), join(dir, "ib.db"));
  }
  return dir;
}

/** The settings that point the app (db(), the secret key) at the data folder `dir`. */
export const dataSettings = (dir: string) => ({
  DATABASE_URL: postgresqlDatabase(dir)?.url ?? `file:${join(dir, "ib.db")}`,
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
