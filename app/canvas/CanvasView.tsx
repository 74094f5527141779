"use client";
// The flow on a React Flow canvas: structural layout, insert points, drag to move, drop from the palette, MiniMap, zoom.
// Big flows stay quick: nodes arrive measured (size and edge anchors declared), so React Flow renders only those in
// view; the first view is at 100 % (fitted only when larger, never below a readable zoom); zoomed far out, cards
// are drawn title-only.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  applyNodeChanges,
  getViewportForBounds,
  useReactFlow,
  type Edge,
  type Node,
  type NodeChange,
  type NodeTypes,
  type ReactFlowInstance,
  type Viewport,
} from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import "./canvas.css";
import { layoutFlow, LAYOUT, type Layout, type LayoutNode } from "@/lib/canvas-layout";
import { measureFor } from "./measure";
import { useActionAuth } from "./action-auth";
import { useEditor } from "./store";
import { moveCard } from "@/lib/flow-edit";
import type { CalledFlow } from "@/lib/flow-edit/call-flow";
import { CardNode } from "./nodes/CardNode";
import { EventNode } from "./nodes/EventNode";
import { LaneNode } from "./nodes/LaneNode";
import { sequenceHandles } from "./nodes/SequenceHandles";
import { InsertPoints, type InsertPoint } from "./InsertPoints";
import { PALETTE_MIME, useInsertFromPalette } from "./palette-insert";

const nodeTypes: NodeTypes = { card: CardNode, event: EventNode, lane: LaneNode };

const MIN_ZOOM = 0.05;
/** A flow that doesn't fit at a readable zoom opens on its start, at 100 %. */
const START_VIEWPORT: Viewport = { x: 24, y: 24, zoom: 1 };
/** The least zoom a flow opens at: 12 px card text stays at 9 px or more. */
const READABLE_ZOOM = 0.75;

