// graph.json and articles.json written piece by piece, so the byte range of each edge's
// evidence and each article's record is known, and view.json with view-edges.json: the graph
// without evidence, pointing at those ranges. The viewer draws view.json's nodes, adds the
// edges when view-edges.json arrives, and fetches one range when a relation or an article is
// opened: its first frame waits neither for the evidence nor for the edges.
// The files are byte for byte what JSON.stringify of the whole object gives (a test).
import type {
  ArticlesFile,
  ByteRange,
  GraphFile,
  ViewEdgesFile,
  ViewFile,
} from "../graph-schema.js";
import {
  derivedEdgeKey,
  VIEW_EDGE_COLUMNS,
  VIEW_NODE_COLUMNS,
  VIEW_SCHEMA,
} from "../graph-schema.js";
import { jsonItems } from "../merge/evidence.js";
import { facetsOf } from "./facets.js";
import { FilesInMemory, type OutputWriter, type TextSink } from "./sink.js";
import { type NodeColumn, viewNodeCell } from "./view-nodes.js";

export const VIEW_FILE = "view.json";
export const VIEW_EDGES_FILE = "view-edges.json";

/** A sink that counts the UTF-8 bytes written through it, so ranges can be taken on the way. */
class CountingSink {
  bytes = 0;
  constructor(private readonly out: TextSink) {}

  push(s: string): void {
    this.out.write(s);
    this.bytes += Buffer.byteLength(s, "utf8");
  }
}

// `"evidence":[]` with bare quotes is a key and an empty list: inside a JSON string every
// quote is escaped, and evidence items have no key of that name, so it occurs once in an edge
// or node record whose evidence is emptied.
const EMPTY_EVIDENCE = '"evidence":[]';

/**
 * Appends `record`'s JSON; returns the range of its `evidence` array, if it has one. The
 * evidence is written an item at a time (an edge can have tens of thousands), the rest of the
 * record around it as JSON.stringify writes it.
 */
function pushRecord(out: CountingSink, record: { attributes: { evidence?: unknown[] } }) {
  const evidence = record.attributes.evidence;
  if (evidence === undefined) {
    out.push(JSON.stringify(record));
    return undefined;
  }
  // Spread keeps the key order: evidence stays where it was, emptied.
  const json = JSON.stringify({ ...record, attributes: { ...record.attributes, evidence: [] } });
  const at = json.indexOf(EMPTY_EVIDENCE) + EMPTY_EVIDENCE.length - 1;
  out.push(json.slice(0, at));
  const start = out.bytes - 1;
  let first = true;
  for (const item of jsonItems(evidence)) {
    out.push(first ? item : `,${item}`);
    first = false;
  }
  const range: ByteRange = [start, out.bytes + 1 - start];
  out.push(json.slice(at));
  return range;
}

/**
 * `{"k":v,...,"list":[item,...]}` as JSON.stringify writes `obj`, except that the items of the
 * keys in `lists` come from there (one at a time: a large list is never built whole) and each
 * is pushed by `each`, and the values of the keys in `fields` are pushed by their writer.
 */
function pushObject<T>(
  out: CountingSink,
  obj: object,
  lists: Readonly<Record<string, Iterable<T>>>,
  each: (list: string, item: T) => void,
  fields: Readonly<Record<string, () => void>> = {},
): void {
  out.push("{");
  let first = true;
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined) continue;
    out.push(`${first ? "" : ","}${JSON.stringify(k)}:`);
    first = false;
    const field = fields[k];
    if (field) {
      field();
      continue;
    }
    const items = lists[k];
    if (items === undefined) {
      out.push(JSON.stringify(v));
      continue;
    }
    out.push("[");
    let j = 0;
    for (const item of items) {
      if (j++) out.push(",");
      each(k, item);
    }
    out.push("]");
  }
  out.push("}");
}

export interface GraphRanges {
  /** Per node (file order): the range of its evidence, or undefined. */
  nodeEvidence: (ByteRange | undefined)[];
  edgeEvidence: ByteRange[];
}

/**
 * Writes graph.json (JSON.stringify(file) and a newline) record by record; returns where each
 * evidence array is.
 */
export function writeGraph(file: GraphFile, sink: TextSink): GraphRanges {
  const out = new CountingSink(sink);
  const nodeEvidence: (ByteRange | undefined)[] = [];
  const edgeEvidence: ByteRange[] = [];
  const lists: Record<string, Iterable<{ attributes: { evidence?: unknown[] } }>> = {
    nodes: file.nodes,
    edges: file.edges,
  };
  pushObject(out, file, lists, (list, item) => {
    const range = pushRecord(out, item);
    if (list === "nodes") nodeEvidence.push(range);
    else edgeEvidence.push(range as ByteRange);
  });
  out.push("\n");
  return { nodeEvidence, edgeEvidence };
}

/** articles.json's content with its articles given one at a time (an ArticlesFile is one). */
export interface ArticlesSource {
  schema: ArticlesFile["schema"];
  articles: Iterable<ArticlesFile["articles"][number]>;
}

/** Writes articles.json record by record; returns the range of each article's record. */
export function writeArticles(file: ArticlesSource, sink: TextSink): Record<string, ByteRange> {
  const out = new CountingSink(sink);
  const ranges: Record<string, ByteRange> = {};
  pushObject(out, file, { articles: file.articles }, (_, article) => {
    const json = JSON.stringify(article);
    ranges[article.doc] = [out.bytes, Buffer.byteLength(json, "utf8")];
    out.push(json);
  });
  out.push("\n");
  return ranges;
}

