// athar's graph.json -> the viewer's graph. Validation uses the same zod schema the pipeline
// writes with (src/graph-schema.ts), so a file the viewer accepts is a file athar made.

import { z } from "zod";
import { columnsProblem, viewNodesFromColumns } from "../../src/export/view-nodes.js";
import {
  ArticlesFile,
  type ByteRange,
  ViewNode as FiledViewNode,
  GraphFile,
  VIEW_SCHEMA,
  ViewFile,
} from "../../src/graph-schema.js";
import { PendingEdges } from "./edges-load.js";
import { describe, LoadError } from "./errors.js";
import { LazySource } from "./lazy.js";
import {
  type Article,
  type Dataset,
  newViewGraph,
  type ViewEdge,
  type ViewGraph,
  type ViewNode,
} from "./model.js";
import { edgeLook, KIND_COLOR, nodeSize } from "./theme.js";

export { LoadError };

export function isAtharGraph(json: unknown): boolean {
  return typeof json === "object" && json !== null && "meta" in json && "nodes" in json;
}

/** view.json: the graph without evidence (src/export/view.ts), of any version. */
export function isAtharView(json: unknown): boolean {
  const schema = (json as { schema?: unknown } | null)?.schema;
  return isAtharGraph(json) && typeof schema === "string" && schema.startsWith("athar-view/");
}

/** A view.json this viewer cannot read: written by an older (or newer) athar. */
export class OtherViewError extends LoadError {}

export function isAtharArticles(json: unknown): boolean {
  return typeof json === "object" && json !== null && "articles" in json && "schema" in json;
}

/**
 * Graphs above this many items (nodes + edges) are validated on a sample before the first
 * frame, and in full in the background right after: zod on 100k edges with their evidence
 * costs most of a second, which a user should not wait for to see the graph.
 */
export const FULL_CHECK_LIMIT = 30_000;
const SAMPLE = 2_000;

function sample<T>(items: T[]): T[] {
  if (items.length <= SAMPLE) return items;
  const step = items.length / SAMPLE;
  return Array.from({ length: SAMPLE }, (_, i) => items[Math.floor(i * step)] as T);
}

/** An edge as it was in the file: buildInPlace moved the relation type to `relation`. */
function asFiled(e: GraphFile["edges"][number]): unknown {
  const a = e.attributes as unknown as ViewEdge;
  return { ...e, attributes: { ...a, type: a.relation } };
}

interface Items {
  nodes: unknown[];
  edges: unknown[];
}

/** Full validation, in slices between which the page can draw and answer. */
async function checkInSlices(
  file: Items,
  name: string,
  { node, edge }: { node: z.ZodType; edge: z.ZodType },
): Promise<string | null> {
  const slice = 5_000;
  for (const [what, items, schema] of [
    ["nodes", file.nodes, node],
    ["edges", file.edges, edge],
  ] as const) {
    for (let i = 0; i < items.length; i += slice) {
      await new Promise((r) => setTimeout(r, 0));
      for (let j = i; j < Math.min(items.length, i + slice); j++) {
        const r = schema.safeParse(
          what === "edges" ? asFiled(items[j] as GraphFile["edges"][number]) : items[j],
        );
        if (!r.success) return `${name}: ${what}.${j}: ${describe(r.error)}`;
      }
    }
  }
  return null;
}

export function graphFromAthar(json: unknown, name: string): Omit<Dataset, "articles"> {
  const { graph, meta, check } = buildChecked(json, name, GraphFile, "an athar graph file");
  return { graph, meta, name, format: "athar", check };
}

/**
 * view.json (the graph's nodes without evidence): the edges follow from the file it names
 * (`edgeBytes` downloads it), evidence and articles are fetched when opened, as byte ranges of
 * graph.json and articles.json at `url`'s folder.
 */
export function graphFromView(
  json: unknown,
  name: string,
  url: string,
  edgeBytes: (url: string) => Promise<ArrayBuffer>,
): Omit<Dataset, "articles"> {
  const schema = (json as { schema: string }).schema;
  if (schema !== VIEW_SCHEMA) {
    throw new OtherViewError(
      `${name} was written by another version of athar (${schema}; this viewer reads ${VIEW_SCHEMA}): build the graph again, or open graph.json`,
    );
  }
  // The nodes come as columns: made into records first, then checked as graph.json's are.
  const problem = columnsProblem((json as { nodes?: unknown }).nodes);
  if (problem) throw new LoadError(`${name} is not an athar view.json: ${problem}`);
  const columns = json as ViewFile;
  const file: ViewRecords = { ...columns, nodes: viewNodesFromColumns(columns.nodes) };
  const { graph, meta, check } = buildChecked(file, name, ViewRecords, "an athar view.json");
  const near = (file: string) => new URL(file, new URL(url, location.href)).href;
  const ranges = {
    edges: new Map<string, ByteRange>(),
    nodes: new Map<string, ByteRange>(
      file.nodes.flatMap((n) => (n.evidence ? [[n.key, n.evidence] as const] : [])),
    ),
    articles: new Map<string, ByteRange>(Object.entries(file.articles)),
  };
  const lazy = new LazySource(near(file.files.graph), near(file.files.articles), ranges);
  const edgesUrl = near(file.files.edges);
  const edges = new PendingEdges(
    file.edge_count,
    () => edgeBytes(edgesUrl),
    graph,
    file.nodes.map((n) => n.key),
    ranges.edges,
    edgesUrl,
    () => sizeByDegree(graph),
  );
  return { graph, meta, name, format: "athar", check, lazy, edges };
}

