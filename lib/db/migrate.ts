// Applies prisma/migrations/sqlite/*.sql in order, once each, recorded in "_ib_migrations".
// Prisma Migrate needs a native schema engine that is downloaded at run time; plain SQL keeps
// first start offline and automatic.
import "server-only";
import Database from "better-sqlite3";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

function migrationsDir(): string {
  return join(process.cwd(), "prisma", "migrations", "sqlite");
}

/** Brings the database file up to date; returns the names of the migrations it applied. */
export function migrateSqlite(file: string, dir = migrationsDir()): string[] {
  const db = new Database(file);
  try {
    db.pragma("journal_mode = WAL");
    db.exec('CREATE TABLE IF NOT EXISTS "_ib_migrations" ("name" TEXT PRIMARY KEY, "appliedAt" TEXT NOT NULL)');
    const applied = new Set(
      (db.prepare('SELECT "name" FROM "_ib_migrations"').all() as { name: string }[]).map((row) => row.name),
    );
    const pending = readdirSync(dir)
      .filter((name) => name.endsWith(".sql") && !applied.has(name))
      .sort();
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
