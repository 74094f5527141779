// The action plan picks the right operation for every contract an API implements and null for the others, on
// both demo APIs' own descriptions, real provider specs and hand-written specs of other common styles.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { startRestDemo } from "@/demo/rest/server";
import { startScimDemo } from "@/demo/scim/server";
import { planActionsFromText } from "@/lib/actions/from-text";
import type { ActionPlan } from "@/lib/actions/plan";
import { CONTRACT_NAMES } from "@/lib/contracts/catalog";
import { ibWithTempData } from "../helpers/ib-cli";
import { PROVISIONING_SPECS_DIR, specPath } from "../helpers/paths";

const ACTION_SPECS_DIR = fileURLToPath(new URL("../fixtures/action-specs", import.meta.url));

type Expected = Record<string, string>;

/** Every contract not listed must plan to null. */
function expectPlan(plan: ActionPlan, expected: Expected) {
  expect(plan.ok).toBe(true);
  expect(plan.actions.map((action) => action.contract)).toEqual(CONTRACT_NAMES);
  for (const action of plan.actions) {
    const chosen = action.operation ? `${action.operation.method} ${action.operation.path}` : null;
    expect(chosen, `${action.contract}: ${action.why}`).toBe(expected[action.contract] ?? null);
    if (action.operation) {
      expect(action.confidence).toBeGreaterThanOrEqual(0.5);
      expect(action.why).not.toBe("");
      for (const candidate of action.candidates) expect(candidate.score).toBeLessThanOrEqual(action.confidence);
    }
  }
}

const REST_DEMO: Expected = {
  "Proprietary Universal Logout": "delete /api/v1/users/{user_id}/sessions",
  "Provisioning Create User": "post /api/v1/users",
  "Provisioning Update User": "patch /api/v1/users/{user_id}",
  "Provisioning Update User Password": "put /api/v1/users/{user_id}/password",
  "Provisioning Activate User": "post /api/v1/users/{user_id}/activate",
  "Provisioning Deactivate User": "post /api/v1/users/{user_id}/deactivate",
  "Provisioning Get User by ID": "get /api/v1/users/{user_id}",
  "Provisioning Get User by UserName": "get /api/v1/users",
  "Provisioning List Users": "get /api/v1/users",
  "Provisioning Create Group": "post /api/v1/groups",
  "Provisioning Update Group": "patch /api/v1/groups/{group_id}",
  "Provisioning Remove Group": "delete /api/v1/groups/{group_id}",
  "Provisioning Add Group Members": "post /api/v1/group_memberships",
  "Provisioning Remove Group Members": "delete /api/v1/group_memberships",
  "Provisioning List Group Members": "get /api/v1/group_memberships",
  "Provisioning Get Group by ID": "get /api/v1/groups/{group_id}",
  "Provisioning List Groups": "get /api/v1/groups",
  "Provisioning List Groups by Display Name": "get /api/v1/groups",
};

const SCIM_DEMO: Expected = {
  "Provisioning Create User": "post /scim/v2/Users",
  "Provisioning Update User": "put /scim/v2/Users/{id}",
  "Provisioning Update User Password": "patch /scim/v2/Users/{id}",
  "Provisioning Activate User": "patch /scim/v2/Users/{id}",
  "Provisioning Deactivate User": "patch /scim/v2/Users/{id}",
  "Provisioning Get User by ID": "get /scim/v2/Users/{id}",
  "Provisioning Get User by UserName": "get /scim/v2/Users",
  "Provisioning List Users": "get /scim/v2/Users",
  "Provisioning Create Group": "post /scim/v2/Groups",
  "Provisioning Update Group": "patch /scim/v2/Groups/{id}",
  "Provisioning Remove Group": "delete /scim/v2/Groups/{id}",
  "Provisioning Add Group Members": "patch /scim/v2/Groups/{id}",
  "Provisioning Remove Group Members": "patch /scim/v2/Groups/{id}",
  "Provisioning List Group Members": "get /scim/v2/Groups/{id}",
  "Provisioning Get Group by ID": "get /scim/v2/Groups/{id}",
  "Provisioning List Groups": "get /scim/v2/Groups",
  "Provisioning List Groups by Display Name": "get /scim/v2/Groups",
  "Provisioning List User Schema": "get /scim/v2/Schemas",
  "Provisioning List User Schema Property Values": "get /scim/v2/Schemas",
  "Provisioning List Entitlement Schema": "get /scim/v2/ResourceTypes",
};

