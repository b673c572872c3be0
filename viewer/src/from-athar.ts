// athar's graph.json -> the viewer's graph. Validation uses the same zod schema the pipeline
// writes with (src/graph-schema.ts), so a file the viewer accepts is a file athar made.
import { ArticlesFile, GraphFile } from "../../src/graph-schema.js";
import {
  type Article,
  type Dataset,
  newViewGraph,
  type ViewEdge,
  type ViewGraph,
  type ViewNode,
} from "./model.js";
import { edgeColor, edgeSize, KIND_COLOR, nodeSize } from "./theme.js";

export class LoadError extends Error {}

/** Zod's issues as a few readable lines: where in the file, and what is wrong. */
function describe(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.map(String).join(".") || "(root)"}: ${i.message}`)
    .join("; ");
}

export function isAtharGraph(json: unknown): boolean {
  return typeof json === "object" && json !== null && "meta" in json && "nodes" in json;
}

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

/** Full validation, in slices between which the page can draw and answer. */
async function checkInSlices(file: GraphFile, name: string): Promise<string | null> {
  const node = GraphFile.shape.nodes.element;
  const edge = GraphFile.shape.edges.element;
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
  const raw = json as GraphFile;
  const large =
    Array.isArray(raw.nodes) &&
    Array.isArray(raw.edges) &&
    raw.nodes.length + raw.edges.length > FULL_CHECK_LIMIT;
  const parsed = GraphFile.safeParse(
    large ? { ...raw, nodes: sample(raw.nodes), edges: sample(raw.edges) } : json,
  );
  if (!parsed.success) {
    throw new LoadError(`${name} is not an athar graph file: ${describe(parsed.error)}`);
  }
  const file = large ? raw : parsed.data;
  performance.mark("athar:validated");
  const graph = newViewGraph();
  try {
    buildInPlace(graph, file);
  } catch (err) {
    throw new LoadError(`${name}: cannot build the graph: ${(err as Error).message}`);
  }
  sizeByDegree(graph);
  return {
    graph,
    meta: parsed.data.meta,
    name,
    format: "athar",
    check: large ? () => checkInSlices(raw, name) : null,
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
  for (const e of file.edges) {
    const relation = e.attributes.type;
    const a = e.attributes as unknown as ViewEdge;
    const negated = a.polarity === "negated";
    a.relation = relation;
    a.type = negated ? "dashed" : "arrow";
    a.size = edgeSize(a.weight);
    a.color = edgeColor(a.family, negated);
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
 */
export function sizeByDegree(graph: ViewGraph): void {
  const scale = graph.order > 2000 ? Math.max(0.35, Math.sqrt(2000 / graph.order)) : 1;
  graph.forEachNode((node, a) => {
    a.size = nodeSize(graph.degree(node)) * scale;
  });
}

/** A deterministic spread for nodes without positions (a sunflower spiral). */
export function spiral(i: number): [number, number] {
  const r = 10 * Math.sqrt(i + 1);
  const t = i * 2.399963229728653;
  return [r * Math.cos(t), r * Math.sin(t)];
}
