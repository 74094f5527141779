// The real `ib` binary, `node bin/ib.js ARGS`, in a process of its own: for tests about the binary itself (help,
// exit codes, stdin, several processes) and for the browser suite, which runs outside vitest.
import { execFile } from "node:child_process";
import { promisify } from "node:util";

export interface IbResult {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout parsed as JSON (commands run with --json). */
  json: any;
}

export type Settings = Record<string, string | undefined>;

export const parsed = (result: Omit<IbResult, "json">): IbResult => {
  let json: unknown;
  try {
    json = JSON.parse(result.stdout);
  } catch {
    json = undefined;
  }
  return { ...result, json };
};

const exec = promisify(execFile);

/** The real binary, `node bin/ib.js ARGS`, in a process of its own. */
export async function spawnIb(args: string[], settings: Settings = {}): Promise<IbResult> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const [name, value] of Object.entries(settings)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  try {
    const { stdout, stderr } = await exec(process.execPath, ["bin/ib.js", ...args], { env, maxBuffer: 16 << 20 });
    return parsed({ code: 0, stdout, stderr });
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return parsed({ code: failed.code, stdout: failed.stdout, stderr: failed.stderr });
  }
}
