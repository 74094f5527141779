// The wire contract every HTTP call answers in, as integration platforms standardise it.
import type { Cancellation } from "./cancellation";

export interface HttpRequest {
  method: string;
  /** Relative to the connection's base URL, or absolute (then subject to the allowed-hosts rule). */
  url: string;
  query?: Record<string, unknown>;
  headers?: Record<string, string>;
  /** An object or array is sent as JSON; a string is sent as is. */
  body?: unknown;
}

/** The standard response shape: `body` when the payload parsed, else `text` (+ `parseError`). */
export interface StandardResponse {
  ok: boolean;
  method: string;
  url: string;
  status: number;
  statusText: string;
  headers: Record<string, string | string[]>;
  body?: unknown;
  text?: string;
  parseError?: { name: string; message: string };
}

/** Sends requests through one connection: it decides base URL, auth, TLS, proxy and timeout. */
export interface HttpClient {
  /**
   * `signal` aborts the request in flight (the run's wall time): its socket is closed. `tainted`: the request was
   * built from a secret, so whatever logs it shows of its URL only the origin, and no body it sent.
   */
  send(request: HttpRequest, options?: { signal?: Cancellation; tainted?: boolean }): Promise<StandardResponse>;
  /** Secrets obtained while sending (OAuth access and refresh tokens, dynamic API keys): secrets of the run, too. */
  readonly obtainedSecrets?: ReadonlySet<string>;
}
