// Every stored output in one pass. Reading the outputs of a large store back a batch of
// documents at a time scanned each table once per batch (about 0.5–0.9 s a batch of 500 at
// 100,000 articles), which made an incremental build quadratic in the store's size. Here each
// table is read once, in the order its rows were appended, on a connection of its own, and the
// four streams are walked together: putArticles appends all the rows of a document together,
// in the same order of documents for every table, so a document's rows are one run in each.
// Anything else (a store changed by hand) is detected, and the caller reads by batches instead.
import type { ArticleOutput } from "../pipeline.js";
import type { Store } from "./open.js";
import type { MentionRow, RelationMentionRow } from "./rows.js";
import { DOCUMENTS, MENTIONS, PART_OF, RELATION_MENTIONS } from "./schema.js";
import {
  type DocumentRow,
  type PartOfRow,
  type StoredDocument,
  storedInfo,
  storedOutput,
} from "./write.js";

/** The rows of a table are not in runs by document as putArticles appends them. */
export class StoreOrderError extends Error {
  constructor(table: string, doc: string) {
    super(`${table}: the rows of ${doc} are not one run in the order of the documents`);
    this.name = "StoreOrderError";
  }
}

interface Row {
  doc: string;
  seq?: number;
}

/**
 * A query's rows in the order they were appended, streamed through a connection of its own.
 * Each row crosses from DuckDB as one JSON text: reading the values one by one through the
 * binding took longer than DuckDB's scan and JSON.parse together (17 s against 13 s for
 * 3.6 million mentions).
 */
async function* tableRows<T extends Row>(store: Store, select: string): AsyncGenerator<T> {
  const connection = await store.instance.connect();
  try {
    const result = await connection.stream(`SELECT to_json(r)::VARCHAR FROM (${select}) AS r`);
    for (;;) {
      const chunk = await result.fetchChunk();
      if (!chunk || chunk.rowCount === 0) break;
      for (const json of chunk.getColumns()[0] as string[]) yield JSON.parse(json) as T;
    }
  } finally {
    connection.closeSync();
  }
}

/** One table's stream, taken a document's run at a time. */
class Runs<T extends Row> {
  private head: T | undefined;
  private ended = false;
  private readonly iterator: AsyncGenerator<T>;

  constructor(
    private readonly table: string,
    store: Store,
    sql: string,
  ) {
    this.iterator = tableRows<T>(store, sql);
  }

  /** The row at the head of the stream, left there. */
  async peek(): Promise<T | undefined> {
    if (this.head === undefined && !this.ended) {
      const next = await this.iterator.next();
      if (next.done) this.ended = true;
      else this.head = next.value;
    }
    return this.head;
  }

  /** The run of `doc` at the head of the stream (empty when the head is another document's). */
  async take(doc: string, passed: ReadonlySet<string>): Promise<T[]> {
    const run: T[] = [];
    for (let row = await this.peek(); row !== undefined; row = await this.peek()) {
      if (row.doc !== doc) {
        if (passed.has(row.doc)) throw new StoreOrderError(this.table, row.doc);
        break;
      }
      if (row.seq !== undefined && row.seq !== run.length) {
        throw new StoreOrderError(this.table, doc);
      }
      run.push(row);
      this.head = undefined;
    }
    return run;
  }

  /** Throws when rows are left once every document was taken. */
  async finish(): Promise<void> {
    const row = await this.peek();
    if (row !== undefined) throw new StoreOrderError(this.table, row.doc);
  }

  async close(): Promise<void> {
    await this.iterator.return(undefined);
  }
}

/** A stored article as the stream gives it: its document row only when asked for. */
export interface StreamedArticle {
  output: ArticleOutput;
  info: StoredDocument | null;
}

/**
 * Hands every stored article to `each` (awaited), in the order the documents were stored (not
 * the canonical order), with its document row when `withInfo` (its text and metadata: more to
 * read). Throws StoreOrderError, possibly after some articles were handed over, when the tables
 * are not as putArticles writes them.
 */
export async function eachStoredArticle(
  store: Store,
  withInfo: boolean,
  each: (article: StreamedArticle) => Promise<void> | void,
): Promise<void> {
  const docs = new Runs<DocumentRow>(
    DOCUMENTS.name,
    store,
    `SELECT ${withInfo ? "*" : "doc, sentences"} FROM ${DOCUMENTS.name}`,
  );
  const mentions = new Runs<MentionRow>(MENTIONS.name, store, `SELECT * FROM ${MENTIONS.name}`);
  const relations = new Runs<RelationMentionRow>(
    RELATION_MENTIONS.name,
    store,
    `SELECT * FROM ${RELATION_MENTIONS.name}`,
  );
  const partOf = new Runs<PartOfRow>(
    PART_OF.name,
    store,
    `SELECT doc, entity_id, state_id FROM ${PART_OF.name}`,
  );
  const streams = [docs, mentions, relations, partOf];
  const passed = new Set<string>();
  try {
    for (;;) {
      const head = await docs.peek();
      if (head === undefined) break;
      const [document] = await docs.take(head.doc, passed);
      if (document === undefined) break;
      const { doc, sentences } = document;
      passed.add(doc);
      const output = storedOutput(doc, sentences, {
        mentions: await mentions.take(doc, passed),
        relations: await relations.take(doc, passed),
        partOf: await partOf.take(doc, passed),
      });
      const info = withInfo ? storedInfo(document) : null;
      await each({ output, info });
    }
    for (const s of streams) await s.finish();
  } finally {
    for (const s of streams) await s.close();
  }
}

/** Every stored article's output (see eachStoredArticle). */
export function eachStoredOutput(
  store: Store,
  each: (output: ArticleOutput) => void,
): Promise<void> {
  return eachStoredArticle(store, false, ({ output }) => each(output));
}
