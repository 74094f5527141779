// `ib certify` against the REST demo started here: the bundle drafted from the demo's spec passes every applicable
// case and leaves nothing behind; a Create User whose email mapping is dropped fails that case naming the field.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningRestDemo, startRestDemo } from "@/demo/rest/server";
import { ibWithTempData } from "../helpers/ib-cli";

describe("ib certify over the REST demo", { timeout: 180_000 }, () => {
  const { ib } = ibWithTempData();
  const dir = mkdtempSync(join(tmpdir(), "ib-certify-"));
  const bundle = join(dir, "bundle.json");
  let demo: RunningRestDemo;
  const certify = (file: string) =>
    ib("certify", file, "--base-url", demo.url, "--set", `token=${demo.settings.apiToken}`, "--json");

  beforeAll(async () => {
    demo = await startRestDemo();
    // Enough users that small pages take several of them.
    for (let index = 0; index < 7; index += 1)
      demo.store.createUser({ email: `seed${index}@acme.test`, first_name: "Seed", last_name: `No${index}` });
    const spec = join(dir, "rest-demo.json");
    writeFileSync(spec, JSON.stringify(demo.openapi()));
    const generated = await ib("generate", spec, "--auth", "apiToken", "--actions", "all", "--out", bundle, "--json");
    expect(generated.code, generated.stderr).toBe(0);
  });
  afterAll(() => demo.close());

  it("passes every applicable case, pages through every user, and deactivates or deletes what it created", async () => {
    const result = await certify(bundle);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const { ok, cases, cleanup } = result.json;
    expect(ok).toBe(true);
    expect(cases.filter((entry: { result: string }) => entry.result === "failed")).toEqual([]);
    const byId = Object.fromEntries(cases.map((entry: { id: string }) => [entry.id, entry]));
    for (const id of [
      "create-user",
      "get-user-by-id",
      "get-user-by-username",
      "list-users",
      "deactivate-activate",
      "unknown-user",
      "wrong-credential",
      "empty-optional-values",
      "create-group",
      "get-group-by-id",
      "universal-logout",
      "universal-logout-unknown",
    ])
      expect(byId[id], id).toMatchObject({ result: "passed" });
    expect(byId["list-users"].message).toMatch(/^8 users, each once in 4 pages of 2$/);
    expect(byId["get-user-by-username"].message).toMatch(/ in upper case too$/);
    for (const entry of cases)
      expect(Object.keys(entry).sort()).toEqual(["durationMs", "id", "message", "result", "title"]);

    const state = demo.store.inspect();
    const certified = state.users.filter((user) => user.email.startsWith("certify."));
    // Every user the run created is deactivated and every group deleted, each said in the report.
    expect(certified.length).toBeGreaterThan(0);
    expect(certified.map((user) => user.status)).toEqual(certified.map(() => "deactivated"));
    expect(state.groups).toEqual([]);
    expect(cleanup.every((entry: { ok: boolean }) => entry.ok)).toBe(true);
    expect(cleanup.filter((entry: { action: string }) => entry.action === "deactivated")).toHaveLength(
      certified.length,
    );
    expect(cleanup.some((entry: { action: string }) => entry.action === "deleted")).toBe(true);
    expect(result.stdout).not.toContain(demo.settings.apiToken);
  });

  it("fails Create User, naming the field, when its email mapping is dropped", async () => {
    const document = JSON.parse(readFileSync(bundle, "utf8"));
    const createUser = document.flows.find((flow: { name: string }) => flow.name === "Provisioning Create User");
    const body = createUser.cards.find((card: { id: string }) => card.id === "body");
    delete body.inputs.email;
    body.dynamicInputs = body.dynamicInputs.filter((input: { key: string }) => input.key !== "email");
    const broken = join(dir, "broken.json");
    writeFileSync(broken, JSON.stringify(document));

    const result = await certify(broken);
    expect(result.code).toBe(1);
    expect(result.json.ok).toBe(false);
    const failed = result.json.cases.filter((entry: { result: string }) => entry.result === "failed");
    expect(failed).toEqual([expect.objectContaining({ id: "create-user", message: expect.stringContaining("email") })]);
    expect(result.json.cases.find((entry: { id: string }) => entry.id === "get-user-by-id")).toMatchObject({
      result: "not_applicable",
      message: "Create User did not create a user to work with.",
    });
  });

  it("removes the user Create User made even when it rejects that flow's output, and says so", async () => {
    const document = JSON.parse(readFileSync(bundle, "utf8"));
    const createUser = document.flows.find((flow: { name: string }) => flow.name === "Provisioning Create User");
    // The API creates the user, but the flow answers a user without an id: outside the contract.
    const returned = createUser.cards.find((card: { id: string }) => card.id === "return");
    returned.inputs.user = { kind: "literal", value: { userName: "someone" } };
    const broken = join(dir, "no-id.json");
    writeFileSync(broken, JSON.stringify(document));

    const result = await certify(broken);
    expect(result.json.ok).toBe(false);
    expect(result.json.cases.find((entry: { id: string }) => entry.id === "create-user")).toMatchObject({
      result: "failed",
      message: expect.stringContaining("returned no user.id"),
    });
    const made = demo.store
      .inspect()
      .users.filter((user) => user.status === "active" && user.email.startsWith("certify."));
    expect(made).toEqual([]);
    const [cleanup] = result.json.cleanup.filter((entry: { what: string }) => entry.what.startsWith("user certify."));
    expect(cleanup).toMatchObject({ action: "deactivated", ok: true, message: expect.stringMatching(/^deactivated /) });
  });

  it("refuses a run without a connection, saying which options to give", async () => {
    const result = await ib("certify", bundle);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/exactly one of --connection FILE or --base-url URL/);
  });
});
