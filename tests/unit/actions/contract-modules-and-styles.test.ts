// Each catalog contract has exactly one module, and each API style answers for the operations it recognises:
// SCIM on the SCIM demo's own description, plain REST on GitLab's v3 spec.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { scimDemoOpenApi } from "@/demo/scim/openapi";
import { CONTRACT_ACTIONS } from "@/lib/actions/contracts";
import { type ActionPlan, planActions } from "@/lib/actions/plan";
import { draftTarget, STYLES, styleOf } from "@/lib/actions/styles";
import type { DraftTarget } from "@/lib/actions/styles/model";
import { rest } from "@/lib/actions/styles/rest";
import { scim } from "@/lib/actions/styles/scim";
import {
  CONTRACT_NAMES,
  CONTRACTS,
  type ContractName,
  contractSlug,
  findContract,
  isContractName,
} from "@/lib/contracts/catalog";
import { fromEvent } from "@/lib/generate/bindings";
import { ingestSpec } from "@/lib/spec/ingest";
import { parseSpecText } from "@/lib/spec/parse";
import type { SpecIndex } from "@/lib/spec/types";
import { PROVISIONING_SPECS_DIR } from "../../helpers/paths";

const MODULES_DIR = fileURLToPath(new URL("../../../lib/actions/contracts", import.meta.url));

async function planned(text: string, fileName: string) {
  const ingested = await ingestSpec(text, { fileName });
  const parsed = await parseSpecText(text, fileName);
  if (!ingested.ok || !parsed.ok) throw new Error(`${fileName} does not parse`);
  const document = parsed.document;
  const index: SpecIndex = ingested.index;
  const plan: ActionPlan = planActions(document, index);
  /** The draft target of a planned contract, with the style chosen for its operation. */
  const target = (name: ContractName): DraftTarget => {
    const action = plan.actions.find((entry) => entry.contract === name)!;
    expect(action.operation, `${name} is planned`).not.toBeNull();
    return draftTarget(findContract(name), action, action.operation!, document, index);
  };
  return { plan, target };
}

const scimSpec = () => planned(JSON.stringify(scimDemoOpenApi("http://127.0.0.1:9")), "scim-demo.json");
const restSpec = () => planned(readFileSync(`${PROVISIONING_SPECS_DIR}/gitlab-v3.json`, "utf8"), "gitlab-v3.json");

describe("contract modules", () => {
  it("gives every catalog contract exactly one module, in a file named after it", () => {
    expect(CONTRACTS.map((contract) => contract.name)).toEqual([...CONTRACT_NAMES]);
    expect(Object.keys(CONTRACT_ACTIONS).sort()).toEqual([...CONTRACT_NAMES].sort());
    for (const [name, module] of Object.entries(CONTRACT_ACTIONS)) expect(module.contract).toBe(name);
    const files = readdirSync(MODULES_DIR).filter((file) => file.endsWith(".ts") && file !== "index.ts");
    expect(files.sort()).toEqual(CONTRACT_NAMES.map((name) => `${contractSlug(name)}.ts`).sort());
  });

  it("accepts only the catalog's names as contract names", () => {
    expect(isContractName("Provisioning Create User")).toBe(true);
    expect(isContractName("Provisioning Create Usr")).toBe(false);
    expect(isContractName("toString")).toBe(false);
    expect(isContractName(42)).toBe(false);
    expect(findContract("Provisioning Fly")).toBeUndefined();
  });
});

describe("API styles", () => {
  it("implement every member of the interface, plain REST recognising any operation last", () => {
    expect(STYLES.at(-1)).toBe(rest);
    for (const style of STYLES)
      for (const member of Object.keys(rest))
        expect(typeof style[member as keyof typeof style], member).toBe(typeof rest[member as keyof typeof rest]);
  });

  it("are told apart by each operation's own marks, so one spec can offer both surfaces", () => {
    const signs = { requestFields: [], responseFields: [], queryNames: [] };
    expect(styleOf({ ...signs, path: "/scim/v2/Users" })).toBe(scim);
    expect(styleOf({ ...signs, path: "/api/v1/users" })).toBe(rest);
    expect(styleOf({ ...signs, path: "/api/v1/users/{id}", requestFields: ["schemas", "Operations"] })).toBe(scim);
    expect(styleOf({ ...signs, path: "/api/v1/people", itemFields: ["schemas", "userName", "id"] })).toBe(scim);
    expect(styleOf({ ...signs, path: "/api/v1/people", queryNames: ["email", "page"] })).toBe(rest);
  });

  it("decide per operation: SCIM on the SCIM demo, REST on GitLab", async () => {
    const [scimApi, restApi] = await Promise.all([scimSpec(), restSpec()]);
    for (const [api, style] of [
      [scimApi, scim],
      [restApi, rest],
    ] as const)
      for (const action of api.plan.actions)
        if (action.operation) expect(api.target(action.contract).style.name, action.contract).toBe(style.name);
  });

  it("SCIM: the user goes as it is, lifecycle and members by PatchOp, userName by filter, members read with the group", async () => {
    const api = await scimSpec();
    const create = scim.userExchange(api.target("Provisioning Create User"), true);
    expect(create).toMatchObject({ cards: [], body: fromEvent("user"), note: " A SCIM API: the user goes as it is." });
    const deactivate = api.target("Provisioning Deactivate User");
    expect(scim.lifecycleBody(deactivate, "inactive")).toEqual({
      body: expect.objectContaining({
        value: {
          schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
          Operations: [{ op: "replace", path: "active", value: false }],
        },
      }),
    });
    const byName = api.target("Provisioning Get User by UserName");
    expect(Object.keys(scim.equalsFilter("userName", fromEvent("userName"), byName.queryNames)!.query)).toEqual([
      "filter",
    ]);
    const added = scim.membersChange(api.target("Provisioning Add Group Members"), "add");
    expect(typeof added === "object" && "cards" in added && added.description).toContain(
      "One SCIM PatchOp adds every member",
    );
    const members = scim.membersList(api.target("Provisioning List Group Members"));
    expect(typeof members === "object" && "cards" in members && members.description).toContain(
      "Pages over the group's members attribute",
    );
  });

  it("REST: records mapped field by field, members one call each, names by query parameter", async () => {
    const api = await restSpec();
    const create = rest.userExchange(api.target("Provisioning Create User"), true);
    expect(typeof create === "object" && create.note).toMatch(/^ Response mapping: /);
    const byName = api.target("Provisioning Get User by UserName");
    expect(Object.keys(rest.equalsFilter("userName", fromEvent("userName"), byName.queryNames)!.query)).not.toEqual([
      "filter",
    ]);
    const added = rest.membersChange(api.target("Provisioning Add Group Members"), "add");
    expect(typeof added === "object" && "helpers" in added && added.helpers.map((flow) => flow.name)).toEqual([
      "Add one group member",
    ]);
    const block = api.target("Provisioning Deactivate User");
    expect(rest.errorMessagePath(block)).toEqual(block.bodies.errorMessagePath);
  });
});
