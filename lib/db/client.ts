// The one database handle: SQLite file by default (DATABASE_URL=file:...), created and migrated on first use.
// It follows DATABASE_URL: a process whose setting changes (a test file, `ib` run in-process by a test) gets the
// database it now names, each opened once.
import "server-only";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { PrismaClient } from "./generated/client";
import { BUSY_TIMEOUT_MS } from "./busy";
import { migrateSqlite } from "./migrate";
import { log } from "../log";

const DEFAULT_URL = "file:./data/ib.db";
/** Databases kept open at once; a server names one, a test process a few. */
const MAX_OPEN = 4;

export function databaseFile(url = process.env.DATABASE_URL ?? DEFAULT_URL): string {
  if (!url.startsWith("file:")) {
    throw new Error(
      `DATABASE_URL must be a file: URL for the embedded SQLite database (got "${url.split(":")[0]}:...")`,
    );
  }
  return resolve(process.cwd(), url.slice("file:".length));
}

// On globalThis so that Next's dev server, which reloads modules, keeps one client per database.
const holder = globalThis as unknown as { __ibDbs?: Map<string, PrismaClient> };

function open(file: string): PrismaClient {
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
  return client;
}

/** Opens (and on first use creates and migrates) the database DATABASE_URL names. */
export function db(): PrismaClient {
  const url = process.env.DATABASE_URL ?? DEFAULT_URL;
  holder.__ibDbs ??= new Map();
  const clients = holder.__ibDbs;
  const known = clients.get(url);
  if (known) {
    // Most recently used last, so the one evicted is the one unused longest.
    if (clients.size > 1) {
      clients.delete(url);
      clients.set(url, known);
    }
    return known;
  }
  const client = open(databaseFile(url));
  clients.set(url, client);
  if (clients.size > MAX_OPEN) {
    const [oldest, stale] = clients.entries().next().value as [string, PrismaClient];
    clients.delete(oldest);
    void stale.$disconnect();
  }
  return client;
}
