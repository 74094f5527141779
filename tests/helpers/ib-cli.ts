// `ib` for vitest tests. `runIb` drives the command line in this process through its `main(args)` entry, with the
// settings given for the length of the call and what it prints captured as a terminal would see it (its output
// and its log lines); calls are taken one at a time, since settings are process-wide. `spawnIb`
// (./ib-process.ts) runs the real `node bin/ib.js` for the few tests about the binary itself.
import { type IbResult, parsed, type Settings } from "./ib-process";
import { dataSettings, newDataDir } from "./temp-db";

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
