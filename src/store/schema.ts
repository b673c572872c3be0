// The store's schema (athar.duckdb), versioned: tables hold what the per-article stages made
// (documents, mentions, relation mentions, the entity refs seen, provisional PART_OF pairs);
// views aggregate them into the graph's nodes and edges for SQL users. A change to any table,
// column or view bumps STORE_SCHEMA, and openStore refuses a store of another version.

import { familyOf } from "../merge/family.js";
import { PLOVER_TYPES, STRUCTURAL_TYPES } from "../schema.js";

export const STORE_SCHEMA = "athar-store/4";

/** The store's file name inside a build's output folder. */
export const STORE_FILE = "athar.duckdb";

export type ColumnType = "VARCHAR" | "INTEGER" | "BIGINT" | "DOUBLE";

export interface Column {
  name: string;
  type: ColumnType;
  /** NULL allowed (an absent optional field, a missing label_en). */
  nullable?: boolean;
}

export interface Table {
  name: string;
  columns: readonly Column[];
  /**
   * An ART index that DuckDB keeps in memory while rows go in, counted against the store's
   * memory limit. The two tables of rows (mentions, relation_mentions) have none: their rows
   * are written and removed a whole document at a time, so (doc, seq) is unique by
   * construction, and their keys' indexes grew with the evidence until a build of 100,000
   * articles ran out of the build store's memory (BENCHMARKS.md).
   */
  primaryKey?: readonly string[];
}

const text = (name: string, nullable = false): Column => ({ name, type: "VARCHAR", nullable });
const int = (name: string): Column => ({ name, type: "INTEGER" });

/** An entity ref's four columns (EntityRef in src/schema.ts), all nullable when the ref is. */
const ref = (prefix: string, nullable = false): Column[] => [
  text(`${prefix}_id`, nullable),
  text(`${prefix}_kind`, nullable),
  text(`${prefix}_label_ar`, nullable),
  text(`${prefix}_label_en`, true),
];

export const META: Table = {
  name: "athar_meta",
  columns: [text("key"), text("value")],
  primaryKey: ["key"],
};

/** One row per article (graph.json's DocumentInfo plus the incremental-build key). */
export const DOCUMENTS: Table = {
  name: "documents",
  columns: [
    text("doc"),
    // Content hash with the extractor, KB and lexicon versions: an article whose key is
    // unchanged needs no new extraction.
    text("key"),
    text("sha256"),
    { name: "bytes", type: "BIGINT" },
    text("title", true),
    // YYYY, YYYY-MM or YYYY-MM-DD as the article gives it, so VARCHAR, not DATE.
    text("date", true),
    text("source", true),
    text("url", true),
    int("sentences"),
    // The article's text, so a later build can re-make the graph (articles.json, evidence)
    // from the store without the files of the articles it does not re-read.
    text("text"),
    // Its content pieces (JSON: section, start, end), what is not boilerplate: an article
    // extracted again from the store (another KB or lexicon) needs them as ingest made them.
    text("pieces"),
  ],
  primaryKey: ["doc"],
};

/** One row per entity mention (a line of mentions.jsonl); seq is its index in the article. */
export const MENTIONS: Table = {
  name: "mentions",
  columns: [
    text("doc"),
    int("seq"),
    text("entity_id"),
    text("kind"),
    text("label_ar"),
    text("label_en", true),
    text("text"),
    int("span_start"),
    int("span_end"),
    int("sentence"),
    text("section"),
    text("rule"),
    ...ref("place", true),
  ],
};

/** One row per RelationMention (a line of triples.jsonl): every field, so it rebuilds exactly. */
export const RELATION_MENTIONS: Table = {
  name: "relation_mentions",
  columns: [
    text("doc"),
    int("seq"),
    ...ref("source"),
    text("source_text"),
    ...ref("target"),
    text("target_text"),
    text("type"),
    text("mode", true),
    text("polarity"),
    text("modality"),
    ...ref("attributed_to", true),
    text("attributed_to_text", true),
    text("date", true),
    text("sentence_text"),
    int("span_start"),
    int("span_end"),
    { name: "confidence", type: "DOUBLE" },
    text("rule"),
    text("section"),
    text("title", true),
    text("event", true),
    ...ref("place", true),
  ],
};

/**
 * One EntityRef per id seen anywhere in the store, with the labels the graph gives its node:
 * those of its first mention in canonical document order (else its first relation end).
 */
export const ENTITIES: Table = {
  name: "entities",
  columns: [
    text("id"),
    text("kind"),
    text("label_ar"),
    text("label_en", true),
    // Where those labels were met: the tier (0 a mention, 1 a relation end, 2 a place or a
    // claimant), the document and the position in it (row seq * 8 + the kind of occurrence).
    // A write compares its own first occurrences with these instead of reading every row again.
    int("first_tier"),
    text("first_doc"),
    { name: "first_at", type: "BIGINT" },
  ],
  primaryKey: ["id"],
};

/** ArticleOutput.partOf: a provisional organisation and the state a nisba in its name names. */
export const PART_OF: Table = {
  name: "part_of",
  columns: [text("doc"), text("entity_id"), text("state_id")],
  primaryKey: ["doc", "entity_id"],
};

export const TABLES: readonly Table[] = [
  META,
  DOCUMENTS,
  MENTIONS,
  RELATION_MENTIONS,
  ENTITIES,
  PART_OF,
];

/** The tables that hold one article's rows, by their `doc` column. */
export const PER_DOCUMENT: readonly Table[] = [DOCUMENTS, MENTIONS, RELATION_MENTIONS, PART_OF];

