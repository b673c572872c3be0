// Writing articles to the store. A batch is one transaction: either every article in it is
// stored (replacing what the store held for the same documents) or, when anything fails or
// the process dies, the store keeps its previous state.
import { type DuckDBAppender, listValue } from "@duckdb/node-api";
import { z } from "zod";
import { DocumentInfo } from "../graph-schema.js";
import { compareDocs } from "../order.js";
import type { ArticleOutput } from "../pipeline.js";
import { Piece } from "../schema.js";
import { EXTRACTOR_VERSION } from "../version.js";
import {
  addFirstRefs,
  refreshEntities,
  startTouched,
  touchIds,
  touchIdsOfDocs,
} from "./entities.js";
import { makeRoom } from "./grow.js";
import { type Store, StoreError, writeMeta } from "./open.js";
import {
  type Cell,
  type MentionRow,
  mentionCells,
  type RelationMentionRow,
  relationMentionCells,
  rowToMention,
  rowToRelationMention,
} from "./rows.js";
import {
  type Column,
  DOCUMENTS,
  MENTIONS,
  PART_OF,
  PER_DOCUMENT,
  RELATION_MENTIONS,
  type Table,
} from "./schema.js";
import { inList, inTransaction, queryRows } from "./sql.js";

/** A document as stored: graph.json's DocumentInfo and the key incremental builds compare. */
export const StoredDocument = DocumentInfo.extend({
  /** Content hash with the extractor, KB, lexicon and model versions. */
  key: z.string(),
  /** The article's text (offsets point into it). */
  text: z.string(),
  /** Its content pieces, as ingest found them. */
  pieces: z.array(Piece),
});
export type StoredDocument = z.infer<typeof StoredDocument>;

/** One article to store: what is known of its document and what the pipeline made of it. */
export interface StoreItem {
  info: StoredDocument;
  output: ArticleOutput;
}

function writable(store: Store): void {
  if (store.readOnly) {
    throw new StoreError(
      store.path,
      "readonly",
      "opened read-only; open it for writing to change it",
    );
  }
}

/**
 * A batch must name each document once, and every row must belong to its item's document:
 * rows are replaced and removed by document, so a stray one would outlive its article.
 */
function checkBatch(items: readonly StoreItem[], outputs: readonly ArticleOutput[]): void {
  const seen = new Set<string>();
  for (const [i, { info }] of items.entries()) {
    const output = outputs[i] as ArticleOutput;
    const doc = info.doc;
    if (output.doc !== doc)
      throw new TypeError(`putArticles: info.doc "${doc}" is not output.doc "${output.doc}"`);
    if (seen.has(doc)) throw new TypeError(`putArticles: "${doc}" twice in one batch`);
    seen.add(doc);
    const stray = [...output.mentions, ...output.relations].find((r) => r.doc !== doc);
    if (stray) throw new TypeError(`putArticles: a row of "${doc}" names "${stray.doc}"`);
  }
}

/** Every entity id an output writes (its entities rows must be refreshed). */
function idsOf(output: ArticleOutput): string[] {
  const ids: string[] = [];
  for (const m of output.mentions) {
    ids.push(m.entity.id);
    if (m.place) ids.push(m.place.id);
  }
  for (const r of output.relations) {
    ids.push(r.source.id, r.target.id);
    if (r.attributed_to) ids.push(r.attributed_to.id);
    if (r.place) ids.push(r.place.id);
  }
  return ids;
}

/** Of `docs`, those the store holds. */
async function storedDocs(store: Store, docs: string[]): Promise<string[]> {
  if (docs.length === 0) return [];
  const rows = await queryRows<{ doc: string }>(
    store,
    `SELECT doc FROM ${DOCUMENTS.name} WHERE ${inList("doc")}`,
    [listValue(docs)],
  );
  return rows.map((r) => r.doc);
}

