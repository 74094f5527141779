// Directus, a real self-hostable product, for the tests: bootstrapped into a new SQLite file and started as its own
// process on 127.0.0.1, with the admin's static API token set at bootstrap (its ADMIN_TOKEN setting). It serves
// its own OpenAPI description at /server/specs/oas. Directus's CLI is run through @directus/api's entry, not the
// `directus` bin, whose first act is an update check against the public registry.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const CLI = fileURLToPath(new URL("./node_modules/@directus/api/dist/cli/run.js", import.meta.url));

export interface RunningDirectus {
  url: string;
  /** The admin's static token: `Authorization: Bearer TOKEN`. */
  token: string;
  /** Where Directus serves its own description (the token is needed: it describes what the caller may see). */
  openapiUrl: string;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Runs the CLI; resolves when `ready` matches a line it prints (or when it exits 0 without one). */
function directus(args: string[], env: NodeJS.ProcessEnv, ready?: RegExp): Promise<ChildProcess> {
  // Its working folder is its data folder: nothing it writes lands in the checkout.
  const child = spawn(process.execPath, [CLI, ...args], { cwd: env.HOME, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  return new Promise((resolve, reject) => {
    const seen = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      if (ready?.test(output)) resolve(child);
    };
    child.stdout.on("data", seen);
    child.stderr.on("data", seen);
    child.on("exit", (code) =>
      code === 0 && !ready ? resolve(child) : reject(new Error(`directus ${args[0]} exited ${code}: ${output}`)),
    );
  });
}

export async function startDirectus(token = "directus-admin-token"): Promise<RunningDirectus> {
  const dir = mkdtempSync(join(tmpdir(), "ib-directus-"));
  for (const folder of ["uploads", "extensions"]) mkdirSync(join(dir, folder));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    NODE_ENV: "production",
    PATH: process.env.PATH,
    HOME: dir,
    DB_CLIENT: "sqlite3",
    DB_FILENAME: join(dir, "directus.db"),
    SECRET: "integration-builder-directus-test-secret",
    ADMIN_EMAIL: "admin@example.com",
    ADMIN_PASSWORD: "directus-admin-password",
    ADMIN_TOKEN: token,
    HOST: "127.0.0.1",
    PORT: String(port),
    PUBLIC_URL: url,
    TELEMETRY: "false",
    LOG_LEVEL: "info",
    LOG_STYLE: "raw",
    // The tests call it far faster than a person: no rate limit, no cache between a write and its read.
    RATE_LIMITER_ENABLED: "false",
    CACHE_ENABLED: "false",
    STORAGE_LOCAL_ROOT: join(dir, "uploads"),
    EXTENSIONS_PATH: join(dir, "extensions"),
  };
  await directus(["bootstrap"], env);
  const server = await directus(["start"], env, /Server started at/);
  return {
    url,
    token,
    openapiUrl: `${url}/server/specs/oas`,
    close: async () => {
      if (server.exitCode === null) {
        const exited = new Promise((resolve) => server.once("exit", resolve));
        server.kill();
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