const INDEXES = [
  "CREATE INDEX relation_mentions_source ON relation_mentions (source_id)",
  "CREATE INDEX relation_mentions_target ON relation_mentions (target_id)",
  "CREATE INDEX mentions_entity ON mentions (entity_id)",
  "CREATE INDEX mentions_doc ON mentions (doc)",
];

/**
 * src/merge/family.ts isSymmetric(type, mode) in SQL: a peer relation whose direction means
 * nothing, stored with its ends ordered. `r` is the relation_mentions alias.
 */
export function symmetricSql(r: string): string {
  return `(${r}.type IN ('COOPERATE', 'AGREE') OR (${r}.type = 'CONSULT' AND ${r}.mode IS DISTINCT FROM 'visit'))`;
}

/** src/merge/family.ts familyOf(type) in SQL, generated from it so the two cannot drift. */
export function familySql(column: string): string {
  const arms = [...PLOVER_TYPES, ...STRUCTURAL_TYPES]
    .map((t) => `WHEN '${t}' THEN '${familyOf(t)}'`)
    .join(" ");
  return `CASE ${column} ${arms} ELSE 'structural' END`;
}

/**
 * Every relation mention that makes a graph edge (self-relations have none), with its edge's
 * ends and key as src/merge/edges.ts makes them, and its article's outlet and date. The
 * evidence date falls back to the article's date, as merge/evidence.ts EvidenceTally does.
 */
export function edgeMentionsSelect(relations: string): string {
  return `SELECT edge_source || '|' || type || '|' || edge_target || '|' || polarity AS edge_key, *
FROM (
  SELECT
    CASE WHEN ${symmetricSql("r")} AND r.target_id < r.source_id THEN r.target_id ELSE r.source_id END AS edge_source,
    CASE WHEN ${symmetricSql("r")} AND r.target_id < r.source_id THEN r.source_id ELSE r.target_id END AS edge_target,
    r.*,
    d.source AS outlet,
    d.date AS article_date,
    coalesce(r.date, d.date) AS evidence_date
  FROM ${relations} r LEFT JOIN documents d ON d.doc = r.doc
  WHERE r.source_id <> r.target_id
)`;
}

const EDGE_MENTIONS = `CREATE VIEW edge_mentions AS ${edgeMentionsSelect("relation_mentions")}`;

/**
 * The graph's relation edges. Mode and title are the most frequent value; a tie goes to the
 * first in code-point order here, while aggregateEdges() breaks ties as the graph does.
 */
const EDGES = `CREATE VIEW edges AS
WITH counted AS (
  SELECT edge_key, edge_source, edge_target, type, polarity,
    count(DISTINCT doc) AS weight, count(*) AS mentions,
    min(evidence_date) AS first_date, max(evidence_date) AS last_date
  FROM edge_mentions GROUP BY ALL
),
modes AS (
  SELECT edge_key, first(mode ORDER BY n DESC, mode) AS mode
  FROM (SELECT edge_key, mode, count(*) AS n FROM edge_mentions WHERE mode <> '' GROUP BY ALL)
  GROUP BY edge_key
),
titles AS (
  SELECT edge_key, first(title ORDER BY n DESC, title) AS title
  FROM (SELECT edge_key, title, count(*) AS n FROM edge_mentions WHERE title <> '' GROUP BY ALL)
  GROUP BY edge_key
)
SELECT c.edge_key AS key, c.edge_source AS source, c.edge_target AS target, c.type,
  ${familySql("c.type")} AS family, m.mode, c.polarity, c.weight, c.mentions,
  c.first_date, c.last_date, t.title
FROM counted c LEFT JOIN modes m USING (edge_key) LEFT JOIN titles t USING (edge_key)
ORDER BY key`;

/** Every (entity, article) pair that puts the entity in the graph, as merge/nodes.ts does. */
const NODE_DOCS = `SELECT entity_id AS id, doc FROM mentions
  UNION ALL SELECT source_id, doc FROM relation_mentions
  UNION ALL SELECT target_id, doc FROM relation_mentions
  UNION ALL SELECT place_id, doc FROM relation_mentions WHERE place_id IS NOT NULL`;

/** The graph's entity nodes: labels, mention and article counts, aliases as written. */
const NODES = `CREATE VIEW nodes AS
WITH articles AS (SELECT id, count(DISTINCT doc) AS articles FROM (${NODE_DOCS}) GROUP BY id),
said AS (
  SELECT entity_id AS id, count(*) AS mentions, list(DISTINCT text ORDER BY text) AS aliases
  FROM mentions GROUP BY entity_id
)
SELECT a.id, e.kind, e.label_ar, e.label_en, coalesce(s.mentions, 0) AS mentions, a.articles,
  coalesce(s.aliases, []) AS aliases
FROM articles a JOIN entities e USING (id) LEFT JOIN said s USING (id)
ORDER BY a.id`;

/** The statement that makes table `t`, under `name` (default: its own). */
export function createTable(t: Table, name: string = t.name): string {
  const cols = t.columns.map((c) => `${c.name} ${c.type}${c.nullable ? "" : " NOT NULL"}`);
  const key = t.primaryKey ? [`PRIMARY KEY (${t.primaryKey.join(", ")})`] : [];
  return `CREATE TABLE ${name} (${[...cols, ...key].join(", ")})`;
}

/** The statements that make the indexes of table `t`. */
export function indexesOf(t: Table): string[] {
  return INDEXES.filter((statement) => statement.includes(` ON ${t.name} (`));
}

/** The statements that make an empty store, in order. */
export function storeDdl(): string[] {
  return [...TABLES.map((t) => createTable(t)), ...INDEXES, EDGE_MENTIONS, EDGES, NODES];
}
