// Shortest paths between two entities through the graph, read as undirected (a chain of
// "who is tied to whom"), with every relation on each hop. graphology-shortest-path finds the
// length on an undirected view; a bounded search from both ends then lists the shortest paths.
import { bidirectional } from "graphology-shortest-path/unweighted.js";
import type { AtharGraph } from "../graph-file.js";
import { resolveEntity } from "./entity.js";
import { entityRef, type GraphInput, resolveInput } from "./knowledge-graph.js";
import { byStrength, toRelation } from "./relations.js";
import type { Hop, PathsResult, Relation } from "./types.js";

/** Shortest paths considered before the strongest are kept. */
const CANDIDATES = 20;

export interface PathsOptions {
  /** How many shortest paths to list at most (default 10). */
  maxPaths?: number;
}

export function paths(
  input: GraphInput,
  from: string,
  to: string,
  options: PathsOptions = {},
): PathsResult {
  const kg = resolveInput(input);
  const { graph } = kg;
  const a = resolveEntity(kg, from);
  const b = resolveEntity(kg, to);
  const maxPaths = options.maxPaths ?? 10;
  const result = { from: entityRef(graph, a), to: entityRef(graph, b) };
  const one = bidirectional(undirectedView(graph), a, b);
  if (one === null) return { ...result, length: null, paths: [] };
  const length = one.length - 1;
  // A few more candidates than asked for, so the strongest chains can be chosen among them.
  const found = allShortestPaths(graph, a, b, length, Math.max(maxPaths, CANDIDATES));
  const listed = found.map((nodes) => ({
    nodes: nodes.map((n) => entityRef(graph, n)),
    hops: nodes.slice(1).map((n, i) => hop(graph, nodes[i] as string, n)),
  }));
  // Strongest chains first: the sum over hops of each hop's strongest tie.
  const strength = (p: { hops: Hop[] }) =>
    p.hops.reduce((s, h) => s + (h.relations[0]?.weight ?? 0), 0);
  listed.sort((x, y) => strength(y) - strength(x));
  return { ...result, length, paths: listed.slice(0, maxPaths) };
}

/**
 * The graph seen without direction, without copying it: graphology-shortest-path follows
 * outbound neighbours forward and inbound ones backward, and here both are all neighbours.
 */
function undirectedView(graph: AtharGraph): AtharGraph {
  const both = (node: string) => graph.neighbors(node);
  return new Proxy(graph, {
    get(target, prop, receiver) {
      if (prop === "outboundNeighbors" || prop === "inboundNeighbors") return both;
      return Reflect.get(target, prop, receiver);
    },
  });
}

/** Distances from `start` up to `radius` hops, ignoring direction. */
function ball(graph: AtharGraph, start: string, radius: number): Map<string, number> {
  const dist = new Map([[start, 0]]);
  let frontier = [start];
  for (let d = 1; d <= radius && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const v of frontier) {
      graph.forEachNeighbor(v, (w) => {
        if (!dist.has(w)) {
          dist.set(w, d);
          next.push(w);
        }
      });
    }
    frontier = next;
  }
  return dist;
}

/**
 * Every shortest path of `length` hops from a to b (up to `limit`). Balls of half the length
 * around each end bound the search: a node at step j must be j from a (first half) and
 * length - j from b (second half).
 */
function allShortestPaths(
  graph: AtharGraph,
  a: string,
  b: string,
  length: number,
  limit: number,
): string[][] {
  if (length === 0) return [[a]];
  const h = Math.ceil(length / 2);
  const fromA = ball(graph, a, h);
  const fromB = ball(graph, b, length - h);
  const out: string[][] = [];
  const path = [a];
  const walk = (v: string, i: number): void => {
    if (i === length) {
      if (v === b) out.push([...path]);
      return;
    }
    const j = i + 1;
    for (const w of graph.neighbors(v)) {
      if (j <= h && fromA.get(w) !== j) continue;
      if (j >= h && fromB.get(w) !== length - j) continue;
      path.push(w);
      walk(w, j);
      path.pop();
      if (out.length >= limit) return;
    }
  };
  walk(a, 0);
  return out;
}

function hop(graph: AtharGraph, u: string, v: string): Hop {
  const relations: Relation[] = [];
  // Both directions: graph.outEdges(u, v) is u → v only.
  for (const [s, t] of [
    [u, v],
    [v, u],
  ] as const) {
    for (const key of graph.outEdges(s, t)) {
      relations.push(toRelation(graph, key, graph.getEdgeAttributes(key), s, t));
    }
  }
  relations.sort(byStrength);
  return { from: entityRef(graph, u), to: entityRef(graph, v), relations };
}
