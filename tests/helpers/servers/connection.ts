// A ResolvedConnection for tests against the servers here: defaults for everything, auth and base URL given.
import type { ResolvedConnection } from "../../../lib/connections/model";

export function testConnection(
  baseUrl: string,
  auth: Partial<ResolvedConnection["auth"]> = {},
  overrides: Partial<Omit<ResolvedConnection, "auth">> = {},
): ResolvedConnection {
  const values = auth.values ?? {};
  return {
    baseUrl,
    auth: { type: auth.type ?? "none", settings: auth.settings ?? {}, values },
    sentParameters: [],
    tls: { enabled: baseUrl.startsWith("https:"), rejectUnauthorized: true },
    timeoutMs: 10_000,
    proxy: { mode: "direct", auth: { mode: "none" } },
    allowedHosts: [],
    secretValues: Object.values(values).filter((value) => value.length > 0),
    parameters: {},
    tenantVariables: {},
    ...overrides,
  };
}
