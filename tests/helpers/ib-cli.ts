// `ib` for tests. `runIb` drives the command line in this process through its `main(args)` entry, with the
// settings given for the length of the call and what it prints captured as a terminal would see it (its output
// and its log lines); calls are taken one at a time, since settings are process-wide. `spawnIb` runs the real
// `node bin/ib.js` for the few tests about the binary itself (help, exit codes, stdin, several processes).
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { dataSettings, newDataDir } from "./temp-db";

export interface IbResult {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout parsed as JSON (commands run with --json). */
  json: any;
}

export type Settings = Record<string, string | undefined>;

const parsed = (result: Omit<IbResult, "json">): IbResult => {
  let json: unknown;
  try {
    json = JSON.parse(result.stdout);
  } catch {
    json = undefined;
  }
  return { ...result, json };
};

function applySettings(settings: Settings): Settings {
  const before: Settings = {};
  for (const [name, value] of Object.entries(settings)) {
    before[name] = process.env[name];
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  return before;
}

/** Collects what is written to stdout and stderr until the returned function is called. */
function captureOutput() {
  const text = { stdout: "", stderr: "" };
  const streams = { stdout: process.stdout, stderr: process.stderr } as const;
  const originals = { stdout: process.stdout.write, stderr: process.stderr.write };
  for (const name of ["stdout", "stderr"] as const) {
    streams[name].write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      text[name] += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
      const done = rest.find((arg) => typeof arg === "function") as (() => void) | undefined;
      done?.();
      return true;
    }) as typeof process.stdout.write;
  }
  return () => {
    process.stdout.write = originals.stdout;
    process.stderr.write = originals.stderr;
    return text;
  };
}

let queue: Promise<unknown> = Promise.resolve();

/** `ib ARGS` in this process, with `settings` (undefined: unset) in force while it runs. */
export function runIb(args: string[], settings: Settings = {}): Promise<IbResult> {
  const call = queue.then(async () => {
    const { main } = await import("@/lib/cli/main");
    const before = applySettings(settings);
    const stop = captureOutput();
    let code: number;
    try {
      code = await main(args);
    } finally {
      applySettings(before);
    }
    return parsed({ code, ...stop() });
  });
  queue = call.catch(() => undefined);
  return call;
}

/** `ib` over a new data folder with a migrated, empty database. */
export function ibWithTempData() {
  return ibWithData(newDataDir("ib-cli-"));
}

/** `ib` over the database and data folder in `dir`: the one `useTempDatabase()` gave the test, to share its data. */
export function ibWithData(dir: string, settings: Settings = {}) {
  const ib = (...args: string[]) => runIb(args, { ...dataSettings(dir), ...settings });
  return { dir, ib };
}

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
