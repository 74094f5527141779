// The HTTP runtime against a real local server: URL building, body, standard response shape, Basic/Bearer/Custom auth,
// dynamic API keys, the allowed-hosts rule, preflight errors and the timeout.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpClient } from "../../lib/http/client";
import { closeDispatchers } from "../../lib/http/dispatcher";
import { HttpPreflightError } from "../../lib/http/errors";
import { testConnection } from "../helpers/servers/connection";
import { sendJson, startServer, type RunningServer } from "../helpers/servers/http-server";

let api: RunningServer;
let silent: RunningServer;
let keyRequests = 0;

beforeAll(async () => {
  api = await startServer((request, response) => {
    const url = new URL(request.url!, "http://x");
    if (url.pathname === "/v2/text")
      return void response.writeHead(200, { "content-type": "text/plain" }).end("plain words");
    if (url.pathname === "/v2/broken")
      return void response.writeHead(200, { "content-type": "application/json" }).end('{"a": 1,');
    if (url.pathname === "/v2/json-as-text")
      return void response.writeHead(200, { "content-type": "text/plain" }).end('{"b":2}');
    if (url.pathname === "/v2/missing")
      return void response.writeHead(404, { "content-type": "text/html" }).end("<html><h1>Not Found</h1></html>");
    if (url.pathname === "/v2/empty") return void response.writeHead(204).end();
    if (url.pathname === "/keys") {
      keyRequests += 1;
      if (request.headers["x-app-id"] !== "app-7") return sendJson(response, 403, { error: "unknown app" });
      return sendJson(response, 200, { data: { key: `dyn-key-${keyRequests}` } });
    }
    if (url.pathname === "/v2/needs-key") {
      const fresh = request.headers["x-api-key"] === `dyn-key-${keyRequests}`;
      return sendJson(response, fresh ? 200 : 401, { key: request.headers["x-api-key"] });
    }
    sendJson(response, 200, {
      method: request.method,
      path: url.pathname,
      query: [...url.searchParams],
      headers: request.headers,
      body: request.bodyText,
    });
  });
  silent = await startServer(() => undefined);
});

afterAll(async () => {
  await closeDispatchers();
  await Promise.all([api.stop(), silent.stop()]);
});

type Echo = { method: string; path: string; query: [string, string][]; headers: Record<string, string>; body: string };

describe("requests", () => {
  it("joins relative URLs to the base path, repeats array query values and sends objects as JSON", async () => {
    const client = createHttpClient(testConnection(`${api.baseUrl}/v2/`));
    const response = await client.send({
      method: "post",
      url: "/items?fixed=1",
      query: { a: 1, tags: ["x", "y"], skip: undefined },
      headers: { "X-Trace": "t1" },
      body: { name: "Widget", sizes: [1, 2] },
    });
    expect(response).toMatchObject({ ok: true, method: "POST", status: 200, statusText: "OK" });
    expect(response.url).toBe(`${api.baseUrl}/v2/items?fixed=1&a=1&tags=x&tags=y`);
    const echo = response.body as Echo;
    expect(echo.path).toBe("/v2/items");
    expect(echo.query).toEqual([
      ["fixed", "1"],
      ["a", "1"],
      ["tags", "x"],
      ["tags", "y"],
    ]);
    expect(echo.headers["content-type"]).toBe("application/json");
    expect(echo.headers["x-trace"]).toBe("t1");
    expect(JSON.parse(echo.body)).toEqual({ name: "Widget", sizes: [1, 2] });
  });

  it("sends a string body as is and accepts absolute URLs", async () => {
    const client = createHttpClient(testConnection(`${api.baseUrl}/v2`));
    const response = await client.send({
      method: "PUT",
      url: `${api.baseUrl}/other`,
      headers: { "content-type": "text/csv" },
      body: "a,b\n1,2",
    });
    const echo = response.body as Echo;
    expect(echo).toMatchObject({ method: "PUT", path: "/other", body: "a,b\n1,2" });
    expect(echo.headers["content-type"]).toBe("text/csv");
  });
});

