// The connection's timeout for token and key requests (API calls use undici's headers/body timeouts).

export function timeoutSignal(timeoutMs: number): AbortSignal | undefined {
  return timeoutMs > 0 ? AbortSignal.timeout(timeoutMs) : undefined;
}
