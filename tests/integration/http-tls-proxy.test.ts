// Transport settings against real servers: mutual TLS with a CA made here, certificate verification on/off,
// and a forward proxy with and without Basic proxy credentials.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpClient } from "../../lib/http/client";
import { closeDispatchers } from "../../lib/http/dispatcher";
import { HttpPreflightError } from "../../lib/http/errors";
import { testConnection } from "../helpers/servers/connection";
import { sendJson, startServer, type RunningServer } from "../helpers/servers/http-server";
import { startProxy, type RunningProxy } from "../helpers/servers/proxy";
import { makeTestCertificates, type TestCertificates } from "../helpers/servers/tls";

let certificates: TestCertificates;
let mtlsServer: RunningServer;
let selfSignedServer: RunningServer;
let plainServer: RunningServer;
let openProxy: RunningProxy;
let guardedProxy: RunningProxy;

beforeAll(async () => {
  certificates = makeTestCertificates();
  mtlsServer = await startServer(
    (request, response) => {
      const peer = (request.socket as import("node:tls").TLSSocket).getPeerCertificate();
      sendJson(response, 200, { client: peer.subject?.CN });
    },
    { ...certificates.server, ca: certificates.ca.cert, requestCert: true, rejectUnauthorized: true },
  );
  selfSignedServer = await startServer(
    (_request, response) => sendJson(response, 200, { secure: true }),
    certificates.selfSigned,
  );
  plainServer = await startServer((request, response) =>
    sendJson(response, 200, { path: request.url, via: request.headers.via ?? null }),
  );
  openProxy = await startProxy();
  guardedProxy = await startProxy({ username: "proxy-user", password: "proxy-pass-42" });
});

afterAll(async () => {
  await closeDispatchers();
  await Promise.all(
    [mtlsServer, selfSignedServer, plainServer, openProxy, guardedProxy].map((server) => server.stop()),
  );
});

describe("mutual TLS", () => {
  it("does not trust the server without the connection's CA", async () => {
    const client = createHttpClient(
      testConnection(mtlsServer.baseUrl, {
        type: "mutualTls",
        values: { certificate: certificates.client.cert, privateKey: certificates.client.key },
      }),
    );
    await expect(client.send({ method: "GET", url: "/" })).rejects.toThrow("the server's certificate is not trusted");
  });

  it("presents the client certificate and trusts the connection's CA", async () => {
    const client = createHttpClient(
      testConnection(mtlsServer.baseUrl, {
        type: "mutualTls",
        values: {
          certificate: certificates.client.cert,
          privateKey: certificates.client.key,
          ca: certificates.ca.cert,
        },
      }),
    );
    expect(await client.send({ method: "GET", url: "/whoami" })).toMatchObject({
      status: 200,
      body: { client: "ib-test-client" },
    });
  });

  it("is refused without a client certificate", async () => {
    const withoutCertificate = createHttpClient(
      testConnection(mtlsServer.baseUrl, {}, { tls: { enabled: true, rejectUnauthorized: false } }),
    );
    const error = await withoutCertificate.send({ method: "GET", url: "/whoami" }).catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(HttpPreflightError);
    expect((error as Error).message).toContain(`GET ${mtlsServer.baseUrl}/whoami failed`);
  });

  it("says which credential is missing", async () => {
    const client = createHttpClient(
      testConnection(mtlsServer.baseUrl, { type: "mutualTls", values: { certificate: certificates.client.cert } }),
    );
    await expect(client.send({ method: "GET", url: "/" })).rejects.toThrow(
      "Mutual TLS: the connection has no private key",
    );
  });
});

describe("certificate verification", () => {
  it("refuses a self-signed certificate when verification is on", async () => {
    const client = createHttpClient(testConnection(selfSignedServer.baseUrl));
    const error = await client.send({ method: "GET", url: "/" }).catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(HttpPreflightError);
    expect((error as Error).message).toMatch(/self[- ]signed/i);
    expect((error as Error).message).toContain("certificate is not trusted");
  });

  it("accepts it when verification is off", async () => {
    const client = createHttpClient(
      testConnection(selfSignedServer.baseUrl, {}, { tls: { enabled: true, rejectUnauthorized: false } }),
    );
    expect((await client.send({ method: "GET", url: "/" })).body).toEqual({ secure: true });
  });

  it("does not verify when TLS is disabled, whatever reject-unauthorized says", async () => {
    const client = createHttpClient(
      testConnection(selfSignedServer.baseUrl, {}, { tls: { enabled: false, rejectUnauthorized: true } }),
    );
    expect((await client.send({ method: "GET", url: "/" })).body).toEqual({ secure: true });
  });
});

describe("proxy", () => {
  const throughProxy = (proxy: RunningProxy, auth: { mode: "none" | "basic"; username?: string; password?: string }) =>
    createHttpClient(
      testConnection(
        plainServer.baseUrl,
        { type: "bearer", values: { token: "tok-proxy-1" } },
        {
          proxy: { mode: "proxy", host: proxy.host, port: proxy.port, auth },
        },
      ),
    );

  it("sends requests through the proxy", async () => {
    const before = openProxy.relayed;
    expect(
      (await throughProxy(openProxy, { mode: "none" }).send({ method: "GET", url: "/via-proxy" })).body,
    ).toMatchObject({ path: "/via-proxy" });
    expect(openProxy.relayed).toBeGreaterThan(before);
  });

  it("authenticates to the proxy with Basic credentials", async () => {
    const before = guardedProxy.relayed;
    const client = throughProxy(guardedProxy, { mode: "basic", username: "proxy-user", password: "proxy-pass-42" });
    expect((await client.send({ method: "GET", url: "/guarded" })).status).toBe(200);
    expect(guardedProxy.relayed).toBeGreaterThan(before);
  });

  it("fails before the request when the proxy refuses the credentials", async () => {
    const client = throughProxy(guardedProxy, { mode: "basic", username: "proxy-user", password: "wrong-pass" });
    await expect(client.send({ method: "GET", url: "/guarded" })).rejects.toBeInstanceOf(HttpPreflightError);
    expect(guardedProxy.refused).toBeGreaterThan(0);
  });
});
