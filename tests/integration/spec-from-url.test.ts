// A spec fetched from its URL (issue 22): the route's JSON {url} and `ib spec upload PROJECT URL` fetch it through the
// one address guard, follow redirects (each hop checked), cap its size, and say what went wrong at the url field.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ibWithData } from "../helpers/ib-cli";
import { specPath } from "../helpers/paths";
import { at, urlOf } from "../helpers/route-url";
import { type RunningServer, startServer } from "../helpers/servers/http-server";
import { signIn } from "../helpers/signed-in";
import { useTempDatabase } from "../helpers/temp-db";

const dir = useTempDatabase();
const owner = await signIn();
const specRoute = at("/api/projects/[projectId]/spec", await import("@/app/api/projects/[projectId]/spec/route"));
const { createProject } = await import("@/lib/projects/service");

const PETSTORE = readFileSync(specPath("oai-v3.0-petstore.yaml"), "utf8");
let site: RunningServer;

beforeAll(async () => {
  site = await startServer((request, response) => {
    if (request.url === "/specs/petstore.yaml")
      return void response.writeHead(200, { "content-type": "application/yaml" }).end(PETSTORE);
    if (request.url === "/latest") return void response.writeHead(302, { location: "/specs/petstore.yaml" }).end();
    if (request.url === "/to-metadata")
      return void response.writeHead(302, { location: "http://169.254.169.254/latest/meta-data" }).end();
    if (request.url === "/huge") return void response.writeHead(200).end("x".repeat(4096));
    response.writeHead(404).end("no such file");
  });
});
afterAll(() => site.stop());

async function upload(projectId: string, url: string) {
  const response = await specRoute.POST(
    owner.request(urlOf(specRoute.POST, { projectId }), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ url }),
    }),
    { params: Promise.resolve({ projectId }) },
  );
  return { status: response.status, body: (await response.json()) as any };
}

describe("a spec from its URL", () => {
  it("is fetched, following a redirect, and stored as a version named after its file", async () => {
    const { id } = await createProject({ name: "From URL" });
    const { status, body } = await upload(id, `${site.baseUrl}/latest`);
    expect(status).toBe(200);
    expect(body.spec).toMatchObject({ fileName: "petstore.yaml", version: 1 });
    expect(body.spec.operationCount).toBeGreaterThan(0);
  });

  it("is refused at the url field when it is missing, too large, not http, or leads to a blocked address", async () => {
    const { id } = await createProject({ name: "Refusals" });
    const refusal = async (url: string, settings: Record<string, string> = {}) => {
      const before = { ...process.env };
      Object.assign(process.env, settings);
      try {
        const { status, body } = await upload(id, url);
        expect(status).toBe(400);
        expect(body.errors[0].location).toMatchObject({ field: "url" });
        return body.message as string;
      } finally {
        process.env = before;
      }
    };
    expect(await refusal(`${site.baseUrl}/missing.json`)).toContain("answered HTTP 404");
    expect(await refusal(`${site.baseUrl}/huge`, { IB_SPEC_MAX_BYTES: "1024" })).toContain("is larger than");
    expect(await refusal("file:///etc/passwd")).toContain("Only http and https");
    expect(await refusal("http://169.254.169.254/openapi.json")).toContain("169.254.169.254");
    expect(await refusal(`${site.baseUrl}/to-metadata`)).toContain("169.254.169.254");
    expect(await refusal(`http://user:pass@127.0.0.1:${site.port}/specs/petstore.yaml`)).toContain("credentials");
  });

  it("is uploaded by ib spec upload given a URL", async () => {
    const { id } = await createProject({ name: "CLI from URL" });
    const { ib } = ibWithData(dir);
    const { code, stdout } = await ib("spec", "upload", id, `${site.baseUrl}/specs/petstore.yaml`);
    expect(code).toBe(0);
    expect(stdout).toContain("petstore.yaml: version 1");
  });
});
