// What queries run on: the graph with its meta and the lookup index, built once. A plain
// graphology graph works too; its index is built on first use and dropped when it changes.
import type { AtharGraph } from "../graph-file.js";
import type { GraphMeta } from "../graph-schema.js";
import type { EntityRef } from "../schema.js";
import { buildNameIndex, type NameIndex } from "./name-index.js";

export interface KnowledgeGraph {
  readonly graph: AtharGraph;
  /** graph.json's meta, when the graph came from a file. */
  readonly meta: GraphMeta | null;
  readonly index: NameIndex;
  /** The file it was loaded from, for messages. */
  readonly source: string | null;
}

export type GraphInput = KnowledgeGraph | AtharGraph;

export function knowledgeGraph(
  graph: AtharGraph,
  meta: GraphMeta | null = null,
  source: string | null = null,
): KnowledgeGraph {
  return { graph, meta, index: buildNameIndex(graph), source };
}

const cache = new WeakMap<AtharGraph, KnowledgeGraph>();
const CHANGES = [
  "nodeAdded",
  "nodeDropped",
  "nodeAttributesUpdated",
  "eachNodeAttributesUpdated",
  "cleared",
] as const;

export function resolveInput(input: GraphInput): KnowledgeGraph {
  if ("index" in input && "graph" in input) return input;
  const graph = input as AtharGraph;
  let kg = cache.get(graph);
  if (kg === undefined) {
    kg = knowledgeGraph(graph);
    if (!cache.has(graph)) {
      const drop = () => cache.delete(graph);
      for (const event of CHANGES) graph.on(event, drop);
    }
    cache.set(graph, kg);
  }
  return kg;
}

export function entityRef(graph: AtharGraph, id: string): EntityRef {
  const a = graph.getNodeAttributes(id);
  return { id, kind: a.kind, label_ar: a.label_ar, label_en: a.label_en };
}
