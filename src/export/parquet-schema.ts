// The Parquet export's tables, once: the writer creates them from this list, _schema.json
// lists it, the README documents it and the tests check all three against it. A change to
// any table or column (the store's mentions and relation_mentions included) bumps
// PARQUET_SCHEMA.
import { MENTIONS, RELATION_MENTIONS } from "../store/schema.js";

export const PARQUET_SCHEMA = "athar-parquet/1";

/** Written last into the export folder: the schema version and every table's columns. */
export const SCHEMA_FILE = "_schema.json";

/** The partition of rows without a month (no date, or a year alone). */
export const UNKNOWN_MONTH = "unknown";

/** `ROLE[]`: a node's roles from the knowledge base, a list of structs (Role in schema.ts). */
export type ParquetType =
  | "VARCHAR"
  | "INTEGER"
  | "BIGINT"
  | "DOUBLE"
  | "BOOLEAN"
  | "VARCHAR[]"
  | "ROLE[]";

export interface ParquetColumn {
  name: string;
  type: ParquetType;
  nullable?: boolean;
}

export interface ParquetTable {
  name: string;
  columns: readonly ParquetColumn[];
  /**
   * The date whose month names the row's partition, in SQL over the table (`t`) and its
   * row's document (`d`, joined on doc when the table has one).
   */
  monthOf: string;
  /** Row order inside each file, so the same build gives the same bytes. */
  orderBy: string;
}

const text = (name: string, nullable = false): ParquetColumn => ({
  name,
  type: "VARCHAR",
  nullable,
});
const int = (name: string, nullable = false): ParquetColumn => ({
  name,
  type: "INTEGER",
  nullable,
});
const double = (name: string): ParquetColumn => ({ name, type: "DOUBLE", nullable: true });

/** graph.json's meta.documents: one row per article. */
export const DOCUMENTS: ParquetTable = {
  name: "documents",
  columns: [
    text("doc"),
    text("sha256"),
    { name: "bytes", type: "BIGINT" },
    text("title", true),
    // YYYY, YYYY-MM or YYYY-MM-DD as the article gives it, so text, not DATE.
    text("date", true),
    text("source", true),
    text("url", true),
  ],
  monthOf: "t.date",
  orderBy: "t.doc",
};

/** mentions.jsonl, with the store's columns (src/store/schema.ts): one row per line. */
export const MENTION_ROWS: ParquetTable = {
  name: "mentions",
  columns: MENTIONS.columns,
  monthOf: "d.date",
  orderBy: "t.doc, t.seq",
};

/**
 * triples.jsonl, with the store's columns: one row per line. Its month is the relation's own
 * date, else its article's, as the graph dates its edges (merge/evidence.ts).
 */
export const RELATION_MENTION_ROWS: ParquetTable = {
  name: "relation_mentions",
  columns: RELATION_MENTIONS.columns,
  monthOf: "coalesce(t.date, d.date)",
  orderBy: "t.doc, t.seq",
};

/** graph.json's nodes, entities and events; lists stay typed lists. */
export const NODES: ParquetTable = {
  name: "nodes",
  columns: [
    text("id"),
    text("kind"),
    text("label_ar"),
    text("label_en", true),
    { name: "provisional", type: "BOOLEAN" },
    int("mentions"),
    int("articles"),
    { name: "aliases", type: "VARCHAR[]" },
    { name: "roles", type: "ROLE[]" },
    text("event_type", true),
    text("date", true),
    // The earliest of the node's own date and its edges' first dates: its partition.
    text("first_date", true),
    int("evidence_count", true),
    double("degree"),
    double("weighted_degree"),
    double("pagerank"),
    int("community", true),
    double("x"),
    double("y"),
    double("size"),
    text("color", true),
  ],
  monthOf: "t.first_date",
  orderBy: "t.id",
};

/** graph.json's edges; their evidence is the relation_mentions rows. */
export const EDGES: ParquetTable = {
  name: "edges",
  columns: [
    text("key"),
    text("source"),
    text("target"),
    text("type"),
    text("family"),
    text("mode", true),
    text("polarity"),
    int("weight"),
    int("mentions"),
    text("first_date", true),
    text("last_date", true),
    text("title", true),
    text("role", true),
    int("evidence_count"),
  ],
  monthOf: "t.first_date",
  orderBy: "t.key",
};

export const PARQUET_TABLES: readonly ParquetTable[] = [
  DOCUMENTS,
  MENTION_ROWS,
  RELATION_MENTION_ROWS,
  NODES,
  EDGES,
];

const ROLE_SQL =
  'STRUCT(title_ar VARCHAR, title_en VARCHAR, "of" VARCHAR, "from" VARCHAR, "until" VARCHAR)[]';

export function sqlType(type: ParquetType): string {
  return type === "ROLE[]" ? ROLE_SQL : type;
}

/** The month partition of a date in SQL: YYYY-MM, or UNKNOWN_MONTH without one. */
export function monthSql(date: string): string {
  return `CASE WHEN length(${date}) >= 7 THEN left(${date}, 7) ELSE '${UNKNOWN_MONTH}' END`;
}

/** The month partition of a date in TypeScript, as monthSql gives it. */
export function monthOf(date: string | null | undefined): string {
  return date && date.length >= 7 ? date.slice(0, 7) : UNKNOWN_MONTH;
}
