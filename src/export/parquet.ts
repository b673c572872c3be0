// A build as Parquet, for DuckDB, Polars, pandas or Spark: documents, mentions,
// relation_mentions (a row per triples.jsonl line), nodes and edges, each a folder
// partitioned by month the hive way (relation_mentions/month=2023-09/part-0.parquet). An
// in-memory DuckDB writes the files: rows go in through appenders, out through COPY ...
// PARTITION_BY, sorted, so the same build gives the same bytes.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  type DuckDBAppender,
  type DuckDBConnection,
  DuckDBInstance,
  LIST,
  STRUCT,
  structValue,
  VARCHAR,
} from "@duckdb/node-api";
import type { AtharGraph } from "../graph-file.js";
import type { EdgeAttributes, GraphMeta, NodeAttributes } from "../graph-schema.js";
import { Mention, RelationMention, type Role } from "../schema.js";
import { mentionCells, relationMentionCells } from "../store/rows.js";
import { buildFiles, readJsonl } from "./build-files.js";
import { writeFolderAtomic } from "./folder.js";
import {
  DOCUMENTS,
  EDGES,
  MENTION_ROWS,
  monthSql,
  NODES,
  PARQUET_SCHEMA,
  PARQUET_TABLES,
  type ParquetColumn,
  type ParquetTable,
  RELATION_MENTION_ROWS,
  SCHEMA_FILE,
  sqlType,
} from "./parquet-schema.js";

/** One cell: a scalar, a list of strings (aliases) or of roles. */
type Cell = string | number | boolean | null | readonly string[] | readonly Role[];

export interface ParquetInput {
  /** graph.json; its folder holds the build's other files. */
  graphPath: string;
  graph: AtharGraph;
  meta: GraphMeta;
}

/** Rows written, by table. */
export type ParquetCounts = Record<string, number>;

/**
 * Writes the Parquet tables of a build into the folder `out` (replacing an earlier Parquet
 * export there) and returns the row counts. Throws BuildFileError for a build file that is
 * missing or malformed, ExportFolderError for an `out` that holds other files.
 */
