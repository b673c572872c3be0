// The entities table: one EntityRef per id, the one the graph gives the id's node. Refs of one
// id can differ (a provisional id is a hash of the normalized name, the label is as written),
// so the choice follows src/pipeline.ts mergeGraph: the first mention in canonical document
// order, else the first relation end (source, target, place), else (an id only seen as a
// metonymic place or as who made a claim) the first of those. Each row keeps where its ref was
// met (first_tier, first_doc, first_at), so that a write of new documents only compares its
// own first occurrences with the stored ones: reading every stored row again for each batch
// made a build quadratic in its articles. A write that replaces or removes documents refreshes
// the ids those documents touched from every row still stored. Either way the table never
// depends on the order in which batches arrive.
import { listValue } from "@duckdb/node-api";
import { compareDocs } from "../order.js";
import type { ArticleOutput } from "../pipeline.js";
import type { EntityKind, EntityRef } from "../schema.js";
import type { Store } from "./open.js";
import { ENTITIES } from "./schema.js";
import { inList, queryRows } from "./sql.js";

/** The temporary table of ids whose entities row a write must refresh. */
export const TOUCHED = "athar_touched";

/** Every place a ref is written: `rank` orders them as the graph meets them. */
const OCCURRENCES = `
  SELECT entity_id AS id, kind, label_ar, label_en, doc, seq, 0 AS rank FROM mentions
  UNION ALL SELECT source_id, source_kind, source_label_ar, source_label_en, doc, seq, 1 FROM relation_mentions
  UNION ALL SELECT target_id, target_kind, target_label_ar, target_label_en, doc, seq, 2 FROM relation_mentions
  UNION ALL SELECT place_id, place_kind, place_label_ar, place_label_en, doc, seq, 3 FROM relation_mentions WHERE place_id IS NOT NULL
  UNION ALL SELECT place_id, place_kind, place_label_ar, place_label_en, doc, seq, 4 FROM mentions WHERE place_id IS NOT NULL
  UNION ALL SELECT attributed_to_id, attributed_to_kind, attributed_to_label_ar, attributed_to_label_en, doc, seq, 5 FROM relation_mentions WHERE attributed_to_id IS NOT NULL`;

/** Mentions come before relation ends, which come before places and claimants. */
const TIER = "CASE WHEN rank = 0 THEN 0 WHEN rank <= 3 THEN 1 ELSE 2 END";

export async function startTouched(store: Store): Promise<void> {
  await store.connection.run(`CREATE OR REPLACE TEMP TABLE ${TOUCHED} (id VARCHAR)`);
}

export async function touchIds(store: Store, ids: Iterable<string>): Promise<void> {
  const list = [...new Set(ids)];
  if (list.length === 0) return;
  await store.connection.run(`INSERT INTO ${TOUCHED} SELECT unnest($1::VARCHAR[])`, [
    listValue(list),
  ]);
}

/** Touches every id the rows of `docs` write (before those rows are deleted). */
export async function touchIdsOfDocs(store: Store, docs: string[]): Promise<void> {
  await store.connection.run(
    `INSERT INTO ${TOUCHED} SELECT DISTINCT id FROM (${OCCURRENCES}) WHERE ${inList("doc")}`,
    [listValue(docs)],
  );
}

/** An id's ref and where it was met. */
interface Candidate extends EntityRef {
  tier: number;
  doc: string;
  at: number;
}

/** Whether `a` is met before `b`: a lower tier, then canonical document order, then position. */
function before(a: Candidate, b: Candidate): boolean {
  if (a.tier !== b.tier) return a.tier < b.tier;
  const byDoc = compareDocs(a.doc, b.doc);
  return byDoc !== 0 ? byDoc < 0 : a.at < b.at;
}

function keepFirst(best: Map<string, Candidate>, c: Candidate): void {
  const b = best.get(c.id);
  if (!b || before(c, b)) best.set(c.id, c);
}

/**
 * Rewrites the entities rows of the touched ids from the rows now in the store, then drops
 * the touched table. Ids no row mentions any more lose their entities row.
 */
