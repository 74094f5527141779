// Applies prisma/migrations/<engine>/*.sql in order, once each, recorded in "_ib_migrations": the SQLite folder
// for the embedded database, the postgresql folder (the same migrations in PostgreSQL's dialect) for PostgreSQL.
// Prisma Migrate needs a native schema engine that is downloaded at run time; plain SQL keeps first start offline
// and automatic.
import "server-only";
import Database from "better-sqlite3";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import type { DatabaseEngine } from "./engine";

export function migrationsDir(engine: DatabaseEngine): string {
  return join(process.cwd(), "prisma", "migrations", engine);
}

const MIGRATIONS_TABLE =
  'CREATE TABLE IF NOT EXISTS "_ib_migrations" ("name" TEXT PRIMARY KEY, "appliedAt" TEXT NOT NULL)';

function pendingMigrations(dir: string, applied: Set<string>): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".sql") && !applied.has(name))
    .sort();
}

/** Brings the database file up to date; returns the names of the migrations it applied. */
export function migrateSqlite(file: string, dir = migrationsDir("sqlite")): string[] {
  const db = new Database(file);
  try {
    db.pragma("journal_mode = WAL");
    db.exec(MIGRATIONS_TABLE);
    const applied = new Set(
      (db.prepare('SELECT "name" FROM "_ib_migrations"').all() as { name: string }[]).map((row) => row.name),
    );
    const pending = pendingMigrations(dir, applied);
    for (const name of pending) {
      const sql = readFileSync(join(dir, name), "utf8");
      db.transaction(() => {
        db.exec(sql);
        db.prepare('INSERT INTO "_ib_migrations" ("name", "appliedAt") VALUES (?, ?)').run(
          name,
          new Date().toISOString(),
        );
      })();
    }
    return pending;
  } finally {
    db.close();
  }
}

/** Any fixed number: instances starting together take turns on this advisory lock, so one migrates. */
const MIGRATION_LOCK = 4_012_023;

/** Brings the PostgreSQL database `url` names up to date; returns the names of the migrations it applied. */
export async function migratePostgresql(url: string, dir = migrationsDir("postgresql")): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await client.query(MIGRATIONS_TABLE);
    const { rows } = await client.query<{ name: string }>('SELECT "name" FROM "_ib_migrations"');
    const pending = pendingMigrations(dir, new Set(rows.map((row) => row.name)));
    for (const name of pending) {
      const sql = readFileSync(join(dir, name), "utf8");
      await client.query("BEGIN");
      try {
        await client.query(sql);
        await client.query('INSERT INTO "_ib_migrations" ("name", "appliedAt") VALUES ($1, $2)', [
          name,
          new Date().toISOString(),
        ]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`PostgreSQL migration ${name} failed, nothing of it applied: ${(error as Error).message}`);
      }
    }
    return pending;
  } finally {
    await client.end();
  }
}
