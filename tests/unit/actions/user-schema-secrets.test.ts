// The user schema described from a real spec's user record never offers a secret as a profile attribute: the
// password (and any secret-named property, by the one rule of lib/secrets) is left out, everything else is kept.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { draftActionFlows } from "@/lib/actions/draft";
import { planActions } from "@/lib/actions/plan";
import { ingestSpec } from "@/lib/spec/ingest";
import { parseSpecText } from "@/lib/spec/parse";
import { USER_RECORD_SPECS_DIR } from "../../helpers/paths";

/** The names of the schema properties the drafted List User Schema flow returns. */
async function offered(file: string): Promise<string[]> {
  const text = readFileSync(join(USER_RECORD_SPECS_DIR, file), "utf8");
  const [ingested, parsed] = await Promise.all([ingestSpec(text), parseSpecText(text)]);
  if (!ingested.ok || !parsed.ok) throw new Error(`${file} did not ingest`);
  const plan = planActions(parsed.document, ingested.index);
  const { flows } = draftActionFlows(parsed.document, ingested.index, plan, ["Provisioning List User Schema"]);
  const described = flows[0]?.cards.find((card) => card.id === "described");
  const binding = described?.inputs.schemaProperties;
  if (binding?.kind !== "literal") throw new Error(`${file}: no described user schema`);
  return (binding.value as { name: string }[]).map((property) => property.name);
}

describe("the user schema described from a spec", () => {
  it.each([
    ["magick.nu.json", ["affiliateId", "email", "firstName", "lastName", "subscriptionType", "username"]],
    ["clever-cloud.com.json", ["address", "city", "country", "email", "lang", "name", "phone", "terms", "zipcode"]],
  ])("%s: offers the profile attributes of its user record, never the password", async (file, expected) => {
    const names = await offered(file);
    expect(names).not.toContain("password");
    expect([...names].sort()).toEqual(expected);
  });
});
