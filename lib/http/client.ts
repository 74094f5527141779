// The HTTP runtime: every request of a flow goes out through its connection, which decides base URL, auth, TLS,
// proxy and timeout. Failures before a response are HttpPreflightError; any response resolves to the standard shape.
import { createHash } from "node:crypto";
import { request as undiciRequest } from "undici";
import type { ResolvedConnection } from "../connections/model";
import { BLOCKED_ADDRESS_CODE, refusedHost } from "../net/address-policy";
import { assertHostAllowed, secretReceivers } from "./allowed-hosts";
import { AUTH_APPLIERS } from "./auth";
import { placeValue } from "./auth/parameters";
import { connectionFetch } from "./auth/connection-fetch";
import { Cancellation } from "./cancellation";
import type { AuthApplier, OutgoingRequest } from "./auth/types";
import { dispatcherFor, transportKey } from "./dispatcher";
import { HttpPreflightError, redact } from "./errors";
import { countOutboundResponse } from "../metrics/registry";
import { HttpLimitError, maxResponseBytes, readCappedText } from "./limits";
import { toStandardResponse } from "./response";
import type { HttpClient, HttpRequest, StandardResponse } from "./types";
import { buildUrl } from "./url";

const TLS_ERROR = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/i;
const TIMEOUT_CODES = new Set(["UND_ERR_CONNECT_TIMEOUT"]);

export function createHttpClient(connection: ResolvedConnection): HttpClient {
  const key = transportKey(connection);
  const dispatcher = () => dispatcherFor(key, connection);
  const fetch = connectionFetch(connection);
  const connectionKey = createHash("sha256")
    .update(JSON.stringify([connection.baseUrl, connection.auth]))
    .digest("hex");
  const applierFactory = AUTH_APPLIERS[connection.auth.type];
  const obtainedSecrets = new Set<string>();
  const obtained = (secret: string) => {
    if (secret) obtainedSecrets.add(secret);
  };
  const applier: AuthApplier | undefined = applierFactory?.({ connection, fetch, connectionKey, obtained });
  const receivers = secretReceivers(connection);
  const proxyHost = connection.proxy.mode === "proxy" ? proxyHostname(connection.proxy.host) : undefined;

  /** The request with its headers and auth; a promise only when the auth has to fetch something (a token). */
  const prepare = (
    method: string,
    url: URL,
    request: HttpRequest,
    body: string | undefined,
  ): OutgoingRequest | Promise<OutgoingRequest> => {
    const outgoing: OutgoingRequest = { method, url, headers: {}, body };
    for (const [name, value] of Object.entries(request.headers ?? {}))
      outgoing.headers[name.toLowerCase()] = String(value);
    if (body !== undefined && typeof request.body !== "string" && !outgoing.headers["content-type"]) {
      outgoing.headers["content-type"] = "application/json";
    }
    for (const parameter of connection.sentParameters) placeValue(outgoing, parameter);
    const applied = applier!.apply(outgoing);
    if (applied instanceof Promise) return applied.then(() => sendable(outgoing));
    return sendable(outgoing);
  };

  const transmit = async (
    outgoing: OutgoingRequest,
    displayUrl: string,
    runSignal: Cancellation | undefined,
  ): Promise<StandardResponse> => {
    // One deadline for the whole exchange (connect, headers, body): a server dripping bytes cannot stretch it.
    const deadline = new Cancellation();
    let timedOut = false;
    const timer =
      connection.timeoutMs > 0
        ? setTimeout(() => {
            timedOut = true;
            deadline.abort();
          }, connection.timeoutMs)
        : undefined;
    // The run's end ends the deadline too.
    const onRunAbort = () => deadline.abort(runSignal?.reason);
    if (runSignal?.aborted) onRunAbort();
    else runSignal?.once("abort", onRunAbort);
    try {
      const response = await undiciRequest(outgoing.url, {
        method: outgoing.method as "GET",
        headers: outgoing.headers,
        body: outgoing.body,
        dispatcher: dispatcher(),
        signal: deadline,
      });
      const text = await readCappedText(response.body, maxResponseBytes(), response.headers["content-length"]);
      countOutboundResponse(response.statusCode);
      return toStandardResponse({
        method: outgoing.method,
        url: displayUrl,
        status: response.statusCode,
        headers: response.headers,
        text,
      });
    } catch (error) {
      if (error instanceof HttpLimitError) throw error;
      if (runSignal?.aborted) throw runSignal.reason;
      if (timedOut)
        throw new HttpPreflightError(`${outgoing.method} ${displayUrl} timed out after ${connection.timeoutMs} ms`);
      throw transportFailure(error, outgoing.method, displayUrl, connection);
    } finally {
      clearTimeout(timer);
      runSignal?.removeListener("abort", onRunAbort);
    }
  };

  return {
    obtainedSecrets,
    async send(request, options = {}) {
      if (!applier) throw new HttpPreflightError(`unknown auth type "${connection.auth.type}" on the connection`);
      const method = (request.method || "GET").toUpperCase();
      let url: URL;
      try {
        url = buildUrl(connection.baseUrl, request.url ?? "", request.query);
      } catch {
        throw new HttpPreflightError(`invalid URL "${request.url}" (base URL "${connection.baseUrl}")`);
      }
      assertHostAllowed(url, receivers);
      const refused = refusedHost(url.hostname) ?? (proxyHost ? refusedHost(proxyHost) : undefined);
      if (refused) throw new HttpPreflightError(`${method} ${url.origin} ${refused.message}`);
      const body =
        request.body === undefined || request.body === null
          ? undefined
          : typeof request.body === "string"
            ? request.body
            : JSON.stringify(request.body);
      const displayUrl = url.href;
      const prepared = prepare(method, url, request, body);
      const outgoing = prepared instanceof Promise ? await prepared : prepared;
      const response = await transmit(outgoing, displayUrl, options.signal);
      if (response.status !== 401 || !applier.renew || !(await applier.renew())) return response;
      return transmit(await prepare(method, new URL(displayUrl), request, body), displayUrl, options.signal);
    },
  };
}

