// ForceAtlas2 positions from seeded initial positions: the layout is a pure function of the
// graph, so graph.json and graph.gexf keep the same bytes from build to build.
import type { UndirectedGraph } from "graphology";
import forceAtlas2Import from "graphology-layout-forceatlas2";
import { cjsDefault } from "./cjs.js";
import { round } from "./metrics.js";
import type { Tie } from "./projection.js";
import { hashString, mulberry32 } from "./rng.js";

const forceAtlas2 = cjsDefault(forceAtlas2Import);

export interface Point {
  x: number;
  y: number;
}

/**
 * Iterations fit a budget of about three seconds of layout: small graphs get up to 500 steps
 * to settle, large ones at least 30. One step costs about 7.7 ns per node pair (exact
 * repulsion, up to 2000 nodes) or 840 ns per node and tree level (Barnes–Hut, above: the
 * threshold forceAtlas2.inferSettings uses). Only the node count decides, so the layout
 * stays deterministic.
 */
export function layoutIterations(order: number): number {
  if (order <= 1) return 1;
  const perIteration = order > 2000 ? 840 * order * Math.log2(order) : 7.7 * order * order;
  return Math.max(30, Math.min(500, Math.round(3e9 / perIteration)));
}

/**
 * Each node's start depends only on its key and the seed, so adding a node elsewhere does not
 * reshuffle everybody's start.
 */
export function initialPosition(key: string, seed: number, radius: number): Point {
  const rnd = mulberry32(hashString(key) ^ seed);
  const angle = rnd() * 2 * Math.PI;
  const r = radius * Math.sqrt(rnd());
  return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
}

export function layout(
  projection: UndirectedGraph<Record<string, never>, Tie>,
  seed: number,
): Map<string, Point> {
  const out = new Map<string, Point>();
  if (projection.order === 0) return out;
  // FA2 reads and writes x/y on the graph it is given: work on a private copy.
  const g = projection.copy() as unknown as UndirectedGraph<Point, Tie>;
  const radius = 10 * Math.sqrt(g.order);
  g.forEachNode((key) => {
    g.mergeNodeAttributes(key, initialPosition(key, seed, radius));
  });
  const positions = forceAtlas2(g, {
    iterations: layoutIterations(g.order),
    settings: forceAtlas2.inferSettings(g),
    getEdgeWeight: "weight",
  });
  g.forEachNode((key) => {
    const p = positions[key] ?? { x: 0, y: 0 };
    out.set(key, { x: round(finite(p.x), 3), y: round(finite(p.y), 3) });
  });
  return out;
}

function finite(v: number): number {
  return Number.isFinite(v) ? v : 0;
}
