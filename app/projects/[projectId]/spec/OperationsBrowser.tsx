"use client";
// Searchable operations list. Stays fast on thousands of operations: the search is debounced and only the rows
// in view are rendered (fixed-height rows in a scrolled window).
import { useDeferredValue, useEffect, useMemo, useState } from "react";
import { searchOperations } from "@/lib/spec/search";
import type { OperationIndex, SpecIndex } from "@/lib/spec/types";

const ROW_HEIGHT = 44;
const VIEW_HEIGHT = 440;
const OVERSCAN = 6;
const DEBOUNCE_MS = 150;

export function OperationsBrowser({ index }: { index: SpecIndex }) {
  const [typed, setTyped] = useState("");
  const [query, setQuery] = useState("");
  const [scrollTop, setScrollTop] = useState(0);
  useEffect(() => {
    const timer = setTimeout(() => setQuery(typed.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  const deferredQuery = useDeferredValue(query);
  const matches = useMemo(
    () => (deferredQuery ? searchOperations(index, deferredQuery) : index.operations),
    [index, deferredQuery],
  );

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(matches.length, Math.ceil((scrollTop + VIEW_HEIGHT) / ROW_HEIGHT) + OVERSCAN);
  const height = Math.min(VIEW_HEIGHT, Math.max(matches.length, 1) * ROW_HEIGHT);

  return (
    <section className="card" aria-labelledby="operations-heading">
      <div className="section-heading">
        <h2 id="operations-heading">Operations</h2>
        <span className="muted" role="status" aria-live="polite">
          {deferredQuery
            ? `${matches.length} of ${index.operations.length} operations`
            : `${index.operations.length} operations`}
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
      {matches.length === 0 ? (
        <p className="muted">
          {index.operations.length === 0 ? "This spec has no operations." : "No operation matches."}
        </p>
      ) : (
        <div
          className="virtual-list"
          style={{ height }}
          onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
        >
          <ul aria-label="Operations" style={{ height: matches.length * ROW_HEIGHT }}>
            {matches.slice(first, last).map((operation, i) => (
              <OperationRow
                key={`${operation.method} ${operation.path}`}
                operation={operation}
                top={(first + i) * ROW_HEIGHT}
              />
            ))}
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
      <code className="path">{operation.path}</code>
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
