// Questions answered from the store: an entity's relation edges with their evidence, and the
// evidence of one edge. The answers have the library's shapes (Relation and Evidence, as
// relations() over graph.json gives them); every user value is a bound parameter.
import { listValue } from "@duckdb/node-api";
import { z } from "zod";
import type { Evidence } from "../graph-schema.js";
import { compareDocs } from "../order.js";
import { byStrength } from "../query/relations.js";
import type { Relation } from "../query/types.js";
import { type EntityRef, Polarity, RelationType } from "../schema.js";
import { aggregateEdges, type EdgeFilter, type EdgeRow, edgeWhere } from "./aggregate.js";
import type { Store } from "./open.js";
import { type EvidenceRow, rowToEvidence } from "./rows.js";
import { ENTITIES } from "./schema.js";
import { queryRows } from "./sql.js";

export const RelationsOfOptions = z
  .object({
    /** Edges leaving the entity (it is the source), entering it, or both (default). */
    direction: z.enum(["out", "in", "both"]).default("both"),
    type: z.union([RelationType, z.array(RelationType)]).optional(),
    /** At most this many edges, strongest first. */
    limit: z.number().int().positive().optional(),
  })
  .strict();
export type RelationsOfOptions = z.input<typeof RelationsOfOptions>;

/**
 * The relation edges at `entityId` (an id, as stored), strongest first as relations() orders
 * them (weight, mentions, latest date, key), each with all its evidence.
 */
export async function relationsOf(
  store: Store,
  entityId: string,
  options: RelationsOfOptions = {},
): Promise<Relation[]> {
  const o = RelationsOfOptions.parse(options);
  const filter: EdgeFilter = {
    entity: entityId,
    direction: o.direction,
    types: o.type === undefined ? undefined : [o.type].flat(),
  };
  const edges = await aggregateEdges(store, filter);
  const refs = await entityRefs(
    store,
    edges.flatMap((e) => [e.source, e.target]),
  );
  const ranked = edges.map((e) => toRelation(e, refs, [])).sort(byStrength);
  const kept = o.limit === undefined ? ranked : ranked.slice(0, o.limit);
  const evidence = await evidenceRows(
    store,
    filter,
    kept.map((r) => r.id),
  );
  return kept.map((r) => ({ ...r, evidence: evidence.get(r.id) ?? [] }));
}

/** The evidence of one edge (key `${source}|${type}|${target}|${polarity}`), in graph order. */
export async function evidenceOfEdge(store: Store, edgeKey: string): Promise<Evidence[]> {
  const parts = edgeKey.split("|");
  const [source, type, target, polarity] = parts;
  if (
    parts.length !== 4 ||
    !source ||
    !target ||
    !RelationType.safeParse(type).success ||
    !Polarity.safeParse(polarity).success
  ) {
    throw new RangeError(`not an edge key (source|TYPE|target|polarity): ${edgeKey}`);
  }
  const found = await evidenceRows(store, { entity: source, key: edgeKey }, [edgeKey]);
  return found.get(edgeKey) ?? [];
}

function toRelation(e: EdgeRow, refs: Map<string, EntityRef>, evidence: Evidence[]): Relation {
  const { key, source, target, ...attributes } = e;
  return {
    id: key,
    ...attributes,
    evidence,
    source: refOf(refs, source),
    target: refOf(refs, target),
  };
}

function refOf(refs: Map<string, EntityRef>, id: string): EntityRef {
  const ref = refs.get(id);
  // Writes keep an entities row for every id the mentions use; without one the file was changed.
  if (!ref) throw new Error(`entity ${id} has relation mentions but no entities row`);
  return ref;
}

async function entityRefs(store: Store, ids: string[]): Promise<Map<string, EntityRef>> {
  if (ids.length === 0) return new Map();
  const rows = await queryRows<EntityRef>(
    store,
    `SELECT id, kind, label_ar, label_en FROM ${ENTITIES.name} WHERE list_contains($1, id)`,
    [listValue([...new Set(ids)])],
  );
  return new Map(rows.map((r) => [r.id, r]));
}

/** The evidence of the edges `keys` (among those `filter` selects), each in graph order. */
async function evidenceRows(
  store: Store,
  filter: EdgeFilter,
  keys: string[],
): Promise<Map<string, Evidence[]>> {
  if (keys.length === 0) return new Map();
  const where = edgeWhere({ ...filter, key: undefined });
  const rows = await queryRows<EvidenceRow>(
    store,
    `SELECT * FROM ${where.from} ${where.sql}${where.sql ? " AND" : " WHERE"} list_contains($keys, edge_key)`,
    { ...where.params, keys: listValue(keys) },
  );
  // The graph lists evidence as it meets the mentions: canonical document order, then seq.
  rows.sort((a, b) => compareDocs(a.doc, b.doc) || a.seq - b.seq);
  const out = new Map<string, Evidence[]>();
  for (const r of rows) {
    const list = out.get(r.edge_key);
    if (list) list.push(rowToEvidence(r));
    else out.set(r.edge_key, [rowToEvidence(r)]);
  }
  return out;
}
