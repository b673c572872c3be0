// athar's graph.json -> the viewer's graph. Validation uses the same zod schema the pipeline
// writes with (src/graph-schema.ts), so a file the viewer accepts is a file athar made.
import { ArticlesFile, GraphFile } from "../../src/graph-schema.js";
import { type Article, type Dataset, newViewGraph, type ViewGraph } from "./model.js";
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

export function graphFromAthar(json: unknown, name: string): Omit<Dataset, "articles"> {
  const parsed = GraphFile.safeParse(json);
  if (!parsed.success) {
    throw new LoadError(`${name} is not an athar graph file: ${describe(parsed.error)}`);
  }
  const file = parsed.data;
  const graph = newViewGraph();
  file.nodes.forEach((n, i) => {
    const a = n.attributes;
    const [x, y] = a.x !== undefined && a.y !== undefined ? [a.x, a.y] : spiral(i);
    graph.addNode(n.key, {
      ...a,
      x,
      y,
      size: 1,
      color: KIND_COLOR[a.kind],
      label: a.label_ar,
    });
  });
  for (const e of file.edges) {
    const a = e.attributes;
    const negated = a.polarity === "negated";
    const { type, ...rest } = a;
    graph.addEdgeWithKey(e.key, e.source, e.target, {
      ...rest,
      relation: type,
      type: negated ? "dashed" : "arrow",
      size: edgeSize(a.weight),
      color: edgeColor(a.family, negated),
    });
  }
  sizeByDegree(graph);
  return { graph, meta: file.meta, name, format: "athar" };
}

export function articlesFromAthar(json: unknown, name: string): Map<string, Article> {
  const parsed = ArticlesFile.safeParse(json);
  if (!parsed.success) {
    throw new LoadError(`${name} is not an athar articles file: ${describe(parsed.error)}`);
  }
  return new Map(parsed.data.articles.map((a) => [a.doc, a]));
}

/** Size by degree in the graph as loaded (the file's own degree may count hidden edges). */
export function sizeByDegree(graph: ViewGraph): void {
  graph.updateEachNodeAttributes((node, a) => ({ ...a, size: nodeSize(graph.degree(node)) }), {
    attributes: ["size"],
  });
}

/** A deterministic spread for nodes without positions (a sunflower spiral). */
export function spiral(i: number): [number, number] {
  const r = 10 * Math.sqrt(i + 1);
  const t = i * 2.399963229728653;
  return [r * Math.cos(t), r * Math.sin(t)];
}
