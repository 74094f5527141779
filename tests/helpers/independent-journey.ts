// What a new user does with an API we did not write, through `ib` only: an OIN app and its project, the service's
// own OpenAPI description uploaded, an auth configuration generated from it, a connection with the credential, the
// core flows, the action plan and its drafts (every one switched ON), a test flow run for each, then certification.
// Each step's answer is kept for the test to judge.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { ibWithTempData } from "./ib-cli";

export interface JourneyInput {
  /** The OIN app's name, also the spec file's. */
  name: string;
  /** The service's own description, as it served it. */
  specText: string;
  /** The security scheme to generate the auth configuration from. */
  scheme: string;
  /** Where the connection points: the service's origin and the base path of its API. */
  server: { url: string; basePath: string };
  /** The connection's credential parameters. */
  parameters: Record<string, string>;
}

export interface TestRun {
  action: string;
  passed: boolean;
  /** What the action answered or why the test failed, for the failure message. */
  detail: unknown;
}

export interface Journey {
  projectId: string;
  plan: { contract: string; choice: unknown; reason?: string }[];
  drafted: string[];
  tests: TestRun[];
  certification: {
    ok: boolean;
    cases: { id: string; result: string; message: string }[];
    cleanup: { what: string; action: string; ok: boolean; message: string }[];
  };
}

export async function independentJourney(input: JourneyInput): Promise<Journey> {
  const { dir, ib } = ibWithTempData();
  const ok = async (...args: string[]) => {
    const result = await ib(...args, "--json");
    expect(result.code, `ib ${args.join(" ")}: ${result.stdout}${result.stderr}`).toBe(0);
    return result.json;
  };

  const appFile = join(dir, "app.json");
  writeFileSync(
    appFile,
    JSON.stringify({
      displayName: input.name,
      description: `Provisioning for ${input.name}`,
      capabilities: ["provisioning"],
      variables: [],
      auth: { mode: "basic" },
    }),
  );
  const projectId: string = (await ok("oin-app", "start-building", "--file", appFile)).project.id;
  const specFile = join(dir, `${input.name}.json`);
  writeFileSync(specFile, input.specText);
  await ok("spec", "upload", projectId, specFile);
  const auth = await ok("auth", "generate", "--project", projectId, "--scheme", input.scheme);
  const url = new URL(input.server.url);
  const connectionFile = join(dir, "connection.json");
  writeFileSync(
    connectionFile,
    JSON.stringify({
      name: input.name,
      authConfigId: auth.configurations[0].id,
      server: { protocol: "http", host: url.hostname, port: Number(url.port), basePath: input.server.basePath },
      parameters: input.parameters,
    }),
  );
  const connectionId: string = (await ok("connection", "create", projectId, "--file", connectionFile)).id;
  await ok("flow", "generate-core", projectId);
  const ping = await ok("connection", "test", connectionId);
  expect(ping.working, ping.message).toBe(true);

  const plan = (await ok("actions", "plan", "--project", projectId)).plan;
  await ok("actions", "generate", projectId);
  const flows: { id: string; name: string; kind: string }[] = (await ok("flow", "list", projectId)).flows;
  const actions = flows.filter((flow) => flow.kind === "action");
  const tests: TestRun[] = [];
  for (const action of actions) {
    await ok("flow", "enable", action.id);
    const testFlow = await ok("action", "new-test", action.id);
    const run = await ib("action", "test", testFlow.flow.id, "--connection", connectionId, "--json");
    tests.push({ action: action.name, passed: run.code === 0, detail: run.json ?? run.stdout + run.stderr });
  }
  const certified = await ib("certify", "--project", projectId, "--connection-id", connectionId, "--json");
  return { projectId, plan, drafted: actions.map((flow) => flow.name), tests, certification: certified.json };
}
