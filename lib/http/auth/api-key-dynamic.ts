// API key fetched at run time. Settings: `method` (GET), `url` (absolute, or relative to the base URL),
// `responsePointer` (JSON Pointer into the response; blank = the whole body), where to send it: `in` (header|query|cookie,
// default header), `name` (default "Authorization"), `prefix` (e.g. "Bearer "). Values: none required; `username` and
// `password`, when present, authenticate the retrieval with Basic. The retrieval also carries the connection's sentParameters.
import { valueAtPointer } from "../../validation/pointer";
import { HttpPreflightError, redact } from "../errors";
import { timeoutSignal } from "../timeout";
import { buildUrl } from "../url";
import { placeValue } from "./parameters";
import {
  cachedCredential,
  credentialFrom,
  forgetCredential,
  renewCredential,
  type CachedCredential,
} from "./token-cache";
import type { AuthApplierFactory, AuthContext } from "./types";

export const apiKeyDynamicAuth: AuthApplierFactory = (context) => {
  const { settings } = context.connection.auth;
  const cacheKey = `apiKey|${context.connectionKey}`;
  const where = (settings.in as "header" | "query" | "cookie" | undefined) ?? "header";
  const name = typeof settings.name === "string" && settings.name ? settings.name : "Authorization";
  const prefix = typeof settings.prefix === "string" ? settings.prefix : "";

  const currentKey = async (): Promise<string> => {
    const cached = cachedCredential(cacheKey);
    const key = cached?.value || (await renewCredential(cacheKey, () => retrieveKey(context))).value;
    context.obtained?.(key);
    return key;
  };

  return {
    async apply(request) {
      placeValue(request, { in: where, name, value: `${prefix}${await currentKey()}` });
    },
    async renew() {
      const rejected = cachedCredential(cacheKey)?.value;
      if (rejected) forgetCredential(cacheKey, rejected);
      await renewCredential(cacheKey, () => retrieveKey(context));
      return true;
    },
  };
};

async function retrieveKey({ connection, fetch }: AuthContext): Promise<CachedCredential> {
  const { settings, values } = connection.auth;
  if (typeof settings.url !== "string" || !settings.url) {
    throw new HttpPreflightError("API key (dynamic): the auth configuration has no retrieval URL");
  }
  const url = buildUrl(connection.baseUrl, settings.url);
  const method = typeof settings.method === "string" && settings.method ? settings.method.toUpperCase() : "GET";
  const headers: Record<string, string> = { accept: "application/json, text/plain;q=0.9, */*;q=0.5" };
  const request = { method, url, headers };
  for (const parameter of connection.sentParameters) placeValue(request, parameter);
  if (values.username) {
    headers.authorization = `Basic ${Buffer.from(`${values.username}:${values.password ?? ""}`).toString("base64")}`;
  }
  const failure = (reason: string) =>
    new HttpPreflightError(
      redact(`API key request to ${url.origin}${url.pathname} failed: ${reason}`, connection.secretValues),
    );

  let text: string;
  let status: number;
  try {
    const response = await fetch(url.href, { method, headers, signal: timeoutSignal(connection.timeoutMs) });
    status = response.status;
    text = await response.text();
  } catch (error) {
    throw failure((error as Error).message);
  }
  if (status >= 300 && status < 400) throw failure(`${status} redirect refused (credentials never follow a redirect)`);
  if (status < 200 || status >= 300) throw failure(`${status} — check the connection's credentials`);
  const pointer = typeof settings.responsePointer === "string" ? settings.responsePointer.trim() : "";
  if (!pointer) return { value: text.trim() };
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw failure(`the response is not JSON with ${pointer} (${(error as Error).message})`);
  }
  const key = valueAtPointer(document, pointer);
  if (key === undefined || key === null || typeof key === "object") {
    throw failure(`the response has no text value at ${pointer}`);
  }
  return credentialFrom(String(key));
}
