// Auth configurations of a project in the database. Secret static config values live only in the sealed envelope.
import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "../db/client";
import { touchProject } from "../projects/touch";
import { AppError, notFound } from "../errors";
import { registerSecrets } from "../log";
import { AUTH_VARIABLE_PREFIX } from "../oin/model";
import { tenantVariablesFor } from "../oin/tenant-variables";
import { SECRET_MASK, mergeSecrets } from "../secrets/mask";
import { openSecrets, sealSecrets } from "../secrets/crypto";
import { currentSpec } from "../specs-store/store";
import { generateAuthConfigs } from "./generate";
import { connectionParameters, validateMapping, withAutoMapping } from "./mapping";
import type { AuthConfiguration, GenerationNote, AuthMappingView } from "./model";
import { validateAuthConfig } from "./validate";

type AuthConfigRow = {
  id: string;
  name: string;
  type: string;
  config: string;
  secrets: string | null;
  mapping: string;
  sourceScheme: string | null;
  warnings: string;
};

const owner = (row: { name: string }) => `auth configuration "${row.name}"`;

/** Splits out the secret static config values (sealed) from what is stored as plain JSON. */
function splitSecrets(config: AuthConfiguration): { plain: AuthConfiguration; secrets: Record<string, string> } {
  const secrets: Record<string, string> = {};
  const configValues = config.configValues.map((value) => {
    if (value.type !== "password" || value.source.kind !== "static") return value;
    if (value.source.value) secrets[value.key] = value.source.value;
    return { ...value, source: { kind: "static" as const, value: "" } };
  });
  return { plain: { ...config, configValues }, secrets };
}

function fromRow(row: AuthConfigRow, reveal: boolean): AuthConfiguration {
  const body = JSON.parse(row.config) as Pick<AuthConfiguration, "settings" | "parameters" | "configValues">;
  const secrets = row.secrets ? (reveal ? openSecrets(row.secrets, owner(row)) : null) : {};
  if (secrets) registerSecrets(Object.values(secrets));
  return {
    id: row.id,
    name: row.name,
    type: row.type as AuthConfiguration["type"],
    settings: body.settings,
    parameters: body.parameters,
    configValues: body.configValues.map((value) => {
      if (value.type !== "password" || value.source.kind !== "static") return value;
      const stored = secrets ? secrets[value.key] : SECRET_MASK;
      return { ...value, source: { kind: "static", value: reveal ? (stored ?? "") : row.secrets ? SECRET_MASK : "" } };
    }),
    mapping: JSON.parse(row.mapping),
    ...(row.sourceScheme ? { sourceScheme: row.sourceScheme } : {}),
    warnings: JSON.parse(row.warnings),
  };
}

function toRow(config: AuthConfiguration) {
  const { plain, secrets } = splitSecrets(config);
  return {
    name: plain.name,
    type: plain.type,
    config: JSON.stringify({
      settings: plain.settings,
      parameters: plain.parameters,
      configValues: plain.configValues,
    }),
    secrets: Object.keys(secrets).length ? sealSecrets(secrets) : null,
    mapping: JSON.stringify(plain.mapping),
    sourceScheme: plain.sourceScheme ?? null,
    warnings: JSON.stringify(plain.warnings ?? []),
  };
}

async function requireProject(projectId: string): Promise<void> {
  if (!(await db().project.findUnique({ where: { id: projectId }, select: { id: true } })))
    throw notFound(`Project ${projectId}`);
}

async function row(projectId: string, authConfigId: string): Promise<AuthConfigRow> {
  const found = await db().authConfig.findFirst({ where: { id: authConfigId, projectId } });
  if (!found) throw notFound(`Auth configuration ${authConfigId}`);
  return found;
}

/** Masked (write-only secrets) unless `reveal` — only the runtime reveals. */
export async function listAuthConfigs(projectId: string): Promise<AuthConfiguration[]> {
  await requireProject(projectId);
  const rows = await db().authConfig.findMany({ where: { projectId }, orderBy: { createdAt: "asc" } });
  return rows.map((found) => fromRow(found, false));
}

export async function getAuthConfig(
  projectId: string,
  authConfigId: string,
  options: { reveal?: boolean } = {},
): Promise<AuthConfiguration> {
  return fromRow(await row(projectId, authConfigId), options.reveal === true);
}

export async function createAuthConfig(projectId: string, input: unknown): Promise<AuthConfiguration> {
  await requireProject(projectId);
  const config = withAutoMapping(validateAuthConfig(stripId(input)));
  const created = await db().authConfig.create({ data: { id: randomUUID(), projectId, ...toRow(config) } });
  await touchProject(db(), projectId);
  return fromRow(created, false);
}

/** Replaces a configuration; a masked secret sent back keeps the stored one. */
export async function updateAuthConfig(
  projectId: string,
  authConfigId: string,
  input: unknown,
): Promise<AuthConfiguration> {
  const existing = await row(projectId, authConfigId);
  const stored = existing.secrets ? openSecrets(existing.secrets, owner(existing)) : {};
  const submitted = validateAuthConfig(stripId(input));
  const merged = mergeSecrets(
    stored,
    Object.fromEntries(
      submitted.configValues
        .filter((value) => value.source.kind === "static")
        .map((value) => [value.key, (value.source as { value: string }).value]),
    ),
  );
  const config: AuthConfiguration = {
    ...submitted,
    configValues: submitted.configValues.map((value) =>
      value.type === "password" && value.source.kind === "static"
        ? { ...value, source: { kind: "static", value: merged[value.key] ?? "" } }
        : value,
    ),
  };
  const updated = await db().authConfig.update({ where: { id: existing.id }, data: toRow(config) });
  await touchProject(db(), projectId);
  return fromRow(updated, false);
}

