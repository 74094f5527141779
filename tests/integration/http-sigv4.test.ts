// AWS Signature v4: the server recomputes every signature with an independent implementation (aws4).
import { afterAll, beforeAll, expect, it } from "vitest";
import { createHttpClient } from "../../lib/http/client";
import { closeDispatchers } from "../../lib/http/dispatcher";
import { testConnection } from "../helpers/servers/connection";
import { startSigV4Server, type SigV4Server } from "../helpers/servers/sigv4";

const credentials = {
  accessKeyId: "AKIDEXAMPLE",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
  sessionToken: "session-token-xyz",
};
let server: SigV4Server;

beforeAll(async () => {
  server = await startSigV4Server({ region: "eu-west-1", service: "execute-api", credentials });
});

afterAll(async () => {
  await closeDispatchers();
  await server.stop();
});

const connection = (values: Record<string, string>) =>
  testConnection(`${server.baseUrl}/prod`, {
    type: "awsSigV4",
    settings: { region: "eu-west-1", service: "execute-api" },
    values,
  });

it("signs GET with a query and POST with a JSON body so that an independent verifier accepts them", async () => {
  const client = createHttpClient(connection(credentials));
  const got = await client.send({ method: "GET", url: "/pets", query: { limit: 2, tag: ["a b", "c"] } });
  expect(got).toMatchObject({ status: 200, body: { signed: true, path: "/prod/pets?limit=2&tag=a+b&tag=c" } });
  const posted = await client.send({ method: "POST", url: "/pets", body: { name: "Rex" } });
  expect(posted).toMatchObject({ status: 200, body: { signed: true, body: '{"name":"Rex"}' } });
  expect(server.accepted).toBe(2);
});

it("is rejected when signed with the wrong secret", async () => {
  const client = createHttpClient(connection({ ...credentials, secretAccessKey: "not-the-secret" }));
  expect((await client.send({ method: "GET", url: "/pets" })).status).toBe(403);
  expect(server.rejected).toBe(1);
});
