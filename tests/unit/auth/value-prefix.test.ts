// An apiKey header scheme whose description says how the value is written ("Bearer <token>", "prefixed with SSWS")
// is generated with that prefix, on real vendors' descriptions; a scheme that says nothing of the kind has none.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateAuthConfigs } from "@/lib/auth/generate";
import { valuePrefix } from "@/lib/auth/value-prefix";
import { ingestSpec } from "@/lib/spec/ingest";
import { AUTH_SCHEME_SPECS_DIR, specPath } from "../../helpers/paths";

async function generated(path: string, scheme: string) {
  const ingested = await ingestSpec(readFileSync(path, "utf8"));
  if (!ingested.ok) throw new Error(`${path} did not ingest`);
  const result = generateAuthConfigs(ingested.index, [scheme]);
  const [configuration] = result.configurations;
  return { configuration, parameter: configuration?.parameters[0] };
}

describe("the apiKey value prefix from the scheme's description", () => {
  it.each([
    ["appveyor.com.json", "apiToken", "Bearer "],
    ["thetvdb.com.json", "jwtToken", "Bearer "],
    ["digitallinguistics.io.json", "Authorization", "Bearer "],
  ])("%s: %s is sent with %j before the value", async (file, scheme, prefix) => {
    const { configuration, parameter } = await generated(join(AUTH_SCHEME_SPECS_DIR, file), scheme);
    expect(configuration.type).toBe("custom");
    expect(parameter).toMatchObject({ in: "header", key: "Authorization", type: "password", prefix });
    expect(configuration.warnings?.join(" ")).toContain(`"${prefix}<value>"`);
  });

  it("reads Okta's SSWS prefix from `Authorization: SSWS {API Token}`", async () => {
    const { parameter } = await generated(specPath("okta-oauth-minimal.yaml"), "apiToken");
    expect(parameter).toMatchObject({ key: "Authorization", prefix: "SSWS " });
  });

  it("adds no prefix where the description asks for the token alone, or says nothing of its form", async () => {
    const onlyToken = await generated(join(AUTH_SCHEME_SPECS_DIR, "facecheck.id.json"), "Bearer");
    expect(onlyToken.parameter).toMatchObject({ key: "Authorization" });
    expect(onlyToken.parameter?.prefix).toBeUndefined();
    const plain = await generated(specPath("readme-3.0-security.json"), "apiKey_header");
    expect(plain.parameter).toMatchObject({ key: "X-API-KEY" });
    expect(plain.parameter?.prefix).toBeUndefined();
  });

  it.each([
    ['Token-based authentication with required prefix "Token"', "Token "],
    ["JWT Authorization header using the bearer scheme", "Bearer "],
    ["MUST be of the format(excluding quotes) 'Bearer paste_token_here'", "Bearer "],
    ["API Token value format is `Token {apitoken}`", "Token "],
    ["Conjur access token in `Token token=<base64_encoded_token>` format.", undefined],
    ["Token to authorize requests.", undefined],
    [undefined, undefined],
  ])("%j → %j", (description, prefix) => {
    expect(valuePrefix(description)).toBe(prefix);
  });
});
