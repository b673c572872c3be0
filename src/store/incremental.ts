// Incremental builds: which articles the store already holds as they are now (same content,
// same resources), what a build adds, changes and removes, and the stored articles a build
// merges without re-reading or re-extracting them.
import { listValue } from "@duckdb/node-api";
import type { BuildError } from "../graph-schema.js";
import { compareDocs } from "../order.js";
import type { ProcessedArticle } from "../pipeline.js";
import type { Article } from "../schema.js";
import type { Store } from "./open.js";
import { DOCUMENTS } from "./schema.js";
import { inList, inTransaction, queryRows } from "./sql.js";
import { eachStoredArticle, eachStoredOutput, StoreOrderError } from "./stream.js";
import { putArticles, readStoredArticles, removeDocuments, type StoreItem } from "./write.js";

/** What a build did to the store, for its summary. */
export interface StoreChanges {
  /** Documents the store did not hold. */
  added: number;
  /** Documents whose text, metadata or resources changed: extracted again. */
  changed: number;
  /** Documents taken from the store as they were. */
  unchanged: number;
  /** Documents dropped: --prune, or an article that failed this time. */
  removed: number;
  /** Documents of earlier builds, not among this build's inputs, kept in the graph. */
  kept: number;
}

/** Writes per transaction; a killed build keeps every batch committed before it. */
const BATCH = 500;

function storeItem(p: ProcessedArticle, key: string): StoreItem {
  const { article } = p;
  return {
    info: {
      doc: article.doc,
      key,
      sha256: article.sha256,
      bytes: p.bytes,
      title: article.title,
      date: article.date,
      source: article.source,
      url: article.url,
      text: article.text,
      pieces: article.pieces,
    },
    output: p.output,
  };
}

/** A stored article as a build takes it: its text, metadata, pieces and what was extracted. */
export function storedArticle(item: StoreItem): ProcessedArticle {
  const { info, output } = item;
  const article: Article = {
    doc: info.doc,
    text: info.text,
    title: info.title,
    date: info.date as Article["date"],
    source: info.source,
    url: info.url,
    pieces: info.pieces,
    sha256: info.sha256,
  };
  return { article, output, bytes: info.bytes };
}

/** Whether reading every stored row once beats scanning each table once per batch of `docs`. */
async function wholeStoreFor(store: Store, docs: readonly string[]): Promise<boolean> {
  if (docs.length === 0) return false;
  const [row] = await queryRows<{ n: number }>(
    store,
    `SELECT count(*) AS n FROM ${DOCUMENTS.name}`,
  );
  return docs.length * 2 >= (row?.n ?? 0);
}

/**
 * The stored articles of `docs`, BATCH documents at a time, each batch handed to `each`
 * before the next is read: a build takes them into its scratch file, so the heap never holds
 * every stored article at once. Most of the store is read in one pass over each table, in
 * the order the documents were stored (src/store/stream.ts); a few documents, or a store whose
 * rows are not as putArticles writes them, by batches in canonical order (after `restart`,
 * when the pass had begun).
 */
async function eachStoredBatch(
  store: Store,
  docs: readonly string[],
  each: (items: StoreItem[]) => Promise<void> | void,
  restart: () => void = () => undefined,
): Promise<void> {
  if (await wholeStoreFor(store, docs)) {
    const wanted = new Set(docs);
    let batch: StoreItem[] = [];
    try {
      await eachStoredArticle(store, true, async ({ info, output }) => {
        if (!wanted.has(output.doc) || info === null) return;
        batch.push({ info, output });
        if (batch.length < BATCH) return;
        const full = batch;
        batch = [];
        await each(full);
      });
      if (batch.length > 0) await each(batch);
      return;
    } catch (err) {
      if (!(err instanceof StoreOrderError)) throw err;
      restart();
    }
  }
  await eachReadBatch(store, docs, each);
}

/** The stored articles of `docs` read by batches, in canonical order. */
async function eachReadBatch(
  store: Store,
  docs: readonly string[],
  each: (items: StoreItem[]) => Promise<void> | void,
): Promise<void> {
  const sorted = [...docs].sort(compareDocs);
  for (let i = 0; i < sorted.length; i += BATCH)
    await each(await readStoredArticles(store, sorted.slice(i, i + BATCH)));
}

