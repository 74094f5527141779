// Generating from the project's spec saves configurations; generating again updates them by source scheme.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { useTempDatabase } from "../helpers/temp-db";
import { specPath } from "../helpers/paths";

useTempDatabase();
const { createProject } = await import("@/lib/projects/service");
const { uploadSpec } = await import("@/lib/specs-store/store");
const { generateProjectAuthConfigs, listAuthConfigs, updateAuthConfig, authMappingView } = await import(
  "@/lib/auth/store"
);

describe("generate auth configurations for a project", () => {
  it("updates instead of duplicating, keeping the user's name and extra parameters", async () => {
    const projectId = (await createProject({ name: "Security" })).id;
    await uploadSpec(projectId, {
      fileName: "readme-3.1-security.yaml",
      text: readFileSync(specPath("readme-3.1-security.yaml"), "utf8"),
    });

    const first = await generateProjectAuthConfigs(projectId);
    expect(first.created).toBe(14);
    expect(first.notes.filter((note) => !note.generated).map((note) => note.scheme)).toEqual([
      "oauth2",
      "oauth2_implicit",
    ]);

    const basic = (await listAuthConfigs(projectId)).find((config) => config.sourceScheme === "basic")!;
    await updateAuthConfig(projectId, basic.id!, {
      ...basic,
      name: "Basic (renamed)",
      parameters: [{ label: "Tenant", key: "tenant", type: "text", in: "header", name: "X-Tenant" }],
    });

    const second = await generateProjectAuthConfigs(projectId);
    expect(second).toMatchObject({ created: 0, updated: 14 });
    const after = await listAuthConfigs(projectId);
    expect(after).toHaveLength(14);
    expect(new Set(after.map((config) => config.sourceScheme)).size).toBe(14);
    const basicAfter = after.find((config) => config.sourceScheme === "basic")!;
    expect(basicAfter).toMatchObject({
      id: basic.id,
      name: "Basic (renamed)",
      parameters: [expect.objectContaining({ key: "tenant" })],
    });

    const oauth = after.find((config) => config.sourceScheme === "oauth2/clientCredentials")!;
    expect(oauth.mapping).toEqual({ clientId: "auth.client_id", clientSecret: "auth.client_secret" });
    const view = await authMappingView(projectId);
    expect(view.linked).toBe(false);
    expect(view.reason).toMatch(/not linked/);
    expect(view.configurations.every((config) => config.problems.length === 0)).toBe(true);
  });
});
