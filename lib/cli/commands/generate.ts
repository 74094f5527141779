// `ib generate SPEC [--auth SCHEME] --out BUNDLE [--json]`: auth configurations and core flows of a spec, as a bundle.
import { bundleFromSpec } from "../../bundle/from-spec";
import { parseBundle } from "../../bundle/schema";
import { defineCommand, required } from "../command";
import { writeJsonFile } from "../files";
import { ingestSpecFile } from "../spec-file";

export const generate = defineCommand({
  name: "generate",
  usage: "SPEC [--auth SCHEME | SCHEME/FLOW] --out BUNDLE",
  options: { auth: { type: "string" }, out: { type: "string" } },
  positionals: 1,
  async run({ values, positionals: [file] }) {
    const out = required(values.out, "out");
    const ingested = await ingestSpecFile(file);
    const result = bundleFromSpec(ingested.index, { authScheme: values.auth });
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
    return { result: { ok: true, out, authNotes: result.authNotes, ping: result.ping, flows }, text: lines.join("\n") };
  },
});
