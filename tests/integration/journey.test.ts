// The journey checklist of a stored project, through its route and `ib project journey` (same answer): the REST
// demo's project imported as a bundle (core and action flows, no spec kept), linked to an app: the spec is next, the
// connection to do until Test connection works.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningRestDemo } from "@/demo/rest/server";
import { ibWithData } from "../helpers/ib-cli";
import { restDemoProject } from "../helpers/rest-demo-project";
import { at, urlOf } from "../helpers/route-url";
import { signIn } from "../helpers/signed-in";
import { useTempDatabase } from "../helpers/temp-db";

const dir = useTempDatabase();
const { ib } = ibWithData(dir);
const viewer = await signIn("viewer");
const { startRestDemo } = await import("@/demo/rest/server");
const { createOinApp } = await import("@/lib/oin/service");
const { linkProject } = await import("@/lib/projects/service");
const { testConnection } = await import("@/lib/flows/run");
const journeyRoute = at(
  "/api/projects/[projectId]/journey",
  await import("@/app/api/projects/[projectId]/journey/route"),
);

let demo: RunningRestDemo;
let projectId = "";
let connectionId = "";

beforeAll(async () => {
  demo = await startRestDemo();
  ({ projectId, connectionId } = await restDemoProject(demo));
  const app = await createOinApp({
    displayName: "Journey app",
    description: "d",
    capabilities: ["provisioning"],
    ssoProtocol: null,
    variables: [],
    auth: { mode: "basic" },
  });
  await linkProject(projectId, app.id);
}, 60_000);
afterAll(() => demo?.close());

const states = (steps: { id: string; state: string }[]) => Object.fromEntries(steps.map((s) => [s.id, s.state]));

describe("the journey of a project", () => {
  it("is read by a viewer through its route, and ib answers the same", async () => {
    const response = await journeyRoute.GET(viewer.request(urlOf(journeyRoute.GET, { projectId })), {
      params: Promise.resolve({ projectId }),
    });
    expect(response.status).toBe(200);
    const answer = await response.json();
    expect(states(answer.steps)).toMatchObject({
      app: "done",
      spec: "next",
      auth: "done",
      coreFlows: "done",
      actions: "done",
      connection: "todo",
      certify: "blocked",
    });
    const cli = await ib("project", "journey", projectId, "--json");
    expect(cli.json).toEqual(answer);
    expect((await ib("project", "journey", projectId)).stdout).toMatch(/^2\. \[next\] Upload the API spec: /m);
  });

  it("marks the connection done once Test connection works", async () => {
    expect((await testConnection(connectionId)).working).toBe(true);
    const cli = await ib("project", "journey", projectId, "--json");
    expect(states((cli.json as { steps: { id: string; state: string }[] }).steps).connection).toBe("done");
  });
});
