// The one database handle, chosen by DATABASE_URL's scheme: the embedded SQLite file by default (file:...), or a
// PostgreSQL server (postgresql://...); created or brought up to date by the migrations on first use.
// It follows DATABASE_URL: a process whose setting changes (a test file, `ib` run in-process by a test) gets the
// database it now names, each opened once.
import "server-only";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { PrismaClient } from "./generated/client";
import { PrismaClient as PostgresqlPrismaClient } from "./generated-postgresql/client";
import { BUSY_TIMEOUT_MS } from "./busy";
import { DEFAULT_DATABASE_URL, databaseEngine } from "./engine";
import { migratePostgresql, migrateSqlite } from "./migrate";
import { log } from "../log";

/** Databases kept open at once; a server names one, a test process a few. */
const MAX_OPEN = 4;

export function databaseFile(url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL): string {
  if (databaseEngine(url) !== "sqlite") throw new Error("DATABASE_URL names a PostgreSQL server, not a file");
  return resolve(process.cwd(), url.slice("file:".length));
}

// On globalThis so that Next's dev server, which reloads modules, keeps one client per database.
const holder = globalThis as unknown as { __ibDbs?: Map<string, PrismaClient> };

function openSqlite(file: string): PrismaClient {
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

/** PrismaPg that brings the database up to date before its first connection (db() itself stays synchronous). */
class MigratedPrismaPg extends PrismaPg {
  private migrated: Promise<unknown> | undefined;

  constructor(private readonly url: string) {
    super({ connectionString: url });
  }

  override async connect() {
    this.migrated ??= migratePostgresql(this.url).catch((error: unknown) => {
      this.migrated = undefined;
      throw error;
    });
    await this.migrated;
    return super.connect();
  }
}

function openPostgresql(url: string): PrismaClient {
  // Both clients come from prisma/schema.prisma (scripts/prisma-generate.js) and differ only in their provider.
  return new PostgresqlPrismaClient({ adapter: new MigratedPrismaPg(url) }) as unknown as PrismaClient;
}

/** Opens (and on first use creates and migrates) the database DATABASE_URL names. */
export function db(): PrismaClient {
  const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
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
  const client = databaseEngine(url) === "sqlite" ? openSqlite(databaseFile(url)) : openPostgresql(url);
  clients.set(url, client);
  if (clients.size > MAX_OPEN) {
    const [oldest, stale] = clients.entries().next().value as [string, PrismaClient];
    clients.delete(oldest);
    void stale.$disconnect();
  }
  return client;
}
