// What an async section shows until its data arrives, so it never looks empty or finished while loading.
export function Loading({ what }: { what: string }) {
  return (
    <p role="status" aria-busy="true" className="loading muted">
      <span className="spinner" aria-hidden="true" /> Loading {what}…
    </p>
  );
}
