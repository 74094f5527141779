// Bundles: parse errors with pointers, export without secrets, import into another project and back again.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { useTempDatabase } from "../helpers/temp-db";
import { specPath } from "../helpers/paths";

useTempDatabase();

const { parseBundle, parseBundleText } = await import("@/lib/bundle/schema");
const { exportProject, importBundle } = await import("@/lib/bundle/project");
const { bundleFromSpec } = await import("@/lib/bundle/from-spec");
const { createProject } = await import("@/lib/projects/service");
const { uploadSpec } = await import("@/lib/specs-store/store");
const { createAuthConfig, generateProjectAuthConfigs, listAuthConfigs, saveAuthMapping } = await import(
  "@/lib/auth/store"
);
const { saveAndStartBuilding } = await import("@/lib/oin/start-building");
const { generateProjectCoreFlows } = await import("@/lib/generate/service");
const { listFlows } = await import("@/lib/flows/store");
const { ingestSpec } = await import("@/lib/spec/ingest");

const STATIC_SECRET = "static-signing-secret-4410";

describe("bundle format", () => {
  it("reports every problem with a JSON pointer", async () => {
    const ingested = await ingestSpec(readFileSync(specPath("oai-v3.0-petstore.yaml"), "utf8"));
    if (!ingested.ok) throw new Error("spec");
    const { bundle } = bundleFromSpec(ingested.index);
    expect(parseBundle(bundle).flows).toHaveLength(3);

    const broken = structuredClone(bundle) as any;
    broken.flows[1].cards[0].type = 7;
    broken.authConfigurations.push({ name: "x", type: "nope", settings: {} });
    const error = (() => {
      try {
        parseBundle(broken, "b.json");
      } catch (caught) {
        return caught as { problems: { location: { pointer: string; file: string } }[] };
      }
    })();
    const pointers = error!.problems.map((problem) => problem.location.pointer);
    expect(pointers).toContain("/authConfigurations/0/type");
    expect(pointers.some((pointer) => pointer.startsWith("/flows/1/cards/0"))).toBe(true);
    expect(error!.problems[0].location.file).toBe("b.json");

    expect(() => parseBundle({ ...bundle, bundleVersion: 2 })).toThrow(/bundleVersion/);
    expect(parseBundle({ ...bundle, oinApp: { capabilities: ["provisioning"] } }).oinApp).toEqual({
      capabilities: ["provisioning"],
    });
    expect(() => parseBundle({ ...bundle, oinApp: { capabilities: ["sso"] } })).toThrow(/oinApp\/capabilities\/0/);
    expect(() => parseBundleText("{ nope", "c.json")).toThrow(/not valid JSON/);
    const deep = JSON.parse(`${'{"a":'.repeat(5_000)}1${"}".repeat(5_000)}`);
    expect(() => parseBundle(deep)).toThrow("The bundle is nested more than 512 levels deep.");
  });

  it("exports without secrets and imports into another project (round trip)", async () => {
    const source = (await createProject({ name: "Source", description: "from the test" })).id;
    await uploadSpec(source, {
      fileName: "readme-3.0-security.json",
      text: readFileSync(specPath("readme-3.0-security.json"), "utf8"),
    });
    await generateProjectAuthConfigs(source, ["apiKey_query", "oauth2_clientCredentials"]);
    await createAuthConfig(source, {
      name: "signed",
      type: "custom",
      settings: {},
      configValues: [
        {
          label: "Signing key",
          key: "signingKey",
          source: { kind: "static", value: STATIC_SECRET },
          type: "password",
          visible: false,
        },
      ],
    });
    await generateProjectCoreFlows(source, {});

    const exported = await exportProject(source);
    const text = JSON.stringify(exported);
    expect(text).not.toContain(STATIC_SECRET);
    expect(text).not.toContain("••••");
    expect(exported).toMatchObject({
      bundleVersion: 1,
      project: { name: "Source", description: "from the test" },
      tenantVariables: [],
    });
    expect(exported.authConfigurations.map((config) => config.name)).toEqual([
      "apiKey_query",
      "oauth2_clientCredentials",
      "signed",
    ]);
    expect(exported.authConfigurations.every((config) => config.id === undefined)).toBe(true);
    expect(exported.flows.map((flow) => flow.name).sort()).toEqual(["Custom API Action", "_authping", "httpHelper"]);

    const { project: targetProject } = await saveAndStartBuilding({
      displayName: "Target",
      description: "linked, with a tenant variable",
      capabilities: ["provisioning"],
      ssoProtocol: null,
      variables: [{ label: "Subdomain", name: "subdomain" }],
      auth: { mode: "basic" },
    });
    const target = targetProject.id;
    const report = await importBundle(target, JSON.parse(text));
    expect(report.flows.created).toHaveLength(3);
    expect(report.authConfigurations.created).toEqual(["apiKey_query", "oauth2_clientCredentials", "signed"]);
    const again = await exportProject(target);
    expect(again.flows).toEqual(exported.flows);
    expect(again.authConfigurations).toEqual(exported.authConfigurations);

    // Importing again updates in place: flows get a new version, nothing is duplicated, the project's mapping stays.
    const apiKeyConfig = (await listAuthConfigs(target)).find((config) => config.name === "apiKey_query")!;
    const parameter = apiKeyConfig.parameters[0].key;
    await saveAuthMapping(target, apiKeyConfig.id!, { [parameter]: "subdomain" });
    const second = await importBundle(target, JSON.parse(text));
    expect((await listAuthConfigs(target)).find((config) => config.name === "apiKey_query")!.mapping).toEqual({
      [parameter]: "subdomain",
    });
    expect(second.flows.updated).toHaveLength(3);
    expect((await listFlows(target)).map((flow) => flow.version)).toEqual([2, 2, 2]);
    expect(await listAuthConfigs(target)).toHaveLength(3);
  });
});
