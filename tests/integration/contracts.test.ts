// The contract catalog: every schema accepts a hand-written valid example and rejects one missing a required
// field; the published docs match the code; `ib contracts` and GET /api/contracts list exactly the 22.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { CONTRACTS } from "@/lib/contracts/catalog";
import { publishedContractFiles } from "@/lib/contracts/publish";
import { ENTERPRISE_USER_URN } from "@/lib/contracts/shapes";
import { ibWithTempData } from "../helpers/ib-cli";
import { CONTRACT_EXAMPLES } from "../fixtures/contracts/examples";
import { signIn } from "../helpers/signed-in";
import { useTempDatabase } from "../helpers/temp-db";

useTempDatabase();
const owner = await signIn();
const contractsRoute = await import("@/app/api/contracts/route");

const EXPECTED_NAMES = [
  "Proprietary Universal Logout",
  "Provisioning Create User",
  "Provisioning Update User",
  "Provisioning Update User Password",
  "Provisioning Activate User",
  "Provisioning Deactivate User",
  "Provisioning Get User by ID",
  "Provisioning Get User by UserName",
  "Provisioning List Users",
  "Provisioning Create Group",
  "Provisioning Update Group",
  "Provisioning Remove Group",
  "Provisioning Add Group Members",
  "Provisioning Remove Group Members",
  "Provisioning List Group Members",
  "Provisioning Get Group by ID",
  "Provisioning List Groups",
  "Provisioning List Groups by Display Name",
  "Provisioning List User Schema",
  "Provisioning List Entitlement Schema",
  "Provisioning List User Schema Property Values",
  "Provisioning List Entitlement Schema Property Values",
];

// strict mode: a misspelt keyword in a contract schema fails the compile instead of being ignored.
const ajv = addFormats(new Ajv2020({ allErrors: true, strict: true }));
const compiled = new Map(
  CONTRACTS.map((entry) => [entry.name, { input: ajv.compile(entry.input), output: ajv.compile(entry.output) }]),
);

function without(value: Record<string, unknown>, path: string[]): Record<string, unknown> {
  const copy = structuredClone(value);
  let node = copy as Record<string, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  delete node[path[path.length - 1]];
  return copy;
}

describe("contract schemas", () => {
  it("are exactly the 22 contracts, each with an example", () => {
    expect([...CONTRACTS.map((entry) => entry.name)].sort()).toEqual([...EXPECTED_NAMES].sort());
    expect(Object.keys(CONTRACT_EXAMPLES).sort()).toEqual([...EXPECTED_NAMES].sort());
  });

  it.each(CONTRACTS.map((entry) => [entry.name]))("%s accepts its valid example", (name) => {
    const { input, output } = compiled.get(name)!;
    const example = CONTRACT_EXAMPLES[name];
    expect(input(example.input), JSON.stringify(input.errors)).toBe(true);
    expect(output(example.output), JSON.stringify(output.errors)).toBe(true);
  });

  it.each(CONTRACTS.map((entry) => [entry.name]))("%s rejects an example missing a required field", (name) => {
    const { input, output } = compiled.get(name)!;
    const example = CONTRACT_EXAMPLES[name];
    if (example.missingInput.length) {
      expect(input(without(example.input, example.missingInput))).toBe(false);
      expect(input.errors?.[0]).toMatchObject({ keyword: "required" });
    }
    // every output must say how it went
    expect(output(without(example.output, ["executionStatus"]))).toBe(false);
    expect(output({ executionStatus: {} })).toBe(false);
  });

  it("rejects a wrong enum value and an unknown top-level field", () => {
    const { output, input } = compiled.get("Provisioning Get User by ID")!;
    expect(output({ executionStatus: { status: "DONE" } })).toBe(false);
    expect(input({ userId: "u-1", extra: true })).toBe(false);
  });

  it("marks the required contracts as §1.6 does and carries the enterprise extension under one property", () => {
    const required = CONTRACTS.filter((entry) => entry.required).map((entry) => entry.name);
    expect(required.sort()).toEqual(
      [
        "Proprietary Universal Logout",
        "Provisioning Get User by ID",
        "Provisioning Get User by UserName",
        "Provisioning List Users",
        "Provisioning List User Schema",
        "Provisioning List User Schema Property Values",
        "Provisioning List Groups",
        "Provisioning Get Group by ID",
      ].sort(),
    );
    const user = (CONTRACTS[1].input.properties as any).user;
    expect(Object.keys(user.properties)).toContain(ENTERPRISE_USER_URN);
  });
});

describe("published contracts", () => {
  const root = fileURLToPath(new URL("../..", import.meta.url));
  it("docs/contracts.md and docs/contracts/*.json match the code (run scripts/export-contracts.ts)", () => {
    const files = publishedContractFiles();
    for (const [path, text] of Object.entries(files)) expect(readFileSync(join(root, path), "utf8"), path).toBe(text);
    const published = readdirSync(join(root, "docs/contracts")).map((name) => `docs/contracts/${name}`);
    expect(published.sort()).toEqual(
      Object.keys(files)
        .filter((path) => path.endsWith(".json"))
        .sort(),
    );
  });
});

describe("listing the contracts", () => {
  it("ib contracts --json lists exactly the 22 names with their schemas", async () => {
    const { ib } = ibWithTempData();
    const result = await ib("contracts", "--json");
    expect(result.code).toBe(0);
    expect(result.json.contracts.map((entry: { name: string }) => entry.name).sort()).toEqual(
      [...EXPECTED_NAMES].sort(),
    );
    expect(Object.keys(result.json.contracts[0]).sort()).toEqual(
      ["name", "capability", "operationGroup", "required", "input", "output"].sort(),
    );
    const text = await ib("contracts");
    expect(text.stdout).toContain("Provisioning List Entitlement Schema Property Values");
  });

  it("GET /api/contracts answers the same list", async () => {
    const response = await contractsRoute.GET(owner.request("http://localhost/api/contracts"), {
      params: Promise.resolve({}),
    });
    const body = await response.json();
    expect(response.status).toBe(200);
    expect(body.contracts).toHaveLength(22);
    expect(body.contracts[3].output.required).toEqual(["executionStatus"]);
  });
});
