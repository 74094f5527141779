// Prism mock servers (a child process per spec) for tests: they validate requests against the spec and answer from it.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { resolve } from "node:path";

const PRISM_BIN = resolve(process.cwd(), "node_modules/@stoplight/prism-cli/dist/index.js");

export interface RunningPrism {
  baseUrl: string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as { port: number };
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

/** Starts `prism mock` on a free port; with `errors` (default true) requests that break the spec are answered with an error. */
export async function startPrism(
  specPath: string,
  options: { errors?: boolean; timeoutMs?: number } = {},
): Promise<RunningPrism> {
  const port = await freePort();
  const args = [PRISM_BIN, "mock", "-h", "127.0.0.1", "-p", String(port), specPath];
  if (options.errors !== false) args.push("--errors");
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`Prism did not start within ${options.timeoutMs ?? 60_000} ms:\n${output}`)),
      options.timeoutMs ?? 60_000,
    );
    const watch = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Prism is listening")) {
        clearTimeout(timer);
        ready();
      }
    };
    child.stdout.on("data", watch);
    child.stderr.on("data", watch);
    child.once("exit", (code) => {
      clearTimeout(timer);
      fail(new Error(`Prism exited with code ${code}:\n${output}`));
    });
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once("exit", () => done());
        child.kill("SIGTERM");
      }),
  };
}
