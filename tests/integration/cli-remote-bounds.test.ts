// The `ib --url` client on its own against real servers on 127.0.0.1: an answer past IB_REMOTE_MAX_ANSWER_BYTES stops
// with the setting's name, a server error without the route's JSON is described by its status, a redirect is not
// followed (the token goes to the given URL only), and a bad --url or a missing token is refused before any call.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../helpers/servers/http-server";
import { useTempDatabase } from "../helpers/temp-db";

useTempDatabase();
const { main } = await import("@/lib/cli/main");

let server: RunningServer;
let elsewhere: RunningServer;
const elsewhereHeaders: (string | undefined)[] = [];

async function ib(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

beforeAll(async () => {
  elsewhere = await startServer((request, response) => {
    elsewhereHeaders.push(request.headers.authorization);
    response.writeHead(200, { "content-type": "application/json" }).end('{"projects":[]}');
  });
  server = await startServer((request, response) => {
    if (request.url === "/api/projects") {
      response
        .writeHead(200, { "content-type": "application/json" })
        .end(JSON.stringify({ projects: [], pad: "x".repeat(4096) }));
    } else if (request.url === "/api/contracts") {
      response.writeHead(502, { "content-type": "text/html" }).end("<h1>Bad gateway</h1>");
    } else {
      response.writeHead(302, { location: `${elsewhere.baseUrl}/api/projects` }).end();
    }
  });
});

afterAll(async () => {
  await server?.stop();
  await elsewhere?.stop();
});

describe("the remote client", () => {
  it("stops reading an answer past its limit, naming the setting", async () => {
    process.env.IB_REMOTE_MAX_ANSWER_BYTES = "1024";
    try {
      const result = await ib("project", "list", "--url", server.baseUrl, "--token", "ib_test");
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("answered more than");
      expect(result.stderr).toContain("IB_REMOTE_MAX_ANSWER_BYTES");
    } finally {
      delete process.env.IB_REMOTE_MAX_ANSWER_BYTES;
    }
  });

  it("describes a server error by its status", async () => {
    const result = await ib("contracts", "--url", server.baseUrl, "--token", "ib_test", "--json");
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).errors[0].message).toBe(`${server.baseUrl} answered 502 to /api/contracts`);
  });

  it("does not follow a redirect, so the token reaches no other origin", async () => {
    const result = await ib("project", "show", "p1", "--url", server.baseUrl, "--token", "ib_secret_value");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("answered 302");
    expect(result.stderr).not.toContain("ib_secret_value");
    expect(elsewhereHeaders).toEqual([]);
  });

  it("refuses a bad --url or a missing token before calling anything", async () => {
    expect((await ib("project", "list", "--url", "ftp://host", "--token", "t")).stderr).toContain(
      "--url must be an http(s) URL",
    );
    expect((await ib("project", "list", "--url", "http://u:p@127.0.0.1", "--token", "t")).stderr).toContain(
      "must not carry a user name or password",
    );
    expect((await ib("project", "list", "--token", "t")).stderr).toContain("give its --url too");
  });
});
