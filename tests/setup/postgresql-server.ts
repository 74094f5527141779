// A throwaway PostgreSQL cluster for a test run, from Debian's postgresql package: initdb under the repository's
// ignored data/ folder (or the temporary folder if the checkout is closed to the postgres user), served on
// 127.0.0.1 at a free port as the unprivileged `postgres` user (initdb refuses root), trust authentication on
// loopback only; stopped and removed when the run ends.
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The newest installed PostgreSQL's bin folder, or undefined when the package is not installed. */
export function postgresqlBin(): string | undefined {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((name) => existsSync(join(root, name, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? join(root, versions[0], "bin") : undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

export interface PostgresqlServer {
  /** The superuser's URL of the cluster's `postgres` database; another database is the same URL with its name. */
  url: string;
  stop(): void;
}

/** Runs `command` as the `postgres` user when this process is root (as tests and CI run), else as itself. */
function asPostgresUser(command: string, args: string[]): string {
  const asRoot = process.getuid?.() === 0;
  return execFileSync(asRoot ? "runuser" : command, asRoot ? ["-u", "postgres", "--", command, ...args] : args, {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** A new folder the `postgres` user owns: under data/, or under the system's temporary folder when a parent of
 * the checkout is closed to that user. */
function clusterFolder(): string {
  mkdirSync(join(process.cwd(), "data"), { recursive: true });
  const inData = mkdtempSync(join(process.cwd(), "data", "test-postgresql-"));
  if (process.getuid?.() !== 0) return inData;
  const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }));
  const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }));
  chownSync(inData, uid, gid);
  try {
    asPostgresUser("test", ["-w", inData, "-a", "-x", inData]);
    return inData;
  } catch {
    rmSync(inData, { recursive: true, force: true });
    const inTmp = mkdtempSync(join(tmpdir(), "ib-test-postgresql-"));
    chownSync(inTmp, uid, gid);
    return inTmp;
  }
}

export async function startPostgresqlServer(bin: string): Promise<PostgresqlServer> {
  const dir = clusterFolder();
  const cluster = join(dir, "cluster");
  asPostgresUser(join(bin, "initdb"), ["-D", cluster, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8"]);
  const port = await freePort();
  // fsync off: a test cluster is thrown away, so durability is not worth its disk flushes.
  const options = `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${dir} -c fsync=off`;
  asPostgresUser(join(bin, "pg_ctl"), ["-D", cluster, "-o", options, "-l", join(dir, "server.log"), "-w", "start"]);
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        asPostgresUser(join(bin, "pg_ctl"), ["-D", cluster, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
