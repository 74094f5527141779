// Issue 13, point 2: a connection update that changes the server's origin (protocol, host or port, server variables
// applied) with the masked secret sent back clears the stored secret instead of sending it to the new server; the
// answer names the cleared fields and why. Through the route and through `ib connection update` on the same database.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ibWithData } from "../helpers/ib-cli";
import { useTempDatabase } from "../helpers/temp-db";
import { signIn } from "../helpers/signed-in";

const dir = useTempDatabase();
const { ib } = ibWithData(dir);
const owner = await signIn();
const { createProject } = await import("@/lib/projects/service");
const { createAuthConfig } = await import("@/lib/auth/store");
const { createConnection, getConnection, resolveConnection } = await import("@/lib/connections/store");
const connectionRoute = await import("@/app/api/projects/[projectId]/connections/[connectionId]/route");
const { SECRET_MASK } = await import("@/lib/secrets/mask");

const PASSWORD = "repoint-password-4410";
let projectId = "";
let authConfigId = "";

const config = (server: Record<string, unknown>, parameters: Record<string, string>) => ({
  name: "Basic",
  authConfigId,
  server: { protocol: "http", basePath: "", ...server },
  parameters: { username: "ann", ...parameters },
});

async function put(connectionId: string, body: unknown) {
  const response = await connectionRoute.PUT(
    owner.request("http://127.0.0.1/x", {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({ projectId, connectionId }) },
  );
  return { status: response.status, body: await response.json() };
}

const newConnection = async (server: Record<string, unknown>, parameters: Record<string, string> = {}) =>
  (await createConnection(projectId, config(server, { password: PASSWORD, ...parameters }))).id;

beforeAll(async () => {
  projectId = (await createProject({ name: "Repoint" })).id;
  authConfigId = (await createAuthConfig(projectId, { name: "Basic", type: "basic", settings: {} })).id!;
});

describe("re-pointing a connection through the route", () => {
  it("keeps the stored secret when the origin stays", async () => {
    const id = await newConnection({ host: "127.0.0.1", port: 8081 });
    const answer = await put(id, {
      ...config({ host: "127.0.0.1", port: 8081, basePath: "/v2" }, { password: SECRET_MASK }),
      name: "Renamed",
    });
    expect(answer.status).toBe(200);
    expect(answer.body.clearedSecrets).toBeUndefined();
    expect((await resolveConnection(id)).auth.values.password).toBe(PASSWORD);
  });

  it.each([
    ["the port", { host: "127.0.0.1", port: 8082 }, "http://127.0.0.1:8082"],
    ["the host", { host: "localhost", port: 8081 }, "http://localhost:8081"],
    ["the protocol", { host: "127.0.0.1", port: 8081, protocol: "https" }, "https://127.0.0.1:8081"],
  ])("clears the masked secret when %s changes", async (_label, server, origin) => {
    const id = await newConnection({ host: "127.0.0.1", port: 8081 });
    const answer = await put(id, config(server, { password: SECRET_MASK }));
    expect(answer.status).toBe(200);
    expect(answer.body.clearedSecrets).toEqual({
      fields: ["password"],
      reason: `The server changed from http://127.0.0.1:8081 to ${origin}: stored secrets are never sent to another server, enter them again.`,
    });
    expect(answer.body.config.parameters.password).toBe("");
    expect((await resolveConnection(id)).auth.values.password).toBe("");
    expect((await getConnection(projectId, id)).config.parameters).toEqual({ username: "ann", password: "" });
  });

  it("compares origins after server variables are applied", async () => {
    const id = await newConnection({ host: "{tenant}", port: 8081 }, { tenant: "127.0.0.1" });
    const same = await put(id, config({ host: "127.0.0.1", port: 8081 }, { password: SECRET_MASK }));
    expect(same.body.clearedSecrets).toBeUndefined();
    const moved = await put(
      id,
      config({ host: "{tenant}", port: 8081 }, { password: SECRET_MASK, tenant: "localhost" }),
    );
    expect(moved.body.clearedSecrets.fields).toEqual(["password"]);
    expect((await resolveConnection(id)).auth.values.password).toBe("");
  });

  it("keeps a secret entered anew with the move", async () => {
    const id = await newConnection({ host: "127.0.0.1", port: 8081 });
    const answer = await put(id, config({ host: "127.0.0.1", port: 9090 }, { password: "new-password-7731" }));
    expect(answer.body.clearedSecrets).toBeUndefined();
    expect((await resolveConnection(id)).auth.values.password).toBe("new-password-7731");
  });
});

describe("ib connection update", () => {
  it("clears the masked secret on a change of origin and says so", async () => {
    const id = await newConnection({ host: "127.0.0.1", port: 8081 });
    const file = join(dir, "moved.json");
    writeFileSync(file, JSON.stringify(config({ host: "127.0.0.1", port: 8083 }, { password: SECRET_MASK })));
    const json = (await ib("connection", "update", id, "--file", file, "--json")).json;
    expect(json.clearedSecrets).toEqual({
      fields: ["password"],
      reason: expect.stringContaining("to http://127.0.0.1:8083"),
    });
    const text = (await ib("connection", "show", id)).stdout;
    expect(text).not.toContain(SECRET_MASK);
    expect((await resolveConnection(id)).auth.values.password).toBe("");
  });
});
