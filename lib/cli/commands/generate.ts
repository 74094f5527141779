// `ib generate SPEC [--auth SCHEME] [--actions all|provisioning|universal-logout|none] [--capabilities LIST]
// --out BUNDLE [--json]`: auth configurations, core flows and drafted action flows of a spec, as a bundle that records
// the app's capabilities (default: those of the contracts drafted), so `ib validate` applies the mandatory rules.
import { bundleFromSpec } from "../../bundle/from-spec";
import { CONTRACTS } from "../../contracts/catalog";
import { invalid } from "../../errors";
import { CAPABILITIES, type Capability } from "../../oin/model";
import { parseSpecText } from "../../spec/parse";
import { parseBundle } from "../../bundle/schema";
import { defineCommand, required } from "../command";
import { writeJsonFile } from "../files";
import { ingestSpecFile, readSpecFile } from "../spec-file";

const ACTION_SELECTIONS: Record<string, (capability: string) => boolean> = {
  all: () => true,
  provisioning: (capability) => capability !== "universalLogout",
  "universal-logout": (capability) => capability === "universalLogout",
  none: () => false,
};

function actionContracts(selection: string | undefined): string[] {
  const wanted = ACTION_SELECTIONS[selection ?? "none"];
  if (!wanted)
    throw invalid(`--actions takes ${Object.keys(ACTION_SELECTIONS).join(", ")} (got "${selection}")`, {
      field: "actions",
    });
  return CONTRACTS.filter((contract) => wanted(contract.capability)).map((contract) => contract.name);
}

/** `--capabilities provisioning,universalLogout`: each one of the OIN app's capabilities, or absent. */
function capabilityList(text: string | undefined): Capability[] | undefined {
  if (text === undefined) return undefined;
  const names = text
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = names.find((name) => !CAPABILITIES.includes(name as Capability));
  if (unknown !== undefined || !names.length)
    throw invalid(`--capabilities takes a comma-separated list of ${CAPABILITIES.join(", ")} (got "${text}")`, {
      field: "capabilities",
    });
  return CAPABILITIES.filter((capability) => names.includes(capability));
}

export const generate = defineCommand({
  name: "generate",
  usage:
    "SPEC [--auth SCHEME | SCHEME/FLOW] [--actions all|provisioning|universal-logout|none] [--capabilities LIST] --out BUNDLE",
  options: {
    auth: { type: "string" },
    out: { type: "string" },
    actions: { type: "string" },
    capabilities: { type: "string" },
  },
  positionals: 1,
  async run({ values, positionals: [file] }) {
    const out = required(values.out, "out");
    const contracts = actionContracts(values.actions);
    const capabilities = capabilityList(values.capabilities);
    const ingested = await ingestSpecFile(file);
    const parsed = contracts.length ? await parseSpecText(await readSpecFile(file), file) : undefined;
    const result = bundleFromSpec(ingested.index, {
      authScheme: values.auth,
      actions: parsed?.ok ? { document: parsed.document, contracts } : undefined,
      capabilities,
    });
    const bundle = parseBundle(result.bundle, out);
    await writeJsonFile(out, bundle);

    const flows = bundle.flows.map((flow) => flow.name);
    const lines = [
      `Wrote ${out}: ${bundle.authConfigurations.length} auth configuration(s), flows ${flows.join(", ")}.`,
    ];
    for (const note of result.authNotes)
      lines.push(
        `  ${note.generated ? "+" : "-"} auth ${note.scheme} [${note.kind}]${note.message ? `: ${note.message}` : ""}`,
      );
    const choice = result.ping.choice;
    if (choice) {
      const query = new URLSearchParams(choice.query).toString();
      lines.push(`_authping calls GET ${choice.path}${query ? `?${query}` : ""}: ${choice.reason}.`);
      if (result.ping.candidates.length)
        lines.push(
          `  other candidates: ${result.ping.candidates
            .slice(0, 5)
            .map((c) => c.path)
            .join(", ")}`,
        );
    } else {
      lines.push(`_authping has no operation: ${result.ping.message}`);
    }
    for (const skipped of result.actions?.skipped ?? []) lines.push(`  - ${skipped.contract}: ${skipped.reason}`);
    const recorded = bundle.oinApp?.capabilities ?? [];
    lines.push(
      recorded.length
        ? `Capabilities: ${recorded.join(", ")}${capabilities ? "" : " (from the contracts drafted; --capabilities to choose)"}.`
        : "Capabilities: none recorded (no action drafted; --capabilities to choose), so ib validate stops at IB4001.",
    );
    return {
      result: {
        ok: true,
        out,
        authNotes: result.authNotes,
        ping: result.ping,
        flows,
        capabilities: recorded,
        skippedActions: result.actions?.skipped ?? [],
      },
      text: lines.join("\n"),
    };
  },
});
