// Degree, weighted degree and PageRank on the directed multigraph itself: parallel edges of
// different types are different statements, and each one counts.
import pagerankImport from "graphology-metrics/centrality/pagerank.js";
import type { AtharGraph } from "../graph-file.js";
import { cjsDefault } from "./cjs.js";
import { edgeWeight } from "./projection.js";

const pagerank = cjsDefault(pagerankImport);

export interface Centrality {
  degree: number;
  weighted_degree: number;
  pagerank: number;
}

export function centrality(graph: AtharGraph): Map<string, Centrality> {
  const out = new Map<string, Centrality>();
  const ranks = graph.size > 0 ? safePagerank(graph) : {};
  const uniform = graph.order > 0 ? 1 / graph.order : 0;
  graph.forEachNode((node) => {
    let weighted = 0;
    graph.forEachEdge(node, (_e, attrs) => {
      weighted += edgeWeight(attrs.weight);
    });
    out.set(node, {
      degree: graph.degree(node),
      weighted_degree: weighted,
      pagerank: round(ranks[node] ?? uniform, 8),
    });
  });
  return out;
}

/** PageRank throws when it does not converge; a looser tolerance always ends. */
function safePagerank(graph: AtharGraph): Record<string, number> {
  const getEdgeWeight = (_e: string, attrs: { weight: number }) => edgeWeight(attrs.weight);
  try {
    return pagerank(graph, { getEdgeWeight, maxIterations: 200 });
  } catch {
    return pagerank(graph, { getEdgeWeight, maxIterations: 1000, tolerance: 1e-4 });
  }
}

/** Rounded numbers keep graph.json short and its bytes stable. */
export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
