// Conversions between graphology's graph object and graph.json (athar's GraphFile).
import { MultiDirectedGraph } from "graphology";
import type { EdgeAttributes, GraphFile, GraphMeta, NodeAttributes } from "./graph-schema.js";

export type AtharGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export function newGraph(): AtharGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: false });
}

/** A graphology graph from a parsed (and validated) graph file. */
export function graphFromFile(file: GraphFile): AtharGraph {
  const g = newGraph();
  for (const n of file.nodes) g.addNode(n.key, n.attributes);
  for (const e of file.edges) g.addEdgeWithKey(e.key, e.source, e.target, e.attributes);
  return g;
}

/** The graph file for a graph; node and edge order is the graph's insertion order. */
export function graphToFile(g: AtharGraph, meta: GraphMeta): GraphFile {
  return {
    meta,
    attributes: {},
    options: { type: "directed", multi: true, allowSelfLoops: false },
    nodes: g.mapNodes((key, attributes) => ({ key, attributes })),
    edges: g.mapEdges((key, attributes, source, target) => ({ key, source, target, attributes })),
  };
}
