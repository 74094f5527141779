// A token creation request read from `unknown` (route body, `ib token create` options): each problem at its field.
import { bodyObject, positiveIntegerField } from "../body";
import { invalid } from "../errors";
import { MAX_TOKEN_DAYS, MAX_TOKEN_NAME_LENGTH, TOKEN_SCOPES, type TokenScope } from "./model";

export interface TokenCreateRequest {
  name: string;
  scope: TokenScope;
  expiresInDays: number;
}

export function parseTokenCreate(input: unknown): TokenCreateRequest {
  const body = bodyObject(input);
  const name = typeof body.name === "string" ? body.name.trim() : "";
  if (!name || name.length > MAX_TOKEN_NAME_LENGTH)
    throw invalid(`name must be text of 1 to ${MAX_TOKEN_NAME_LENGTH} characters`, { field: "name", pointer: "/name" });
  const scope = body.scope;
  if (!TOKEN_SCOPES.includes(scope as TokenScope))
    throw invalid(`scope must be one of ${TOKEN_SCOPES.join(", ")}`, { field: "scope", pointer: "/scope" });
  const expiresInDays = positiveIntegerField(body, "expiresInDays", "the days until the token expires");
  if (expiresInDays > MAX_TOKEN_DAYS)
    throw invalid(`expiresInDays must be at most ${MAX_TOKEN_DAYS}`, {
      field: "expiresInDays",
      pointer: "/expiresInDays",
    });
  return { name, scope: scope as TokenScope, expiresInDays };
}
