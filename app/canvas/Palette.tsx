"use client";
// The card catalog by category, searchable; click, Enter or drag a card onto the canvas to insert it.
import { useEffect, useMemo, useRef, useState } from "react";
import { CARD_CATEGORIES } from "@/lib/cards/types";
import { CARD_CATALOG } from "./cards";
import { CATEGORY_COLORS } from "./category-colors";
import type { CalledFlow } from "@/lib/flow-edit/call-flow";
import { CALL_FLOW_PREFIX, PALETTE_MIME, useInsertFromPalette } from "./palette-insert";

interface Entry {
  id: string;
  title: string;
  category: string;
  help: string;
}

export function Palette({ helperFlows }: { helperFlows: CalledFlow[] }) {
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const search = useRef<HTMLInputElement>(null);
  const insert = useInsertFromPalette(helperFlows);

  const entries = useMemo<Entry[]>(() => {
    const cards = Object.values(CARD_CATALOG).map((card) => ({
      id: card.type,
      title: card.title,
      category: card.category,
      help: card.help,
    }));
    const helpers = helperFlows.map(({ name }) => ({
      id: CALL_FLOW_PREFIX + name,
      title: `Call ${name}`,
      category: "Helper Flows",
      help: `Call Flow → ${name}`,
    }));
    const order = [...CARD_CATEGORIES, "Helper Flows"] as string[];
    return [...cards, ...helpers].sort((a, b) => order.indexOf(a.category) - order.indexOf(b.category));
  }, [helperFlows]);
  const shown = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return entries.filter((entry) =>
      words.every((word) => `${entry.title} ${entry.category} ${entry.id}`.toLowerCase().includes(word)),
    );
  }, [entries, query]);

  useEffect(() => {
    const open = () => {
      search.current?.focus();
      search.current?.select();
    };
    window.addEventListener("ib:open-palette", open);
    return () => window.removeEventListener("ib:open-palette", open);
  }, []);

  const choose = (entry: Entry | undefined) => {
    if (entry) insert(entry.id);
  };

  let category = "";
  return (
    <aside className="ed-palette" aria-label="Card palette">
      <input
        ref={search}
        type="search"
        placeholder="Search cards  ( / )"
        aria-label="Search cards"
        data-testid="palette-search"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown") setActive((index) => Math.min(index + 1, shown.length - 1));
          else if (event.key === "ArrowUp") setActive((index) => Math.max(index - 1, 0));
          else if (event.key === "Enter") choose(shown[active]);
          else if (event.key === "Escape") (event.target as HTMLInputElement).blur();
          else return;
          event.preventDefault();
        }}
      />
      {/* biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a listbox driven from the search input (arrow keys, Enter) */}
      <ul className="ed-palette-list" role="listbox" aria-label="Cards">
        {shown.map((entry, index) => {
          const heading = entry.category !== category ? entry.category : null;
          category = entry.category;
          return (
            <li key={entry.id} role="presentation">
              {heading && <div className="ed-palette-category">{heading}</div>}
              {/* biome-ignore lint/a11y/useFocusableInteractive: options are chosen from the search input's keys */}
              {/* biome-ignore lint/a11y/useKeyWithClickEvents: options are chosen from the search input's keys */}
              <div
                role="option"
                aria-selected={index === active}
                className={`ed-palette-item${index === active ? " active" : ""}`}
                draggable
                data-testid={`palette-${entry.id}`}
                title={entry.help}
                onDragStart={(event) => {
                  event.dataTransfer.setData(PALETTE_MIME, entry.id);
                  event.dataTransfer.effectAllowed = "copy";
                }}
                onClick={() => choose(entry)}
              >
                <span
                  className="ed-dot"
                  style={{ background: CATEGORY_COLORS[entry.category as keyof typeof CATEGORY_COLORS] ?? "#6b4fbb" }}
                />
                {entry.title}
              </div>
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
