import { describe, expect, it } from "vitest";
import { validateOinApp, variableNameProblem } from "@/lib/oin/validate";

const valid = {
  displayName: "Acme",
  description: "Acme provisioning",
  capabilities: ["provisioning"],
  ssoProtocol: null,
  variables: [{ label: "Subdomain", name: "subdomain" }],
  auth: { mode: "basic" },
};

const fields = (payload: unknown) => {
  const result = validateOinApp(payload);
  return result.ok ? [] : result.problems.map((problem) => problem.location?.field);
};

describe("validateOinApp", () => {
  it("accepts a complete app and normalises it", () => {
    const result = validateOinApp({ ...valid, displayName: "  Acme  " });
    expect(result).toEqual({ ok: true, value: { ...valid, displayName: "Acme", capabilities: ["provisioning"] } });
  });

  it("reports every problem at once, each with its field", () => {
    const result = validateOinApp({
      displayName: "x".repeat(65),
      description: "",
      capabilities: ["entitlementManagement", "universalLogout"],
      variables: [
        { label: "Sub", name: "subdomain" },
        { label: "", name: "region" },
        { label: "Dup", name: "subDomain" },
        { label: "Again", name: "subdomain" },
      ],
      auth: {
        mode: "oauth2",
        authorizeEndpoint: "http://auth.example.com/authorize",
        tokenEndpoint: "",
        clientId: "",
        clientSecret: "",
      },
    });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map((problem) => problem.location?.field)).toEqual([
      "displayName",
      "description",
      "capabilities",
      "capabilities",
      "variables[1].label",
      "variables[2].name",
      "variables[3].name",
      "auth.authorizeEndpoint",
      "auth.tokenEndpoint",
      "auth.clientId",
      "auth.clientSecret",
    ]);
  });

  it("explains why camelCase or uppercase names are refused", () => {
    expect(variableNameProblem("subDomain")).toBe(
      'Name "subDomain" must be lowercase: the OIN Wizard doesn\'t support uppercase or camelCase names',
    );
    expect(variableNameProblem("1st")).toMatch(/must start with a letter/);
    expect(variableNameProblem("a-b")).toMatch(/only lowercase letters, digits and underscores/);
    expect(variableNameProblem("a".repeat(1025))).toMatch(/at most 1024/);
    expect(variableNameProblem("sub_domain_2")).toBeUndefined();
  });

  it("allows at most 8 tenant variables", () => {
    const variables = Array.from({ length: 9 }, (_, i) => ({ label: `V${i}`, name: `v${i}` }));
    expect(fields({ ...valid, variables })).toEqual(["variables"]);
    expect(fields({ ...valid, variables: variables.slice(0, 8) })).toEqual([]);
  });

  it("ties Entitlement Management to Provisioning and Universal Logout to an SSO protocol", () => {
    expect(fields({ ...valid, capabilities: ["entitlementManagement"] })).toEqual(["capabilities"]);
    expect(fields({ ...valid, capabilities: ["provisioning", "entitlementManagement"] })).toEqual([]);
    expect(fields({ ...valid, capabilities: ["universalLogout"] })).toEqual(["capabilities"]);
    expect(fields({ ...valid, capabilities: ["universalLogout"], ssoProtocol: "oidc" })).toEqual([]);
    expect(fields({ ...valid, capabilities: [] })).toEqual(["capabilities"]);
    expect(fields({ ...valid, ssoProtocol: "ws-fed" })).toEqual(["ssoProtocol"]);
  });

  it("requires HTTPS OAuth endpoints except on loopback hosts, with tenant-variable placeholders", () => {
    const oauth = (authorizeEndpoint: string) =>
      fields({
        ...valid,
        auth: {
          mode: "oauth2",
          authorizeEndpoint,
          tokenEndpoint: "https://example.com/token",
          clientId: "id",
          clientSecret: "s",
        },
      });
    expect(oauth("https://{subdomain}.example.com/authorize")).toEqual([]);
    expect(oauth("http://127.0.0.1:8080/authorize")).toEqual([]);
    expect(oauth("http://localhost/authorize")).toEqual([]);
    expect(oauth("http://[::1]:9000/authorize")).toEqual([]);
    expect(oauth("http://example.com/authorize")).toEqual(["auth.authorizeEndpoint"]);
    expect(oauth("ftp://example.com/authorize")).toEqual(["auth.authorizeEndpoint"]);
    expect(oauth("https://{region}.example.com/authorize")).toEqual(["auth.authorizeEndpoint"]);
    expect(oauth("not a url")).toEqual(["auth.authorizeEndpoint"]);
  });

  it("validates Custom authentication variables with the same name rule", () => {
    expect(fields({ ...valid, auth: { mode: "custom", variables: [] } })).toEqual(["auth.variables"]);
    expect(fields({ ...valid, auth: { mode: "custom", variables: [{ label: "Key", name: "apiKey" }] } })).toEqual([
      "auth.variables[0].name",
    ]);
    expect(fields({ ...valid, auth: { mode: "custom", variables: [{ label: "Key", name: "api_key" }] } })).toEqual([]);
    expect(fields({ ...valid, auth: { mode: "digest" } })).toEqual(["auth.mode"]);
  });

  it("refuses a payload that is not an object without throwing", () => {
    expect(validateOinApp("nope").ok).toBe(false);
    expect(validateOinApp(null).ok).toBe(false);
  });
});
