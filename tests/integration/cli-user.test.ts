// `ib user create|list|role` on the database file: headless owner setup with the password from a file or stdin
// (never an argument), and the user it creates signs in through the real sign-in endpoint.
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ibWithTempData } from "../helpers/ib-cli";
import { dataSettings } from "../helpers/temp-db";
import { signInResponse } from "../helpers/signed-in";

const { dir, ib } = ibWithTempData();
const settings = dataSettings(dir);
process.env.DATABASE_URL = settings.DATABASE_URL;
process.env.IB_DATA_DIR = dir;
delete process.env.IB_SECRET_KEY;

/** `ib ARGS` with `input` on its stdin. */
function ibWithStdin(input: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["bin/ib.js", ...args], {
      env: { ...process.env, DATABASE_URL: settings.DATABASE_URL, IB_DATA_DIR: dir },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe("ib user", () => {
  const ownerPassword = "owner password from a file";

  it("creates the owner with the password from --password-file, and it signs in", async () => {
    const file = join(dir, "owner-password.txt");
    writeFileSync(file, `${ownerPassword}\n`);
    const created = await ib(
      "user",
      "create",
      "--email",
      "Owner@Example.test",
      "--role",
      "owner",
      "--password-file",
      file,
      "--json",
    );
    expect(created.code, created.stderr).toBe(0);
    expect(created.json.user).toMatchObject({ email: "owner@example.test", role: "owner" });
    expect(created.stdout).not.toContain(ownerPassword);

    expect((await signInResponse("owner@example.test", ownerPassword)).status).toBe(200);
    expect((await signInResponse("owner@example.test", `${ownerPassword}\n`)).status).toBe(401);
  }, 120_000);

  it("reads the password from stdin, lists users, and never takes a password argument", async () => {
    const builder = await ibWithStdin(
      "builder password on stdin\n",
      "user",
      "create",
      "--email",
      "b@example.test",
      "--role",
      "builder",
    );
    expect(builder.code, builder.stderr).toBe(0);
    expect(builder.stdout).toMatch(/^Created b@example\.test {2}builder/);
    expect((await signInResponse("b@example.test", "builder password on stdin")).status).toBe(200);

    const asArgument = await ib(
      "user",
      "create",
      "--email",
      "c@example.test",
      "--role",
      "viewer",
      "--password",
      "x".repeat(20),
    );
    expect(asArgument.code).toBe(1);
    expect(asArgument.stderr).toContain("Unknown option '--password'");

    const short = await ibWithStdin(
      "short\n",
      "user",
      "create",
      "--email",
      "c@example.test",
      "--role",
      "viewer",
      "--json",
    );
    expect(short.code).toBe(1);
    expect(JSON.parse(short.stdout).errors[0]).toMatchObject({ location: { field: "password" } });

    const badRole = await ibWithStdin(
      "a long enough password\n",
      "user",
      "create",
      "--email",
      "c@example.test",
      "--role",
      "root",
    );
    expect(badRole.code).toBe(1);
    expect(badRole.stderr).toContain("role must be one of owner, admin, builder, viewer");

    const listed = await ib("user", "list", "--json");
    expect(listed.json.users.map((user: { email: string; role: string }) => [user.email, user.role])).toEqual([
      ["owner@example.test", "owner"],
      ["b@example.test", "builder"],
    ]);
  }, 180_000);

  it("changes a role, but keeps the only owner an owner", async () => {
    const demoted = await ib("user", "role", "owner@example.test", "--role", "admin");
    expect(demoted.code).toBe(1);
    expect(demoted.stderr).toContain("owner@example.test is the only owner: make another user owner first.");
    const promoted = await ib("user", "role", "b@example.test", "--role", "admin", "--json");
    expect(promoted.json.user).toMatchObject({ email: "b@example.test", role: "admin" });
  }, 120_000);
});