export async function deleteAuthConfig(projectId: string, authConfigId: string): Promise<void> {
  const existing = await row(projectId, authConfigId);
  await db().authConfig.delete({ where: { id: existing.id } });
  await touchProject(db(), projectId);
}

function stripId(input: unknown): unknown {
  if (!input || typeof input !== "object" || Array.isArray(input)) return input;
  const { id: _id, ...rest } = input as Record<string, unknown>;
  return rest;
}

/**
 * Generates from the project's current spec and saves in one transaction: a configuration generated before from
 * the same scheme (sourceScheme) is updated — its name, mapping and parameters the user added are kept.
 */
export async function generateProjectAuthConfigs(
  projectId: string,
  selected?: string[],
): Promise<{ configurations: AuthConfiguration[]; notes: GenerationNote[]; created: number; updated: number }> {
  const spec = await currentSpec(projectId);
  if (!spec)
    throw new AppError(
      "invalid_input",
      "Upload an API spec first: auth configurations are generated from its security schemes.",
    );
  const { configurations, notes } = generateAuthConfigs(spec.index, selected);
  let created = 0;
  let updated = 0;
  const saved = await db().$transaction(async (tx) => {
    await touchProject(tx, projectId);
    const results = [];
    for (const generated of configurations) {
      const existing = await tx.authConfig.findFirst({ where: { projectId, sourceScheme: generated.sourceScheme } });
      if (existing) {
        const previous = fromRow(existing, false);
        const config = withAutoMapping({ ...generated, name: previous.name, mapping: previous.mapping });
        const data = toRow(config);
        results.push(
          await tx.authConfig.update({
            where: { id: existing.id },
            data: { ...data, secrets: existing.secrets, config: mergeKept(data.config, existing.config) },
          }),
        );
        updated++;
      } else {
        results.push(
          await tx.authConfig.create({ data: { id: randomUUID(), projectId, ...toRow(withAutoMapping(generated)) } }),
        );
        created++;
      }
    }
    return results;
  });
  return { configurations: saved.map((found) => fromRow(found, false)), notes, created, updated };
}

/** Keeps the extra parameters and config values a user added to a generated configuration. */
function mergeKept(generatedJson: string, existingJson: string): string {
  const generated = JSON.parse(generatedJson) as Pick<AuthConfiguration, "settings" | "parameters" | "configValues">;
  const existing = JSON.parse(existingJson) as typeof generated;
  const keys = new Set(generated.parameters.map((parameter) => parameter.key));
  return JSON.stringify({
    settings: generated.settings,
    parameters: [...generated.parameters, ...existing.parameters.filter((parameter) => !keys.has(parameter.key))],
    configValues: existing.configValues,
  });
}

/** Everything the Authentication mapping section shows, with the problems of every saved mapping. */
export async function authMappingView(projectId: string): Promise<AuthMappingView> {
  const [configs, tenant, spec] = await Promise.all([
    listAuthConfigs(projectId),
    tenantVariablesFor(projectId),
    currentSpec(projectId),
  ]);
  const servers = spec?.index.servers ?? [];
  return {
    linked: tenant.linked,
    ...(tenant.linked
      ? {}
      : {
          reason:
            "The project is not linked to an OIN app, so it has no tenant variables to map to. Link an OIN app on the General tab.",
        }),
    tenantVariables: tenant.variables,
    authVariables: tenant.authVariables.map(({ label, name }) => ({ label, name: `${AUTH_VARIABLE_PREFIX}${name}` })),
    configurations: configs.map((config) => ({
      id: config.id as string,
      name: config.name,
      parameters: connectionParameters(config, servers),
      mapping: config.mapping,
      problems: validateMapping(config, tenant.variables, {
        linked: tenant.linked,
        servers,
        authVariables: tenant.authVariables,
      }),
    })),
  };
}

/** Saves a configuration's mapping after checking it against the current tenant variables. */
export async function saveAuthMapping(
  projectId: string,
  authConfigId: string,
  mapping: unknown,
): Promise<AuthConfiguration> {
  if (
    !mapping ||
    typeof mapping !== "object" ||
    Array.isArray(mapping) ||
    Object.values(mapping).some((value) => typeof value !== "string")
  ) {
    throw new AppError(
      "invalid_input",
      "The mapping must be an object of connection parameter -> tenant variable name.",
      [{ message: "must be an object of strings", location: { pointer: "/mapping" } }],
    );
  }
  const existing = await row(projectId, authConfigId);
  const config = {
    ...fromRow(existing, false),
    mapping: Object.fromEntries(Object.entries(mapping as Record<string, string>).filter(([, variable]) => variable)),
  };
  const [tenant, spec] = await Promise.all([tenantVariablesFor(projectId), currentSpec(projectId)]);
  const problems = validateMapping(config, tenant.variables, {
    linked: tenant.linked,
    servers: spec?.index.servers,
    authVariables: tenant.authVariables,
  });
  if (problems.length)
    throw new AppError("invalid_input", `The mapping of ${config.name} is invalid: ${problems[0].message}`, problems);
  const updated = await db().authConfig.update({
    where: { id: existing.id },
    data: { mapping: JSON.stringify(config.mapping) },
  });
  await touchProject(db(), projectId);
  return fromRow(updated, false);
}
