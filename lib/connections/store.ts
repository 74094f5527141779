// Connections of a project in the database: config JSON with secrets masked, secret values in a sealed envelope.
import "server-only";
import { randomUUID } from "node:crypto";
import { getAuthConfig, listAuthConfigs } from "../auth/store";
import { connectionParameters } from "../auth/mapping";
import type { AuthConfiguration } from "../auth/model";
import { db } from "../db/client";
import { touchProject } from "../projects/touch";
import { AppError, notFound } from "../errors";
import { registerSecrets } from "../log";
import { refusedServerHost } from "../net/address-policy";
import { openSecrets, sealSecrets } from "../secrets/crypto";
import { SECRET_MASK } from "../secrets/mask";
import { currentSpec } from "../specs-store/store";
import type { ServerIndex } from "../spec/types";
import type {
  ConnectionConfig,
  ResolvedConnection,
  ClearedSecrets,
  ConnectionTestResult,
  ConnectionView,
} from "./model";
import { connectionOrigin, resolveBaseUrl, resolveConnectionConfig } from "./resolve";
import { extractSecrets, hasMask, restoreSecrets, secretSlots } from "./secrets";
import { ServerHostProblem, serverFromSpec } from "./server";
import { attachStoredTokens, tokenStatusOf } from "./tokens";
import { validateConnectionConfig, valueSlot } from "./validate";

export const MAX_CONNECTIONS_PER_PROJECT = 50;

type ConnectionRow = {
  id: string;
  projectId: string;
  name: string;
  authConfigId: string | null;
  config: string;
  secrets: string | null;
  tokens: string | null;
  tokenStatus: string | null;
  lastTest: string | null;
  createdAt: Date;
  updatedAt: Date;
  authConfig?: { type: string } | null;
};

/** Loads the auth type with each row, so views can tell authorization code connections. */
const withAuthType = { authConfig: { select: { type: true } } } as const;

const owner = (row: { name: string }) => `connection "${row.name}"`;

