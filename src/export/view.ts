// graph.json and articles.json written piece by piece, so the byte range of each edge's
// evidence and each article's record is known, and view.json: the graph without evidence,
// pointing at those ranges. The viewer draws view.json and fetches one range when a relation
// or an article is opened: its first frame no longer waits for every piece of evidence.
// The two files are byte for byte what JSON.stringify of the whole object gives (a test).
import type { ArticlesFile, ByteRange, GraphFile, ViewFile } from "../graph-schema.js";
import { VIEW_SCHEMA } from "../graph-schema.js";
import { facetsOf } from "./facets.js";

export const VIEW_FILE = "view.json";

/** Text built from pieces, counting its length in UTF-8 bytes as it grows. */
class ByteText {
  readonly pieces: string[] = [];
  bytes = 0;

  push(s: string): void {
    this.pieces.push(s);
    this.bytes += Buffer.byteLength(s, "utf8");
  }

  text(): string {
    return this.pieces.join("");
  }
}

// `"evidence":` with bare quotes is a key: inside a JSON string every quote is escaped, and
// evidence items have no key of that name, so it occurs once in an edge or node record.
const EVIDENCE_KEY = '"evidence":';

/** Appends `record`'s JSON; returns the range of its `evidence` array, if it has one. */
function pushRecord(out: ByteText, record: { attributes: { evidence?: unknown } }) {
  const json = JSON.stringify(record);
  let range: ByteRange | undefined;
  if (record.attributes.evidence !== undefined) {
    const at = json.indexOf(EVIDENCE_KEY) + EVIDENCE_KEY.length;
    const start = out.bytes + Buffer.byteLength(json.slice(0, at), "utf8");
    range = [start, Buffer.byteLength(JSON.stringify(record.attributes.evidence), "utf8")];
  }
  out.push(json);
  return range;
}

/** `{"k":v,...,"list":[item,...]}`: the items of the `lists` keys are pushed by `each`. */
function pushObject(
  out: ByteText,
  obj: object,
  lists: readonly string[],
  each: (list: string, item: unknown) => void,
): void {
  out.push("{");
  let first = true;
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined) continue;
    out.push(`${first ? "" : ","}${JSON.stringify(k)}:`);
    first = false;
    if (!lists.includes(k)) {
      out.push(JSON.stringify(v));
      continue;
    }
    out.push("[");
    (v as unknown[]).forEach((item, j) => {
      if (j) out.push(",");
      each(k, item);
    });
    out.push("]");
  }
  out.push("}");
}

export interface SerializedGraph {
  text: string;
  /** Per node (file order): the range of its evidence, or undefined. */
  nodeEvidence: (ByteRange | undefined)[];
  edgeEvidence: ByteRange[];
}

/** graph.json's text (JSON.stringify(file) and a newline) and where each evidence array is. */
export function serializeGraph(file: GraphFile): SerializedGraph {
  const out = new ByteText();
  const nodeEvidence: (ByteRange | undefined)[] = [];
  const edgeEvidence: ByteRange[] = [];
  pushObject(out, file, ["nodes", "edges"], (list, item) => {
    const range = pushRecord(out, item as GraphFile["nodes"][number]);
    if (list === "nodes") nodeEvidence.push(range);
    else edgeEvidence.push(range as ByteRange);
  });
  out.push("\n");
  return { text: out.text(), nodeEvidence, edgeEvidence };
}

export interface SerializedArticles {
  text: string;
  ranges: Record<string, ByteRange>;
}

/** articles.json's text and the range of each article's record. */
export function serializeArticles(file: ArticlesFile): SerializedArticles {
  const out = new ByteText();
  const ranges: Record<string, ByteRange> = {};
  pushObject(out, file, ["articles"], (_, item) => {
    const article = item as ArticlesFile["articles"][number];
    const json = JSON.stringify(article);
    ranges[article.doc] = [out.bytes, Buffer.byteLength(json, "utf8")];
    out.push(json);
  });
  out.push("\n");
  return { text: out.text(), ranges };
}

/** view.json's content for a graph file serialized by serializeGraph. */
export function viewFile(
  file: GraphFile,
  graph: SerializedGraph,
  articles: SerializedArticles,
  names = { graph: "graph.json", articles: "articles.json" },
): ViewFile {
  return {
    schema: VIEW_SCHEMA,
    files: names,
    meta: file.meta,
    attributes: file.attributes,
    options: file.options,
    nodes: file.nodes.map((n, i) => {
      const { evidence: _, ...attributes } = n.attributes;
      const range = graph.nodeEvidence[i];
      return range ? { key: n.key, attributes, evidence: range } : { key: n.key, attributes };
    }),
    edges: file.edges.map((e, i) => {
      const { evidence, ...attributes } = e.attributes;
      return {
        key: e.key,
        source: e.source,
        target: e.target,
        attributes: { ...attributes, facets: facetsOf(evidence) },
        evidence: graph.edgeEvidence[i] as ByteRange,
      };
    }),
    articles: articles.ranges,
  };
}

/** The three files, by name, as a build writes them. */
export function graphViewFiles(graph: GraphFile, articles: ArticlesFile): Record<string, string> {
  const g = serializeGraph(graph);
  const a = serializeArticles(articles);
  return {
    "graph.json": g.text,
    "articles.json": a.text,
    [VIEW_FILE]: `${JSON.stringify(viewFile(graph, g, a))}\n`,
  };
}
