// The plan on real vendors' descriptions (tests/fixtures/specs/provisioning, origins in its MANIFEST.md): one case
// per shape the planner reads — SCIM semantics a description omits, platform specs with several surfaces, tenant
// segments, RPC method paths, ids and logins in queries and keys, lifecycle from the schema, groups by any name,
// Universal Logout, and no false positives — each named by the spec that shows it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { planActionsFromText } from "@/lib/actions/from-text";
import type { ActionPlan, PlannedAction } from "@/lib/actions/plan";
import type { ContractName } from "@/lib/contracts/catalog";
import { PROVISIONING_SPECS_DIR } from "../helpers/paths";

const plans = new Map<string, Promise<ActionPlan>>();
function plan(spec: string): Promise<ActionPlan> {
  if (!plans.has(spec))
    plans.set(spec, planActionsFromText(readFileSync(join(PROVISIONING_SPECS_DIR, spec), "utf8"), spec));
  return plans.get(spec)!;
}

async function action(spec: string, contract: ContractName): Promise<PlannedAction> {
  const found = (await plan(spec)).actions.find((entry) => entry.contract === contract);
  if (!found) throw new Error(`${contract} is not planned`);
  return found;
}

/** "GET /users/{id}", or null when the plan chose nothing. */
async function chosen(spec: string, contract: ContractName): Promise<string | null> {
  const { operation } = await action(spec, contract);
  return operation ? `${operation.method.toUpperCase()} ${operation.path}` : null;
}

describe("SCIM semantics where the description omits them (RFC 7644)", () => {
  it("a SCIM /Groups list without a filter parameter still finds groups by displayName (okta-scim)", async () => {
    expect(await chosen("okta-scim.json", "Provisioning List Groups by Display Name")).toBe("GET /Groups");
  });

  it("a SCIM PATCH that shows no `active` still activates and deactivates (citrix-gotomeeting-scim)", async () => {
    expect(await chosen("citrix-gotomeeting-scim.json", "Provisioning Activate User")).toBe("PATCH /Users/{userKey}");
    expect(await chosen("citrix-gotomeeting-scim.json", "Provisioning Deactivate User")).toBe("PATCH /Users/{userKey}");
    expect(await chosen("citrix-gotomeeting-scim.json", "Provisioning Add Group Members")).toBe(
      "PATCH /Groups/{groupKey}",
    );
  });

  it("a capitalised /Users in a spec that is no SCIM service is plain REST (jellyfin)", async () => {
    expect(await chosen("jellyfin.json", "Provisioning Create User")).toBe("POST /Users/New");
    expect((await action("jellyfin.json", "Provisioning Deactivate User")).why).toContain('"IsDisabled" to true');
  });
});

describe("platform specs with several surfaces", () => {
  const ghec = "github-ghec.json";

  it("takes every user contract from one SCIM surface of GitHub's 1,400-operation description", async () => {
    const created = await chosen(ghec, "Provisioning Create User");
    const scim = /^POST (\/scim\/v2\/\w+\/\{\w+\}\/Users)$/.exec(created ?? "")?.[1];
    expect(scim, String(created)).toBeDefined();
    expect(await chosen(ghec, "Provisioning List Users")).toBe(`GET ${scim}`);
    expect(await chosen(ghec, "Provisioning Get User by UserName")).toBe(`GET ${scim}`);
    expect(await chosen(ghec, "Provisioning Get User by ID")).toBe(`GET ${scim}/{scim_user_id}`);
    expect(await chosen(ghec, "Provisioning Deactivate User")).toBe(`PATCH ${scim}/{scim_user_id}`);
  });

  it("keeps the groups' memberships on the same surface as the groups", async () => {
    const groups = "/scim/v2/enterprises/{enterprise}/Groups";
    expect(await chosen(ghec, "Provisioning List Groups")).toBe(`GET ${groups}`);
    expect(await chosen(ghec, "Provisioning Add Group Members")).toBe(`PATCH ${groups}/{scim_group_id}`);
    expect((await action(ghec, "Provisioning Add Group Members")).why).toContain("same surface");
  });

  it("never the caller's own account, a search meant for something else, or type metadata", async () => {
    const everyChoice = (await plan(ghec)).actions.flatMap((entry) => (entry.operation ? [entry.operation.path] : []));
    expect(everyChoice.filter((path) => /^\/user(\/|$)|^\/search\/|^\/users$/.test(path))).toEqual([]);
    expect(await chosen("gitlab-v3.json", "Provisioning Get User by ID")).toBe("GET /v3/users/{id}");
    expect(await chosen("okta-management.json", "Provisioning Create User")).toBe("POST /api/v1/users");
    expect(await chosen("okta-management.json", "Provisioning Get User by ID")).toBe("GET /api/v1/users/{userId}");
  });

  it("prefers the unscoped users over a provider's per-customer copy (dracoon)", async () => {
    expect(await chosen("dracoon.json", "Provisioning List Users")).toBe("GET /v4/users");
  });
});

