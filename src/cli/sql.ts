// athar sql: any SQL on a build's store (athar.duckdb), opened read-only, printed as a table
// for people (Arabic isolated so it reads right) or as JSON lines or CSV for scripts.
import { once } from "node:events";
import { statSync } from "node:fs";
import { extname, join } from "node:path";
import type { Json } from "@duckdb/node-api";
import { Option } from "commander";
import type { Register } from "../cli.js";
import { field } from "../export/csv.js";
import { renderTable } from "../query/terminal.js";
import type { Store } from "../store/open.js";
import { STORE_FILE } from "../store/schema.js";
import type { plainValue as PlainValue } from "../store/sql.js";

interface SqlOptions {
  store: string;
  json?: boolean;
  csv?: boolean;
  bidi: boolean;
}

const HELP = `
Tables: documents, mentions, relation_mentions (every triple with its evidence), entities,
part_of, athar_meta; views: edges and nodes (the graph's, aggregated), edge_mentions (each
relation mention with its edge key, outlet and article date). README.md "The store" lists
the columns. The store is opened read-only: queries never change it.

Table cells wider than 48 columns are cut; --json and --csv print every value whole.

Examples:
  athar sql "SELECT type, count(*) AS n FROM relation_mentions GROUP BY type ORDER BY n DESC"
  athar sql "SELECT source, type, target, weight FROM edges WHERE type = 'AID'" --store out/news
  athar sql "SELECT doc, sentence_text FROM relation_mentions WHERE attributed_to_id = 'state:US'" --json
  athar sql "SELECT * FROM nodes ORDER BY articles DESC LIMIT 20" --csv > nodes.csv`;

export const registerSql: Register = (program, setExitCode) => {
  program
    .command("sql")
    .summary("run SQL on a build's store (athar.duckdb)")
    .description("Run SQL (DuckDB) on a build's store, read-only: a table, JSON lines or CSV")
    .argument("<query>", "the SQL to run; quote it for the shell")
    .option(
      "-s, --store <path>",
      `the store, or the build folder that holds its ${STORE_FILE}`,
      join("out", STORE_FILE),
    )
    .addOption(new Option("--json", "one JSON object per row (JSON lines)").conflicts("csv"))
    .addOption(new Option("--csv", "CSV with a header row (RFC 4180)").conflicts("json"))
    .option("--no-bidi", "do not wrap Arabic in Unicode isolates (for terminals that show them)")
    .addHelpText("after", HELP)
    .action(async (query: string, opts: SqlOptions) => {
      setExitCode(await runSql(query, opts));
    });
};

/**
 * A build folder stands for the store inside it; so does a path without an extension that
 * does not exist yet (`--store out/news` before the build), so the message names the file.
 */
function storePath(given: string): string {
  try {
    return statSync(given).isDirectory() ? join(given, STORE_FILE) : given;
  } catch {
    return extname(given) === "" ? join(given, STORE_FILE) : given;
  }
}

/** Runs the query and prints the answer; returns the exit code (2: no store, 1: SQL error). */
export async function runSql(query: string, opts: SqlOptions): Promise<number> {
  // DuckDB's native library loads only when a query runs, not with every athar command.
  const { closeStore, openStore, StoreError } = await import("../store/open.js");
  const { plainValue } = await import("../store/sql.js");
  let store: Store;
  try {
    store = await openStore(storePath(opts.store), { readOnly: true });
  } catch (err) {
    if (!(err instanceof StoreError)) throw err;
    console.error(`athar: ${err.message}`);
    return 2;
  }
  try {
    if (opts.json || opts.csv) {
      await printStream(store, query, opts.json ? jsonLines : csvLines, plainValue);
    } else await printTable(store, query, opts.bidi, plainValue);
    return 0;
  } catch (err) {
    // The reader went away (`| head`): what it wanted was printed.
    if ((err as NodeJS.ErrnoException).code === "EPIPE") return 0;
    console.error(`athar: ${oneLine(err instanceof Error ? err.message : String(err))}`);
    return 1;
  } finally {
    closeStore(store);
  }
}

/**
 * DuckDB's message on one line: its first lines say what is wrong; the echo of the query with
 * a caret under the spot ("LINE 1: ...") is left out.
 */
function oneLine(message: string): string {
  const lines: string[] = [];
  for (const line of message.split("\n")) {
    if (/^LINE \d+:/.test(line)) break;
    if (line.trim()) lines.push(line.trim());
  }
  return lines.join(" ") || message.trim();
}

/** A value as a table cell: NULL shown, line breaks flattened, lists and structs as JSON. */
function cellText(v: Json | null): string {
  if (v === null) return "NULL";
  if (typeof v === "string") return v.replace(/\s*[\r\n\t]+\s*/g, " ");
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}

type Converter = typeof PlainValue;

async function printTable(
  store: Store,
  query: string,
  bidi: boolean,
  plainValue: Converter,
): Promise<void> {
  const reader = await store.connection.runAndReadAll(query);
  const header = reader.columnNames();
  if (header.length === 0) return; // a statement with no result (SET, PRAGMA ...)
  const rows = reader.convertRows(plainValue).map((r) => r.map(cellText));
  const n = rows.length;
  console.log(`${renderTable(header, rows, { isolate: bidi })}\n\n${n} row${n === 1 ? "" : "s"}.`);
}

type Lines = (columns: string[], rows: (Json | null)[][], first: boolean) => string;

const jsonLines: Lines = (columns, rows) =>
  rows
    .map((r) => `${JSON.stringify(Object.fromEntries(columns.map((c, i) => [c, r[i] ?? null])))}\n`)
    .join("");

function csvCell(v: Json | null): string {
  if (v === null) return "";
  return field(typeof v === "object" ? JSON.stringify(v) : String(v));
}

const CRLF = "\r\n";

const csvLines: Lines = (columns, rows, first) =>
  (first ? columns.map(field).join(",") + CRLF : "") +
  rows.map((r) => r.map(csvCell).join(",") + CRLF).join("");

/** Streams the rows a chunk at a time, so a large answer never sits in memory whole. */
async function printStream(
  store: Store,
  query: string,
  lines: Lines,
  plainValue: Converter,
): Promise<void> {
  const result = await store.connection.stream(query);
  if (result.columnCount === 0) return;
  // Object keys must be unique: "SELECT 1 AS x, 2 AS x" gives keys "x" and "x:1" in JSON.
  const columns = lines === jsonLines ? result.deduplicatedColumnNames() : result.columnNames();
  let first = true;
  for await (const rows of result.yieldConvertedRows(plainValue)) {
    await write(lines(columns, rows, first));
    first = false;
  }
  if (first) await write(lines(columns, [], true));
}

/** Writes to stdout, waiting while a slow reader (a pipe) has not taken the last chunk. */
async function write(text: string): Promise<void> {
  if (text !== "" && !process.stdout.write(text)) await once(process.stdout, "drain");
}
