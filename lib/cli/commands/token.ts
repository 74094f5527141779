// `ib token create|list|revoke`: personal API tokens (lib/api-tokens). Locally on the database file for the user
// `--user EMAIL`; with --url for the token's own user (--user refused).
import type { ApiTokenView, CreatedApiToken } from "../../api-tokens/model";
import { tokenOwnerByEmail } from "../../api-tokens/owner";
import { invalid } from "../../errors";
import { parseTokenCreate } from "../../api-tokens/requests";
import { createApiToken, listApiTokens, revokeApiToken } from "../../api-tokens/store";
import { defineCommand, listText } from "../command";

const USER_OPTION = { user: { type: "string" } } as const;

const tokenLine = (token: ApiTokenView) =>
  `${token.id}  ${token.prefix}…  ${token.name}  [${token.scope}, ${token.status}]  expires ${token.expiresAt}${token.lastUsedAt ? `  last used ${token.lastUsedAt}` : ""}`;

const createdOutput = (created: CreatedApiToken) => ({
  result: created,
  text: `${tokenLine(created.token)}\n\n${created.secret}\n\nCopy the token now: it is not shown again.`,
});

export const tokenCreate = defineCommand({
  name: "token create",
  usage: "--name NAME --scope read|write --expires-in-days N --user EMAIL",
  options: {
    ...USER_OPTION,
    name: { type: "string" },
    scope: { type: "string" },
    "expires-in-days": { type: "string" },
  },
  positionals: 0,
  run: async ({ values }) =>
    createdOutput(await createApiToken(await tokenOwnerByEmail(values.user), requestOf(values))),
  route: {
    localOptions: ["user"],
    call: ({ values }) => ({ body: () => requestOf(values) }),
    output: (answer) => createdOutput(answer.json as CreatedApiToken),
  },
});

function requestOf(values: { name?: string; scope?: string; "expires-in-days"?: string }) {
  const days = values["expires-in-days"];
  try {
    return parseTokenCreate({ name: values.name, scope: values.scope, expiresInDays: days && Number(days) });
  } catch (error) {
    if (!(error instanceof Error) || !("problems" in error)) throw error;
    const field = (error as { problems: { location?: { field?: string } }[] }).problems[0]?.location?.field;
    const option = field === "expiresInDays" ? "expires-in-days" : field;
    throw invalid(error.message.replace("expiresInDays", "--expires-in-days"), { field: option });
  }
}

const listOutput = (tokens: ApiTokenView[]) => ({
  result: { tokens },
  text: listText(tokens.map(tokenLine), "No tokens."),
});

export const tokenList = defineCommand({
  name: "token list",
  usage: "--user EMAIL",
  options: USER_OPTION,
  positionals: 0,
  run: async ({ values }) => listOutput(await listApiTokens(await tokenOwnerByEmail(values.user))),
  route: {
    localOptions: ["user"],
    call: () => ({}),
    output: (answer) => listOutput((answer.json as { tokens: ApiTokenView[] }).tokens),
  },
});

const revokedOutput = (token: ApiTokenView) => ({ result: { token }, text: `Revoked ${tokenLine(token)}` });

export const tokenRevoke = defineCommand({
  name: "token revoke",
  usage: "TOKEN_ID --user EMAIL",
  options: USER_OPTION,
  positionals: 1,
  run: async ({ values, positionals: [tokenId] }) =>
    revokedOutput(await revokeApiToken(await tokenOwnerByEmail(values.user), tokenId)),
  route: {
    localOptions: ["user"],
    call: ({ positionals: [tokenId] }) => ({ params: { tokenId } }),
    output: (answer) => revokedOutput((answer.json as { token: ApiTokenView }).token),
  },
});
