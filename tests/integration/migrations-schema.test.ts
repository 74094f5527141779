// The SQL migrations and prisma/schema.prisma are written by hand: applied to an empty database, the migrations must
// give exactly the tables, columns, nullability, primary keys and unique constraints the schema declares.
import Database from "better-sqlite3";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { migrateSqlite } from "@/lib/db/migrate";
import { type DeclaredTable, readPrismaSchema } from "../helpers/prisma-schema";

const SQLITE_TYPE: Record<string, string> = {
  String: "TEXT",
  Int: "INTEGER",
  BigInt: "BIGINT",
  Float: "REAL",
  Decimal: "DECIMAL",
  Boolean: "BOOLEAN",
  DateTime: "DATETIME",
  Json: "JSONB",
  Bytes: "BLOB",
};

interface ColumnInfo {
  name: string;
  type: string;
  notnull: number;
  pk: number;
}

function migratedTables(): DeclaredTable[] {
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

const byName = <T extends { name: string }>(items: T[]) => [...items].sort((a, b) => a.name.localeCompare(b.name));
const sortedLists = (lists: string[][]) => lists.map((list) => list.join(",")).sort();

describe("SQL migrations vs prisma/schema.prisma", () => {
  const declared = byName(readPrismaSchema(join(process.cwd(), "prisma", "schema.prisma")));
  const migrated = byName(migratedTables());

  it("create the same tables", () => {
    expect(migrated.map((table) => table.name)).toEqual(declared.map((table) => table.name));
  });

  for (const table of declared) {
    it(`give ${table.name} the declared columns, nullability, primary key and unique constraints`, () => {
      const actual = migrated.find((candidate) => candidate.name === table.name);
      expect(actual, `table ${table.name}`).toBeDefined();
      expect(byName(actual!.columns)).toEqual(
        byName(table.columns.map((column) => ({ ...column, type: SQLITE_TYPE[column.type] }))),
      );
      expect(actual!.primaryKey).toEqual(table.primaryKey);
      expect(sortedLists(actual!.unique)).toEqual(sortedLists(table.unique));
    });
  }

  it("parses the schema it compares (a guard against a parser that sees nothing)", () => {
    const flow = declared.find((table) => table.name === "Flow");
    expect(flow?.unique).toEqual([["projectId", "name"]]);
    expect(flow?.columns.find((column) => column.name === "enabledChangedAt")).toEqual({
      name: "enabledChangedAt",
      type: "DateTime",
      nullable: true,
    });
  });
});
