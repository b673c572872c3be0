// The graph's relation edges and entity nodes, aggregated by SQL over the stored mentions, as
// src/merge/edges.ts and src/merge/nodes.ts build them in memory: one edge per (source, type,
// target, polarity), symmetric types with ordered ends, self-relations left out; weight =
// distinct articles, mentions = count, first/last date with the article's date standing in.
// Only the choice among tied modes and titles is made here in TypeScript, since the graph
// breaks ties by locale collation, which SQL does not share.
import type { DuckDBValue } from "@duckdb/node-api";
import { listValue } from "@duckdb/node-api";
import { z } from "zod";
import { EdgeAttributes, NodeAttributes } from "../graph-schema.js";
import { familyOf } from "../merge/family.js";
import { EntityId, type RelationType } from "../schema.js";
import type { Store } from "./open.js";
import { edgeMentionsSelect } from "./schema.js";
import { queryRows } from "./sql.js";

/** One relation edge: the graph's edge attributes without the evidence, with its key and ends. */
export const EdgeRow = EdgeAttributes.omit({ evidence: true, role: true }).extend({
  /** `${source}|${type}|${target}|${polarity}`, as src/merge/edges.ts edgeKey. */
  key: z.string(),
  source: EntityId,
  target: EntityId,
});
export type EdgeRow = z.infer<typeof EdgeRow>;

/** One entity node: its ref, aliases as written, mention and article counts. */
export const NodeRow = NodeAttributes.pick({
  kind: true,
  label_ar: true,
  label_en: true,
  aliases: true,
  mentions: true,
  articles: true,
}).extend({ id: EntityId });
export type NodeRow = z.infer<typeof NodeRow>;

/** Which edges to aggregate. Every value is bound as a parameter, never put in the SQL. */
export interface EdgeFilter {
  /** Edges at this entity ... */
  entity?: string;
  /** ... leaving it (its source), entering it (its target), or either. */
  direction?: "out" | "in" | "both";
  types?: readonly RelationType[];
  key?: string;
}

interface Where {
  /** What to select from: edge_mentions, or the same over one entity's rows only. */
  from: string;
  sql: string;
  params: Record<string, DuckDBValue>;
}

/**
 * The relation mentions at $entity, found through the source_id and target_id indexes: two
 * point lookups, where `source_id = $entity OR target_id = $entity` on the view scans every
 * row (a second on two million).
 */
const AT_ENTITY = `(SELECT * FROM relation_mentions WHERE source_id = $entity
  UNION ALL SELECT * FROM relation_mentions WHERE target_id = $entity AND source_id <> $entity)`;

export function edgeWhere(f: EdgeFilter): Where {
  const clauses: string[] = [];
  const params: Record<string, DuckDBValue> = {};
  if (f.entity !== undefined) {
    params.entity = f.entity;
    const direction = f.direction ?? "both";
    if (direction === "out") clauses.push("edge_source = $entity");
    else if (direction === "in") clauses.push("edge_target = $entity");
    else clauses.push("(edge_source = $entity OR edge_target = $entity)");
  }
  if (f.types !== undefined) {
    params.types = listValue([...f.types]);
    clauses.push("list_contains($types, type)");
  }
  if (f.key !== undefined) {
    params.key = f.key;
    clauses.push("edge_key = $key");
  }
  return {
    from: f.entity === undefined ? "edge_mentions" : `(${edgeMentionsSelect(AT_ENTITY)})`,
    sql: clauses.length ? `WHERE ${clauses.join(" AND ")}` : "",
    params,
  };
}

interface CountRow {
  key: string;
  source: string;
  target: string;
  type: RelationType;
  polarity: EdgeRow["polarity"];
  weight: number;
  mentions: number;
  first_date: string | null;
  last_date: string | null;
}

type Field = "mode" | "title";

interface ValueCount {
  key: string;
  field: Field;
  value: string;
  n: number;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The relation edges (all, or those `filter` keeps), ordered by key as the graph adds them. */
export async function aggregateEdges(store: Store, filter: EdgeFilter = {}): Promise<EdgeRow[]> {
  const where = edgeWhere(filter);
  const counts = await queryRows<CountRow>(
    store,
    `SELECT edge_key AS key, edge_source AS source, edge_target AS target, type, polarity,
       count(DISTINCT doc) AS weight, count(*) AS mentions,
       min(evidence_date) AS first_date, max(evidence_date) AS last_date
     FROM ${where.from} ${where.sql} GROUP BY ALL`,
    where.params,
  );
  const picks = await mostFrequentValues(store, where);
  return counts
    .sort((a, b) => byCodeUnits(a.key, b.key))
    .map((c) => {
      const row: EdgeRow = {
        key: c.key,
        source: c.source,
        target: c.target,
        type: c.type,
        family: familyOf(c.type),
        mode: picks.get(`${c.key}\nmode`) ?? null,
        polarity: c.polarity,
        weight: c.weight,
        mentions: c.mentions,
        first_date: c.first_date,
        last_date: c.last_date,
      };
      const title = picks.get(`${c.key}\ntitle`);
      if (title) row.title = title;
      return row;
    });
}

/** The most frequent mode and title of each edge, keyed `${edge key}\n${field}`. */
async function mostFrequentValues(store: Store, where: Where): Promise<Map<string, string>> {
  const counted = (field: Field) =>
    `SELECT edge_key AS key, '${field}' AS field, ${field} AS value, count(*) AS n
     FROM ${where.from} ${where.sql}${where.sql ? " AND" : " WHERE"} ${field} <> '' GROUP BY ALL`;
  const rows = await queryRows<ValueCount>(
    store,
    `${counted("mode")} UNION ALL ${counted("title")}`,
    where.params,
  );
  const groups = new Map<string, ValueCount[]>();
  for (const r of rows) {
    const id = `${r.key}\n${r.field}`;
    const g = groups.get(id);
    if (g) g.push(r);
    else groups.set(id, [r]);
  }
  const out = new Map<string, string>();
  for (const [id, group] of groups) {
    const best = mostFrequentCounted(new Map(group.map((r) => [r.value, r.n])));
    if (best !== null) out.set(id, best);
  }
  return out;
}

/**
 * src/merge/evidence.ts mostFrequent over counts already made: the highest count, ties to the
 * first value in code-unit order (no locale: the same bytes on every machine).
 */
export function mostFrequentCounted(counts: Map<string, number>): string | null {
  let best: string | null = null;
  for (const [v, n] of [...counts].sort((a, b) => byCodeUnits(a[0], b[0]))) {
    if (best === null || n > (counts.get(best) ?? 0)) best = v;
  }
  return best;
}

interface NodeQueryRow extends Omit<NodeRow, "aliases"> {
  aliases: string[];
}

/** The entity nodes (every id a mention or a relation end puts in the graph), ordered by id. */
export async function aggregateNodes(store: Store): Promise<NodeRow[]> {
  const rows = await queryRows<NodeQueryRow>(
    store,
    "SELECT id, kind, label_ar, label_en, aliases, mentions, articles FROM nodes",
  );
  return rows
    .sort((a, b) => byCodeUnits(a.id, b.id))
    .map((r) => ({
      id: r.id,
      kind: r.kind,
      label_ar: r.label_ar,
      label_en: r.label_en,
      // As merge/nodes.ts sorts them: by UTF-16 code units (SQL sorts by code point).
      aliases: [...r.aliases].sort(),
      mentions: r.mentions,
      articles: r.articles,
    }));
}
