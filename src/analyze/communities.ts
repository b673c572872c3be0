// Louvain communities on the undirected projection, with a seeded RNG so the same graph
// always gets the same communities; numbered by size so community 0 is the largest.
import type { UndirectedGraph } from "graphology";
import louvainImport from "graphology-communities-louvain";
import { cjsDefault } from "./cjs.js";
import type { Tie } from "./projection.js";
import { mulberry32 } from "./rng.js";

const louvain = cjsDefault(louvainImport);

export function communities(
  projection: UndirectedGraph<Record<string, never>, Tie>,
  seed: number,
): Map<string, number> {
  const raw = louvain(projection, { getEdgeWeight: "weight", rng: mulberry32(seed) });
  // Renumber: largest community first; ties by first appearance in node order.
  const sizes = new Map<number, { size: number; first: number }>();
  let i = 0;
  projection.forEachNode((node) => {
    const c = raw[node] ?? -1;
    const s = sizes.get(c);
    if (s) s.size++;
    else sizes.set(c, { size: 1, first: i });
    i++;
  });
  const order = [...sizes.entries()].sort(
    (a, b) => b[1].size - a[1].size || a[1].first - b[1].first,
  );
  const renumber = new Map(order.map(([c], rank) => [c, rank]));
  const out = new Map<string, number>();
  projection.forEachNode((node) => {
    out.set(node, renumber.get(raw[node] ?? -1) ?? 0);
  });
  return out;
}
