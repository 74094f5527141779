"use client";
// What Connect (OAuth 2.0 authorization code) shows on the Connections tab: the token status, and the outcome banner.
import type { TokenStatus } from "@/lib/connections/model";

export interface ConnectResult {
  connectionId: string;
  ok: boolean;
  message?: string;
}

const when = (iso: string) => new Date(iso).toLocaleString();

export function TokenStatusText({ status }: { status: TokenStatus }) {
  if (!status.connected) return <span className="muted">Not connected: press Connect to sign in</span>;
  if (status.needsReconnect) {
    return (
      <span className="error">
        Reconnect needed: {status.reconnectReason ?? "the authorization server refused the tokens"}
      </span>
    );
  }
  return (
    <span>
      Connected{status.connectedAt ? ` ${when(status.connectedAt)}` : ""}
      {status.expiresAt && <span className="muted"> · access token expires {when(status.expiresAt)}</span>}
      {!status.refreshable && <span className="muted"> · no refresh token: reconnect when it expires</span>}
    </span>
  );
}

export function ConnectResultBanner({ result, name }: { result: ConnectResult; name?: string }) {
  const label = name ? `“${name}”` : "The connection";
  if (result.ok) {
    return (
      <div role="status" className="card">
        <strong>{label} is connected.</strong> Flows run with its tokens, renewed automatically.
      </div>
    );
  }
  return (
    <div role="alert" className="alert">
      <strong>Connect failed for {label}</strong>
      <p>{result.message}</p>
    </div>
  );
}