describe("standard response shape", () => {
  const client = () => createHttpClient(testConnection(`${api.baseUrl}/v2`));

  it("answers text as text", async () => {
    const response = await client().send({ method: "GET", url: "/text" });
    expect(response).toMatchObject({ ok: true, status: 200, text: "plain words" });
    expect(response.body).toBeUndefined();
    expect(response.headers["content-type"]).toBe("text/plain");
  });

  it("answers invalid JSON as text with a parseError", async () => {
    const response = await client().send({ method: "GET", url: "/broken" });
    expect(response.text).toBe('{"a": 1,');
    expect(response.parseError?.name).toBe("SyntaxError");
    expect(response.parseError?.message).toBeTruthy();
  });

  it("parses JSON-looking text whatever the content type", async () => {
    expect((await client().send({ method: "GET", url: "/json-as-text" })).body).toEqual({ b: 2 });
  });

  it("resolves a 404 with an HTML page instead of throwing", async () => {
    const response = await client().send({ method: "GET", url: "/missing" });
    expect(response).toMatchObject({
      ok: false,
      status: 404,
      statusText: "Not Found",
      text: "<html><h1>Not Found</h1></html>",
    });
    expect(response.parseError).toBeUndefined();
  });

  it("answers an empty body as empty text", async () => {
    expect(await client().send({ method: "DELETE", url: "/empty" })).toMatchObject({ ok: true, status: 204, text: "" });
  });
});

describe("auth", () => {
  it("sends Basic credentials", async () => {
    const client = createHttpClient(
      testConnection(api.baseUrl, { type: "basic", values: { username: "ann", password: "s3cret-pw" } }),
    );
    const echo = (await client.send({ method: "GET", url: "/who" })).body as Echo;
    expect(echo.headers.authorization).toBe(`Basic ${Buffer.from("ann:s3cret-pw").toString("base64")}`);
  });

  it("sends a Bearer token", async () => {
    const client = createHttpClient(testConnection(api.baseUrl, { type: "bearer", values: { token: "tok-123456" } }));
    const echo = (await client.send({ method: "GET", url: "/who" })).body as Echo;
    expect(echo.headers.authorization).toBe("Bearer tok-123456");
  });

  it("refuses a header value with a line break before sending, naming the header and not the value", async () => {
    for (const connection of [
      testConnection(api.baseUrl, { type: "bearer", values: { token: "tok-pasted\n" } }),
      testConnection(
        api.baseUrl,
        { type: "custom" },
        { sentParameters: [{ in: "header", name: "X-Api-Key", value: "key-pasted\r\n" }] },
      ),
    ]) {
      const failure = await createHttpClient(connection)
        .send({ method: "GET", url: "/who" })
        .catch((error: Error) => error);
      expect(failure).toBeInstanceOf(HttpPreflightError);
      expect((failure as Error).message).toMatch(/the (authorization|x-api-key) header holds a line break/);
      expect((failure as Error).message).not.toMatch(/tok-pasted|key-pasted/);
    }
  });

  it("sends custom parameters in a header, the query and cookies", async () => {
    const connection = testConnection(
      api.baseUrl,
      { type: "custom" },
      {
        sentParameters: [
          { in: "header", name: "Authorization", value: "SSWS key-abcdef" },
          { in: "query", name: "api_key", value: "q-key-999" },
          { in: "cookie", name: "session", value: "c1" },
          { in: "cookie", name: "tenant", value: "acme" },
        ],
        secretValues: ["key-abcdef", "q-key-999"],
      },
    );
    const response = await createHttpClient(connection).send({ method: "GET", url: "/who", query: { page: 2 } });
    const echo = response.body as Echo;
    expect(echo.headers.authorization).toBe("SSWS key-abcdef");
    expect(echo.query).toEqual([
      ["page", "2"],
      ["api_key", "q-key-999"],
    ]);
    expect(echo.headers.cookie).toBe("session=c1; tenant=acme");
    expect(response.url).not.toContain("q-key-999");
  });

  it("fetches a dynamic API key once, extracts it by JSON pointer and fetches again after a 401", async () => {
    keyRequests = 0;
    const connection = testConnection(
      api.baseUrl,
      {
        type: "apiKeyDynamic",
        settings: { method: "POST", url: "/keys", responsePointer: "/data/key", in: "header", name: "X-API-Key" },
      },
      { sentParameters: [{ in: "header", name: "X-App-Id", value: "app-7" }] },
    );
    const client = createHttpClient(connection);
    for (let call = 0; call < 3; call += 1) {
      expect((await client.send({ method: "GET", url: "/v2/needs-key" })).body).toEqual({ key: "dyn-key-1" });
    }
    expect(keyRequests).toBe(1);
    keyRequests += 1; // the server now expects a newer key: the cached one is rejected once, then renewed
    const renewed = await client.send({ method: "GET", url: "/v2/needs-key" });
    expect(renewed).toMatchObject({ status: 200, body: { key: "dyn-key-3" } });
  });

  it("says where the dynamic API key request failed", async () => {
    const connection = testConnection(api.baseUrl, {
      type: "apiKeyDynamic",
      settings: { url: `${api.baseUrl}/keys?x=1`, responsePointer: "/data/key" },
    });
    await expect(createHttpClient(connection).send({ method: "GET", url: "/v2/needs-key" })).rejects.toThrow(
      `API key request to ${api.baseUrl}/keys failed: 403`,
    );
  });
});

