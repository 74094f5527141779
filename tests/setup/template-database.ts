// Vitest global setup: migrates one template database for the whole run; each test file copies it
// (tests/helpers/temp-db.ts) instead of migrating from zero. The embedded SQLite database by default; with
// IB_TEST_DATABASE=postgresql, a throwaway PostgreSQL cluster started for the run (tests/setup/postgresql-server.ts)
// holds the template database, and each test file gets `CREATE DATABASE … TEMPLATE` of it.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { migratePostgresql, migrateSqlite } from "../../lib/db/migrate";
import { postgresqlBin, startPostgresqlServer } from "./postgresql-server";

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string;
    /** The test cluster's superuser URL when the run is on PostgreSQL, else "". */
    postgresqlUrl: string;
  }
}

export const POSTGRESQL_TEMPLATE = "ib_template";

async function setUpPostgresql(project: TestProject) {
  const bin = postgresqlBin();
  if (!bin) {
    throw new Error("IB_TEST_DATABASE=postgresql needs Debian's postgresql package: apt-get install -y postgresql");
  }
  const server = await startPostgresqlServer(bin);
  try {
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${POSTGRESQL_TEMPLATE}"`);
    await admin.end();
    const template = new URL(server.url);
    template.pathname = `/${POSTGRESQL_TEMPLATE}`;
    await migratePostgresql(template.toString());
  } catch (error) {
    server.stop();
    throw error;
  }
  project.provide("templateDatabase", POSTGRESQL_TEMPLATE);
  project.provide("postgresqlUrl", server.url);
  return () => server.stop();
}

export default async function setup(project: TestProject) {
  if (process.env.IB_TEST_DATABASE === "postgresql") return setUpPostgresql(project);
  const dir = mkdtempSync(join(tmpdir(), "ib-template-"));
  const file = join(dir, "ib.db");
  migrateSqlite(file);
  project.provide("templateDatabase", file);
  project.provide("postgresqlUrl", "");
  return () => rmSync(dir, { recursive: true, force: true });
}
