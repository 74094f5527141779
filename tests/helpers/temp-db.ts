// Gives a test file its own database and secret key folder. Call before the first db() use.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function useTempDatabase(): string {
  const dir = mkdtempSync(join(tmpdir(), "ib-test-"));
  process.env.DATABASE_URL = `file:${join(dir, "ib.db")}`;
  process.env.IB_DATA_DIR = dir;
  delete process.env.IB_SECRET_KEY;
  return dir;
}