function toNode(item: Exclude<LayoutNode, InsertPoint>): Node {
  const base = {
    id: item.id,
    position: { x: item.x, y: item.y },
    width: item.width,
    height: item.height,
    // Declared (with the edge anchors), so React Flow needn't draw every node once to measure it.
    measured: { width: item.width, height: item.height },
    zIndex: item.depth * 3,
  };
  switch (item.kind) {
    case "event":
      return {
        ...base,
        type: "event",
        handles: sequenceHandles(item.width, false),
        data: { width: item.width, height: item.height },
        draggable: false,
        deletable: false,
      };
    case "card":
    case "container":
      return {
        ...base,
        type: "card",
        handles: sequenceHandles(item.width),
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
      return {
        ...base,
        type: "lane",
        handles: [],
        zIndex: item.depth * 3 - 2,
        data: { cardId: item.cardId, blockId: item.blockId, width: item.width, height: item.height },
        draggable: false,
        selectable: false,
        deletable: false,
      };
  }
}

const isInsertPoint = (item: LayoutNode): item is InsertPoint => item.kind === "insert";

/** Keeps node objects whose content didn't change, so React Flow and memoized nodes skip them. */
function reuse(previous: Map<string, Node>, next: Node[]): Node[] {
  return next.map((node) => {
    const old = previous.get(node.id);
    return old &&
      JSON.stringify(old.data) === JSON.stringify(node.data) &&
      old.position.x === node.position.x &&
      old.position.y === node.position.y &&
      old.zIndex === node.zIndex
      ? old
      : node;
  });
}

/** At 100 % when the flow fits; a larger one fitted, but never below the readable zoom: else its start at 100 %. */
function firstViewport(layout: Layout, width: number, height: number): Viewport {
  const fit = getViewportForBounds(
    { x: 0, y: 0, width: layout.width, height: layout.height },
    width,
    height,
    MIN_ZOOM,
    1,
    0.1,
  );
  return fit.zoom >= READABLE_ZOOM ? fit : START_VIEWPORT;
}

export function CanvasView({ helperFlows }: { helperFlows: CalledFlow[] }) {
  const cardsDoc = useEditor((state) => state.flow.cards);
  const event = useEditor((state) => state.flow.event);
  const collapsedList = useEditor((state) => state.flow.layout?.collapsed);
  const selection = useEditor((state) => state.selection);
  const select = useEditor((state) => state.select);
  const apply = useEditor((state) => state.apply);
  const { fitView, screenToFlowPosition, getViewport, setCenter } = useReactFlow();
  const frame = useRef<HTMLDivElement>(null);
  const insertFromPalette = useInsertFromPalette(helperFlows);
  const cache = useRef(new Map<string, Node>());
  const authRows = useActionAuth().length;
  const [ready, setReady] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: cardsDoc/event stand for the flow's structure
  const layout = useMemo(() => {
    const flow = useEditor.getState().flow;
    return layoutFlow(flow, measureFor(flow, authRows), new Set(collapsedList ?? []));
  }, [cardsDoc, event, collapsedList, authRows]);

  // Ready = React Flow has its viewport and the first frame with the cards is painted (what bench/canvas.ts times).
  const firstLayout = useRef(layout);
  const onInit = useCallback((instance: ReactFlowInstance) => {
    const pane = frame.current?.getBoundingClientRect();
    if (pane) void instance.setViewport(firstViewport(firstLayout.current, pane.width, pane.height));
    requestAnimationFrame(() => {
      performance.mark("ib:editor-ready");
      setReady(true);
    });
  }, []);

  const layoutNodes = useMemo(() => {
    const nodes = reuse(cache.current, layout.nodes.filter((item) => !isInsertPoint(item)).map(toNode));
    cache.current = new Map(nodes.map((node) => [node.id, node]));
    return nodes;
  }, [layout]);
  const edges = useMemo<Edge[]>(
    () =>
      layout.edges.map((edge) => ({
        ...edge,
        type: "straight",
        selectable: false,
        focusable: false,
        style: EDGE_STYLE,
      })),
    [layout],
  );
  const inserts = useMemo(() => layout.nodes.filter(isInsertPoint), [layout]);

  const [nodes, setNodes] = useState<Node[]>(layoutNodes);
  useEffect(() => {
    const chosen = new Set(selection);
    setNodes(
      layoutNodes.map((node) =>
        chosen.has(node.id) !== !!node.selected ? { ...node, selected: chosen.has(node.id) } : node,
      ),
    );
  }, [layoutNodes, selection]);

  const onNodesChange = useCallback(
    (changes: NodeChange[]) => {
      setNodes((current) => applyNodeChanges(changes, current));
      if (changes.some((change) => change.type === "select")) {
        const current = new Set(useEditor.getState().selection);
        for (const change of changes)
          if (change.type === "select") change.selected ? current.add(change.id) : current.delete(change.id);
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
      let best: InsertPoint | undefined;
      let bestDistance = Infinity;
      for (const point of inserts) {
        if (excluding && point.at.container && isInside(point.at.container, excluding)) continue;
        const distance = Math.hypot(point.x + point.width / 2 - x, point.y + point.height / 2 - y);
        if (distance < bestDistance) {
          best = point;
          bestDistance = distance;
        }
      }
      return best;
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
    const inView =
      left >= 0 && top >= 0 && left + box.width * zoom <= width && top + Math.min(box.height, 200) * zoom <= height;
    if (!inView) void setCenter(box.x + box.width / 2, box.y + Math.min(box.height, height / zoom) / 2, { zoom });
  }, [selection, layout, getViewport, setCenter]);

  useEffect(() => {
    const onFit = () => fitView({ padding: 0.1, duration: 200 });
    window.addEventListener("ib:fit-view", onFit);
    return () => window.removeEventListener("ib:fit-view", onFit);
  }, [fitView]);

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the drop target of palette drags; the keyboard inserts with `/`
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
        defaultViewport={START_VIEWPORT}
        minZoom={MIN_ZOOM}
        maxZoom={2}
        onlyRenderVisibleElements
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={24} />
        <InsertPoints points={inserts} />
        <MiniMap pannable zoomable nodeStrokeWidth={2} nodeColor={miniMapColor} />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}

const EDGE_STYLE = { stroke: "#9aa4b2", strokeWidth: 2 };
const miniMapColor = (node: Node) => (node.type === "lane" ? "#eef1f5" : "#9fb3d9");

/** Whether card `inner` is `outer` or nested in it. */
function isInside(inner: string, outer: string): boolean {
  const cards = useEditor.getState().cards;
  const container = cards.get(outer);
  if (!container) return false;
  const walk = (card: typeof container): boolean =>
    card.id === inner || (card.blocks ?? []).some((block) => block.cards.some(walk));
  return walk(container);
}
