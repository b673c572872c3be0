// The entities table: one EntityRef per id, the one the graph gives the id's node. Refs of one
// id can differ (a provisional id is a hash of the normalized name, the label is as written),
// so the choice follows src/pipeline.ts mergeGraph: the first mention in canonical document
// order, else the first relation end (source, target, place), else (an id only seen as a
// metonymic place or as who made a claim) the first of those. The rows are refreshed for the
// ids a write touched, inside the write's transaction, so the table never depends on the
// order in which batches arrive.
import { listValue } from "@duckdb/node-api";
import { compareDocs } from "../order.js";
import type { EntityKind, EntityRef } from "../schema.js";
import type { Store } from "./open.js";
import { ENTITIES } from "./schema.js";
import { queryRows } from "./sql.js";

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
    `INSERT INTO ${TOUCHED} SELECT DISTINCT id FROM (${OCCURRENCES}) WHERE list_contains($1, doc)`,
    [listValue(docs)],
  );
}

interface Candidate extends EntityRef {
  doc: string;
  at: number;
}

/**
 * Rewrites the entities rows of the touched ids from the rows now in the store, then drops
 * the touched table. Ids no row mentions any more lose their entities row.
 */
export async function refreshEntities(store: Store): Promise<void> {
  const run = (sql: string) => store.connection.run(sql);
  await run(`DELETE FROM ${ENTITIES.name} WHERE id IN (SELECT id FROM ${TOUCHED})`);
  await run(`CREATE OR REPLACE TEMP TABLE athar_candidates AS
    WITH occ AS (
      SELECT *, ${TIER} AS tier FROM (${OCCURRENCES}) WHERE id IN (SELECT id FROM ${TOUCHED})
    ), best AS (SELECT id, min(tier) AS tier FROM occ GROUP BY id)
    SELECT occ.* FROM occ JOIN best USING (id, tier)`);
  await run(`CREATE OR REPLACE TEMP TABLE athar_refs AS
    SELECT id, count(DISTINCT (kind, label_ar, label_en)) AS refs FROM athar_candidates GROUP BY id`);
  // Most ids are written one way everywhere: SQL alone settles them.
  await run(`INSERT INTO ${ENTITIES.name}
    SELECT id, any_value(kind), any_value(label_ar), any_value(label_en) FROM athar_candidates
    WHERE id IN (SELECT id FROM athar_refs WHERE refs = 1) GROUP BY id`);
  const split = await queryRows<Candidate>(
    store,
    `SELECT id, kind, label_ar, label_en, doc, min(seq::BIGINT * 8 + rank) AS at
     FROM athar_candidates WHERE id IN (SELECT id FROM athar_refs WHERE refs > 1) GROUP BY ALL`,
  );
  await insertRefs(store, firstRefs(split));
  for (const t of ["athar_candidates", "athar_refs", TOUCHED]) await run(`DROP TABLE ${t}`);
}

/** For each id, the candidate met first: canonical document order, then position. */
function firstRefs(candidates: Candidate[]): EntityRef[] {
  const best = new Map<string, Candidate>();
  for (const c of candidates) {
    const b = best.get(c.id);
    if (!b || compareDocs(c.doc, b.doc) < 0 || (c.doc === b.doc && c.at < b.at)) best.set(c.id, c);
  }
  return [...best.values()].map((c) => ({
    id: c.id,
    kind: c.kind as EntityKind,
    label_ar: c.label_ar,
    label_en: c.label_en,
  }));
}

async function insertRefs(store: Store, refs: EntityRef[]): Promise<void> {
  if (refs.length === 0) return;
  const appender = await store.connection.createAppender(ENTITIES.name);
  for (const r of refs) {
    appender.appendVarchar(r.id);
    appender.appendVarchar(r.kind);
    appender.appendVarchar(r.label_ar);
    if (r.label_en === null) appender.appendNull();
    else appender.appendVarchar(r.label_en);
    appender.endRow();
  }
  appender.closeSync();
}
