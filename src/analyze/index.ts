// The analyze stage: degree, weighted degree, PageRank, Louvain community, ForceAtlas2
// position, colour by kind and size by degree, stored as node attributes on a copy.
import type { AtharGraph } from "../graph-file.js";
import { communities } from "./communities.js";
import { layout } from "./layout.js";
import { centrality } from "./metrics.js";
import { KIND_COLORS } from "./palette.js";
import { undirectedProjection } from "./projection.js";
import { sizeForDegree } from "./size.js";

export { KIND_COLORS } from "./palette.js";

/** One fixed seed: analysis is deterministic by design, not by accident. */
export const ANALYSIS_SEED = 0x61746872; // "athr"

export interface AnalyzeOptions {
  seed?: number;
}

/** Returns an analysed copy of `graph`; the input is not modified. Same input, same output. */
export function analyze(graph: AtharGraph, options: AnalyzeOptions = {}): AtharGraph {
  const seed = options.seed ?? ANALYSIS_SEED;
  const out = graph.copy() as AtharGraph;
  const projection = undirectedProjection(out);
  const metrics = centrality(out);
  const community = communities(projection, seed);
  const positions = layout(projection, seed);
  let maxDegree = 0;
  for (const m of metrics.values()) maxDegree = Math.max(maxDegree, m.degree);
  out.updateEachNodeAttributes((key, attrs) => {
    const m = metrics.get(key);
    const p = positions.get(key);
    return {
      ...attrs,
      degree: m?.degree ?? 0,
      weighted_degree: m?.weighted_degree ?? 0,
      pagerank: m?.pagerank ?? 0,
      community: community.get(key) ?? 0,
      x: p?.x ?? 0,
      y: p?.y ?? 0,
      size: sizeForDegree(m?.degree ?? 0, maxDegree),
      color: KIND_COLORS[attrs.kind],
    };
  });
  return out;
}
