// Vitest global setup: migrates one template database for the whole run; each test file copies it
// (tests/helpers/temp-db.ts) instead of migrating from zero.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { migrateSqlite } from "../../lib/db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}

export default function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), "ib-template-"));
  const file = join(dir, "ib.db");
  migrateSqlite(file);
  project.provide("templateDatabase", file);
  return () => rmSync(dir, { recursive: true, force: true });
}
