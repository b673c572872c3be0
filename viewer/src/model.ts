// The viewer's in-memory graph. athar's graph.json maps onto it one to one; a GEXF from
// elsewhere maps onto it with defaults (kind "other", no evidence), so one UI serves both.
import { MultiDirectedGraph } from "graphology";
import type {
  ArticlesFile,
  EdgeAttributes,
  Evidence,
  Facet,
  GraphMeta,
  NodeAttributes,
} from "../../src/graph-schema.js";
import type { PendingEdges } from "./edges-load.js";
import type { LazySource } from "./lazy.js";
import type { Kind } from "./theme.js";

/** Scalar attributes a foreign file carried that athar's schema has no name for. */
export type Extra = Record<string, string | number | boolean>;

export type ViewNode = Omit<NodeAttributes, "kind"> & {
  kind: Kind;
  /** Display attributes read by sigma. */
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  extra?: Extra;
};

/**
 * An edge. sigma reads `type` as the name of its drawing program ("arrow" | "dashed"), so the
 * relation type (CONSULT, ROLE, ...) lives in `relation`.
 */
export type ViewEdge = Omit<EdgeAttributes, "type" | "evidence"> & {
  relation: string;
  /** Inline (graph.json, GEXF) or absent until fetched (view.json: see `facets`). */
  evidence?: Evidence[];
  /** The evidence in brief, from view.json: what the filters and the histogram count. */
  facets?: Facet[];
  type: "arrow" | "dashed";
  size: number;
  color: string;
  extra?: Extra;
};

export type ViewGraph = MultiDirectedGraph<ViewNode, ViewEdge>;

export type Article = ArticlesFile["articles"][number];

export interface Dataset {
  graph: ViewGraph;
  /** graph.json's meta; view.json's leaves out the list of documents. */
  meta: Omit<GraphMeta, "documents"> | null;
  articles: Map<string, Article>;
  /** Where the data came from (URL or file name), for the status line. */
  name: string;
  format: "athar" | "gexf";
  /** view.json's data: evidence and articles fetched when opened; null when inline. */
  lazy?: LazySource | null;
  /** view.json's edges, added after the nodes' first frame; null or absent when all are in. */
  edges?: PendingEdges | null;
  /** Validation left for after the first frame (large files); resolves to a problem or null. */
  check?: (() => Promise<string | null>) | null;
}

export function newViewGraph(): ViewGraph {
  return new MultiDirectedGraph<ViewNode, ViewEdge>({ allowSelfLoops: true });
}

export function labelOf(n: Pick<ViewNode, "label_ar" | "label_en">, lang: "ar" | "en"): string {
  return lang === "en" ? (n.label_en ?? n.label_ar) : n.label_ar || (n.label_en ?? "");
}