/** The stored outputs of `docs`, by document, each passed through `keep` as it is read. */
export async function storedOutputs(
  store: Store,
  docs: readonly string[],
  keep: (output: ProcessedArticle["output"]) => ProcessedArticle["output"] = (o) => o,
): Promise<Map<string, ProcessedArticle["output"]>> {
  const outputs = new Map<string, ProcessedArticle["output"]>();
  if (await wholeStoreFor(store, docs)) {
    const wanted = new Set(docs);
    try {
      await eachStoredOutput(store, (o) => {
        if (wanted.has(o.doc)) outputs.set(o.doc, keep(o));
      });
      if (outputs.size === wanted.size) return outputs;
    } catch (err) {
      if (!(err instanceof StoreOrderError)) throw err;
    }
    outputs.clear();
  }
  await eachReadBatch(store, docs, (items) => {
    for (const i of items) outputs.set(i.info.doc, keep(i.output));
  });
  return outputs;
}

/** The id, key, file hash and size of the stored documents `docs` (an up-to-date check). */
export async function storedEntries(
  store: Store,
  docs: readonly string[],
): Promise<Array<{ doc: string; key: string; sha256: string; bytes: number }>> {
  if (docs.length === 0) return [];
  const rows = await queryRows<{
    doc: string;
    key: string;
    sha256: string;
    bytes: number | bigint;
  }>(store, `SELECT doc, key, sha256, bytes FROM ${DOCUMENTS.name} WHERE ${inList("doc")}`, [
    listValue([...docs]),
  ]);
  return rows.map((r) => ({ ...r, bytes: Number(r.bytes) }));
}

export interface SyncRequest {
  /** This build's articles, in canonical order, each with its key and whether it was reused. */
  built: Array<{ processed: ProcessedArticle; key: string; reused: boolean }>;
  /** Documents of this build's inputs that failed: their stored rows are stale. */
  failed: readonly string[];
  /** Drop stored documents that are not among this build's inputs. */
  prune: boolean;
  /** The keys the store held when the build started. */
  before: ReadonlyMap<string, string>;
  /** An article's key with the current resources (keys.ts documentKey). */
  keyOf: (article: Article) => string;
  /**
   * Extracts an article with the current resources: a kept article whose stored key is not
   * its key now (another KB, lexicon, model or athar version) is extracted again from its
   * stored text. The output, or the error that leaves it out.
   */
  extract: (article: Article) => ProcessedArticle["output"] | BuildError;
  /**
   * What the build keeps of each kept article, as it is read (default: all of it). A build
   * with a scratch file moves the text and outputs there (src/spill.ts).
   */
  keep?: (p: ProcessedArticle) => ProcessedArticle;
}

/**
 * Brings the store to this build: new and changed articles written in batches, the size and
 * file hash of reused ones brought up to date, failed and (with prune) absent ones removed.
 * Returns the changes and the stored articles of earlier builds that stay in the graph.
 */