async function deleteDocs(store: Store, docs: string[]): Promise<void> {
  for (const t of PER_DOCUMENT) {
    await store.connection.run(`DELETE FROM ${t.name} WHERE ${inList("doc")}`, [listValue(docs)]);
  }
}

function appendCell(appender: DuckDBAppender, column: Column, value: Cell): void {
  if (value === null) appender.appendNull();
  else if (column.type === "VARCHAR") appender.appendVarchar(value as string);
  else if (column.type === "INTEGER") appender.appendInteger(value as number);
  else if (column.type === "BIGINT") appender.appendBigInt(BigInt(value));
  else appender.appendDouble(value as number);
}

/** Appends rows (cells in the table's column order) through DuckDB's appender. */
async function appendRows(store: Store, table: Table, rows: Iterable<Cell[]>): Promise<void> {
  const appender = await store.connection.createAppender(table.name);
  try {
    for (const cells of rows) {
      if (cells.length !== table.columns.length) {
        throw new TypeError(
          `${table.name}: ${cells.length} cells for ${table.columns.length} columns`,
        );
      }
      for (let i = 0; i < cells.length; i++) {
        appendCell(appender, table.columns[i] as Column, cells[i] as Cell);
      }
      appender.endRow();
    }
    appender.closeSync(); // flushes: a constraint violation surfaces here
  } catch (err) {
    try {
      appender.clear();
      appender.closeSync();
    } catch {
      // A half-appended row cannot be closed cleanly; the transaction is rolled back anyway.
    }
    throw err;
  }
}

function documentCells({ info, output }: StoreItem): Cell[] {
  return [
    info.doc,
    info.key,
    info.sha256,
    info.bytes,
    info.title,
    info.date,
    info.source,
    info.url,
    output.sentences,
    info.text,
    JSON.stringify(info.pieces),
  ];
}

// An output's mentions and relations are taken once (outputsOf): a spilled output
// (src/spill.ts) reads them back from its file on every access, so indexing
// `output.mentions[i]` in a loop read and parsed the article's lines once per row.
function outputsOf(items: readonly StoreItem[]): ArticleOutput[] {
  return items.map(({ output }) => ({
    doc: output.doc,
    sentences: output.sentences,
    partOf: output.partOf,
    mentions: output.mentions,
    relations: output.relations,
  }));
}

function* mentionRows(outputs: readonly ArticleOutput[]): Generator<Cell[]> {
  for (const { mentions } of outputs)
    for (const [i, m] of mentions.entries()) yield mentionCells(m, i);
}

function* relationRows(outputs: readonly ArticleOutput[]): Generator<Cell[]> {
  for (const { relations } of outputs)
    for (const [i, r] of relations.entries()) yield relationMentionCells(r, i);
}

function* partOfRows(outputs: readonly ArticleOutput[]): Generator<Cell[]> {
  for (const output of outputs)
    for (const [org, state] of output.partOf) yield [output.doc, org, state];
}

/**
 * Stores a batch of articles in one transaction, replacing what the store held for the same
 * documents. Throws (and leaves the store as it was) when any row cannot be written.
 */
export async function putArticles(store: Store, items: readonly StoreItem[]): Promise<void> {
  writable(store);
  const outputs = outputsOf(items);
  checkBatch(items, outputs);
  if (items.length === 0) return;
  const docs = items.map((i) => i.info.doc);
  await makeRoom(store);
  await putBatch(store, items, outputs, docs);
}

async function putBatch(
  store: Store,
  items: readonly StoreItem[],
  outputs: readonly ArticleOutput[],
  docs: string[],
): Promise<void> {
  await inTransaction(store, async () => {
    const replaced = await storedDocs(store, docs);
    if (replaced.length > 0) {
      await startTouched(store);
      await touchIds(store, outputs.flatMap(idsOf));
      await touchIdsOfDocs(store, replaced);
      await deleteDocs(store, replaced);
    }
    await appendRows(store, DOCUMENTS, items.map(documentCells));
    await appendRows(store, MENTIONS, mentionRows(outputs));
    await appendRows(store, RELATION_MENTIONS, relationRows(outputs));
    await appendRows(store, PART_OF, partOfRows(outputs));
    if (replaced.length > 0) await refreshEntities(store);
    else await addFirstRefs(store, outputs);
    await writeMeta(store, "extractor", EXTRACTOR_VERSION);
  });
}

