// Points 5 and 6 of issue 13: a response body stops at IB_HTTP_MAX_RESPONSE_BYTES (API calls, the dynamic API key's
// gzip-decompressed body, OAuth token answers), timeoutMs is one deadline for the whole exchange, and the run's
// wall time aborts a request in flight and closes its socket. Real servers on 127.0.0.1 that stream, drip and inflate.
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ResolvedConnection } from "../../lib/connections/model";
import { runFlow } from "../../lib/engine/run";
import { createHttpClient } from "../../lib/http/client";
import { closeDispatchers } from "../../lib/http/dispatcher";
import { testConnection } from "../helpers/servers/connection";
import { type RunningServer, startServer } from "../helpers/servers/http-server";
import { card, flow, library, ref, returnCard } from "../unit/engine/flow-builder";

const CAP = 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, "a");
/** 20 MB of zeros, 20 KB once compressed. */
const GZIP_BOMB = gzipSync(Buffer.alloc(20 * 1024 * 1024));

let server: RunningServer;
let endlessBytesSent = 0;
/** Resolves when the client closes the socket of a request it stopped reading or waiting for. */
let socketClosed: Promise<void> = Promise.resolve();

beforeAll(async () => {
  process.env.IB_HTTP_MAX_RESPONSE_BYTES = String(CAP);
  server = await startServer((request, response) => {
    const path = new URL(request.url!, "http://x").pathname;
    socketClosed = new Promise((resolve) => request.socket.on("close", () => resolve()));
    if (path === "/endless" || path === "/token") {
      // As much as the client reads, never allocated: the same chunk written again on every drain.
      response.writeHead(200, { "content-type": "application/json" });
      response.write('{"access_token":"');
      const pump = () => {
        while (!response.destroyed && response.write(CHUNK)) endlessBytesSent += CHUNK.length;
      };
      response.on("drain", pump);
      return pump();
    }
    if (path === "/keys") {
      response.writeHead(200, { "content-type": "text/plain", "content-encoding": "gzip" });
      return void response.end(GZIP_BOMB);
    }
    if (path === "/drip") {
      response.writeHead(200, { "content-type": "text/plain" });
      const timer = setInterval(() => response.write("x"), 300);
      return void response.on("close", () => clearInterval(timer));
    }
    response.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
  });
});

afterAll(async () => {
  delete process.env.IB_HTTP_MAX_RESPONSE_BYTES;
  await closeDispatchers();
  await server.stop();
});

function runThrough(connection: ResolvedConnection, url: string, limits = {}) {
  const subject = flow("Fetch", [
    card("call", "http.rawRequest", { method: "GET", url }),
    returnCard("out", { status: ref("call", "status_code") }),
  ]);
  return runFlow({ flow: subject, inputs: {}, loadFlow: library(), http: createHttpClient(connection), limits });
}

describe("response cap", () => {
  it("ends an endless response at the cap and closes its connection", async () => {
    const result = await runThrough(testConnection(server.baseUrl), "/endless");
    expect(result.error).toMatchObject({
      code: "HTTP_ERROR",
      card: "call",
      message: `GET /endless failed: the response is larger than 1 MB (limit IB_HTTP_MAX_RESPONSE_BYTES)`,
    });
    await socketClosed;
    expect(endlessBytesSent).toBeLessThan(32 * CAP);
  });

  it("counts a gzip-encoded API key by its decompressed bytes", async () => {
    const connection = testConnection(server.baseUrl, { type: "apiKeyDynamic", settings: { url: "/keys" } });
    const result = await runThrough(connection, "/anything");
    expect(result.error?.message).toBe(
      `API key request to ${server.baseUrl}/keys failed: the response is larger than 1 MB (limit IB_HTTP_MAX_RESPONSE_BYTES)`,
    );
  });

  it("ends an endless OAuth token answer at the cap", async () => {
    const connection = testConnection(server.baseUrl, {
      type: "oauth2ClientCredentials",
      settings: { tokenUrl: `${server.baseUrl}/token` },
      values: { clientId: "client-1", clientSecret: "client-secret-1" },
    });
    const result = await runThrough(connection, "/anything");
    expect(result.error?.message).toBe(
      `token request to ${server.baseUrl}/token failed: failed to parse "response" body as JSON: the response is larger than 1 MB (limit IB_HTTP_MAX_RESPONSE_BYTES) — reconnect the credential`,
    );
  });
});

describe("deadlines", () => {
  it("treats timeoutMs as a deadline for the whole exchange, not an idle timer", async () => {
    const connection = testConnection(server.baseUrl, {}, { timeoutMs: 1_000 });
    const result = await runThrough(connection, "/drip");
    expect(result.error).toMatchObject({
      code: "HTTP_PREFLIGHT",
      message: `GET ${server.baseUrl}/drip timed out after 1000 ms`,
    });
    await socketClosed;
  });

  it("aborts a request in flight when the run's wall time runs out, closing its socket", async () => {
    const connection = testConnection(server.baseUrl, {}, { timeoutMs: 60_000 });
    const result = await runThrough(connection, "/drip", { wallTimeMs: 800 });
    expect(result.error).toMatchObject({
      code: "LIMIT_WALL_TIME",
      message: "Run stopped: wall time exceeded 800 ms (limit wallTimeMs)",
    });
    await socketClosed;
  });

  it("aborts what Call Flow Async started when the wall time runs out, after the calling flow has returned", async () => {
    const connection = testConnection(server.baseUrl, {}, { timeoutMs: 60_000 });
    const drip = flow("Drip", [card("call", "http.rawRequest", { method: "GET", url: "/drip" })]);
    const caller = flow("Caller", [
      card("start", "flow.callFlowAsync", {}, { options: { flow: "Drip" } }),
      returnCard("out", { started: true }),
    ]);
    const before = socketClosed;
    const result = await runFlow({
      flow: caller,
      inputs: {},
      loadFlow: library(drip),
      http: createHttpClient(connection),
      limits: { wallTimeMs: 800 },
    });
    expect(result).toMatchObject({ ok: true, outputs: { started: true } });
    while (socketClosed === before) await new Promise((resolve) => setTimeout(resolve, 20));
    await socketClosed;
  });
});
