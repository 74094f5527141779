// The SQL migrations and prisma/schema.prisma are written by hand: applied to an empty database, each engine's
// migrations must give exactly the tables, columns, types, nullability, primary keys and unique constraints the
// schema declares. SQLite always; PostgreSQL on a PostgreSQL run (IB_TEST_DATABASE=postgresql, a server of its own).
import Database from "better-sqlite3";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { migratePostgresql, migrateSqlite } from "@/lib/db/migrate";
import { type DeclaredTable, readPrismaSchema } from "../helpers/prisma-schema";

/** The column type each engine's migrations give a Prisma scalar (Prisma's own choices for each provider). */
const COLUMN_TYPE: Record<"sqlite" | "postgresql", Record<string, string>> = {
  sqlite: {
    String: "TEXT",
    Int: "INTEGER",
    BigInt: "BIGINT",
    Float: "REAL",
    Decimal: "DECIMAL",
    Boolean: "BOOLEAN",
    DateTime: "DATETIME",
    Json: "JSONB",
    Bytes: "BLOB",
  },
  postgresql: {
    String: "text",
    Int: "integer",
    BigInt: "bigint",
    Float: "double precision",
    Decimal: "numeric(65,30)",
    Boolean: "boolean",
    DateTime: "timestamp(3) without time zone",
    Json: "jsonb",
    Bytes: "bytea",
  },
};

interface ColumnInfo {
  name: string;
  type: string;
  notnull: number;
  pk: number;
}

function migratedSqliteTables(): DeclaredTable[] {
  const file = join(mkdtempSync(join(tmpdir(), "ib-migrations-")), "empty.db");
  migrateSqlite(file);
  const db = new Database(file, { readonly: true });
  try {
    const names = (
      db
        .prepare(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != '_ib_migrations'",
        )
        .all() as { name: string }[]
    ).map((row) => row.name);
    return names.map((name) => {
      const columns = db.prepare(`PRAGMA table_info("${name}")`).all() as ColumnInfo[];
      const unique = (
        db.prepare(`PRAGMA index_list("${name}")`).all() as { name: string; unique: number; origin: string }[]
      )
        .filter((index) => index.unique && index.origin !== "pk")
        .map((index) =>
          (db.prepare(`PRAGMA index_info("${index.name}")`).all() as { seqno: number; name: string }[])
            .sort((a, b) => a.seqno - b.seqno)
            .map((column) => column.name),
        );
      return {
        name,
        columns: columns.map((column) => ({
          name: column.name,
          type: column.type,
          // SQLite lets a TEXT PRIMARY KEY be NULL unless declared NOT NULL; Prisma's migrations always declare it.
          nullable: column.notnull === 0,
        })),
        primaryKey: columns
          .filter((column) => column.pk > 0)
          .sort((a, b) => a.pk - b.pk)
          .map((column) => column.name),
        unique,
      };
    });
  } finally {
    db.close();
  }
}

/** The tables of a new PostgreSQL database after the migrations, read from the catalog. */
async function migratedPostgresqlTables(serverUrl: string): Promise<DeclaredTable[]> {
  const name = `ib_migrations_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await migratePostgresql(url.toString());
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const { rows: columns } = await client.query<{ table: string; name: string; type: string; nullable: boolean }>(
      `SELECT c.relname AS "table", a.attname::text AS "name", format_type(a.atttypid, a.atttypmod) AS "type",
              NOT a.attnotnull AS "nullable"
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> '_ib_migrations'
         AND a.attnum > 0 AND NOT a.attisdropped`,
    );
    // Each primary key and unique index with its columns in order.
    const { rows: indexes } = await client.query<{ table: string; primary: boolean; columns: string[] }>(
      `SELECT c.relname AS "table", i.indisprimary AS "primary",
              array(SELECT a.attname::text FROM unnest(i.indkey) WITH ORDINALITY AS k(attnum, position)
                    JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.position)
                AS "columns"
       FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND i.indisunique AND c.relname <> '_ib_migrations'`,
    );
    const tables = [...new Set(columns.map((column) => column.table))];
    return tables.map((table) => ({
      name: table,
      columns: columns
        .filter((column) => column.table === table)
        .map(({ name: column, type, nullable }) => ({ name: column, type, nullable })),
      primaryKey: indexes.find((index) => index.table === table && index.primary)?.columns ?? [],
      unique: indexes.filter((index) => index.table === table && !index.primary).map((index) => index.columns),
    }));
  } finally {
    await client.end();
  }
}

const byName = <T extends { name: string }>(items: T[]) => [...items].sort((a, b) => a.name.localeCompare(b.name));
const sortedLists = (lists: string[][]) => lists.map((list) => list.join(",")).sort();
const declared = byName(readPrismaSchema(join(process.cwd(), "prisma", "schema.prisma")));

function comparesWithSchema(engine: "sqlite" | "postgresql", migrate: () => Promise<DeclaredTable[]>) {
  let migrated: DeclaredTable[] = [];
  beforeAll(async () => {
    migrated = byName(await migrate());
  });

  it("create the same tables", () => {
    expect(migrated.map((table) => table.name)).toEqual(declared.map((table) => table.name));
  });

  for (const table of declared) {
    it(`give ${table.name} the declared columns, types, nullability, primary key and unique constraints`, () => {
      const actual = migrated.find((candidate) => candidate.name === table.name);
      expect(actual, `table ${table.name}`).toBeDefined();
      expect(byName(actual!.columns)).toEqual(
        byName(table.columns.map((column) => ({ ...column, type: COLUMN_TYPE[engine][column.type] }))),
      );
      expect(actual!.primaryKey).toEqual(table.primaryKey);
      expect(sortedLists(actual!.unique)).toEqual(sortedLists(table.unique));
    });
  }
}

describe("SQLite migrations vs prisma/schema.prisma", () => {
  comparesWithSchema("sqlite", async () => migratedSqliteTables());
});

describe.skipIf(!inject("postgresqlUrl"))("PostgreSQL migrations vs prisma/schema.prisma", () => {
  comparesWithSchema("postgresql", () => migratedPostgresqlTables(inject("postgresqlUrl")));
});

it("parses the schema it compares (a guard against a parser that sees nothing)", () => {
  const flow = declared.find((table) => table.name === "Flow");
  expect(flow?.unique).toEqual([["projectId", "name"]]);
  expect(flow?.columns.find((column) => column.name === "enabledChangedAt")).toEqual({
    name: "enabledChangedAt",
    type: "DateTime",
    nullable: true,
  });
});
