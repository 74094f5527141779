// Everything a database holds, as text, for tests that a value (a secret) is never stored: on SQLite the bytes of
// its file and write-ahead log, on PostgreSQL a pg_dump of it (the test cluster's own pg_dump).
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { databaseEngine } from "@/lib/db/engine";
import { postgresqlBin } from "../setup/postgresql-server";

export function storedDatabaseText(url = process.env.DATABASE_URL!): string {
  if (databaseEngine(url) === "postgresql") {
    return execFileSync(join(postgresqlBin()!, "pg_dump"), ["--data-only", url], { encoding: "latin1" });
  }
  const file = url.slice("file:".length);
  return [file, `${file}-wal`]
    .filter((name) => existsSync(name))
    .map((name) => readFileSync(name).toString("latin1"))
    .join("\n");
}
