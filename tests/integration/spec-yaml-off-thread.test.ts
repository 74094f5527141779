// Issue 20, finding 3: an 88 KB YAML spec fanning out aliases took seconds to parse and stalled the whole server.
// Aliases are now bounded (counted on the tokens, before the parse: a clear error naming them), and a large YAML
// spec is parsed in a worker thread: while the real 3 MB OpenAI description is ingested, a request to a server on
// 127.0.0.1 in this same process is answered, and timers keep firing (no timed assertion on the parse itself).
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestSpec } from "@/lib/spec/ingest";
import { MAX_YAML_ALIASES } from "@/lib/spec/yaml-data";
import { specPath } from "../helpers/paths";

/** About 88 KB: one schema anchored and aliased by thousands of others. */
function aliasFanOut(): string {
  const properties = Array.from({ length: 40 }, (_, n) => `        f${n}: {type: string, description: d}`).join("\n");
  let text = `openapi: 3.0.3\ninfo: {title: fan, version: "1"}\npaths: {}\ncomponents:\n  schemas:\n    Base: &base\n      type: object\n      properties:\n${properties}\n`;
  for (let n = 0; text.length < 88_000; n++) text += `    S${n}: *base\n`;
  return text;
}

let server: Server;
let url = "";
beforeAll(async () => {
  server = createServer((_request, response) => response.end("ok"));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/health`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe("YAML specs", { timeout: 120_000 }, () => {
  it("refuses an alias fan-out with an error naming the aliases and the bound", async () => {
    const text = aliasFanOut();
    expect(text.length).toBeGreaterThan(87_000);
    const result = await ingestSpec(text, { fileName: "fan.yaml" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0].message).toMatch(
      new RegExp(`^the YAML has [\\d,]+ aliases \\(\\*name\\), over the ${MAX_YAML_ALIASES.toLocaleString("en")} `),
    );
    expect(result.errors[0].location).toMatchObject({ file: "fan.yaml" });
  });

  it("parses a large spec off the request thread: requests and timers go on meanwhile", async () => {
    const text = readFileSync(specPath("openai-openapi.yaml"), "utf8");
    const order: string[] = [];
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    const ingest = ingestSpec(text, { fileName: "openai-openapi.yaml" }).then((result) => {
      order.push("ingest");
      return result;
    });
    // Sent once the ingest has started: answered while it runs, not after.
    const request = fetch(url).then(async (response) => {
      order.push(`request ${await response.text()}`);
    });
    const [result] = await Promise.all([ingest, request]);
    const ticksDuringIngest = ticks;
    clearInterval(timer);

    expect(result.ok).toBe(true);
    if (result.ok) expect(result.index.operations.length).toBeGreaterThan(100);
    expect(order).toEqual(["request ok", "ingest"]);
    expect(ticksDuringIngest).toBeGreaterThan(0);
  });

  it("gives a syntax error's line and column from the worker too", async () => {
    let broken = `openapi: 3.0.3\ninfo: {title: large, version: "1"}\npaths: {}\ncomponents:\n  schemas:\n`;
    for (let n = 0; broken.length < 40_000; n++) broken += `    S${n}: {type: string}\n`;
    broken += "    Last: [unclosed\n";
    const result = await ingestSpec(broken, { fileName: "broken.yaml" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0].message).toMatch(/^invalid YAML at line \d+, column \d+: /);
    expect(result.errors[0].location).toMatchObject({ file: "broken.yaml", line: expect.any(Number) });
  });
});
