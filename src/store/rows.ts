// The data model's records as store rows and back. A row holds every field, so a Mention or a
// RelationMention comes back exactly as it went in (same keys, same order, same values).
import type { Evidence } from "../graph-schema.js";
import type {
  EntityKind,
  EntityRef,
  Mention,
  MentionRef,
  Modality,
  Polarity,
  RelationMention,
  RelationType,
  Section,
} from "../schema.js";

/** A value for one column of a row. */
export type Cell = string | number | null;

type RefColumns<P extends string> = {
  [K in `${P}_id` | `${P}_kind` | `${P}_label_ar`]: string | null;
} & { [K in `${P}_label_en`]: string | null };

/** A mentions row as queries return it (column names of MENTIONS in src/store/schema.ts). */
export type MentionRow = {
  doc: string;
  seq: number;
  entity_id: string;
  kind: string;
  label_ar: string;
  label_en: string | null;
  text: string;
  span_start: number;
  span_end: number;
  sentence: number;
  section: string;
  rule: string;
} & RefColumns<"place">;

/** A relation_mentions row as queries return it (RELATION_MENTIONS in src/store/schema.ts). */
export type RelationMentionRow = {
  doc: string;
  seq: number;
  source_text: string;
  target_text: string;
  type: string;
  mode: string | null;
  polarity: string;
  modality: string;
  attributed_to_text: string | null;
  date: string | null;
  sentence_text: string;
  span_start: number;
  span_end: number;
  confidence: number;
  rule: string;
  section: string;
  title: string | null;
  event: string | null;
} & RefColumns<"source"> &
  RefColumns<"target"> &
  RefColumns<"attributed_to"> &
  RefColumns<"place">;

const refCells = (r: EntityRef | null | undefined): Cell[] =>
  r ? [r.id, r.kind, r.label_ar, r.label_en] : [null, null, null, null];

/** The cells of a mentions row, in MENTIONS column order. */
export function mentionCells(m: Mention, seq: number): Cell[] {
  return [
    m.doc,
    seq,
    ...refCells(m.entity),
    m.text,
    m.span[0],
    m.span[1],
    m.sentence,
    m.section,
    m.rule,
    ...refCells(m.place),
  ];
}

/** The cells of a relation_mentions row, in RELATION_MENTIONS column order. */
export function relationMentionCells(r: RelationMention, seq: number): Cell[] {
  return [
    r.doc,
    seq,
    ...refCells(r.source),
    r.source.text,
    ...refCells(r.target),
    r.target.text,
    r.type,
    r.mode,
    r.polarity,
    r.modality,
    ...refCells(r.attributed_to),
    r.attributed_to?.text ?? null,
    r.date,
    r.sentence,
    r.span[0],
    r.span[1],
    r.confidence,
    r.rule,
    r.section,
    r.title ?? null,
    r.event ?? null,
    ...refCells(r.place),
  ];
}

/** The ref in columns `${prefix}_id` ..., or null when the id is NULL (no such ref). */
function refOf<P extends string>(row: RefColumns<P>, prefix: P): EntityRef | null {
  const cols = row as unknown as Record<string, string | null>;
  const id = cols[`${prefix}_id`];
  if (id === null || id === undefined) return null;
  return {
    id,
    kind: cols[`${prefix}_kind`] as EntityKind,
    label_ar: cols[`${prefix}_label_ar`] as string,
    label_en: cols[`${prefix}_label_en`] ?? null,
  };
}

function mentionRefOf<P extends string>(row: RefColumns<P>, prefix: P, text: string): MentionRef {
  return { ...(refOf(row, prefix) as EntityRef), text };
}

export function rowToMention(row: MentionRow): Mention {
  const place = refOf(row, "place");
  return {
    doc: row.doc,
    entity: {
      id: row.entity_id,
      kind: row.kind as EntityKind,
      label_ar: row.label_ar,
      label_en: row.label_en,
    },
    text: row.text,
    span: [row.span_start, row.span_end],
    sentence: row.sentence,
    section: row.section as Section,
    rule: row.rule,
    ...(place ? { place } : {}),
  };
}

export function rowToRelationMention(row: RelationMentionRow): RelationMention {
  const place = refOf(row, "place");
  return {
    doc: row.doc,
    source: mentionRefOf(row, "source", row.source_text),
    target: mentionRefOf(row, "target", row.target_text),
    type: row.type as RelationType,
    mode: row.mode,
    polarity: row.polarity as Polarity,
    modality: row.modality as Modality,
    attributed_to:
      row.attributed_to_id === null
        ? null
        : mentionRefOf(row, "attributed_to", row.attributed_to_text ?? ""),
    date: row.date,
    sentence: row.sentence_text,
    span: [row.span_start, row.span_end],
    confidence: row.confidence,
    rule: row.rule,
    section: row.section as Section,
    // Key order as the extractor writes them, so triples.jsonl lines come back byte for byte.
    ...(row.title !== null ? { title: row.title } : {}),
    ...(row.event !== null ? { event: row.event } : {}),
    ...(place ? { place } : {}),
  };
}

/** An edge_mentions row: a relation mention with its article's outlet and date. */
export type EvidenceRow = RelationMentionRow & {
  edge_key: string;
  outlet: string | null;
  article_date: string | null;
};

/** A relation mention as evidence on a graph edge (src/merge/evidence.ts toEvidence). */
export function rowToEvidence(row: EvidenceRow): Evidence {
  return {
    doc: row.doc,
    sentence: row.sentence_text,
    span: [row.span_start, row.span_end],
    outlet: row.outlet,
    article_date: row.article_date,
    date: row.date,
    attributed_to: refOf(row, "attributed_to"),
    modality: row.modality as Modality,
    mode: row.mode,
    confidence: row.confidence,
    rule: row.rule,
    section: row.section as Section,
    source_text: row.source_text,
    target_text: row.target_text,
  };
}
