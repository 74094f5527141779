// The built `ib` (scripts/build-cli.js): one bundle whose commands stay separate chunks loaded on demand, and which
// runs commands as the sources do.
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
// Inside the repository, so the build's imports of node_modules resolve.
const outdir = mkdtempSync(join(process.cwd(), "dist-cli-test-"));
const data = mkdtempSync(join(tmpdir(), "ib-built-"));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

async function built(...args: string[]) {
  const script = `const { main } = await import(${JSON.stringify(join(outdir, "ib.mjs"))}); process.exitCode = await main(${JSON.stringify(args)});`;
  return run(process.execPath, ["--input-type=module", "-e", script], {
    env: { ...process.env, DATABASE_URL: `file:${join(data, "ib.db")}`, IB_DATA_DIR: data },
  });
}

describe("the built ib", () => {
  it("bundles lib/cli with a chunk per command module and runs --help and a command", {
    timeout: 120_000,
  }, async () => {
    await run(process.execPath, ["scripts/build-cli.js", relative(process.cwd(), outdir)]);
    const files = readdirSync(outdir);
    expect(files).toContain("ib.mjs");
    for (const module of ["project", "flow", "spec-check"])
      expect(
        files.some((file) => file.startsWith(`${module}-`) && file.endsWith(".mjs")),
        module,
      ).toBe(true);

    const help = await built("--help");
    expect(help.stderr).toContain("ib flow enable");

    const created = await built("project", "create", "--name", "Built", "--json");
    expect(JSON.parse(created.stdout).project.name).toBe("Built");
    const listed = await built("project", "list", "--json");
    expect(JSON.parse(listed.stdout).projects.map((project: { name: string }) => project.name)).toEqual(["Built"]);
  });
});
