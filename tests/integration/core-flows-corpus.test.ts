// Every corpus spec with a GET operation, as a user would: `ib generate` writes a bundle whose flows are valid
// Flow documents, then `ib run` runs `_authping` against Prism serving that spec — it must report the connection
// working, or the generator must have said why there is no operation to ping.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { connectionParameters } from "@/lib/auth/mapping";
import { generateAuthConfigs } from "@/lib/auth/generate";
import type { AuthConfiguration } from "@/lib/auth/model";
import { parseFlow } from "@/lib/flow/schema";
import { chooseAuthpingOperation } from "@/lib/generate/ping";
import { ingestSpec } from "@/lib/spec/ingest";
import type { SpecIndex } from "@/lib/spec/types";
import { runIb } from "../helpers/ib-cli";
import { specPath, validSpecFiles } from "../helpers/paths";
import { startPrism } from "../helpers/servers/prism";

const workDir = mkdtempSync(join(tmpdir(), "ib-core-flows-"));
const ib = (...args: string[]) => runIb(args);

/** Auth types a test credential can satisfy against Prism (it checks presence and format, not the value). */
const TESTABLE = new Set(["custom", "bearer", "basic"]);

/** The scheme to generate with: the first testable one that protects a pingable operation. */
function schemeFor(index: SpecIndex): string | undefined {
  const configs = generateAuthConfigs(index).configurations.filter(
    (config) => (TESTABLE.has(config.type) && config.type !== "custom") || config.parameters.length > 0,
  );
  return (
    configs.find((config) => chooseAuthpingOperation(index, config.sourceScheme).choice)?.sourceScheme ??
    configs[0]?.sourceScheme
  );
}

function credentialArgs(config: AuthConfiguration | undefined): string[] {
  if (!config) return [];
  return connectionParameters(config).flatMap((parameter) => [
    "--set",
    `${parameter.key}=${parameter.key === "username" ? "user" : "test-value"}`,
  ]);
}

/** Runs one spec end to end; returns its report line, or nothing when it has no GET operation. */
async function checkSpec(name: string): Promise<string | undefined> {
  const file = specPath(name);
  const ingested = await ingestSpec(readFileSync(file, "utf8"), { fileName: name });
  if (!ingested.ok || !ingested.index.operations.some((operation) => operation.method === "get")) return undefined;
  const scheme = schemeFor(ingested.index);
  const out = join(workDir, `${name}.bundle.json`);
  const generated = await ib("generate", file, ...(scheme ? ["--auth", scheme] : []), "--out", out, "--json");
  expect(generated.code, `${name}: ${generated.stderr}${generated.stdout}`).toBe(0);
  const summary = JSON.parse(generated.stdout);
  const bundle = JSON.parse(readFileSync(out, "utf8"));
  expect(
    bundle.flows.map((flow: { name: string }) => flow.name),
    name,
  ).toEqual(["httpHelper", "_authping", "Custom API Action"]);
  for (const flow of bundle.flows) expect(() => parseFlow(flow), `${name} ${flow.name}`).not.toThrow();

  if (!summary.ping.choice) {
    expect(summary.ping.message, name).toMatch(/Relative URL of _authping yourself/);
    return `${name}: no ping operation (${summary.ping.message})`;
  }
  // Without --errors: Prism's own generated responses sometimes break their schema's formats (readme-legacy's
  // baseUrl), which --errors turns into 500s. Requests are still validated: a missing credential still gets 401.
  const prism = await startPrism(file, { errors: false });
  try {
    const ran = await ib(
      "run",
      out,
      "--flow",
      "_authping",
      "--base-url",
      prism.baseUrl,
      ...credentialArgs(bundle.authConfigurations[0]),
      "--json",
    );
    const result = JSON.parse(ran.stdout);
    expect(result.outputs, `${name}: ${JSON.stringify(result.error ?? result.outputs)}`).toMatchObject({
      working: true,
      message: expect.stringMatching(/Connection is working \(2\d\d\)/),
    });
    expect(ran.code, name).toBe(0);
    return `${name}: ${summary.ping.choice.path} -> ${result.outputs.message}`;
  } finally {
    await prism.stop();
  }
}

/** Runs the specs a few at a time: each waits mostly on process start-up, Prism's included. */
async function inPool<T>(items: string[], size: number, task: (item: string) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]);
    }
  };
  await Promise.all(Array.from({ length: size }, worker));
  return results;
}

describe("core flows for every corpus spec with a GET operation", () => {
  it("generates valid flows and _authping works against Prism (or says why it cannot)", async () => {
    const report = (await inPool(validSpecFiles(), 3, checkSpec)).filter((line): line is string => line !== undefined);
    console.log(report.join("\n"));
    expect(report.length).toBeGreaterThan(10);
  }, 1_500_000);
});
