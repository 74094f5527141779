"use client";
// Searchable operations list, a page at a time from the server (GET …/spec/operations): a spec of 100,000 operations
// is never loaded whole. The search is debounced and runs on the server; only the rows in view are rendered
// (fixed-height rows in a scrolled window) and only their pages are fetched.
import { useEffect, useRef, useState } from "react";
import { callApi } from "@/app/components/api";
import type { OperationIndex } from "@/lib/spec/types";
import type { OperationsPage } from "@/lib/specs-store/model";

const ROW_HEIGHT = 44;
const VIEW_HEIGHT = 440;
const OVERSCAN = 6;
const DEBOUNCE_MS = 150;
const PAGE_SIZE = 200;

interface Loaded {
  query: string;
  matched: number;
  pages: Map<number, OperationIndex[]>;
}

export function OperationsBrowser({ projectId, total }: { projectId: string; total: number }) {
  const [typed, setTyped] = useState("");
  const [query, setQuery] = useState("");
  const [scrollTop, setScrollTop] = useState(0);
  const [loaded, setLoaded] = useState<Loaded>({ query: "", matched: total, pages: new Map() });
  const requested = useRef(new Set<string>());
  const latestQuery = useRef("");

  useEffect(() => {
    const timer = setTimeout(() => setQuery(typed.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [typed]);

  const current = loaded.query === query ? loaded : { query, matched: loaded.matched, pages: new Map() };
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(current.matched, Math.ceil((scrollTop + VIEW_HEIGHT) / ROW_HEIGHT) + OVERSCAN);
  const firstPage = Math.floor(first / PAGE_SIZE);
  const lastPage = Math.max(firstPage, Math.floor(Math.max(last - 1, 0) / PAGE_SIZE));

  useEffect(() => {
    if (latestQuery.current !== query) {
      latestQuery.current = query;
      requested.current.clear();
    }
    for (let page = firstPage; page <= lastPage; page++) {
      const key = `${query}\n${page}`;
      if (requested.current.has(key)) continue;
      requested.current.add(key);
      const params = new URLSearchParams({ offset: String(page * PAGE_SIZE), limit: String(PAGE_SIZE), search: query });
      callApi<OperationsPage>(`/api/projects/${projectId}/spec/operations?${params}`).then(
        (answer) =>
          setLoaded((previous) => {
            if (answer.search !== latestQuery.current) return previous;
            const pages = previous.query === answer.search ? new Map(previous.pages) : new Map();
            pages.set(page, answer.operations);
            return { query: answer.search, matched: answer.matched, pages };
          }),
        () => requested.current.delete(key),
      );
    }
  }, [projectId, query, firstPage, lastPage]);

  const settled = current.query === loaded.query && current.pages.size > 0;
  const rows: { index: number; operation?: OperationIndex }[] = [];
  for (let index = first; index < last; index++)
    rows.push({ index, operation: current.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE] });
  const height = Math.min(VIEW_HEIGHT, Math.max(current.matched, 1) * ROW_HEIGHT);

  return (
    <section className="card" aria-labelledby="operations-heading">
      <div className="section-heading">
        <h2 id="operations-heading">Operations</h2>
        <span className="muted" role="status" aria-live="polite">
          {query ? (settled ? `${current.matched} of ${total} operations` : "Searching…") : `${total} operations`}
        </span>
      </div>
      <input
        type="search"
        className="search"
        aria-label="Search operations"
        placeholder="Search by path, method, tag or operationId"
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
      />
      {settled && current.matched === 0 ? (
        <p className="muted">{total === 0 ? "This spec has no operations." : "No operation matches."}</p>
      ) : (
        <div
          className="virtual-list"
          style={{ height }}
          onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
        >
          <ul aria-label="Operations" style={{ height: current.matched * ROW_HEIGHT }}>
            {rows.map(({ index, operation }) =>
              operation ? (
                <OperationRow
                  key={`${operation.method} ${operation.path}`}
                  operation={operation}
                  top={index * ROW_HEIGHT}
                />
              ) : null,
            )}
          </ul>
        </div>
      )}
    </section>
  );
}

function OperationRow({ operation, top }: { operation: OperationIndex; top: number }) {
  return (
    <li className="operation" style={{ top, height: ROW_HEIGHT }}>
      <span className={`method method-${operation.method}`}>{operation.method.toUpperCase()}</span>
      <code className="path" title={operation.path}>
        {operation.path}
      </code>
      <span className="operation-id">{operation.operationId ?? operation.summary ?? ""}</span>
      <span className="tags">
        {operation.deprecated && <span className="tag deprecated">deprecated</span>}
        {operation.tags.map((tag) => (
          <span key={tag} className="tag">
            {tag}
          </span>
        ))}
      </span>
    </li>
  );
}
