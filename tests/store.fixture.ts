// Shared by the store tests: articles run through the in-process pipeline (as `athar build`
// does, without writing files), as store items and as the input of mergeGraph, and a store
// in a temporary folder filled with them.
import { join } from "node:path";
import type { AtharGraph } from "../src/graph-file.js";
import type { EdgeAttributes } from "../src/graph-schema.js";
import { expandInputs, readArticles, type Sidecar } from "../src/ingest/read.js";
import { compareDocs } from "../src/order.js";
import { type BuildInput, mergeGraph, processArticle } from "../src/pipeline.js";
import type { Article, Mention, RelationMention } from "../src/schema.js";
import { closeStore, openStore, type Store } from "../src/store/open.js";
import { queryRows } from "../src/store/sql.js";
import { putArticles, type StoreItem } from "../src/store/write.js";
import { EXTRACTOR_VERSION } from "../src/version.js";
import { tempDir } from "./helpers/paths.js";
import { bundledKb } from "./helpers/pipeline.js";

export interface Processed {
  items: StoreItem[];
  input: BuildInput;
}

/** Reads and processes every article under `inputs`, in canonical document order. */
export function processInputs(inputs: string[]): Processed {
  const kb = bundledKb();
  const { files } = expandInputs(inputs);
  const manifests = new Map<string, Map<string, Sidecar>>();
  const found: Array<{ article: Article; bytes: number }> = [];
  for (const f of files) {
    const read = readArticles(f, manifests);
    for (const article of read.articles) found.push({ article, bytes: read.bytes });
  }
  found.sort((a, b) => compareDocs(a.article.doc, b.article.doc));
  const items = found.map(({ article, bytes }) => ({
    info: {
      doc: article.doc,
      key: `${article.sha256}:${EXTRACTOR_VERSION}`,
      sha256: article.sha256,
      bytes,
      title: article.title,
      date: article.date,
      source: article.source,
      url: article.url,
      text: article.text,
      pieces: article.pieces,
    },
    output: processArticle(article, kb),
  }));
  return {
    items,
    input: {
      articles: found.map((f) => f.article),
      outputs: items.map((i) => i.output),
      errors: [],
      bytes: new Map(found.map((f) => [f.article.doc, f.bytes])),
    },
  };
}

/** The graph mergeGraph makes of the same articles (no analysis: counts only). */
export const mergedGraph = (p: Processed): AtharGraph => mergeGraph(p.input, bundledKb());

/** The relation edges of a merged graph: those that carry evidence between two entities. */
export function relationEdges(
  g: AtharGraph,
): Map<string, EdgeAttributes & { key: string; source: string; target: string }> {
  const out = new Map<string, EdgeAttributes & { key: string; source: string; target: string }>();
  g.forEachEdge((key, a, source, target, sa, ta) => {
    if (a.type === "PARTICIPANT" || a.evidence.length === 0) return;
    if (sa.kind === "event" || ta.kind === "event") return;
    out.set(key, { key, source, target, ...a });
  });
  return out;
}

/** A fresh store in a temporary folder holding `items` (in batches of `batch`). */
export async function storeOf(items: StoreItem[], batch = items.length): Promise<Store> {
  const store = await openStore(join(tempDir("athar-store-"), "athar.duckdb"), { create: true });
  for (let i = 0; i < items.length; i += Math.max(batch, 1)) {
    await putArticles(store, items.slice(i, i + batch));
  }
  return store;
}

/** Opens, runs `fn`, closes, even when it throws. */
export async function withStore<T>(
  path: string,
  fn: (s: Store) => Promise<T>,
  opts: { readOnly?: boolean; create?: boolean } = {},
): Promise<T> {
  const store = await openStore(path, opts);
  try {
    return await fn(store);
  } finally {
    closeStore(store);
  }
}

/** A relation mention for hand-made cases; `over` replaces any field. */
export function relation(doc: string, over: Partial<RelationMention> = {}): RelationMention {
  return {
    doc,
    source: { id: "state:RU", kind: "state", label_ar: "روسيا", label_en: "Russia", text: "روسيا" },
    target: {
      id: "state:KP",
      kind: "state",
      label_ar: "كوريا الشمالية",
      label_en: "North Korea",
      text: "كوريا الشمالية",
    },
    type: "AID",
    mode: "military",
    polarity: "affirmed",
    modality: "asserted",
    attributed_to: null,
    date: null,
    sentence: "جملة",
    span: [0, 4],
    confidence: 0.7,
    rule: "test",
    section: "body",
    ...over,
  };
}

/** A mention for hand-made cases. */
export function mention(doc: string, over: Partial<Mention> = {}): Mention {
  return {
    doc,
    entity: { id: "state:RU", kind: "state", label_ar: "روسيا", label_en: "Russia" },
    text: "روسيا",
    span: [0, 5],
    sentence: 0,
    section: "body",
    rule: "kb",
    ...over,
  };
}

/** A store item for hand-made cases. */
export function item(
  doc: string,
  output: Partial<StoreItem["output"]> = {},
  date: string | null = "2023-11-09",
): StoreItem {
  return {
    info: {
      doc,
      key: `key-${doc}`,
      sha256: "0".repeat(64),
      bytes: 10,
      title: null,
      date,
      source: "المصدر",
      url: null,
      text: "نص",
      pieces: [{ section: "body", start: 0, end: 2 }],
    },
    output: { doc, sentences: 1, mentions: [], relations: [], partOf: [], ...output },
  };
}

/** The names of a store's indexes, in order. */
export async function indexNames(store: Store): Promise<string[]> {
  const rows = await queryRows<{ name: string }>(
    store,
    "SELECT index_name AS name FROM duckdb_indexes() ORDER BY name",
  );
  return rows.map((r) => r.name);
}

/** The indexes a store of this schema has (README.md lists them). */
export const STORE_INDEXES = [
  "mentions_doc",
  "mentions_entity",
  "relation_mentions_source",
  "relation_mentions_target",
];
