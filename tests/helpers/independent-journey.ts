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

/** The failed ones, each with what it answered, for a readable assertion. */
export const failedTests = (journey: Journey) =>
  journey.tests.filter((test) => !test.passed).map((test) => ({ action: test.action, detail: test.detail }));

/** The certification cases by result: "passed", "failed", "not_applicable". */
export const casesBy = (journey: Journey, result: string) =>
  journey.certification.cases
    .filter((entry) => entry.result === result)
    .map((entry) => `${entry.id}: ${entry.message}`);

/** Records a journey made: named by the unique prefixes the test flows and certification give them. */
export const madeByJourney = (name: string) => /^(journey|certify)[. ]/i.test(name);

export interface TestRun {
  action: string;
  passed: boolean;
  /** What the action answered or why the test failed, for the failure message. */
  detail: unknown;
}

export interface Journey {
  projectId: string;
  /** The plan's choice per contract: "METHOD PATH", or null with the plan's reason. */
  plan: Record<string, { operation: string | null; why: string }>;
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

  const planned: { contract: string; operation: { method: string; path: string } | null; why: string }[] = (
    await ok("actions", "plan", "--project", projectId)
  ).actions;
  const plan = Object.fromEntries(
    planned.map((action) => [
      action.contract,
      {
        operation: action.operation && `${action.operation.method.toUpperCase()} ${action.operation.path}`,
        why: action.why,
      },
    ]),
  );
  await ok("actions", "generate", projectId);
  const flows: { id: string; name: string; kind: string }[] = (await ok("flow", "list", projectId)).flows;
  const actions = flows.filter((flow) => flow.kind === "action");
  const tests: TestRun[] = [];
  const records: TestRecords = { stamp: Date.now().toString(36) };
  // Records the later tests work on come first; what ends a record's life comes last.
  for (const action of actions.sort((one, other) => testOrder(one.name) - testOrder(other.name))) {
    await ok("flow", "enable", action.id);
    const inputs = testInputs(action.name, records);
    const given = inputs ? ["--input", JSON.stringify(inputs)] : [];
    const testFlow = await ib("action", "new-test", action.id, ...given, "--json");
    // Inputs naming a record an earlier test failed to make are refused: that test's failure says why.
    if (testFlow.code !== 0) {
      tests.push({ action: action.name, passed: false, detail: testFlow.json });
      continue;
    }
    const run = await ib("action", "test", testFlow.json.flow.id, "--connection", connectionId, "--json");
    const outputs = run.json?.results?.[0]?.run?.outputs;
    records.userId ??= outputs?.user?.id;
    records.groupId ??= outputs?.group?.id;
    tests.push({ action: action.name, passed: run.code === 0, detail: run.json ?? run.stdout + run.stderr });
  }
  const certified = await ib("certify", "--project", projectId, "--connection-id", connectionId, "--json");
  return { projectId, plan, drafted: actions.map((flow) => flow.name), tests, certification: certified.json };
}

interface TestRecords {
  stamp: string;
  userId?: string;
  groupId?: string;
}

const FIRST = ["Provisioning Create User", "Provisioning Create Group", "Provisioning Add Group Members"];
const LAST = [
  "Provisioning Remove Group Members",
  "Provisioning Remove Group",
  "Provisioning Activate User",
  "Provisioning Deactivate User",
];

function testOrder(contract: string): number {
  if (FIRST.includes(contract)) return FIRST.indexOf(contract) - FIRST.length;
  return LAST.includes(contract) ? LAST.indexOf(contract) + 1 : 0;
}

/** The inputs a user types into a test flow: realistic values, the records made by the Create tests; else sampled. */
function testInputs(contract: string, records: TestRecords): Record<string, unknown> | undefined {
  const userName = `journey.${records.stamp}@example.com`;
  const user = {
    schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"],
    userName,
    name: { givenName: "Journey", familyName: `Tester ${records.stamp}` },
    emails: [{ value: userName, type: "work", primary: true }],
    active: true,
  };
  const group = { schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"], displayName: `Journey ${records.stamp}` };
  const members = [{ value: records.userId }];
  const inputs: Record<string, Record<string, unknown>> = {
    // Okta sends its own id for the user it provisions; the API answers with its own.
    "Provisioning Create User": {
      user: { ...user, id: `00u${records.stamp}`, password: `Pw-${records.stamp}-long-enough` },
    },
    "Provisioning Get User by ID": { userId: records.userId },
    "Provisioning Get User by UserName": { userName },
    "Provisioning List Users": { pagination: { limit: 2 } },
    "Provisioning Update User": { user: { ...user, id: records.userId, name: { ...user.name, givenName: "Renamed" } } },
    "Provisioning Update User Password": { userId: records.userId, password: `New-${records.stamp}-long-enough` },
    "Provisioning Activate User": { userId: records.userId },
    "Provisioning Deactivate User": { userId: records.userId },
    "Provisioning Create Group": { group },
    "Provisioning Get Group by ID": { groupId: records.groupId },
    "Provisioning List Groups": { pagination: { limit: 2 } },
    "Provisioning List Groups by Display Name": { displayName: group.displayName },
    "Provisioning Update Group": { group: { ...group, id: records.groupId, description: "Renamed by the journey" } },
    "Provisioning Add Group Members": { groupId: records.groupId, groupMembers: members },
    "Provisioning List Group Members": { groupId: records.groupId, pagination: { limit: 2 } },
    "Provisioning Remove Group Members": { groupId: records.groupId, groupMembers: members },
    "Provisioning Remove Group": { groupId: records.groupId },
  };
  return inputs[contract];
}
