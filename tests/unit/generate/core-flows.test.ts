import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateAuthConfigs } from "@/lib/auth/generate";
import { getCard } from "@/lib/cards/catalog";
import { allCards, type Flow } from "@/lib/flow/model";
import { checkReferences } from "@/lib/cards/scope";
import { flowContentHash } from "@/lib/flows/hash";
import { checkGenerationOrder, generateCoreFlows } from "@/lib/generate/core-flows";
import { chooseAuthpingOperation } from "@/lib/generate/ping";
import { planRegeneration } from "@/lib/generate/plan";
import { ingestSpec } from "@/lib/spec/ingest";
import type { SpecIndex } from "@/lib/spec/types";
import { specPath } from "../../helpers/paths";

async function indexOf(name: string): Promise<SpecIndex> {
  const result = await ingestSpec(readFileSync(specPath(name), "utf8"), { fileName: name });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.index;
}

describe("ping operation choice", () => {
  it("prefers an operation describing the caller", async () => {
    const index = await indexOf("readme-3.1-readme.json");
    const { choice, candidates } = chooseAuthpingOperation(index, "bearer");
    expect(choice).toMatchObject({ method: "GET", path: "/projects/me", query: {} });
    expect(choice!.reason).toMatch(/caller/);
    expect(candidates.length).toBeGreaterThan(0);
  });

  it("asks list endpoints for one item", async () => {
    expect(chooseAuthpingOperation(await indexOf("oai-v3.0-petstore.yaml")).choice).toMatchObject({
      path: "/pets",
      query: { limit: "1" },
    });
    const twilio = await indexOf("twilio-api-v2010.json");
    expect(chooseAuthpingOperation(twilio, "accountSid_authToken").choice).toMatchObject({ query: { PageSize: "1" } });
  });

  it("only takes operations the chosen scheme protects, and never ones needing arguments", async () => {
    const index = await indexOf("readme-3.0-security.json");
    expect(chooseAuthpingOperation(index, "apiKey_query").choice?.path).toBe("/anything/apiKey");
    // /anything/optional-auth also accepts no auth at all, so it proves nothing about the credential.
    const cookie = chooseAuthpingOperation(index, "apiKey_cookie");
    expect(cookie.choice).toBeUndefined();
    expect(cookie.message).toMatch(/apiKey_cookie/);
    expect(cookie.candidates[0].reason).toMatch(/not by "apiKey_cookie"|anyone may call it/);
    const links = chooseAuthpingOperation(await indexOf("oai-v3.0-link-example.yaml"));
    expect(links.choice).toBeUndefined();
    expect(links.message).toMatch(/needs a path, query or header parameter/);
  });

  it("still offers the ranked GETs, with the reason, when the configuration's scheme protects none", async () => {
    const okta = await indexOf("okta-oauth-minimal.yaml");
    const basic = chooseAuthpingOperation(okta, "basic");
    expect(basic.choice).toBeUndefined();
    expect(basic.message).toMatch(/pick one of the other GET operations below or enter the Relative URL/);
    expect(basic.candidates).toContainEqual(
      expect.objectContaining({
        path: "/oauth2/v1/clients",
        query: { limit: "1" },
        reason: expect.stringMatching(/one item \(limit=1\); protected by "apiToken" or "oauth2", not by "basic"/),
      }),
    );
  });
});

describe("core flow generation", () => {
  it("builds the three flows from ordinary catalog cards with valid references", async () => {
    const index = await indexOf("twilio-api-v2010.json");
    const auth = generateAuthConfigs(index).configurations[0];
    const { flows, context } = generateCoreFlows(index, { auth });
    expect(flows.map(({ flow }) => [flow.name, flow.kind, flow.folder])).toEqual([
      ["httpHelper", "helper", "Shared Folder"],
      ["_authping", "authping", "Shared Folder"],
      ["Custom API Action", "customApiAction", "Shared Folder"],
    ]);
    expect(context.authDescription).toContain(auth.name);
    for (const { flow } of flows) {
      for (const card of allCards(flow.cards)) expect(getCard(card.type), card.type).toBeDefined();
      expect(checkReferences(flow)).toEqual([]);
    }
    const action = flows[2].flow;
    expect(action.event.options[0]).toMatchObject({
      label: "Request Type",
      required: true,
      enum: ["GET", "PATCH", "POST", "PUT", "DELETE"],
    });
    expect(action.event.outputs.map((field) => field.label)).toEqual(["Status Code", "Headers", "Body"]);
    const authping = flows[1].flow;
    expect(JSON.stringify(authping)).toContain("/2010-04-01/Accounts.json");
  });

  it("leaves _authping's relative URL empty when no operation qualifies", async () => {
    const { flows, context } = generateCoreFlows(await indexOf("readme-3.0-polymorphism.yaml"), {
      flows: ["httpHelper", "authping"],
    });
    expect(context.pingOperation).toBeUndefined();
    const call = [...allCards(flows[1].flow.cards)].find((card) => card.type === "flow.callFlow")!;
    expect(call.inputs.relative_url).toEqual({ kind: "literal", value: "" });
  });

  it("refuses Authping or Custom API Action before httpHelper exists", () => {
    expect(() => checkGenerationOrder(["authping"], [])).toThrow(/Generate the HTTP Helper flow first/);
    expect(() => checkGenerationOrder(["customApiAction"], ["httpHelper"])).not.toThrow();
    expect(() => checkGenerationOrder(["httpHelper", "authping"], [])).not.toThrow();
  });
});

describe("regeneration plan", () => {
  const stored = (flow: Flow, generated: Flow | null, id = "f1") => ({
    id,
    name: flow.name,
    version: 3,
    generatedHash: generated ? flowContentHash(generated) : null,
    flow,
  });

  it("creates, updates untouched flows, and never overwrites edited ones", async () => {
    const before = generateCoreFlows(await indexOf("oai-v3.0-petstore.yaml")).flows;
    const after = generateCoreFlows(await indexOf("oai-v3.0-petstore.yaml"), { ping: { path: "/pets" } }).flows;
    const otherSpec = generateCoreFlows(await indexOf("oai-v3.0-petstore-expanded.json")).flows;
    const helper = before[0].flow;
    const authping = before[1].flow;
    const edited = { ...authping, description: "mine" };
    const plan = planRegeneration(after, [stored(helper, helper, "h"), stored(edited, authping, "a")]);
    expect(plan.map((entry) => entry.action)).toEqual(["unchanged", "edited", "create"]);
    expect(plan[1]).toMatchObject({ copyName: "_authping (regenerated)", flowId: "a" });

    const changedSpec = planRegeneration(otherSpec.slice(0, 1), [stored(helper, helper)]);
    expect(changedSpec[0].action).toBe("update");
    const handMade = planRegeneration(after.slice(0, 1), [stored(helper, null)]);
    expect(handMade[0].action).toBe("edited");
  });
});