export async function writeParquet(input: ParquetInput, out: string): Promise<ParquetCounts> {
  const files = buildFiles(input.graphPath, ["mentions", "triples"]);
  // One thread: rows reach each file in ORDER BY order, and files do not depend on timing.
  const instance = await DuckDBInstance.create(":memory:", {
    threads: "1",
    autoinstall_known_extensions: "false",
  });
  const db = await instance.connect();
  try {
    for (const t of PARQUET_TABLES) await db.run(createTable(t));
    await appendRows(db, DOCUMENTS, documentRows(input.meta));
    await appendRows(db, MENTION_ROWS, mentionRows(files.mentions));
    await appendRows(db, RELATION_MENTION_ROWS, relationRows(files.triples));
    await appendRows(db, NODES, nodeRows(input.graph));
    await appendRows(db, EDGES, edgeRows(input.graph));
    const counts: ParquetCounts = {};
    for (const t of PARQUET_TABLES) counts[t.name] = await count(db, t);
    await writeFolderAtomic(out, SCHEMA_FILE, async (dir) => {
      for (const t of PARQUET_TABLES) await copyTable(db, t, dir);
      writeFileSync(join(dir, SCHEMA_FILE), schemaJson(input.meta, counts));
    });
    return counts;
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}

function createTable(t: ParquetTable): string {
  const cols = t.columns.map(
    (c) => `"${c.name}" ${sqlType(c.type)}${c.nullable ? "" : " NOT NULL"}`,
  );
  return `CREATE TABLE ${t.name} (${cols.join(", ")})`;
}

const ROLE_TYPE = STRUCT({
  title_ar: VARCHAR,
  title_en: VARCHAR,
  of: VARCHAR,
  from: VARCHAR,
  until: VARCHAR,
});

function appendCell(appender: DuckDBAppender, column: ParquetColumn, value: Cell): void {
  if (value === null) appender.appendNull();
  else if (column.type === "VARCHAR") appender.appendVarchar(value as string);
  else if (column.type === "INTEGER") appender.appendInteger(value as number);
  else if (column.type === "BIGINT") appender.appendBigInt(BigInt(value as number));
  else if (column.type === "DOUBLE") appender.appendDouble(value as number);
  else if (column.type === "BOOLEAN") appender.appendBoolean(value as boolean);
  else if (column.type === "VARCHAR[]") appender.appendList(value as string[], LIST(VARCHAR));
  else appender.appendList((value as Role[]).map(roleValue), LIST(ROLE_TYPE));
}

function roleValue(r: Role) {
  return structValue({
    title_ar: r.title_ar,
    title_en: r.title_en,
    of: r.of,
    from: r.from ?? null,
    until: r.until ?? null,
  });
}

async function appendRows(
  db: DuckDBConnection,
  table: ParquetTable,
  rows: Iterable<Cell[]> | AsyncIterable<Cell[]>,
): Promise<void> {
  const appender = await db.createAppender(table.name);
  try {
    for await (const cells of rows) {
      table.columns.forEach((c, i) => {
        appendCell(appender, c, cells[i] ?? null);
      });
      appender.endRow();
    }
  } finally {
    appender.closeSync();
  }
}

function* documentRows(meta: GraphMeta): Generator<Cell[]> {
  for (const d of meta.documents)
    yield [d.doc, d.sha256, d.bytes, d.title, d.date, d.source, d.url];
}

/** Lines of a JSONL file as rows, each with its index among its document's lines (seq). */
async function* sequenced<T extends { doc: string }>(
  records: AsyncIterable<{ record: T }>,
  cells: (record: T, seq: number) => Cell[],
): AsyncGenerator<Cell[]> {
  const seen = new Map<string, number>();
  for await (const { record } of records) {
    const seq = seen.get(record.doc) ?? 0;
    seen.set(record.doc, seq + 1);
    yield cells(record, seq);
  }
}

const mentionRows = (path: string) => sequenced(readJsonl(path, Mention), mentionCells);
const relationRows = (path: string) =>
  sequenced(readJsonl(path, RelationMention), relationMentionCells);

/** Each node's earliest date: its own (an event's) or its edges' first dates. */
function firstDates(graph: AtharGraph): Map<string, string> {
  const first = new Map<string, string>();
  const see = (node: string, date: string | null | undefined) => {
    const now = first.get(node);
    if (date && (now === undefined || date < now)) first.set(node, date);
  };
  graph.forEachNode((key, a) => {
    see(key, (a as NodeAttributes).date);
  });
  graph.forEachEdge((_key, a, source, target) => {
    see(source, (a as EdgeAttributes).first_date);
    see(target, (a as EdgeAttributes).first_date);
  });
  return first;
}

function* nodeRows(graph: AtharGraph): Generator<Cell[]> {
  const first = firstDates(graph);
  for (const { node: key, attributes } of graph.nodeEntries()) {
    const a = attributes as NodeAttributes;
    yield [
      key,
      a.kind,
      a.label_ar,
      a.label_en,
      a.provisional,
      a.mentions,
      a.articles,
      a.aliases,
      a.roles,
      a.event_type ?? null,
      a.date ?? null,
      first.get(key) ?? null,
      a.evidence?.length ?? null,
      a.degree ?? null,
      a.weighted_degree ?? null,
      a.pagerank ?? null,
      a.community ?? null,
      a.x ?? null,
      a.y ?? null,
      a.size ?? null,
      a.color ?? null,
    ];
  }
}

function* edgeRows(graph: AtharGraph): Generator<Cell[]> {
  for (const { edge: key, attributes, source, target } of graph.edgeEntries()) {
    const a = attributes as EdgeAttributes;
    yield [
      key,
      source,
      target,
      a.type,
      a.family,
      a.mode,
      a.polarity,
      a.weight,
      a.mentions,
      a.first_date,
      a.last_date,
      a.title ?? null,
      a.role ?? null,
      a.evidence.length,
    ];
  }
}

async function count(db: DuckDBConnection, t: ParquetTable): Promise<number> {
  const reader = await db.runAndReadAll(`SELECT count(*) AS n FROM ${t.name}`);
  return Number(reader.getRows()[0]?.[0] ?? 0);
}

/** The table's rows, sorted, with the month of their partition date. */
function selectSql(t: ParquetTable): string {
  const hasDoc = t.columns.some((c) => c.name === "doc") && t !== DOCUMENTS;
  const join = hasDoc ? " LEFT JOIN documents d ON d.doc = t.doc" : "";
  return `SELECT t.*, ${monthSql(t.monthOf)} AS month FROM ${t.name} t${join} ORDER BY ${t.orderBy}`;
}

async function copyTable(db: DuckDBConnection, t: ParquetTable, dir: string): Promise<void> {
  const target = join(dir, t.name).replaceAll("'", "''");
  await db.run(
    `COPY (${selectSql(t)}) TO '${target}' (FORMAT parquet, COMPRESSION snappy, ` +
      `PARTITION_BY (month), FILENAME_PATTERN 'part-{i}', ` +
      `KV_METADATA {schema_version: '${PARQUET_SCHEMA}'})`,
  );
  // A table without rows has no partition, and COPY then writes nothing: the empty folder
  // still says the table exists.
  mkdirSync(join(dir, t.name), { recursive: true });
}

function schemaJson(meta: GraphMeta, counts: ParquetCounts): string {
  const tables = PARQUET_TABLES.map((t) => ({
    name: t.name,
    rows: counts[t.name] ?? 0,
    partitioned_by: "month",
    columns: t.columns.map((c) => ({
      name: c.name,
      type: sqlType(c.type),
      nullable: !!c.nullable,
    })),
  }));
  return `${JSON.stringify({ schema_version: PARQUET_SCHEMA, extractor: meta.extractor, tables }, null, 2)}\n`;
}
