// Evidence and articles fetched when they are opened. view.json names, for each edge (and
// event node), the byte range of its evidence array inside graph.json, and for each article
// the range of its record inside articles.json; one HTTP Range request brings one piece.
// A server that ignores Range sends the whole file once: it is kept and sliced.
import { z } from "zod";
import { ArticlesFile, type ByteRange, Evidence } from "../../src/graph-schema.js";
import type { Article } from "./model.js";

export class FetchError extends Error {}

const EvidenceList = z.array(Evidence);
const ArticleRecord = ArticlesFile.shape.articles.element;

/** The bytes [start, start + length) of `url`. */
async function fetchRange(
  url: string,
  [start, length]: ByteRange,
  whole: Map<string, Promise<Uint8Array>>,
): Promise<string> {
  const kept = whole.get(url);
  let bytes: Uint8Array;
  if (kept) {
    bytes = (await kept).subarray(start, start + length);
  } else {
    let res: Response;
    try {
      res = await fetch(url, { headers: { Range: `bytes=${start}-${start + length - 1}` } });
    } catch (err) {
      throw new FetchError(`cannot fetch ${url}: ${(err as Error).message}`);
    }
    if (!res.ok) throw new FetchError(`cannot fetch ${url}: HTTP ${res.status}`);
    const body = res.arrayBuffer().then((b) => new Uint8Array(b));
    if (res.status === 206) bytes = await body;
    else {
      whole.set(url, body);
      bytes = (await body).subarray(start, start + length);
    }
  }
  if (bytes.length !== length) {
    throw new FetchError(`${url} is shorter than view.json says: reload the page`);
  }
  return new TextDecoder().decode(bytes);
}

function parsePiece<T>(text: string, schema: z.ZodType<T>, url: string): T {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new FetchError(`${url} changed since view.json was read (rebuilt?): reload the page`);
  }
  return parsed.data;
}

export interface LazyRanges {
  edges: Map<string, ByteRange>;
  nodes: Map<string, ByteRange>;
  articles: Map<string, ByteRange>;
}

export class LazySource {
  private readonly evidenceCache = new Map<string, Promise<Evidence[]>>();
  private readonly articleCache = new Map<string, Promise<Article | null>>();
  private readonly whole = new Map<string, Promise<Uint8Array>>();

  constructor(
    readonly graphUrl: string,
    readonly articlesUrl: string,
    private readonly ranges: LazyRanges,
  ) {}

  /** Whether `key` (an edge, or a node with evidence of its own) has evidence to fetch. */
  has(kind: "edge" | "node", key: string): boolean {
    return (kind === "edge" ? this.ranges.edges : this.ranges.nodes).has(key);
  }

  hasArticle(doc: string): boolean {
    return this.ranges.articles.has(doc);
  }

  evidence(kind: "edge" | "node", key: string): Promise<Evidence[]> {
    const id = `${kind}\u0000${key}`;
    let p = this.evidenceCache.get(id);
    if (!p) {
      const range = (kind === "edge" ? this.ranges.edges : this.ranges.nodes).get(key);
      p = range
        ? fetchRange(this.graphUrl, range, this.whole).then((t) =>
            parsePiece(t, EvidenceList, this.graphUrl),
          )
        : Promise.resolve([]);
      // A failed fetch is not kept: opening the relation again tries again.
      p.catch(() => this.evidenceCache.delete(id));
      this.evidenceCache.set(id, p);
    }
    return p;
  }

  article(doc: string): Promise<Article | null> {
    let p = this.articleCache.get(doc);
    if (!p) {
      const range = this.ranges.articles.get(doc);
      p = range
        ? fetchRange(this.articlesUrl, range, this.whole).then((t) => {
            const a = parsePiece(t, ArticleRecord, this.articlesUrl);
            if (a.doc !== doc) throw new FetchError(`${this.articlesUrl} changed: reload the page`);
            return a;
          })
        : Promise.resolve(null);
      p.catch(() => this.articleCache.delete(doc));
      this.articleCache.set(doc, p);
    }
    return p;
  }
}
