// athar export: graph.json to GEXF (Gephi), GraphML, JSON or CSV (spreadsheets), and the whole
// build (graph.json with the files beside it) to Parquet tables or PLOVER event records. Every
// file is written to a temporary name and renamed, and the Parquet folder is filled under a
// hidden sibling and renamed, so a crash never leaves half a file or half a folder.
import { existsSync, mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { Option } from "commander";
import { analyze } from "../analyze/index.js";
import type { Register } from "../cli.js";
import { BuildFileError } from "../export/build-files.js";
import { ExportFolderError } from "../export/folder.js";
import { toCsv, toGexf, toGraphml, toJson } from "../export/index.js";
import { writeParquet } from "../export/parquet.js";
import { toPloverJsonl } from "../export/plover.js";
import type { AtharGraph } from "../graph-file.js";
import type { GraphMeta } from "../graph-schema.js";
import { GraphFileError, loadGraph } from "../query/load.js";
import { writeAtomic } from "../write.js";

const FORMATS = ["gexf", "graphml", "json", "csv", "parquet", "plover"] as const;
type Format = (typeof FORMATS)[number];

interface ExportOptions {
  format: Format;
  graph: string;
  out: string;
  analyze: boolean;
}

export const registerExport: Register = (program, setExitCode) => {
  program
    .command("export")
    .summary("write a build as GEXF, GraphML, JSON, CSV, Parquet or PLOVER")
    .description(
      "Write the graph in another format: GEXF 1.3 for Gephi, GraphML, graph.json, or nodes.csv\n" +
        "and edges.csv (UTF-8 with BOM, for Excel and LibreOffice). Lists on nodes become joined\n" +
        "text; each edge keeps its evidence count and first evidence sentence, outlet and span.\n" +
        "parquet and plover read the whole build folder beside --graph: parquet writes the tables\n" +
        "documents, mentions, relation_mentions, nodes and edges partitioned by month; plover\n" +
        "writes one PLOVER event record (JSON Lines) per relation mention.",
    )
    .addOption(
      new Option("-f, --format <format>", "output format").choices(FORMATS).makeOptionMandatory(),
    )
    .option("-g, --graph <file>", "the graph to export", "graph/graph.json")
    .requiredOption(
      "-o, --out <path>",
      "output file, or a folder (csv and parquet: always a folder)",
    )
    .option("--no-analyze", "do not compute layout and metrics for a graph that lacks them")
    .addHelpText(
      "after",
      "\nExamples:\n" +
        "  athar export --format gexf --out graph.gexf          open it in Gephi\n" +
        "  athar export --format csv --out tables/              tables/nodes.csv, tables/edges.csv\n" +
        "  athar export --format graphml --graph other/graph.json --out other.graphml\n" +
        "  athar export --format parquet --out tables/          tables/relation_mentions/month=…/\n" +
        "  athar export --format plover --out events.jsonl      PLOVER event records",
    )
    .action(async (opts: ExportOptions) => {
      setExitCode(await runExport(opts));
    });
};

export async function runExport(opts: ExportOptions): Promise<number> {
  let kg: Awaited<ReturnType<typeof loadGraph>>;
  try {
    kg = await loadGraph(opts.graph);
  } catch (err) {
    if (err instanceof GraphFileError) {
      console.error(`athar: ${err.message}`);
      return 2;
    }
    throw err;
  }
  const meta = kg.meta;
  if (opts.format === "plover") return exportPlover(opts, kg.meta);
  const graph = opts.analyze && !isAnalysed(kg.graph) ? analyze(kg.graph) : kg.graph;
  if (opts.format === "parquet") return exportParquet(opts, graph, kg.meta);
  const files = render(opts.format, graph, meta);
  const written: string[] = [];
  try {
    if (opts.format === "csv") {
      mkdirSync(opts.out, { recursive: true });
      for (const [name, content] of Object.entries(files)) {
        const path = join(opts.out, name);
        writeAtomic(path, content);
        written.push(path);
      }
    } else {
      const [name, content] = Object.entries(files)[0] as [string, string];
      const folder = isFolder(opts.out);
      if (folder) mkdirSync(opts.out, { recursive: true });
      const path = folder ? join(opts.out, name) : opts.out;
      writeAtomic(path, content);
      written.push(path);
    }
  } catch (err) {
    console.error(`athar: cannot write ${opts.out}: ${(err as Error).message}`);
    return 2;
  }
  console.error(`athar: wrote ${written.join(", ")} (${graph.order} nodes, ${graph.size} edges)`);
  return 0;
}

/** Errors that name the build file or the folder at fault: one line, exit code 2. */
function reported(err: unknown): number {
  if (err instanceof BuildFileError || err instanceof ExportFolderError) {
    console.error(`athar: ${err.message}`);
    return 2;
  }
  throw err;
}

async function exportParquet(
  opts: ExportOptions,
  graph: AtharGraph,
  meta: GraphMeta | null,
): Promise<number> {
  if (meta === null) return noMeta(opts.graph);
  try {
    const counts = await writeParquet({ graphPath: opts.graph, graph, meta }, opts.out);
    const rows = Object.entries(counts).map(([table, n]) => `${table} ${n}`);
    console.error(`athar: wrote ${opts.out} (rows: ${rows.join(", ")})`);
    return 0;
  } catch (err) {
    return reported(err);
  }
}

async function exportPlover(opts: ExportOptions, meta: GraphMeta | null): Promise<number> {
  if (meta === null) return noMeta(opts.graph);
  let result: Awaited<ReturnType<typeof toPloverJsonl>>;
  try {
    result = await toPloverJsonl(opts.graph, meta);
  } catch (err) {
    return reported(err);
  }
  const folder = isFolder(opts.out);
  const path = folder ? join(opts.out, "events.jsonl") : opts.out;
  try {
    if (folder) mkdirSync(opts.out, { recursive: true });
    writeAtomic(path, result.text);
  } catch (err) {
    console.error(`athar: cannot write ${opts.out}: ${(err as Error).message}`);
    return 2;
  }
  console.error(`athar: wrote ${path} (${result.events} PLOVER events)`);
  return 0;
}

/** Parquet and PLOVER list the build's documents, which only a graph with meta has. */
function noMeta(graph: string): number {
  console.error(`athar: ${graph}: has no meta (documents); export a build's graph.json`);
  return 2;
}

function render(
  format: Exclude<Format, "parquet" | "plover">,
  graph: AtharGraph,
  meta: Parameters<typeof toJson>[1] | null,
): Record<string, string> {
  switch (format) {
    case "gexf":
      return { "graph.gexf": toGexf(graph) };
    case "graphml":
      return { "graph.graphml": toGraphml(graph) };
    case "json":
      if (meta === null) throw new Error("a graph without meta cannot be written as graph.json");
      return { "graph.json": toJson(graph, meta) };
    case "csv": {
      const { nodes, edges } = toCsv(graph);
      return { "nodes.csv": nodes, "edges.csv": edges };
    }
  }
}

/** Analysis is all-or-nothing in athar: one node with a position means the graph has it. */
function isAnalysed(graph: AtharGraph): boolean {
  return (
    graph.order === 0 ||
    graph.someNode((_n, a) => typeof a.x === "number" && typeof a.pagerank === "number")
  );
}

function isFolder(path: string): boolean {
  return path.endsWith("/") || (existsSync(path) && statSync(path).isDirectory());
}
