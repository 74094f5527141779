// What an auth applier sees and does: it adds credentials to a request about to be sent.
import type { ResolvedConnection } from "../../connections/model";

export interface OutgoingRequest {
  method: string;
  url: URL;
  /** Lower-case header names. */
  headers: Record<string, string>;
  body?: string;
}

/** `fetch` through the connection's dispatcher, so TLS, client certificate and proxy apply to token calls too. */
export type ConnectionFetch = (url: string, init?: RequestInit) => Promise<Response>;

export interface AuthContext {
  connection: ResolvedConnection;
  fetch: ConnectionFetch;
  /** Identifies the connection's auth (secrets hashed) for token and key caches. */
  connectionKey: string;
  /** Reports a secret obtained at run time (a token, a fetched key), so whoever runs the client redacts it. */
  obtained?(secret: string): void;
}

export interface AuthApplier {
  apply(request: OutgoingRequest): void | Promise<void>;
  /** After a 401: drop the cached credential and get a fresh one; true when a retry may succeed. */
  renew?(): Promise<boolean>;
}

export type AuthApplierFactory = (context: AuthContext) => AuthApplier;
