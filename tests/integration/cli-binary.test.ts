// The real `ib` binary (`node bin/ib.js` in a process of its own), for what only a process shows: help, exit codes
// and a local and a remote command as a shell runs them. Behaviour is tested in-process (tests/helpers/ib-cli.ts);
// stdin is covered by cli-user.test.ts, several processes on one database by flows-concurrency.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnIb } from "../helpers/ib-process";
import { startRouteForwarder, type RouteForwarder } from "../helpers/servers/route-forwarder";
import { signIn } from "../helpers/signed-in";
import { dataSettings, useTempDatabase } from "../helpers/temp-db";

const dir = useTempDatabase();
const settings = dataSettings(dir);
const { createApiToken } = await import("@/lib/api-tokens/store");

let forwarder: RouteForwarder;
let token = "";

beforeAll(async () => {
  forwarder = await startRouteForwarder();
  const owner = await signIn("owner");
  token = (
    await createApiToken(
      { userId: owner.userId, email: owner.email },
      { name: "shell", scope: "write", expiresInDays: 1 },
    )
  ).secret;
});

afterAll(() => forwarder?.stop());

describe("the ib binary", () => {
  it("prints its commands for --help and exits 0; an unknown command exits 2 with the usage", async () => {
    const help = await spawnIb(["--help"], settings);
    expect(help.code).toBe(0);
    expect(help.stderr).toContain("ib project create");
    const unknown = await spawnIb(["no-such-command"], settings);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command: no-such-command");
  });

  it("runs a local command on the database file, and exits 1 with JSON errors when it fails", async () => {
    const created = await spawnIb(["project", "create", "--name", "From a shell", "--json"], settings);
    expect(created.code, created.stderr).toBe(0);
    expect(created.json.project.name).toBe("From a shell");
    const missing = await spawnIb(["project", "show", "no-such-project", "--json"], settings);
    expect(missing.code).toBe(1);
    expect(missing.json).toMatchObject({ ok: false, code: "not_found" });
  });

  it("runs a remote command through the instance's routes with --url and --token", async () => {
    const listed = await spawnIb(["project", "list", "--json", "--url", forwarder.baseUrl, "--token", token], settings);
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.json.projects.map((project: { name: string }) => project.name)).toContain("From a shell");
  });
});