const GITLAB_V3: Expected = {
  "Provisioning Create User": "post /v3/users",
  "Provisioning Update User": "put /v3/users/{id}",
  "Provisioning Update User Password": "put /v3/users/{id}",
  "Provisioning Activate User": "put /v3/users/{id}/unblock",
  "Provisioning Deactivate User": "put /v3/users/{id}/block",
  "Provisioning Get User by ID": "get /v3/users/{id}",
  "Provisioning Get User by UserName": "get /v3/users",
  "Provisioning List Users": "get /v3/users",
  "Provisioning Create Group": "post /v3/groups",
  "Provisioning Update Group": "put /v3/groups/{id}",
  "Provisioning Remove Group": "delete /v3/groups/{id}",
  "Provisioning Add Group Members": "post /v3/groups/{id}/members",
  "Provisioning Remove Group Members": "delete /v3/groups/{id}/members/{user_id}",
  "Provisioning List Group Members": "get /v3/groups/{id}/members",
  "Provisioning Get Group by ID": "get /v3/groups/{id}",
  "Provisioning List Groups": "get /v3/groups",
  "Provisioning List Groups by Display Name": "get /v3/groups",
};

const HAND_WRITTEN: Record<string, Expected> = {
  "slack-like-rpc.yaml": {
    "Proprietary Universal Logout": "post /admin.users.session.reset",
    "Provisioning Create User": "post /admin.users.invite",
    "Provisioning Update User": "post /users.profile.set",
    "Provisioning Deactivate User": "post /admin.users.remove",
    "Provisioning Get User by ID": "get /users.info",
    "Provisioning Get User by UserName": "get /users.lookupByEmail",
    "Provisioning List Users": "get /users.list",
    "Provisioning Create Group": "post /usergroups.create",
    "Provisioning Update Group": "post /usergroups.update",
    "Provisioning List Group Members": "get /usergroups.users.list",
    "Provisioning List Groups": "get /usergroups.list",
  },
  "helpdesk-json-suffix.yaml": {
    "Proprietary Universal Logout": "delete /api/v2/users/{user_id}/sessions.json",
    "Provisioning Create User": "post /api/v2/users.json",
    "Provisioning Update User": "put /api/v2/users/{user_id}.json",
    "Provisioning Update User Password": "put /api/v2/users/{user_id}/password.json",
    "Provisioning Activate User": "put /api/v2/users/{user_id}.json",
    "Provisioning Deactivate User": "put /api/v2/users/{user_id}.json",
    "Provisioning Get User by ID": "get /api/v2/users/{user_id}.json",
    "Provisioning Get User by UserName": "get /api/v2/users/search.json",
    "Provisioning List Users": "get /api/v2/users.json",
    "Provisioning Create Group": "post /api/v2/groups.json",
    "Provisioning Update Group": "put /api/v2/groups/{group_id}.json",
    "Provisioning Remove Group": "delete /api/v2/groups/{group_id}.json",
    "Provisioning Add Group Members": "post /api/v2/group_memberships.json",
    "Provisioning Remove Group Members": "delete /api/v2/group_memberships/{group_membership_id}.json",
    "Provisioning List Group Members": "get /api/v2/groups/{group_id}/memberships.json",
    "Provisioning Get Group by ID": "get /api/v2/groups/{group_id}.json",
    "Provisioning List Groups": "get /api/v2/groups.json",
  },
  "accounts-lifecycle.yaml": {
    "Proprietary Universal Logout": "post /accounts/{accountId}/logout",
    "Provisioning Create User": "post /accounts",
    "Provisioning Update User": "put /accounts/{accountIdOrEmail}",
    "Provisioning Update User Password": "put /accounts/{accountId}/credentials/password",
    "Provisioning Activate User": "post /accounts/{accountId}/lifecycle/reactivate",
    "Provisioning Deactivate User": "post /accounts/{accountId}/lifecycle/deactivate",
    "Provisioning Get User by ID": "get /accounts/{accountIdOrEmail}",
    "Provisioning Get User by UserName": "get /accounts",
    "Provisioning List Users": "get /accounts",
    "Provisioning Create Group": "post /teams",
    "Provisioning Update Group": "patch /teams/{teamId}",
    "Provisioning Remove Group": "delete /teams/{teamId}",
    "Provisioning Add Group Members": "post /teams/{teamId}/members",
    "Provisioning Remove Group Members": "delete /teams/{teamId}/members/{accountId}",
    "Provisioning List Group Members": "get /teams/{teamId}/members",
    "Provisioning Get Group by ID": "get /teams/{teamId}",
    "Provisioning List Groups": "get /teams",
    "Provisioning List Groups by Display Name": "get /teams",
  },
  "people-status.yaml": {
    "Provisioning Create User": "post /people",
    "Provisioning Update User": "patch /people/{personId}",
    "Provisioning Activate User": "put /people/{personId}/status",
    "Provisioning Deactivate User": "put /people/{personId}/status",
    "Provisioning Get User by ID": "get /people/{personId}",
    "Provisioning Get User by UserName": "get /people",
    "Provisioning List Users": "get /people",
  },
};

