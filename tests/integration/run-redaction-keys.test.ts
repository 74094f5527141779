// Issue 12 point 6 through POST /api/flows/:id/run: values under keys that merely contain "secret" or "token"
// (a number, an enum) come back as they are; keys that name a secret with a text value stay redacted.
import { describe, expect, it } from "vitest";
import { useTempDatabase } from "../helpers/temp-db";
import { anyField, card, flow, returnCard, ref } from "../unit/engine/flow-builder";
import { signIn } from "../helpers/signed-in";
import { at, urlOf } from "../helpers/route-url";

useTempDatabase();

const owner = await signIn();

const { createProject } = await import("@/lib/projects/service");
const { createFlow } = await import("@/lib/flows/store");
const runRoute = at("/api/flows/[flowId]/run", await import("@/app/api/flows/[flowId]/run/route"));

const REGISTRATION = {
  client_id: "0oa1example",
  client_secret: "s3cr3t-client-value",
  client_secret_expires_at: 0,
  token_endpoint_auth_method: "client_secret_basic",
  token_type: "Bearer",
  access_token: "at-123456789",
  registration_access_token: ["rat-abcdef"],
  credentials: { password: "hunter22-long", passwordChanged: false },
};

async function run(flowId: string) {
  const response = await runRoute.POST(
    owner.request(urlOf(runRoute.POST, { flowId }), {
      method: "POST",
      body: JSON.stringify({ inputs: {} }),
      headers: { "content-type": "application/json" },
    }),
    { params: Promise.resolve({ flowId }) },
  );
  return { status: response.status, text: await response.clone().text(), json: await response.json() };
}

describe("run results redact by key only what could be a secret", () => {
  it("keeps numbers and enums under secret-sounding keys; redacts secret texts in outputs and trace", async () => {
    const projectId = (await createProject({ name: "Redaction" })).id;
    const subject = flow("Registration", [
      card("reg", "object.construct", REGISTRATION, {
        dynamicInputs: Object.keys(REGISTRATION).map(anyField),
      }),
      returnCard("done", { registration: ref("reg", "output") }),
    ]);
    subject.event.outputs = [anyField("registration")];
    const { id } = await createFlow(projectId, subject);

    const { status, text, json } = await run(id);
    expect(status).toBe(200);
    expect(json.ok).toBe(true);
    expect(json.outputs.registration).toEqual({
      client_id: "0oa1example",
      client_secret: "[redacted]",
      client_secret_expires_at: 0,
      token_endpoint_auth_method: "client_secret_basic",
      token_type: "Bearer",
      access_token: "[redacted]",
      registration_access_token: "[redacted]",
      credentials: { password: "[redacted]", passwordChanged: false },
    });
    for (const secret of ["s3cr3t-client-value", "at-123456789", "rat-abcdef", "hunter22-long"]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('"token_endpoint_auth_method":"client_secret_basic"');
  });
});
