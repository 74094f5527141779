// The configuration kept with its OIN app: settings as JSON, the test account's password sealed apart and masked
// when read. Saving it returns a submitted app to Draft: the submission no longer describes it.
import "server-only";
import { db } from "../db/client";
import { notFound } from "../errors";
import { registerSecrets } from "../log";
import { DRAFT_STATUS } from "../projects/touch";
import { openSecrets, sealSecrets } from "../secrets/crypto";
import { mergeSecrets, SECRET_MASK } from "../secrets/mask";
import { EMPTY_CONFIGURATION, type IntegrationConfiguration } from "./configuration";

const owner = (oinAppId: string) => `the test account of OIN app ${oinAppId}`;

/** A configuration as kept: when it was last saved (null: never, so nothing is chosen yet), password masked. */
export interface StoredConfiguration {
  configuration: IntegrationConfiguration;
  savedAt: string | null;
}

function masked(stored: string, envelope: string | null): StoredConfiguration {
  const { savedAt, ...settings } = JSON.parse(stored) as Partial<IntegrationConfiguration> & { savedAt?: string };
  const configuration = {
    ...EMPTY_CONFIGURATION,
    ...settings,
    testAccount: { ...EMPTY_CONFIGURATION.testAccount, ...settings.testAccount, password: envelope ? SECRET_MASK : "" },
  };
  return { configuration, savedAt: savedAt ?? null };
}

/** The stored configuration, its password masked (SECRET_MASK when one is stored, "" when none). */
export async function readConfiguration(oinAppId: string): Promise<StoredConfiguration> {
  const row = await db().oinApp.findUnique({
    where: { id: oinAppId },
    select: { configuration: true, configurationSecrets: true },
  });
  if (!row) throw notFound(`OIN app ${oinAppId}`);
  return masked(row.configuration, row.configurationSecrets);
}

/** Saves a validated configuration; a masked password keeps the stored one, an empty one removes it. */
export async function saveConfiguration(
  oinAppId: string,
  configuration: IntegrationConfiguration,
): Promise<StoredConfiguration> {
  const row = await db().oinApp.findUnique({ where: { id: oinAppId }, select: { configurationSecrets: true } });
  if (!row) throw notFound(`OIN app ${oinAppId}`);
  const { password, ...account } = configuration.testAccount;
  const secrets = mergeSecrets(openSecrets(row.configurationSecrets, owner(oinAppId)), {
    testAccountPassword: password,
  });
  // Known to the log's scrubber, like every other secret the app holds.
  registerSecrets(Object.values(secrets));
  const settings = { ...configuration, testAccount: account, savedAt: new Date().toISOString() };
  const envelope = secrets.testAccountPassword ? sealSecrets(secrets) : null;
  await db().oinApp.update({
    where: { id: oinAppId },
    data: { configuration: JSON.stringify(settings), configurationSecrets: envelope, status: DRAFT_STATUS },
  });
  return masked(JSON.stringify(settings), envelope);
}