describe("paths, queries and keys of every style", () => {
  it("reads tenant segments as where records live (keycloak /{realm}, docusign /accounts/{accountId})", async () => {
    expect(await chosen("keycloak.json", "Provisioning List Users")).toBe("GET /{realm}/users");
    expect(await chosen("keycloak.json", "Provisioning Get Group by ID")).toBe("GET /{realm}/groups/{id}");
    expect(await chosen("docusign.json", "Provisioning Get User by ID")).toBe(
      "GET /v2.1/accounts/{accountId}/users/{userId}",
    );
    // `POST /v2.1/accounts` creates a tenant, not a user.
    expect(await chosen("docusign.json", "Provisioning Create User")).toBe("POST /v2.1/accounts/{accountId}/users");
  });

  it("reads RPC method paths (slack users.list, usergroups.users.update; asana /teams/{id}/addUser)", async () => {
    expect(await chosen("slack.json", "Provisioning List Users")).toBe("GET /users.list");
    expect(await chosen("slack.json", "Provisioning Get User by ID")).toBe("GET /users.info");
    expect(await chosen("slack.json", "Provisioning Remove Group Members")).toBe("POST /usergroups.users.update");
    expect(await chosen("asana.json", "Provisioning Add Group Members")).toBe("POST /teams/{team_gid}/addUser");
    expect(await chosen("asana.json", "Provisioning Remove Group Members")).toBe("POST /teams/{team_gid}/removeUser");
  });

  it("reads one record by an id in the query (jira ?accountId=, ?groupId=)", async () => {
    expect(await chosen("jira-cloud.json", "Provisioning Get User by ID")).toBe("GET /rest/api/3/user");
    expect(await chosen("jira-cloud.json", "Provisioning Remove Group")).toBe("DELETE /rest/api/3/group");
  });

  it("finds a user by login through a list filter, a search operation or a key that accepts the email", async () => {
    expect(await chosen("box.json", "Provisioning Get User by UserName")).toBe("GET /users");
    expect(await chosen("squareup.json", "Provisioning Get User by UserName")).toBe("POST /v2/team-members/search");
    expect(await chosen("zoom.json", "Provisioning Get User by UserName")).toBe("GET /users/{userId}");
  });
});

describe("lifecycle", () => {
  it("takes dedicated sub-resources whose meaning matches (okta lifecycle/activate, gitlab block)", async () => {
    expect(await chosen("okta-management.json", "Provisioning Activate User")).toBe(
      "POST /api/v1/users/{userId}/lifecycle/activate",
    );
    expect(await chosen("okta-management.json", "Provisioning Deactivate User")).toBe(
      "POST /api/v1/users/{userId}/lifecycle/deactivate",
    );
    expect(await chosen("gitlab-v3.json", "Provisioning Deactivate User")).toBe("PUT /v3/users/{id}/block");
  });

  it("sets a boolean or an enum status by update, with the value read from the schema", async () => {
    const google = await action("google-admin-directory.json", "Provisioning Deactivate User");
    expect(google.operation?.path).toBe("/admin/directory/v1/users/{userKey}");
    expect(google.why).toContain('"suspended" to true');
    const box = await action("box.json", "Provisioning Deactivate User");
    expect(box.operation).toEqual({ method: "put", path: "/users/{user_id}" });
    expect(box.why).toContain('"status" to "inactive"');
    const influx = await action("influxdata.json", "Provisioning Activate User");
    expect(influx.operation).toEqual({ method: "patch", path: "/users/{userID}" });
    expect(influx.why).toContain('"status" to "active"');
  });

  it("reads a suspend sub-resource's boolean both ways (iqualify)", async () => {
    expect(await chosen("iqualify.json", "Provisioning Activate User")).toBe("PUT /users/{userEmail}/suspend");
    expect(await chosen("iqualify.json", "Provisioning Deactivate User")).toBe("PUT /users/{userEmail}/suspend");
  });
});

