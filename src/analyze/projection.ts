// The undirected, simple, weighted view of the graph that communities and layout run on:
// who is tied to whom and how strongly, whatever the direction, type or polarity of the ties.
import { UndirectedGraph } from "graphology";
import type { AtharGraph } from "../graph-file.js";

export interface Tie {
  weight: number;
}

/** One edge per linked pair; its weight is the sum of the pair's edge weights. */
export function undirectedProjection(
  graph: AtharGraph,
): UndirectedGraph<Record<string, never>, Tie> {
  const p = new UndirectedGraph<Record<string, never>, Tie>({ allowSelfLoops: false });
  graph.forEachNode((key) => {
    p.addNode(key);
  });
  graph.forEachEdge((_key, attrs, source, target) => {
    if (source === target) return;
    const w = edgeWeight(attrs.weight);
    const existing = p.edge(source, target);
    if (existing === undefined) p.addEdge(source, target, { weight: w });
    else p.updateEdgeAttribute(existing, "weight", (old) => (old ?? 0) + w);
  });
  return p;
}

/** Every edge counts at least once: a zero or missing weight would make PageRank divide by 0. */
export function edgeWeight(weight: number | undefined): number {
  return typeof weight === "number" && weight > 0 ? weight : 1;
}
