// The one database handle: SQLite file by default (DATABASE_URL=file:...), created and migrated on first use.
import "server-only";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { PrismaClient } from "./generated/client";
import { BUSY_TIMEOUT_MS } from "./busy";
import { migrateSqlite } from "./migrate";
import { log } from "../log";

const DEFAULT_URL = "file:./data/ib.db";

export function databaseFile(url = process.env.DATABASE_URL ?? DEFAULT_URL): string {
  if (!url.startsWith("file:")) {
    throw new Error(
      `DATABASE_URL must be a file: URL for the embedded SQLite database (got "${url.split(":")[0]}:...")`,
    );
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
    const client = new PrismaClient({
      adapter: new PrismaBetterSqlite3({ url: `file:${file}`, timeout: BUSY_TIMEOUT_MS }),
    });
    // With WAL, NORMAL sync makes commits skip the disk flush; only an OS crash or power loss can lose
    // the last commits, never an app crash — the usual trade for an embedded database.
    void client
      .$executeRawUnsafe("PRAGMA synchronous = NORMAL")
      .catch((error: Error) => log.warn("db.pragma_failed", { message: error.message }));
    holder.__ibDb = client;
  }
  return holder.__ibDb;
}
