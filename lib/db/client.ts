// The one database handle: SQLite file by default (DATABASE_URL=file:...), created and migrated on first use.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { PrismaClient } from "./generated/client";
import { migrateSqlite } from "./migrate";

export type Db = PrismaClient;

const DEFAULT_URL = "file:./data/ib.db";

export function databaseFile(url = process.env.DATABASE_URL ?? DEFAULT_URL): string {
  if (!url.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a file: URL for the embedded SQLite database (got "${url.split(":")[0]}:...")`);
  }
  return resolve(process.cwd(), url.slice("file:".length));
}

const holder = globalThis as unknown as { __ibDb?: PrismaClient };

/** Opens (and on first use creates and migrates) the database. */
export function db(): PrismaClient {
  if (!holder.__ibDb) {
    const file = databaseFile();
    mkdirSync(dirname(file), { recursive: true });
    migrateSqlite(file);
    holder.__ibDb = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${file}` }) });
  }
  return holder.__ibDb;
}