describe("groups by any name and their memberships", () => {
  it("teams are groups (appwrite), memberships as sub-resources (box) or a field on the user (netbox)", async () => {
    expect(await chosen("appwrite-server.json", "Provisioning Create Group")).toBe("POST /teams");
    expect(await chosen("appwrite-server.json", "Provisioning Add Group Members")).toBe(
      "POST /teams/{teamId}/memberships",
    );
    expect(await chosen("box.json", "Provisioning Add Group Members")).toBe("POST /group_memberships");
    expect((await action("netbox.json", "Provisioning Add Group Members")).why).toContain('"groups" field');
  });

  it("puts one membership by its address (okta PUT /groups/{id}/users/{userId}; keycloak on the user)", async () => {
    expect(await chosen("okta-management.json", "Provisioning Add Group Members")).toBe(
      "PUT /api/v1/groups/{groupId}/users/{userId}",
    );
    expect(await chosen("keycloak.json", "Provisioning Add Group Members")).toBe(
      "PUT /{realm}/users/{id}/groups/{groupId}",
    );
  });

  it("a team that scopes every call (vercel ?teamId=) is the tenant, its members the users", async () => {
    expect(await chosen("vercel.json", "Provisioning List Users")).toBe("GET /v2/teams/{teamId}/members");
    expect(await chosen("vercel.json", "Provisioning Create Group")).toBeNull();
  });
});

describe("Universal Logout", () => {
  it("ends all of a user's sessions or revokes their tokens", async () => {
    expect(await chosen("keycloak.json", "Proprietary Universal Logout")).toBe("POST /{realm}/users/{id}/logout");
    expect(await chosen("google-admin-directory.json", "Proprietary Universal Logout")).toBe(
      "POST /admin/directory/v1/users/{userKey}/signOut",
    );
    expect(await chosen("zoom.json", "Proprietary Universal Logout")).toBe("DELETE /users/{userId}/token");
    expect(await chosen("box.json", "Proprietary Universal Logout")).toBe("POST /users/terminate_sessions");
  });

  it("never a password reset or the caller's own logout", async () => {
    expect(await chosen("okta-management.json", "Proprietary Universal Logout")).toBe(
      "DELETE /api/v1/users/{userId}/sessions",
    );
    expect(await chosen("appwrite-server.json", "Proprietary Universal Logout")).toBe(
      "DELETE /users/{userId}/sessions",
    );
    expect(await chosen("slicebox.json", "Proprietary Universal Logout")).toBeNull();
  });
});

describe("no false positives", () => {
  it("no Update User Password where no user write shows a password (sentry's and GitHub's SCIM)", async () => {
    expect(await chosen("sentry.json", "Provisioning Update User Password")).toBeNull();
    expect(await chosen("github-ghec.json", "Provisioning Update User Password")).toBeNull();
    expect(await chosen("citrix-gotomeeting-scim.json", "Provisioning Update User Password")).not.toBeNull();
  });

  it("no group contract on groups that never meet a user (rudder's groups of nodes)", async () => {
    const groupContracts = (await plan("rudder.json")).actions.filter(
      (entry) => /Group/.test(entry.contract) && entry.operation,
    );
    expect(groupContracts).toEqual([]);
  });
});

describe("the plan's answer", () => {
  it("lists the runner-ups with their scores, below the chosen operation", async () => {
    const planned = await action("github-ghec.json", "Provisioning Add Group Members");
    expect(planned.candidates.length).toBeGreaterThanOrEqual(2);
    for (const candidate of planned.candidates) {
      expect(candidate.score).toBeGreaterThan(0);
      expect(candidate.why).not.toBe("");
    }
  });
});