/** view.json with its node columns made into records (viewNodesFromColumns). */
const ViewRecords = ViewFile.extend({ nodes: z.array(FiledViewNode) });
type ViewRecords = z.infer<typeof ViewRecords>;

/** Validates (a sample first when large), then builds the view graph from the file's records. */
function buildChecked(
  json: unknown,
  name: string,
  schema: typeof GraphFile | typeof ViewRecords,
  what: string,
) {
  const raw = json as GraphFile & Partial<Pick<ViewRecords, "edge_count">>;
  // view.json has no edges: they follow from its edges file, checked there.
  const view = !("edges" in schema.shape);
  const edges: unknown[] = !view && Array.isArray(raw.edges) ? raw.edges : [];
  const size = view ? Number(raw.edge_count) || 0 : edges.length;
  const large = Array.isArray(raw.nodes) && raw.nodes.length + size > FULL_CHECK_LIMIT;
  const sampled = view
    ? { nodes: sample(raw.nodes) }
    : { nodes: sample(raw.nodes), edges: sample(edges) };
  const parsed = schema.safeParse(large ? { ...raw, ...sampled } : json);
  if (!parsed.success) {
    throw new LoadError(`${name} is not ${what}: ${describe(parsed.error)}`);
  }
  const file = (large ? raw : parsed.data) as GraphFile;
  performance.mark("athar:validated");
  const graph = newViewGraph();
  try {
    buildInPlace(graph, file);
  } catch (err) {
    throw new LoadError(`${name}: cannot build the graph: ${(err as Error).message}`);
  }
  sizeByDegree(graph, view);
  const elements = {
    node: schema.shape.nodes.element as z.ZodType,
    edge: ("edges" in schema.shape
      ? schema.shape.edges.element
      : GraphFile.shape.edges.element) as z.ZodType,
  };
  return {
    graph,
    meta: parsed.data.meta,
    check: large ? () => checkInSlices({ nodes: raw.nodes, edges }, name, elements) : null,
  };
}

/**
 * Turns the file's attribute objects into the viewer's (display fields added, the relation
 * type moved to `relation`) without copying them: at 100k edges, copies cost real time.
 */
function buildInPlace(graph: ViewGraph, file: GraphFile): void {
  file.nodes.forEach((n, i) => {
    const a = n.attributes as unknown as ViewNode;
    if (a.x === undefined || a.y === undefined) [a.x, a.y] = spiral(i);
    a.size = 1;
    a.color = KIND_COLOR[a.kind] ?? KIND_COLOR.other;
    a.label = a.label_ar;
    graph.addNode(n.key, a);
  });
  for (const e of file.edges ?? []) {
    const relation = e.attributes.type;
    const a = e.attributes as unknown as ViewEdge;
    a.relation = relation;
    Object.assign(a, edgeLook(a.family, a.polarity === "negated", a.weight));
    graph.addEdgeWithKey(e.key, e.source, e.target, a);
  }
}

export function articlesFromAthar(json: unknown, name: string): Map<string, Article> {
  const parsed = ArticlesFile.safeParse(json);
  if (!parsed.success) {
    throw new LoadError(`${name} is not an athar articles file: ${describe(parsed.error)}`);
  }
  return new Map(parsed.data.articles.map((a) => [a.doc, a]));
}

/**
 * Size by degree in the graph as loaded (the file's own degree may count other edges). Big
 * graphs get smaller discs: thousands of large ones only cover each other (and cost fill).
 * `filed`: the edges are still to come (view.json), so the degree the file gives stands in.
 */
export function sizeByDegree(graph: ViewGraph, filed = false): void {
  const scale = graph.order > 2000 ? Math.max(0.35, Math.sqrt(2000 / graph.order)) : 1;
  graph.forEachNode((node, a) => {
    a.size = nodeSize(filed ? (a.degree ?? 0) : graph.degree(node)) * scale;
  });
}

/** A deterministic spread for nodes without positions (a sunflower spiral). */
export function spiral(i: number): [number, number] {
  const r = 10 * Math.sqrt(i + 1);
  const t = i * 2.399963229728653;
  return [r * Math.cos(t), r * Math.sin(t)];
}