const view = (row: ConnectionRow): ConnectionView => ({
  id: row.id,
  config: JSON.parse(row.config) as ConnectionConfig,
  ...(row.authConfig?.type === "oauth2AuthorizationCode" ? { oauth: tokenStatusOf(row.tokenStatus) } : {}),
  ...(row.lastTest ? { lastTest: JSON.parse(row.lastTest) as ConnectionTestResult } : {}),
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

async function row(projectId: string, connectionId: string): Promise<ConnectionRow> {
  const found = await db().connection.findFirst({ where: { id: connectionId, projectId }, include: withAuthType });
  if (!found) throw notFound(`Connection ${connectionId}`);
  return found;
}

async function context(projectId: string, authConfigId: string | undefined, reveal = false) {
  const spec = await currentSpec(projectId);
  const authConfig = authConfigId ? await getAuthConfig(projectId, authConfigId, { reveal }) : undefined;
  return { authConfig, servers: spec?.index.servers ?? [] };
}

/** Refuses a server whose address is link-local, cloud metadata or in IB_BLOCKED_NETWORKS (checked again per request). */
async function assertServerReachable(
  config: ConnectionConfig,
  authConfig: AuthConfiguration | undefined,
  servers: ServerIndex[],
): Promise<void> {
  let origin: string;
  try {
    origin = new URL(resolveBaseUrl(config, authConfig, servers)).origin;
  } catch (error) {
    // A host that cannot make a URL is refused now; a parameter without a value yet waits for the run.
    if (error instanceof ServerHostProblem) throw error;
    return;
  }
  const refused = await refusedServerHost(new URL(origin).hostname);
  if (!refused) return;
  const message = `The server cannot be used: ${refused}.`;
  throw new AppError("invalid_input", message, [
    { message: refused, location: { pointer: "/server/host", field: "host" } },
  ]);
}

function toData(config: ConnectionConfig, authConfig: AuthConfiguration | undefined) {
  const { masked, secrets } = extractSecrets(config, secretSlots(authConfig));
  return {
    name: config.name,
    authConfigId: config.authConfigId ?? null,
    config: JSON.stringify(masked),
    secrets: Object.keys(secrets).length ? sealSecrets(secrets) : null,
  };
}

export async function listConnections(projectId: string): Promise<ConnectionView[]> {
  if (!(await db().project.findUnique({ where: { id: projectId }, select: { id: true } })))
    throw notFound(`Project ${projectId}`);
  const [rows, authConfigs, spec] = await Promise.all([
    db().connection.findMany({ where: { projectId }, orderBy: { createdAt: "asc" }, include: withAuthType }),
    listAuthConfigs(projectId),
    currentSpec(projectId),
  ]);
  return rows.map((found) => {
    const connection = view(found);
    const authConfig = authConfigs.find((config) => config.id === found.authConfigId);
    try {
      return { ...connection, baseUrl: resolveBaseUrl(connection.config, authConfig, spec?.index.servers) };
    } catch (error) {
      return { ...connection, baseUrlProblem: (error as Error).message };
    }
  });
}

export async function getConnection(projectId: string, connectionId: string): Promise<ConnectionView> {
  return view(await row(projectId, connectionId));
}

/** The project a connection belongs to, for callers that know only the connection (the command line). */
export async function connectionProjectId(connectionId: string): Promise<string> {
  const found = await db().connection.findUnique({ where: { id: connectionId }, select: { projectId: true } });
  if (!found) throw notFound(`Connection ${connectionId}`);
  return found.projectId;
}

/** A new connection's starting point: server from the spec's first server, parameter defaults, safe TLS. */
export async function connectionDraft(projectId: string, authConfigId?: string): Promise<ConnectionConfig> {
  const { authConfig, servers } = await context(projectId, authConfigId);
  const parameters: Record<string, string> = {};
  const tenantVariables: Record<string, string> = {};
  for (const parameter of authConfig ? connectionParameters(authConfig, servers) : []) {
    const slot = valueSlot(authConfig, parameter.key);
    (slot.in === "tenantVariables" ? tenantVariables : parameters)[slot.name] = parameter.defaultValue ?? "";
  }
  return {
    name: authConfig ? `${authConfig.name} connection` : "Connection",
    ...(authConfigId ? { authConfigId } : {}),
    server: serverFromSpec(servers[0]),
    parameters,
    tenantVariables,
    tls: { enabled: true, rejectUnauthorized: true },
    timeoutMs: 30_000,
    proxy: { mode: "direct", auth: { mode: "none" } },
  };
}

export async function createConnection(projectId: string, input: unknown): Promise<ConnectionView> {
  const authConfigId = (input as { authConfigId?: unknown } | null)?.authConfigId;
  const { authConfig, servers } = await context(projectId, typeof authConfigId === "string" ? authConfigId : undefined);
  const config = validateConnectionConfig(input, authConfig, servers);
  if (hasMask(config, secretSlots(authConfig))) {
    throw new AppError("invalid_input", "A new connection cannot keep a masked secret: enter the value.");
  }
  await assertServerReachable(config, authConfig, servers);
  const created = await db().$transaction(async (tx) => {
    if ((await tx.connection.count({ where: { projectId } })) >= MAX_CONNECTIONS_PER_PROJECT) {
      throw new AppError(
        "limit_reached",
        `A project can have at most ${MAX_CONNECTIONS_PER_PROJECT} connections; delete one first.`,
      );
    }
    await touchProject(tx, projectId);
    return tx.connection.create({
      data: { id: randomUUID(), projectId, ...toData(config, authConfig) },
      include: withAuthType,
    });
  });
  return view(created);
}

const proxyOrigin = (config: ConnectionConfig) =>
  config.proxy.mode === "proxy" ? `${config.proxy.host ?? ""}:${config.proxy.port ?? ""}` : "";

/**
 * The masked secret slots an update may not keep: all of them when the server's origin (scheme, host, port, with
 * server and tenant variables applied) changes, the proxy password when the proxy changes. As browsers and API
 * clients do, a stored secret never follows a connection to another server.
 */
async function secretsNotFollowing(
  projectId: string,
  existing: ConnectionRow,
  submitted: ConnectionConfig,
  next: { authConfig: AuthConfiguration | undefined; servers: ServerIndex[] },
  slots: string[],
): Promise<{ slots: string[]; reason: string; originMoved: boolean } | undefined> {
  const before = JSON.parse(existing.config) as ConnectionConfig;
  const previous = await context(projectId, existing.authConfigId ?? undefined);
  const from = connectionOrigin(before, previous.authConfig, previous.servers);
  const to = connectionOrigin(submitted, next.authConfig, next.servers);
  const masked = slots.filter((slot) => hasMask(submitted, [slot]));
  if (from !== to) {
    const reason = `The server changed from ${from ?? "an incomplete address"} to ${to ?? "an incomplete address"}: stored secrets are never sent to another server, enter them again.`;
    return { slots: masked, reason, originMoved: true };
  }
  if (proxyOrigin(before) !== proxyOrigin(submitted) && masked.includes("proxy/password")) {
    return {
      slots: ["proxy/password"],
      reason: "The proxy changed: its stored password is never sent to another proxy, enter it again.",
      originMoved: false,
    };
  }
  return undefined;
}

const slotField = (slot: string) => (slot === "proxy/password" ? "proxy.password" : slot.slice(slot.indexOf("/") + 1));

/**
 * Replaces a connection's config (form or Advanced JSON view); masks sent back keep the stored secrets, unless the
 * connection now points to another server (then they are cleared and `clearedSecrets` says which and why). OAuth
 * tokens from Connect are kept unless the connection moves to another auth configuration or server.
 */
export async function updateConnection(
  projectId: string,
  connectionId: string,
  input: unknown,
): Promise<ConnectionView & { clearedSecrets?: ClearedSecrets }> {
  const existing = await row(projectId, connectionId);
  const authConfigId = (input as { authConfigId?: unknown } | null)?.authConfigId;
  const { authConfig, servers } = await context(projectId, typeof authConfigId === "string" ? authConfigId : undefined);
  const submitted = validateConnectionConfig(input, authConfig, servers);
  const slots = secretSlots(authConfig);
  const moved = await secretsNotFollowing(projectId, existing, submitted, { authConfig, servers }, slots);
  const stored = hasMask(submitted, slots) ? openSecrets(existing.secrets, owner(existing)) : {};
  for (const slot of moved?.slots ?? []) delete stored[slot];
  // Cleared secrets stay masked for validation: a required one is entered again later.
  validateConnectionConfig(
    restoreSecrets(
      submitted,
      { ...stored, ...Object.fromEntries((moved?.slots ?? []).map((slot) => [slot, SECRET_MASK])) },
      slots,
    ),
    authConfig,
    servers,
  );
  // Saved empty (not removed), so the form still shows the field to enter again.
  const full = restoreSecrets(
    submitted,
    { ...stored, ...Object.fromEntries((moved?.slots ?? []).map((slot) => [slot, ""])) },
    slots,
  );
  await assertServerReachable(full, authConfig, servers);
  const tokensKept = existing.authConfigId === (full.authConfigId ?? null) && !moved?.originMoved;
  const updated = await db().connection.update({
    where: { id: existing.id },
    data: { ...toData(full, authConfig), ...(tokensKept ? {} : { tokens: null, tokenStatus: null }) },
    include: withAuthType,
  });
  await touchProject(db(), projectId);
  const cleared = moved?.slots.length
    ? { clearedSecrets: { fields: moved.slots.map(slotField), reason: moved.reason } }
    : {};
  return { ...view(updated), ...cleared };
}

/** Keeps the outcome of a Test connection, so the list shows it after a reload; it is not an edit of the connection. */
export async function recordConnectionTest(
  connectionId: string,
  result: { working: boolean; message: string },
): Promise<ConnectionTestResult> {
  const lastTest = {
    working: result.working,
    message: result.message.slice(0, 500),
    testedAt: new Date().toISOString(),
  };
  const existing = await db().connection.findUnique({ where: { id: connectionId }, select: { updatedAt: true } });
  if (!existing) throw notFound(`Connection ${connectionId}`);
  await db().connection.update({
    where: { id: connectionId },
    data: { lastTest: JSON.stringify(lastTest), updatedAt: existing.updatedAt },
  });
  return lastTest;
}

export async function deleteConnection(projectId: string, connectionId: string): Promise<void> {
  const existing = await row(projectId, connectionId);
  await db().connection.delete({ where: { id: existing.id } });
  await touchProject(db(), projectId);
}

/** Copies a connection, secrets included, as "<name> (copy)"; OAuth tokens are not copied (Connect the copy itself). */
export async function cloneConnection(projectId: string, connectionId: string): Promise<ConnectionView> {
  const existing = await row(projectId, connectionId);
  const config = { ...(JSON.parse(existing.config) as ConnectionConfig), name: `${existing.name} (copy)` };
  const created = await db().$transaction(async (tx) => {
    if ((await tx.connection.count({ where: { projectId } })) >= MAX_CONNECTIONS_PER_PROJECT) {
      throw new AppError(
        "limit_reached",
        `A project can have at most ${MAX_CONNECTIONS_PER_PROJECT} connections; delete one first.`,
      );
    }
    await touchProject(tx, projectId);
    const secrets = existing.secrets ? sealSecrets(openSecrets(existing.secrets, owner(existing))) : null;
    return tx.connection.create({
      data: {
        id: randomUUID(),
        projectId,
        name: config.name,
        authConfigId: existing.authConfigId,
        config: JSON.stringify(config),
        secrets,
      },
      include: withAuthType,
    });
  });
  return view(created);
}

/** The full connection with secrets in clear, for the HTTP runtime only. */
export async function resolveConnection(connectionId: string): Promise<ResolvedConnection> {
  const found = await db().connection.findUnique({ where: { id: connectionId } });
  if (!found) throw notFound(`Connection ${connectionId}`);
  const masked = JSON.parse(found.config) as ConnectionConfig;
  const { authConfig, servers } = await context(found.projectId, found.authConfigId ?? undefined, true);
  const config = restoreSecrets(masked, openSecrets(found.secrets, owner(found)), secretSlots(authConfig));
  const configured = resolveConnectionConfig(config, authConfig, servers);
  const resolved =
    authConfig?.type === "oauth2AuthorizationCode"
      ? attachStoredTokens(configured, found.id, found.tokens, owner(found))
      : configured;
  registerSecrets(resolved.secretValues);
  return resolved;
}

/** Connections whose secrets the current key cannot decrypt (wrong or replaced IB_SECRET_KEY / data/secret.key). */
export async function undecryptableConnections(
  projectId: string,
): Promise<{ id: string; name: string; message: string }[]> {
  const rows = await db().connection.findMany({
    where: { projectId, OR: [{ secrets: { not: null } }, { tokens: { not: null } }] },
    orderBy: { createdAt: "asc" },
  });
  const failed: { id: string; name: string; message: string }[] = [];
  for (const found of rows) {
    try {
      openSecrets(found.secrets, owner(found));
      openSecrets(found.tokens, owner(found));
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== "secret_key") throw error;
      failed.push({ id: found.id, name: found.name, message: error.message });
    }
  }
  return failed;
}
