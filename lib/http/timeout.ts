// The connection's timeout for token and key requests, over the whole exchange (API calls set theirs in client.ts).

export function timeoutSignal(timeoutMs: number): AbortSignal | undefined {
  return timeoutMs > 0 ? AbortSignal.timeout(timeoutMs) : undefined;
}