describe("ib actions plan", () => {
  const { ib } = ibWithTempData();
  let restSpec: string;
  let scimSpec: string;

  beforeAll(async () => {
    const specs = mkdtempSync(join(tmpdir(), "ib-plan-"));
    const [rest, scim] = await Promise.all([startRestDemo(), startScimDemo()]);
    try {
      restSpec = join(specs, "rest-demo.json");
      scimSpec = join(specs, "scim-demo.json");
      writeFileSync(restSpec, await (await fetch(`${rest.url}/openapi.json`)).text());
      writeFileSync(scimSpec, await (await fetch(`${scim.url}/openapi.json`)).text());
    } finally {
      await Promise.all([rest.close(), scim.close()]);
    }
  });

  it("plans the REST demo, the SCIM demo and GitLab v3; says so for a spec without user management", {
    timeout: 120_000,
  }, async () => {
    const [rest, scim, gitlab, petstore] = await Promise.all(
      [restSpec, scimSpec, join(PROVISIONING_SPECS_DIR, "gitlab-v3.json"), specPath("oai-v3.0-petstore.yaml")].map(
        (file) => ib("actions", "plan", file, "--json"),
      ),
    );
    expectPlan(rest.json, REST_DEMO);
    expectPlan(scim.json, SCIM_DEMO);
    expectPlan(gitlab.json, GITLAB_V3);
    expectPlan(petstore.json, {});
    expect(petstore.json.summary).toMatch(/nothing to plan/);
    for (const action of rest.json.actions)
      for (const candidate of action.candidates)
        expect(Object.keys(candidate).sort()).toEqual(["method", "path", "score", "why"]);
  });

  it("prints a readable plan with the runner-ups", async () => {
    const text = await ib("actions", "plan", restSpec);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("Provisioning Deactivate User");
    expect(text.stdout).toContain("POST /api/v1/users/{user_id}/deactivate");
    expect(text.stdout).toMatch(/next: PATCH \/api\/v1\/users\/\{user_id\}/);
  });

  it("reports a file that is not a spec with its location, and exits 1", async () => {
    const bad = join(mkdtempSync(join(tmpdir(), "ib-plan-bad-")), "bad.yaml");
    writeFileSync(bad, "openapi: 3.0.0\ninfo: [\n");
    const result = await ib("actions", "plan", bad, "--json");
    expect(result.code).toBe(1);
    expect(result.json.errors[0].location.file).toBe(bad);
  });
});

describe("planning other API styles", () => {
  it("a SCIM spec whose paths declare no operations plans nothing and says why", async () => {
    const plan = await planActionsFromText(
      readFileSync(specPath("twilio-iam-scim.yaml"), "utf8"),
      "twilio-iam-scim.yaml",
    );
    expectPlan(plan, {});
    expect(plan.summary).toMatch(/no operations/);
  });

  it.each(Object.keys(HAND_WRITTEN))("%s", async (name) => {
    const plan = await planActionsFromText(readFileSync(join(ACTION_SPECS_DIR, name), "utf8"), name);
    expectPlan(plan, HAND_WRITTEN[name]);
  });
});
