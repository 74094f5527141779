// A real HTTP server on 127.0.0.1 (port 0) and a connection to it through lib/http/client.ts.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { ResolvedConnection } from "../../../lib/connections/model";
import { createHttpClient } from "../../../lib/http/client";
import type { HttpClient } from "../../../lib/http/types";

export interface LocalApi {
  baseUrl: string;
  http: HttpClient;
  /** Headers of the last request received. */
  lastHeaders(): Record<string, string | string[] | undefined>;
  close(): Promise<void>;
}

/** GET /ok -> 200 {hello:"world"}; /fail -> 500 {error:"boom"}; anything else -> 404. */
export async function startLocalApi(
  options: { secretValues?: string[]; headers?: Record<string, string> } = {},
): Promise<LocalApi> {
  let lastHeaders: Record<string, string | string[] | undefined> = {};
  const server: Server = createServer((request, response) => {
    lastHeaders = request.headers;
    const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    const answer = (status: number, body: unknown) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(body));
    };
    if (path === "/ok")
      answer(200, { hello: "world", query: Object.fromEntries(new URL(request.url!, "http://x").searchParams) });
    else if (path === "/fail") answer(500, { error: "boom" });
    else answer(404, { error: "not found" });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const connection: ResolvedConnection = {
    baseUrl,
    auth: { type: "none", settings: {}, values: {} },
    sentParameters: Object.entries(options.headers ?? {}).map(([name, value]) => ({
      in: "header" as const,
      name,
      value,
    })),
    tls: { enabled: false, rejectUnauthorized: true },
    timeoutMs: 5_000,
    proxy: { mode: "direct", auth: { mode: "none" } },
    allowedHosts: [baseUrl],
    secretValues: options.secretValues ?? [],
    parameters: {},
    tenantVariables: {},
  };
  return {
    baseUrl,
    http: createHttpClient(connection),
    lastHeaders: () => lastHeaders,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
