"use client";
// The flow on a React Flow canvas: structural layout, insert points, drag to move, drop from the palette, MiniMap, zoom.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  applyNodeChanges,
  useReactFlow,
  type Edge,
  type Node,
  type NodeChange,
  type NodeTypes,
} from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import "./canvas.css";
import { layoutFlow, LAYOUT, type LayoutNode } from "@/lib/canvas-layout";
import { measureFor } from "./measure";
import { useEditor } from "./store";
import { moveCard } from "@/lib/flow-edit";
import { CardNode } from "./nodes/CardNode";
import { EventNode } from "./nodes/EventNode";
import { LaneNode } from "./nodes/LaneNode";
import { InsertNode } from "./nodes/InsertNode";
import { PALETTE_MIME, useInsertFromPalette } from "./palette-insert";

/** Above this many cards the MiniMap is left out: drawing every card twice doubled the editor's start-up time. */
const MINIMAP_CARD_LIMIT = 300;

const nodeTypes: NodeTypes = { card: CardNode, event: EventNode, lane: LaneNode, insert: InsertNode };

function toNode(item: LayoutNode): Node {
  const base = { id: item.id, position: { x: item.x, y: item.y }, width: item.width, height: item.height, zIndex: item.depth * 3 };
  switch (item.kind) {
    case "event":
      return { ...base, type: "event", data: { width: item.width, height: item.height }, draggable: false, deletable: false };
    case "card":
    case "container":
      return {
        ...base,
        type: "card",
        zIndex: item.depth * 3 + (item.kind === "container" ? 0 : 2),
        data: {
          cardId: item.cardId,
          container: item.kind === "container",
          collapsed: item.kind === "container" && item.collapsed,
          bodyHeight: item.kind === "container" ? item.bodyHeight : item.height,
          width: item.width,
          height: item.height,
        },
        deletable: false,
      };
    case "lane":
      return { ...base, type: "lane", zIndex: item.depth * 3 - 2, data: { cardId: item.cardId, blockId: item.blockId, width: item.width, height: item.height }, draggable: false, selectable: false, deletable: false };
    case "insert":
      return { ...base, type: "insert", zIndex: item.depth * 3 + 2, data: { at: item.at, index: item.index, width: item.width, height: item.height }, draggable: false, selectable: false, deletable: false };
  }
}

/** Keeps node objects whose content didn't change, so React Flow and memoized nodes skip them. */
function reuse(previous: Map<string, Node>, next: Node[]): Node[] {
  return next.map((node) => {
    const old = previous.get(node.id);
    return old && JSON.stringify(old.data) === JSON.stringify(node.data) && old.position.x === node.position.x && old.position.y === node.position.y && old.zIndex === node.zIndex
      ? old
      : node;
  });
}