/** The proxy setting's host name (it may be written `host`, `host:port` or `http://host:port`). */
function proxyHostname(setting: string | undefined): string | undefined {
  if (!setting) return undefined;
  try {
    return new URL(setting.includes("://") ? setting : `http://${setting}`).hostname;
  } catch {
    return undefined;
  }
}

/** A character no header may carry (a line break, NUL, another control character); a tab is allowed. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's job.
const UNSENDABLE = /[\0-\x08\n-\x1f\x7f]/;

/**
 * The request, once every header can be sent: a value with a line break (a token pasted with its newline, a
 * variable's value) is refused naming the header, never its value, instead of the HTTP client's bare refusal.
 */
function sendable(outgoing: OutgoingRequest): OutgoingRequest {
  for (const [name, value] of Object.entries(outgoing.headers))
    if (UNSENDABLE.test(value))
      throw new HttpPreflightError(
        `the ${name} header holds a line break or another control character, which no header can carry: check the connection's values (a token or tenant variable pasted with its line break?)`,
      );
  return outgoing;
}

function transportFailure(
  error: unknown,
  method: string,
  url: string,
  connection: ResolvedConnection,
): HttpPreflightError {
  if (TIMEOUT_CODES.has((error as { code?: string }).code ?? ""))
    return new HttpPreflightError(`${method} ${url} timed out after ${connection.timeoutMs} ms`);
  const cause = (error as { cause?: Error }).cause;
  if ((error as { code?: string }).code === BLOCKED_ADDRESS_CODE) {
    return new HttpPreflightError(`${method} ${url} ${(error as Error).message}`);
  }
  const code = (error as { code?: string }).code ?? (cause as { code?: string } | undefined)?.code ?? "";
  const message = (error as Error).message ?? String(error);
  const hint = TLS_ERROR.test(`${code} ${message}`)
    ? " — the server's certificate is not trusted (add its CA to the connection; turn off certificate verification only for test servers)"
    : code === "UND_ERR_SOCKET" && url.startsWith("https:")
      ? " — the server closed the connection (over HTTPS this often means it requires a client certificate)"
      : "";
  return new HttpPreflightError(
    redact(`${method} ${url} failed: ${message}${code ? ` (${code})` : ""}${hint}`, connection.secretValues),
  );
}
