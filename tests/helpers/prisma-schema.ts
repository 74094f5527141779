// Reads the tables and columns `prisma/schema.prisma` declares: a small parser of its model blocks (scalar fields,
// `?`, @id, @unique, @@unique, @@id), enough to compare the schema with what the SQL migrations create.
import { readFileSync } from "node:fs";

export interface DeclaredColumn {
  name: string;
  type: string;
  nullable: boolean;
}

export interface DeclaredTable {
  name: string;
  columns: DeclaredColumn[];
  primaryKey: string[];
  /** Each unique constraint as its column names in order (single-column @unique included). */
  unique: string[][];
}

const SCALARS = new Set(["String", "Int", "BigInt", "Float", "Decimal", "Boolean", "DateTime", "Json", "Bytes"]);

export function readPrismaSchema(file: string): DeclaredTable[] {
  const text = readFileSync(file, "utf8").replace(/\/\/.*$/gm, "");
  return [...text.matchAll(/^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm)].map(([, name, body]) => {
    const table: DeclaredTable = { name, columns: [], primaryKey: [], unique: [] };
    for (const line of body.split("\n").map((item) => item.trim())) {
      const block = line.match(/^@@(id|unique)\(\s*\[([^\]]*)\]/);
      if (block) {
        const columns = block[2].split(",").map((column) => column.trim());
        if (block[1] === "id") table.primaryKey = columns;
        else table.unique.push(columns);
        continue;
      }
      const field = line.match(/^(\w+)\s+(\w+)(\?|\[\])?(.*)$/);
      if (!field || !SCALARS.has(field[2]) || field[3] === "[]") continue;
      const [, column, type, modifier, attributes] = field;
      table.columns.push({ name: column, type, nullable: modifier === "?" });
      if (/@id\b/.test(attributes)) table.primaryKey = [column];
      if (/@unique\b/.test(attributes)) table.unique.push([column]);
    }
    return table;
  });
}