describe("preflight errors", () => {
  it("refuses to send credentials to a host that is not allowed", async () => {
    const connection = testConnection(
      api.baseUrl,
      { type: "bearer", values: { token: "tok-123456" } },
      { allowedHosts: ["https://api.example.com"] },
    );
    const send = createHttpClient(connection).send({ method: "GET", url: "https://evil.example/steal" });
    await expect(send).rejects.toBeInstanceOf(HttpPreflightError);
    await expect(send).rejects.toThrow(
      `refusing to send the connection's credentials to https://evil.example; allowed origins: http://127.0.0.1:${api.port}, https://api.example.com`,
    );
  });

  it("allows absolute URLs to allowed hosts and to anywhere when the connection has no secrets", async () => {
    const other = `http://localhost:${api.port}`;
    const allowed = testConnection(
      api.baseUrl,
      { type: "bearer", values: { token: "tok-123456" } },
      { allowedHosts: [`http://localhost:${api.port}`] },
    );
    expect((await createHttpClient(allowed).send({ method: "GET", url: `${other}/x` })).status).toBe(200);
    expect(
      (await createHttpClient(testConnection(api.baseUrl)).send({ method: "GET", url: `${other}/x` })).status,
    ).toBe(200);
  });

  it("says what is missing", async () => {
    const missingUser = createHttpClient(
      testConnection(api.baseUrl, { type: "basic", values: { password: "pw-only-value" } }),
    );
    await expect(missingUser.send({ method: "GET", url: "/" })).rejects.toThrow(
      "Basic auth: the connection has no username",
    );
    const missingToken = createHttpClient(testConnection(api.baseUrl, { type: "bearer" }));
    await expect(missingToken.send({ method: "GET", url: "/" })).rejects.toThrow(
      "Bearer auth: the connection has no token",
    );
    const missingKeys = createHttpClient(
      testConnection(api.baseUrl, { type: "awsSigV4", settings: { region: "eu-west-1" } }),
    );
    await expect(missingKeys.send({ method: "GET", url: "/" })).rejects.toThrow(
      "AWS Signature v4: the connection has no service, access key ID, secret access key",
    );
  });

  it("times out with a clear message", async () => {
    const client = createHttpClient(testConnection(silent.baseUrl, {}, { timeoutMs: 300 }));
    await expect(client.send({ method: "GET", url: "/never" })).rejects.toThrow(
      `GET ${silent.baseUrl}/never timed out after 300 ms`,
    );
  });

  it("reports a refused connection without leaking secrets", async () => {
    const closed = await startServer(() => undefined);
    await closed.stop();
    const client = createHttpClient(
      testConnection(closed.baseUrl, { type: "bearer", values: { token: "tok-123456" } }),
    );
    const error = await client.send({ method: "GET", url: "/x?token=tok-123456" }).catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(HttpPreflightError);
    expect((error as Error).message).toMatch(/ECONNREFUSED/);
    expect((error as Error).message).not.toContain("tok-123456");
  });
});
