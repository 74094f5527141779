// Runs `node bin/ib.js` as a user would, against a database and data folder of its own (asynchronously, so servers
// the test started keep answering while the command runs).
import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface IbResult {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout parsed as JSON (commands run with --json). */
  json: any;
}

export function ibWithTempData() {
  return ibWithData(mkdtempSync(join(tmpdir(), "ib-cli-")));
}

/** `ib` over the database and data folder in `dir`: the one `useTempDatabase()` gave the test, to share its data. */
export function ibWithData(dir: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: `file:${join(dir, "ib.db")}`, IB_DATA_DIR: dir };
  delete env.IB_SECRET_KEY;
  async function ib(...args: string[]): Promise<IbResult> {
    let result: { code: number; stdout: string; stderr: string };
    try {
      const { stdout, stderr } = await run(process.execPath, ["bin/ib.js", ...args], { env, maxBuffer: 16 << 20 });
      result = { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      result = { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
    let json: unknown;
    try {
      json = JSON.parse(result.stdout);
    } catch {
      json = undefined;
    }
    return { ...result, json };
  }
  return { dir, ib };
}
