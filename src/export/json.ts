// graph.json: graphology's serialization plus athar's meta (the GraphFile schema).
import { type AtharGraph, graphToFile } from "../graph-file.js";
import type { GraphMeta } from "../graph-schema.js";

export interface JsonOptions {
  /** Indent for people reading diffs; compact by default. */
  pretty?: boolean;
}

export function toJson(graph: AtharGraph, meta: GraphMeta, options: JsonOptions = {}): string {
  return `${JSON.stringify(graphToFile(graph, meta), null, options.pretty ? 2 : undefined)}\n`;
}