export async function refreshEntities(store: Store): Promise<void> {
  const run = (sql: string) => store.connection.run(sql);
  await run(`DELETE FROM ${ENTITIES.name} WHERE id IN (SELECT id FROM ${TOUCHED})`);
  // Of each id, the occurrences of its best tier, one row per ref and document.
  const candidates = await queryRows<Candidate>(
    store,
    `WITH occ AS (
      SELECT *, ${TIER} AS tier FROM (${OCCURRENCES}) WHERE id IN (SELECT id FROM ${TOUCHED})
    ), best AS (SELECT id, min(tier) AS tier FROM occ GROUP BY id)
    SELECT id, kind, label_ar, label_en, tier, doc, min(seq::BIGINT * 8 + rank) AS at
    FROM occ JOIN best USING (id, tier) GROUP BY ALL`,
  );
  const best = new Map<string, Candidate>();
  for (const c of candidates) keepFirst(best, c);
  await insertRefs(store, [...best.values()]);
  await run(`DROP TABLE ${TOUCHED}`);
}

/** The first occurrence of each id in a batch of outputs (seq as the store numbers rows). */
function firstsOf(outputs: readonly ArticleOutput[]): Map<string, Candidate> {
  const best = new Map<string, Candidate>();
  const meet = (ref: EntityRef | null | undefined, doc: string, seq: number, rank: number) => {
    if (!ref) return;
    const tier = rank === 0 ? 0 : rank <= 3 ? 1 : 2;
    const { id, kind, label_ar, label_en } = ref;
    keepFirst(best, {
      id,
      kind,
      label_ar,
      label_en: label_en ?? null,
      tier,
      doc,
      at: seq * 8 + rank,
    });
  };
  for (const { doc, mentions, relations } of outputs) {
    for (const [seq, m] of mentions.entries()) {
      meet(m.entity, doc, seq, 0);
      meet(m.place, doc, seq, 4);
    }
    for (const [seq, r] of relations.entries()) {
      meet(r.source, doc, seq, 1);
      meet(r.target, doc, seq, 2);
      meet(r.place, doc, seq, 3);
      meet(r.attributed_to, doc, seq, 5);
    }
  }
  return best;
}

/**
 * Brings the entities rows up to date with newly added documents (none of them stored
 * before): an id's row changes only where the batch meets it before its stored first.
 */
export async function addFirstRefs(store: Store, outputs: readonly ArticleOutput[]): Promise<void> {
  const firsts = firstsOf(outputs);
  if (firsts.size === 0) return;
  const stored = await queryRows<{ id: string; tier: number; doc: string; at: number }>(
    store,
    `SELECT id, first_tier AS tier, first_doc AS doc, first_at AS at FROM ${ENTITIES.name}
     WHERE ${inList("id")}`,
    [listValue([...firsts.keys()])],
  );
  for (const s of stored) {
    const c = firsts.get(s.id) as Candidate;
    if (!before(c, { ...c, tier: s.tier, doc: s.doc, at: s.at })) firsts.delete(s.id);
  }
  const changed = [...firsts.values()];
  if (changed.length === 0) return;
  await store.connection.run(`DELETE FROM ${ENTITIES.name} WHERE ${inList("id")}`, [
    listValue(changed.map((c) => c.id)),
  ]);
  await insertRefs(store, changed);
}

async function insertRefs(store: Store, refs: readonly Candidate[]): Promise<void> {
  if (refs.length === 0) return;
  const appender = await store.connection.createAppender(ENTITIES.name);
  for (const r of refs) {
    appender.appendVarchar(r.id);
    appender.appendVarchar(r.kind as EntityKind);
    appender.appendVarchar(r.label_ar);
    if (r.label_en === null) appender.appendNull();
    else appender.appendVarchar(r.label_en);
    appender.appendInteger(r.tier);
    appender.appendVarchar(r.doc);
    appender.appendBigInt(BigInt(r.at));
    appender.endRow();
  }
  appender.closeSync();
}
