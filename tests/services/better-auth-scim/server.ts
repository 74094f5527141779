// An independent SCIM 2.0 service for the tests: better-auth with its SCIM plugin (not scimmy) on an in-memory
// store, on 127.0.0.1 (port 0). better-auth's openAPI plugin serves the service's own generated description.
import { createServer } from "node:http";
import { getAuthTables } from "@better-auth/core/db";
import { scim } from "@better-auth/scim";
import { type BetterAuthOptions, betterAuth } from "better-auth";
import { memoryAdapter } from "better-auth/adapters/memory";
import { toNodeHandler } from "better-auth/node";
import { openAPI } from "better-auth/plugins";
import { listen, type RunningServer } from "../../helpers/servers/http-server";

export interface RunningBetterAuthScim {
  /** The service's origin; its API lives under `/api/auth`. */
  url: string;
  /** Where better-auth's openAPI plugin serves the description. */
  openapiUrl: string;
  /** The bearer token of the one provisioning connection. */
  token: string;
  close(): Promise<void>;
}

export async function startBetterAuthScim(token = "better-auth-scim-token"): Promise<RunningBetterAuthScim> {
  const server = createServer();
  const running: RunningServer = await listen(server);
  // The memory adapter keeps one array per table, created up front from the options' own schema.
  const store: Record<string, Record<string, unknown>[]> = {};
  const options = {
    baseURL: running.baseUrl,
    // A fixed test secret of full length; the service holds no real identity.
    secret: "integration-builder-test-secret-for-better-auth-scim",
    database: memoryAdapter(store),
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    logger: { disabled: true },
    plugins: [
      openAPI(),
      scim({ connections: [{ id: "tests", credentials: [{ type: "bearer", id: "tests-token", token }] }] }),
    ],
  } satisfies BetterAuthOptions;
  for (const table of Object.values(getAuthTables(options))) store[table.modelName] = [];
  const auth = betterAuth(options);
  server.on("request", toNodeHandler(auth));
  return {
    url: running.baseUrl,
    openapiUrl: `${running.baseUrl}/api/auth/open-api/generate-schema`,
    token,
    close: running.stop,
  };
}
