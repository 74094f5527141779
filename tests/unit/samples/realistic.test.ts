// Sample inputs look like what a person would type and are unique per run: emails, names and ids by property name and
// format, the contract's and the spec's examples kept, identifying values (userName, emails, display names) ending in
// a suffix — in a test flow's inputs "{run}", filled anew on every run — so creating again does not conflict.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CONTRACTS, findContract } from "@/lib/contracts/catalog";
import { sampleOperation } from "@/lib/generate/sample";
import { sampleInputs, testFlowDocument } from "@/lib/project-actions/documents";
import { testCaseOf } from "@/lib/project-actions/test-case";
import { forThisRun, realistic } from "@/lib/samples/realistic";
import { ingestSpec } from "@/lib/spec/ingest";
import { validatorFor } from "@/lib/validation/ajv";

const EMAIL = /^[a-z.]+\.[0-9a-f]{6}@example\.com$/;
const RUN_EMAIL = /^ada\.lovelace\.\{run\}@example\.com$/;
const contract = (name: string) => findContract(name)!;
const texts = (value: unknown): string[] =>
  typeof value === "string" ? [value] : value && typeof value === "object" ? Object.values(value).flatMap(texts) : [];

describe("sample inputs of the action contracts", () => {
  it("are valid, and hold no placeholder, for every contract", () => {
    for (const entry of CONTRACTS) {
      const inputs = sampleInputs(entry);
      expect(validatorFor(entry.input)(inputs), entry.name).toBe(true);
      expect(texts(inputs), entry.name).not.toContain("string");
    }
  });

  it("give Create User a realistic SCIM user whose identifying values end in {run}", () => {
    const user = sampleInputs(contract("Provisioning Create User")).user as Record<string, any>;
    expect(user).toMatchObject({
      schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"],
      userName: expect.stringMatching(RUN_EMAIL),
      name: { givenName: "Ada", familyName: "Lovelace" },
      displayName: "Ada Lovelace {run}",
      active: true,
    });
    // The primary email is the userName, as the contract's example has it.
    expect(user.emails[0]).toEqual({ value: user.userName, type: "work", primary: true });
  });

  it("are unique per run: each run of the same test flow fills {run} anew, the same in every field", () => {
    const create = contract("Provisioning Create User");
    const action = { name: "Create User", event: { type: "action", inputs: [{ key: "user" }] } } as never;
    const test = testFlowDocument(action, create, "Test Create User");
    const first = testCaseOf(test).inputs.user as Record<string, any>;
    const second = testCaseOf(test).inputs.user as Record<string, any>;
    expect(first.userName).toMatch(EMAIL);
    expect(first.emails[0].value).toBe(first.userName);
    expect(first.displayName).toMatch(/^Ada Lovelace [0-9a-f]{6}$/);
    expect(second.userName).toMatch(EMAIL);
    expect(second.userName).not.toBe(first.userName);
    // A value typed without {run} is sent as it is.
    expect(forThisRun({ userName: "grace@acme.test" })).toEqual({ userName: "grace@acme.test" });
  });

  it("name groups as groups and look users up by an email userName", () => {
    const group = sampleInputs(contract("Provisioning Create Group")).group as Record<string, unknown>;
    expect(group).toMatchObject({ schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"] });
    expect(group.displayName).toBe("Engineering {run}");
    expect(sampleInputs(contract("Provisioning List Groups by Display Name")).displayName).toBe("Test group {run}");
    expect(sampleInputs(contract("Provisioning Get User by UserName")).userName).toMatch(RUN_EMAIL);
    expect(sampleInputs(contract("Provisioning Get User by ID")).userId).toBe("test-{run}");
  });
});

describe("realistic values from sampled placeholders", () => {
  it("fill placeholders by property name and format, and keep examples apart from making them unique", () => {
    const sampled = {
      first_name: "string",
      lastName: "string",
      email: "user@example.com",
      login: "grace@navy.example",
      phoneNumbers: [{ value: "string", type: "string" }],
      uuid: "3fa85f64-5717-4562-b3fc-2c963f66afa6",
      page_size: 0,
      title: "Rear Admiral",
      displayName: "Grace Hopper",
      schemas: ["string"],
      userName: "string",
    };
    const value = realistic(sampled, { suffix: "abc123" });
    expect(value).toEqual({
      first_name: "Ada",
      lastName: "Lovelace",
      email: "ada.lovelace.abc123@example.com",
      login: "grace.abc123@navy.example",
      phoneNumbers: [{ value: "+1 555 0100", type: "work" }],
      uuid: expect.stringMatching(/^[0-9a-f-]{36}$/),
      page_size: 10,
      title: "Rear Admiral",
      displayName: "Grace Hopper abc123",
      schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"],
      userName: "ada.lovelace.abc123@example.com",
    });
    expect(value.uuid).not.toBe(sampled.uuid);
  });

  it("make the body of a spec's create operation realistic (Try an operation)", async () => {
    const text = readFileSync(new URL("../../fixtures/action-specs/people-status.yaml", import.meta.url), "utf8");
    const ingested = await ingestSpec(text);
    if (!ingested.ok) throw new Error("the spec did not ingest");
    const first = await sampleOperation(text, ingested.index, "post", "/people");
    const second = await sampleOperation(text, ingested.index, "post", "/people");
    expect(first.body).toEqual({
      email: expect.stringMatching(EMAIL),
      given_name: "Ada",
      family_name: "Lovelace",
    });
    expect((second.body as { email: string }).email).not.toBe((first.body as { email: string }).email);
  });
});
