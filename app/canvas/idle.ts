// Work that can wait for an idle moment (at most `timeout` ms); returns its cancel. Safari has no requestIdleCallback.
export function whenIdle(work: () => void, timeout = 300): () => void {
  if (typeof requestIdleCallback === "function") {
    const handle = requestIdleCallback(work, { timeout });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, 1);
  return () => clearTimeout(handle);
}
