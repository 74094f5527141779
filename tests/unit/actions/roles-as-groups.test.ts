// A spec without groups whose role records list their users groups its users by role (Directus's roles): the group
// contracts take the role operations. Roles that only grant permissions stay entitlements.
import { describe, expect, it } from "vitest";
import { planActions } from "@/lib/actions/plan";
import { ingestSpec } from "@/lib/spec/ingest";
import { parseSpecText } from "@/lib/spec/parse";

const record = (properties: Record<string, unknown>) => ({ type: "object", properties });
const json = (schema: unknown) => ({ content: { "application/json": { schema } } });

/** Users and roles; a role record lists its users when `roleUsers`. */
function spec(roleUsers: boolean) {
  const user = record({ id: { type: "string" }, email: { type: "string" }, role: { type: "string" } });
  const role = record({
    id: { type: "string" },
    name: { type: "string" },
    description: { type: "string" },
    ...(roleUsers ? { users: { type: "array", items: { type: "string" } } } : {}),
  });
  const ok = (schema: unknown) => ({ "200": { description: "OK", ...json(schema) } });
  const collection = (schema: unknown) => ({
    get: { responses: ok({ type: "array", items: schema }) },
    post: { requestBody: json(schema), responses: ok(schema) },
  });
  const one = (schema: unknown) => ({
    parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
    get: { responses: ok(schema) },
    patch: { requestBody: json(schema), responses: ok(schema) },
    delete: { responses: { "204": { description: "Deleted" } } },
  });
  return {
    openapi: "3.0.3",
    info: { title: "Roles", version: "1" },
    paths: {
      "/users": collection(user),
      "/users/{id}": one(user),
      "/roles": collection(role),
      "/roles/{id}": one(role),
    },
  };
}

async function plan(roleUsers: boolean) {
  const text = JSON.stringify(spec(roleUsers));
  const [ingested, parsed] = await Promise.all([ingestSpec(text), parseSpecText(text)]);
  if (!ingested.ok || !parsed.ok) throw new Error("the spec did not ingest");
  const actions = planActions(parsed.document, ingested.index).actions;
  return Object.fromEntries(
    actions.map((action) => [
      action.contract,
      action.operation && `${action.operation.method} ${action.operation.path}`,
    ]),
  );
}

describe("roles as groups", () => {
  it("takes roles that list their users as the groups", async () => {
    const chosen = await plan(true);
    expect(chosen).toMatchObject({
      "Provisioning Create Group": "post /roles",
      "Provisioning Get Group by ID": "get /roles/{id}",
      "Provisioning List Groups": "get /roles",
      "Provisioning Remove Group": "delete /roles/{id}",
      "Provisioning Create User": "post /users",
    });
  });

  it("leaves roles that only grant permissions to the entitlement contracts", async () => {
    const chosen = await plan(false);
    expect(chosen["Provisioning Create Group"]).toBeNull();
    expect(chosen["Provisioning List Groups"]).toBeNull();
  });
});
