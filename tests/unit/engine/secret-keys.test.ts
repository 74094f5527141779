// A secret can end up as an object key (JSON parsed from a text that holds it): the run's outputs and trace redact
// keys as they redact values.
import { describe, expect, it } from "vitest";
import { runFlow } from "@/lib/engine/run";
import { card, flow, library, ref, returnCard, textField } from "./flow-builder";

const SECRET = "key-derived-secret-4242";

describe("object keys computed from a secret", () => {
  it("are redacted from the outputs and the trace", async () => {
    const subject = flow("Keyed by a secret", [
      card(
        "text",
        "text.concatenate",
        { open: '{"', secret: { kind: "connectionParam", name: "apiKey" }, close: '":1}' },
        { dynamicInputs: ["open", "secret", "close"].map((key) => textField(key)) },
      ),
      card("parse", "json.parse", { string: ref("text", "output") }),
      returnCard("out", { parsed: ref("parse", "output") }),
    ]);
    const result = await runFlow({
      flow: subject,
      inputs: {},
      loadFlow: library(),
      context: { parameters: { apiKey: SECRET }, tenantVariables: {}, secretValues: [SECRET] },
    });
    expect(result.ok).toBe(true);
    const shown = JSON.stringify({ outputs: result.outputs, trace: result.trace });
    expect(shown).not.toContain(SECRET);
    // The object parsed from a text holding the secret is computed from it: keys and values alike.
    expect(result.outputs.parsed).toBe("[redacted]");
  });
});
