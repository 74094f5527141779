// OIN apps: create, read, update, delete, logo. The OAuth client secret is sealed at rest and masked when read.
import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "../db/client";
import { AppError, notFound } from "../errors";
import { checkLogo } from "../projects/logo";
import { DRAFT_STATUS } from "../projects/touch";
import { openSecrets, sealSecrets } from "../secrets/crypto";
import { mergeSecrets, SECRET_MASK } from "../secrets/mask";
import type { Capability, OinAppInput, OinAppView, OinAuthSettings, SsoProtocol } from "./model";
import { parseOinApp } from "./validate";

const INCLUDE = {
  variables: { orderBy: { position: "asc" } },
  projects: { select: { id: true, name: true }, orderBy: { createdAt: "asc" } },
} as const;

type OinAppRow = {
  id: string;
  displayName: string;
  description: string;
  logoMime: string | null;
  status: string;
  capabilities: string;
  ssoProtocol: string | null;
  authSettings: string;
  authSecrets: string | null;
  createdAt: Date;
  updatedAt: Date;
  variables: { label: string; name: string }[];
  projects: { id: string; name: string }[];
};

const owner = (id: string) => `OIN app ${id}`;

function view(row: OinAppRow): OinAppView {
  const auth = JSON.parse(row.authSettings) as OinAuthSettings;
  if (auth.mode === "oauth2") auth.clientSecret = row.authSecrets ? SECRET_MASK : "";
  return {
    id: row.id,
    displayName: row.displayName,
    description: row.description,
    status: row.status,
    hasLogo: row.logoMime !== null,
    capabilities: JSON.parse(row.capabilities) as Capability[],
    ssoProtocol: row.ssoProtocol as SsoProtocol | null,
    variables: row.variables.map(({ label, name }) => ({ label, name })),
    auth,
    projects: row.projects,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Splits auth settings into stored JSON and a sealed envelope; a masked secret keeps the stored one. */
function storedAuth(auth: OinAuthSettings, previousEnvelope: string | null, appId: string) {
  if (auth.mode !== "oauth2") return { authSettings: JSON.stringify(auth), authSecrets: null };
  const { clientSecret, ...settings } = auth;
  const secrets = mergeSecrets(openSecrets(previousEnvelope, owner(appId)), { clientSecret });
  if (!secrets.clientSecret) {
    throw new AppError("invalid_input", "Client secret is required", [
      { message: "Client secret is required", location: { field: "auth.clientSecret" } },
    ]);
  }
  return { authSettings: JSON.stringify(settings), authSecrets: sealSecrets(secrets) };
}

function columns(input: OinAppInput) {
  return {
    displayName: input.displayName,
    description: input.description,
    capabilities: JSON.stringify(input.capabilities),
    ssoProtocol: input.ssoProtocol,
  };
}

const variableRows = (input: OinAppInput) =>
  input.variables.map((variable, position) => ({
    id: randomUUID(),
    label: variable.label,
    name: variable.name,
    position,
  }));

export async function listOinApps(): Promise<OinAppView[]> {
  const rows = await db().oinApp.findMany({ include: INCLUDE, orderBy: { createdAt: "asc" } });
  return rows.map(view);
}

export async function getOinApp(oinAppId: string): Promise<OinAppView> {
  const row = await db().oinApp.findUnique({ where: { id: oinAppId }, include: INCLUDE });
  if (!row) throw notFound(`OIN app ${oinAppId}`);
  return view(row);
}

/**
 * Creates an OIN app in status DRAFT; every problem of the payload is reported at once. `createdById`: the user
 * who may change it while it is linked to no project (lib/access/oin-app-policy.ts).
 */
export async function createOinApp(payload: unknown, options: { createdById?: string } = {}): Promise<OinAppView> {
  const input = parseOinApp(payload);
  const id = randomUUID();
  const row = await db().oinApp.create({
    data: {
      id,
      createdById: options.createdById ?? null,
      ...columns(input),
      ...storedAuth(input.auth, null, id),
      variables: { create: variableRows(input) },
    },
    include: INCLUDE,
  });
  return view(row);
}

/** Replaces an OIN app's settings (tenant variables included); linked projects are not changed. */
export async function updateOinApp(oinAppId: string, payload: unknown): Promise<OinAppView> {
  const input = parseOinApp(payload);
  const existing = await db().oinApp.findUnique({ where: { id: oinAppId }, select: { authSecrets: true } });
  if (!existing) throw notFound(`OIN app ${oinAppId}`);
  const auth = storedAuth(input.auth, existing.authSecrets, oinAppId);
  const row = await db().$transaction(async (tx) => {
    await tx.tenantVariable.deleteMany({ where: { oinAppId } });
    return tx.oinApp.update({
      where: { id: oinAppId },
      // Editing an app submitted for review takes it back to Draft: the submission no longer describes it.
      data: { ...columns(input), status: DRAFT_STATUS, ...auth, variables: { create: variableRows(input) } },
      include: INCLUDE,
    });
  });
  return view(row);
}

/** Deletes an OIN app; projects linked to it stay, unlinked. */
export async function deleteOinApp(oinAppId: string): Promise<void> {
  const { count } = await db().oinApp.deleteMany({ where: { id: oinAppId } });
  if (count === 0) throw notFound(`OIN app ${oinAppId}`);
}

export async function setOinAppLogo(oinAppId: string, bytes: Uint8Array): Promise<OinAppView> {
  const mime = checkLogo(bytes);
  await getOinApp(oinAppId);
  const row = await db().oinApp.update({
    where: { id: oinAppId },
    data: { logo: Uint8Array.from(bytes), logoMime: mime },
    include: INCLUDE,
  });
  return view(row);
}

export async function getOinAppLogo(oinAppId: string): Promise<{ bytes: Uint8Array; mime: string }> {
  const row = await db().oinApp.findUnique({ where: { id: oinAppId }, select: { logo: true, logoMime: true } });
  if (!row) throw notFound(`OIN app ${oinAppId}`);
  if (!row.logo || !row.logoMime) throw notFound(`Logo of OIN app ${oinAppId}`);
  return { bytes: row.logo, mime: row.logoMime };
}