/** Removes documents and all their rows in one transaction; returns how many were stored. */
export async function removeDocuments(store: Store, docs: readonly string[]): Promise<number> {
  writable(store);
  const unique = [...new Set(docs)];
  await makeRoom(store);
  return inTransaction(store, async () => {
    const stored = await storedDocs(store, unique);
    if (stored.length === 0) return 0;
    await startTouched(store);
    await touchIdsOfDocs(store, stored);
    await deleteDocs(store, stored);
    await refreshEntities(store);
    return stored.length;
  });
}

/** Each stored document's key (content hash and versions), for incremental builds. */
export async function documentKeys(store: Store): Promise<Map<string, string>> {
  const rows = await queryRows<{ doc: string; key: string }>(
    store,
    `SELECT doc, key FROM ${DOCUMENTS.name}`,
  );
  return new Map(rows.map((r) => [r.doc, r.key]));
}

/** A documents row as queries return it: `pieces` is JSON text. */
export type DocumentRow = Omit<StoredDocument, "pieces"> & { sentences: number; pieces: string };

/** A part_of row as queries return it. */
export interface PartOfRow {
  doc: string;
  entity_id: string;
  state_id: string;
}

/** A document's info from its row. */
export function storedInfo({ sentences: _, pieces, ...info }: DocumentRow): StoredDocument {
  return { ...info, pieces: JSON.parse(pieces) as StoredDocument["pieces"] };
}

/** A document's output from its rows (mentions and relation mentions in seq order). */
export function storedOutput(
  doc: string,
  sentences: number,
  rows: { mentions: MentionRow[]; relations: RelationMentionRow[]; partOf: PartOfRow[] },
): ArticleOutput {
  return {
    doc,
    sentences,
    mentions: rows.mentions.map(rowToMention),
    relations: rows.relations.map(rowToRelationMention),
    partOf: rows.partOf
      .map((p): [string, string] => [p.entity_id, p.state_id])
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  };
}

const byDoc = <T extends { doc: string }>(rows: T[]): Map<string, T[]> => {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.doc);
    if (list) list.push(r);
    else out.set(r.doc, [r]);
  }
  return out;
};

/**
 * The stored articles (all, or those of `docs`) as putArticles received them, in canonical
 * document order: what an incremental build merges for the articles it did not re-extract.
 */
export async function readStoredArticles(
  store: Store,
  docs?: readonly string[],
): Promise<StoreItem[]> {
  const where = docs === undefined ? "" : `WHERE ${inList("doc")}`;
  const params = docs === undefined ? undefined : [listValue([...docs])];
  const select = <T>(table: string, order: string) =>
    queryRows<T>(store, `SELECT * FROM ${table} ${where} ORDER BY ${order}`, params);
  const documents = await select<DocumentRow>(DOCUMENTS.name, "doc");
  const mentions = byDoc(await select<MentionRow>(MENTIONS.name, "doc, seq"));
  const relations = byDoc(await select<RelationMentionRow>(RELATION_MENTIONS.name, "doc, seq"));
  const partOf = byDoc(await select<PartOfRow>(PART_OF.name, "doc"));
  return documents
    .sort((a, b) => compareDocs(a.doc, b.doc))
    .map((row) => ({
      info: storedInfo(row),
      output: storedOutput(row.doc, row.sentences, {
        mentions: mentions.get(row.doc) ?? [],
        relations: relations.get(row.doc) ?? [],
        partOf: partOf.get(row.doc) ?? [],
      }),
    }));
}