export function CanvasView() {
  const cardsDoc = useEditor((state) => state.flow.cards);
  const event = useEditor((state) => state.flow.event);
  const collapsedList = useEditor((state) => state.flow.layout?.collapsed);
  const selection = useEditor((state) => state.selection);
  const showMiniMap = useEditor((state) => state.cards.size <= MINIMAP_CARD_LIMIT);
  const select = useEditor((state) => state.select);
  const apply = useEditor((state) => state.apply);
  const { fitView, screenToFlowPosition, getViewport, setCenter } = useReactFlow();
  const frame = useRef<HTMLDivElement>(null);
  const insertFromPalette = useInsertFromPalette();
  const cache = useRef(new Map<string, Node>());
  const [ready, setReady] = useState(false);
  // Ready = React Flow has its viewport and the first frame with the cards is painted (what bench/canvas.ts times).
  const onInit = useCallback(() => {
    requestAnimationFrame(() => {
      performance.mark("ib:editor-ready");
      setReady(true);
    });
  }, []);

  const layout = useMemo(() => {
    const flow = useEditor.getState().flow;
    return layoutFlow(flow, measureFor(flow), new Set(collapsedList ?? []));
    // cardsDoc/event stand for the flow's structure.
  }, [cardsDoc, event, collapsedList]); // eslint-disable-line react-hooks/exhaustive-deps

  const layoutNodes = useMemo(() => {
    const nodes = reuse(cache.current, layout.nodes.map(toNode));
    cache.current = new Map(nodes.map((node) => [node.id, node]));
    return nodes;
  }, [layout]);
  const edges = useMemo<Edge[]>(
    () => layout.edges.map((edge) => ({ ...edge, type: "straight", selectable: false, focusable: false, style: { stroke: "#9aa4b2", strokeWidth: 2 } })),
    [layout],
  );
  const inserts = useMemo(() => layout.nodes.filter((node) => node.kind === "insert"), [layout]);

  const [nodes, setNodes] = useState<Node[]>(layoutNodes);
  useEffect(() => {
    const chosen = new Set(selection);
    setNodes(layoutNodes.map((node) => (chosen.has(node.id) !== !!node.selected ? { ...node, selected: chosen.has(node.id) } : node)));
  }, [layoutNodes, selection]);

  const onNodesChange = useCallback(
    (changes: NodeChange[]) => {
      setNodes((current) => applyNodeChanges(changes, current));
      if (changes.some((change) => change.type === "select")) {
        const current = new Set(useEditor.getState().selection);
        for (const change of changes) if (change.type === "select") change.selected ? current.add(change.id) : current.delete(change.id);
        const next = [...current].filter((id) => useEditor.getState().cards.has(id));
        const before = useEditor.getState().selection;
        if (next.length !== before.length || next.some((id, index) => id !== before[index])) select(next);
      }
    },
    [select],
  );

  /** The insert point nearest a flow position, on the sequence line. */
  const nearestInsert = useCallback(
    (x: number, y: number, excluding?: string) => {
      let best: (typeof inserts)[number] | undefined;
      let bestDistance = Infinity;
      for (const point of inserts) {
        if (point.kind !== "insert") continue;
        if (excluding && point.at.container && isInside(point.at.container, excluding)) continue;
        const distance = Math.hypot(point.x + point.width / 2 - x, point.y + point.height / 2 - y);
        if (distance < bestDistance) {
          best = point;
          bestDistance = distance;
        }
      }
      return best?.kind === "insert" ? best : undefined;
    },
    [inserts],
  );

  const onNodeDragStop = useCallback(
    (_event: MouseEvent | TouchEvent, node: Node) => {
      const target = nearestInsert(node.position.x, node.position.y + LAYOUT.lineY, node.id);
      const moved = target ? moveCard(useEditor.getState().flow, node.id, target.at, target.index) : undefined;
      if (target && moved && moved !== useEditor.getState().flow) apply(() => moved);
      else setNodes(layoutNodes); // back to its place
    },
    [apply, layoutNodes, nearestInsert],
  );

  // A card selected off screen (just inserted, pasted, or picked from the diagnostics) is brought into view.
  useEffect(() => {
    if (selection.length !== 1 || !frame.current) return;
    const box = layout.nodes.find((node) => node.id === selection[0]);
    if (!box) return;
    const { x, y, zoom } = getViewport();
    const { width, height } = frame.current.getBoundingClientRect();
    const left = box.x * zoom + x;
    const top = box.y * zoom + y;
    const inView = left >= 0 && top >= 0 && left + box.width * zoom <= width && top + Math.min(box.height, 200) * zoom <= height;
    if (!inView) void setCenter(box.x + box.width / 2, box.y + Math.min(box.height, height / zoom) / 2, { zoom });
  }, [selection, layout, getViewport, setCenter]);

  useEffect(() => {
    const onFit = () => fitView({ padding: 0.1, duration: 200 });
    window.addEventListener("ib:fit-view", onFit);
    return () => window.removeEventListener("ib:fit-view", onFit);
  }, [fitView]);

  return (
    <div
      ref={frame}
      className="cv-canvas"
      data-testid="canvas"
      data-ready={ready || undefined}
      onDragOver={(event) => {
        if (event.dataTransfer.types.includes(PALETTE_MIME)) {
          event.preventDefault();
          event.dataTransfer.dropEffect = "copy";
        }
      }}
      onDrop={(event) => {
        const type = event.dataTransfer.getData(PALETTE_MIME);
        if (!type) return;
        event.preventDefault();
        const position = screenToFlowPosition({ x: event.clientX, y: event.clientY });
        const target = nearestInsert(position.x, position.y);
        if (target) insertFromPalette(type, { at: target.at, index: target.index });
      }}
    >
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onNodeDragStop={onNodeDragStop}
        onInit={onInit}
        onPaneClick={() => select([])}
        nodesConnectable={false}
        deleteKeyCode={null}
        multiSelectionKeyCode={["Shift", "Meta", "Control"]}
        selectionKeyCode="Shift"
        fitView
        fitViewOptions={{ padding: 0.1, maxZoom: 1 }}
        minZoom={0.05}
        maxZoom={2}
        onlyRenderVisibleElements
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={24} />
        {showMiniMap && <MiniMap pannable zoomable nodeStrokeWidth={2} nodeColor={(node) => (node.type === "insert" ? "transparent" : node.type === "lane" ? "#eef1f5" : "#9fb3d9")} />}
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}

/** Whether card `inner` is `outer` or nested in it. */
function isInside(inner: string, outer: string): boolean {
  const cards = useEditor.getState().cards;
  const container = cards.get(outer);
  if (!container) return false;
  const walk = (card: typeof container): boolean =>
    card.id === inner || (card.blocks ?? []).some((block) => block.cards.some(walk));
  return walk(container);
}