export async function syncStore(
  store: Store,
  req: SyncRequest,
): Promise<{ changes: StoreChanges; kept: ProcessedArticle[]; errors: BuildError[] }> {
  const fresh = req.built.filter((b) => !b.reused);
  // Documents extracted again lose their stored rows first, together, in one transaction, so
  // that every batch below only adds. A batch that replaces documents reads every stored row
  // of the ids they touch, and after a change of the KB, lexicon, model or athar's version
  // every document is replaced: batch by batch, that was quadratic in the store (20,000
  // articles took 3× a clean build). A build killed in between has dropped rows that were
  // stale anyway: run again, it extracts those documents as new.
  const replaced = fresh.map((b) => b.processed.article.doc).filter((d) => req.before.has(d));
  if (replaced.length > 0) {
    await removeDocuments(store, replaced);
    // Folded into the file now, their blocks are free for the rows that replace them; left to
    // the next checkpoint (every 1 GB of log), the store grew to twice its size after a KB
    // change replaced every document.
    if (replaced.length > BATCH) await store.connection.run("CHECKPOINT");
  }
  for (let i = 0; i < fresh.length; i += BATCH) {
    await putArticles(
      store,
      fresh.slice(i, i + BATCH).map((b) => storeItem(b.processed, b.key)),
    );
  }
  await refreshFileInfo(
    store,
    req.built.filter((b) => b.reused),
  );
  const inBuild = new Set(req.built.map((b) => b.processed.article.doc));
  const absent = [...req.before.keys()].filter((d) => !inBuild.has(d) && !req.failed.includes(d));
  const drop = [...req.failed.filter((d) => req.before.has(d)), ...(req.prune ? absent : [])];
  const removed = drop.length > 0 ? await removeDocuments(store, drop) : 0;
  const keptDocs = req.prune ? [] : absent;
  const kept: ProcessedArticle[] = [];
  const failed: BuildError[] = [];
  let redone = 0;
  await eachStoredBatch(
    store,
    keptDocs,
    async (items) => {
      const batch = await redoStale(store, items, req);
      kept.push(...batch.kept.map(req.keep ?? ((p) => p)));
      failed.push(...batch.failed);
      redone += batch.redone;
    },
    () => {
      // Read again by batches: what the pass gave may lack rows. Articles it extracted again
      // are stored with their new key now, and are taken as they are.
      kept.length = 0;
    },
  );
  kept.sort((a, b) => compareDocs(a.article.doc, b.article.doc));
  const added = fresh.filter((b) => !req.before.has(b.processed.article.doc)).length;
  return {
    changes: {
      added,
      changed: fresh.length - added + redone,
      unchanged: req.built.length - fresh.length,
      removed: removed + failed.length,
      kept: kept.length,
    },
    kept,
    errors: failed,
  };
}

/**
 * The kept articles as the current resources extract them: those whose stored key is another
 * are extracted again from their stored text and stored anew; one that fails now is removed
 * (its error is returned), as it would be left out of a clean build.
 */
async function redoStale(
  store: Store,
  items: StoreItem[],
  req: Pick<SyncRequest, "keyOf" | "extract">,
): Promise<{ kept: ProcessedArticle[]; redone: number; failed: BuildError[] }> {
  const kept: ProcessedArticle[] = [];
  const fresh: StoreItem[] = [];
  const failed: BuildError[] = [];
  for (const item of items) {
    const p = storedArticle(item);
    const key = req.keyOf(p.article);
    if (key === item.info.key) {
      kept.push(p);
      continue;
    }
    const output = req.extract(p.article);
    if ("message" in output) failed.push(output);
    else {
      fresh.push({ info: { ...item.info, key }, output });
      kept.push({ ...p, output });
    }
  }
  for (let i = 0; i < fresh.length; i += BATCH) await putArticles(store, fresh.slice(i, i + BATCH));
  if (failed.length > 0)
    await removeDocuments(
      store,
      failed.map((e) => e.file),
    );
  return { kept, redone: fresh.length, failed };
}

/**
 * A reused record of a JSON Lines file keeps its text, but the file's hash and size (which
 * graph.json lists for each document) change with its other records.
 */
async function refreshFileInfo(store: Store, reused: SyncRequest["built"]): Promise<void> {
  if (reused.length === 0) return;
  const docs = reused.map((b) => b.processed.article.doc);
  const sha = reused.map((b) => b.processed.article.sha256);
  const bytes = reused.map((b) => String(b.processed.bytes));
  await inTransaction(store, async () => {
    await store.connection.run(
      `UPDATE ${DOCUMENTS.name} AS d SET sha256 = u.sha256, bytes = CAST(u.bytes AS BIGINT)
       FROM (SELECT unnest($1) AS doc, unnest($2) AS sha256, unnest($3) AS bytes) AS u
       WHERE d.doc = u.doc AND (d.sha256 <> u.sha256 OR d.bytes <> CAST(u.bytes AS BIGINT))`,
      [listValue(docs), listValue(sha), listValue(bytes)],
    );
  });
}