/** One column of view.json's nodes, node by node (evidence: where it is in graph.json). */
function* nodeColumnOf(column: NodeColumn, file: GraphFile, graph: GraphRanges): Iterable<unknown> {
  for (const [i, n] of file.nodes.entries()) yield viewNodeCell(column, n, graph.nodeEvidence[i]);
}

/** `{"key":[...],"kind":[...],...}`: view.json's nodes as columns, a column at a time. */
function pushNodeColumns(out: CountingSink, file: GraphFile, graph: GraphRanges): void {
  const header: Record<string, unknown> = {};
  const lists: Record<string, Iterable<unknown>> = {};
  for (const column of VIEW_NODE_COLUMNS) {
    header[column] = [];
    lists[column] = nodeColumnOf(column, file, graph);
  }
  pushObject<unknown>(out, header, lists, (_, item) => out.push(JSON.stringify(item)));
}

type Column = (typeof VIEW_EDGE_COLUMNS)[number];
type GraphEdge = GraphFile["edges"][number];

/** One column's entry for an edge (`index`: node key → its place in view.json's nodes). */
function cell(
  column: Column,
  e: GraphEdge,
  i: number,
  index: Map<string, number>,
  graph: GraphRanges,
): unknown {
  const a = e.attributes;
  switch (column) {
    case "key":
      return e.key === derivedEdgeKey(e.source, a.type, e.target, a.polarity) ? null : e.key;
    case "source":
    case "target":
      return index.get(e[column]);
    case "title":
    case "role":
      return a[column] ?? null;
    case "facets":
      return facetsOf(a.evidence);
    case "evidence":
      return graph.edgeEvidence[i];
    default:
      return a[column];
  }
}

/** One column's entries, edge by edge. */
function* columnOf(
  column: Column,
  file: GraphFile,
  index: Map<string, number>,
  graph: GraphRanges,
): Iterable<unknown> {
  for (const [i, e] of file.edges.entries()) yield cell(column, e, i, index, graph);
}

/**
 * Writes view-edges.json (JSON.stringify of the ViewEdgesFile and a newline): graph.json's
 * edges as columns, each edge with its evidence summed into facets and pointing at it.
 */
export function writeViewEdges(file: GraphFile, graph: GraphRanges, sink: TextSink): void {
  const index = new Map(file.nodes.map((n, i) => [n.key, i]));
  const missing = file.edges.find((e) => !index.has(e.source) || !index.has(e.target));
  if (missing) throw new Error(`edge ${missing.key} joins a node the graph does not have`);
  const header: Record<string, unknown> = { schema: VIEW_SCHEMA };
  const lists: Record<string, Iterable<unknown>> = {};
  for (const column of VIEW_EDGE_COLUMNS) {
    header[column] = [];
    lists[column] = columnOf(column, file, index, graph);
  }
  const out = new CountingSink(sink);
  pushObject<unknown>(out, header as ViewEdgesFile, lists, (_, item) =>
    out.push(JSON.stringify(item)),
  );
  out.push("\n");
}

/**
 * Writes view.json (JSON.stringify of the ViewFile and a newline) for a graph file written by
 * writeGraph and an articles file written by writeArticles, one node at a time.
 */
export function writeView(
  file: GraphFile,
  graph: GraphRanges,
  articles: Record<string, ByteRange>,
  sink: TextSink,
  names = { graph: "graph.json", articles: "articles.json", edges: VIEW_EDGES_FILE },
): void {
  // The keys in ViewFile's order; nodes is a placeholder for the columns streamed.
  const { documents: _, ...meta } = file.meta;
  const header: Omit<ViewFile, "nodes"> & { nodes: null } = {
    schema: VIEW_SCHEMA,
    files: names,
    meta,
    attributes: file.attributes,
    options: file.options,
    nodes: null,
    edge_count: file.edges.length,
    articles,
  };
  const out = new CountingSink(sink);
  pushObject(out, header, {}, () => {}, { nodes: () => pushNodeColumns(out, file, graph) });
  out.push("\n");
}

/**
 * Renders graph.json, articles.json, view.json and view-edges.json, in that order, into
 * `writer`.
 */
export function writeGraphViewFiles(
  writer: OutputWriter,
  graph: GraphFile,
  articles: ArticlesSource,
): void {
  let ranges: GraphRanges = { nodeEvidence: [], edgeEvidence: [] };
  let articleRanges: Record<string, ByteRange> = {};
  writer.file("graph.json", (out) => {
    ranges = writeGraph(graph, out);
  });
  writer.file("articles.json", (out) => {
    articleRanges = writeArticles(articles, out);
  });
  writer.file(VIEW_FILE, (out) => writeView(graph, ranges, articleRanges, out));
  writer.file(VIEW_EDGES_FILE, (out) => writeViewEdges(graph, ranges, out));
}

/** The four files, by name, as a build writes them. */
export function graphViewFiles(graph: GraphFile, articles: ArticlesFile): Record<string, string> {
  const files = new FilesInMemory();
  writeGraphViewFiles(files, graph, articles);
  return files.files;
}
