// The one place that knows the order of the stages:
// ingest -> recognize (normalize, segment, mentions) -> extract -> merge -> analyze -> write.
import { analyze } from "./analyze/index.js";
import { toGexf } from "./export/gexf.js";
import { extractRelations } from "./extract/index.js";
import { type AtharGraph, graphToFile, newGraph } from "./graph-file.js";
import type { ArticlesFile, BuildError, DocumentInfo, GraphFile } from "./graph-schema.js";
import type { Kb } from "./kb/kb.js";
import { addRelationEdges } from "./merge/edges.js";
import { addEvents } from "./merge/events.js";
import { accumulateNodes, nodeAttributes, touchNode } from "./merge/nodes.js";
import { addStructuralEdges } from "./merge/structure.js";
import { recognize } from "./recognize/recognize.js";
import { type Article, type Mention, type RelationMention, SCHEMA_VERSION } from "./schema.js";
import { EXTRACTOR_VERSION } from "./version.js";
import { jsonl } from "./write.js";

export interface ArticleOutput {
  doc: string;
  sentences: number;
  mentions: Mention[];
  relations: RelationMention[];
  /** Provisional organisations and the state a nisba in their name points to. */
  partOf: Array<[string, string]>;
}

/** Everything athar extracts from one article. */
export function processArticle(article: Article, kb: Kb): ArticleOutput {
  const rec = recognize(article, kb);
  const partOf = new Map<string, string>();
  for (const f of rec.found.flat()) if (f.partOf) partOf.set(f.entity.id, f.partOf);
  return {
    doc: article.doc,
    sentences: rec.seg.sentences.length,
    mentions: rec.mentions,
    relations: extractRelations(rec, kb),
    partOf: [...partOf],
  };
}

export interface BuildInput {
  articles: Article[];
  outputs: ArticleOutput[];
  errors: BuildError[];
  bytes: Map<string, number>;
}

/** Merges per-article outputs into the graph. */
export function mergeGraph(input: BuildInput, kb: Kb): AtharGraph {
  const nodes = accumulateNodes(input.outputs.flatMap((o) => o.mentions));
  for (const o of input.outputs) {
    for (const r of o.relations) {
      touchNode(nodes, r.source, o.doc);
      touchNode(nodes, r.target, o.doc);
      if (r.place) touchNode(nodes, r.place, o.doc);
    }
  }
  const g = newGraph();
  for (const id of [...nodes.keys()].sort()) {
    g.addNode(id, nodeAttributes(nodes.get(id) as NonNullable<ReturnType<typeof nodes.get>>, kb));
  }
  const articles = new Map(input.articles.map((a) => [a.doc, a]));
  const relations = input.outputs.flatMap((o) => o.relations);
  addRelationEdges(g, relations, articles);
  addEvents(g, relations, articles);
  addStructuralEdges(g, kb, new Map(input.outputs.flatMap((o) => o.partOf)));
  return g;
}

export function documentInfo(a: Article, bytes: number): DocumentInfo {
  return {
    doc: a.doc,
    sha256: a.sha256,
    bytes,
    title: a.title,
    date: a.date,
    source: a.source,
    url: a.url,
  };
}

export function graphFile(g: AtharGraph, input: BuildInput): GraphFile {
  const mentions = input.outputs.reduce((n, o) => n + o.mentions.length, 0);
  const relations = input.outputs.reduce((n, o) => n + o.relations.length, 0);
  const events = g.filterNodes((_, a) => a.kind === "event").length;
  return graphToFile(g, {
    schema: SCHEMA_VERSION,
    extractor: `athar ${EXTRACTOR_VERSION}`,
    documents: input.articles.map((a) => documentInfo(a, input.bytes.get(a.doc) ?? 0)),
    errors: input.errors,
    counts: {
      articles: input.articles.length,
      mentions,
      relations,
      entities: g.order - events,
      events,
      edges: g.size,
      errors: input.errors.length,
    },
  });
}

export function articlesFile(articles: Article[]): ArticlesFile {
  return {
    schema: SCHEMA_VERSION,
    articles: articles.map((a) => ({
      doc: a.doc,
      title: a.title,
      date: a.date,
      source: a.source,
      url: a.url,
      text: a.text,
    })),
  };
}

/** The files of a build, by name, as they are written to the output folder. */
export function renderOutputs(
  input: BuildInput,
  g: AtharGraph,
  opts: { gexf: boolean } = { gexf: true },
): Record<string, string> {
  const files: Record<string, string> = {
    "mentions.jsonl": jsonl(input.outputs.flatMap((o) => o.mentions)),
    "triples.jsonl": jsonl(input.outputs.flatMap((o) => o.relations)),
    "graph.json": `${JSON.stringify(graphFile(g, input))}\n`,
    "articles.json": `${JSON.stringify(articlesFile(input.articles))}\n`,
  };
  if (opts.gexf) files["graph.gexf"] = toGexf(g);
  return files;
}

/** Merge then analyze: the graph as it is written. */
export function buildGraph(input: BuildInput, kb: Kb): AtharGraph {
  return analyze(mergeGraph(input, kb));
}
