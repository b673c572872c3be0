// athar export: graph.json to GEXF (Gephi), GraphML, JSON or CSV (spreadsheets). Every file
// is written to a temporary name and renamed, so a crash never leaves half a file.
import { existsSync, mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { Option } from "commander";
import { analyze } from "../analyze/index.js";
import type { Register } from "../cli.js";
import { toCsv, toGexf, toGraphml, toJson } from "../export/index.js";
import type { AtharGraph } from "../graph-file.js";
import { GraphFileError, loadGraph } from "../query/load.js";
import { writeAtomic } from "../write.js";

const FORMATS = ["gexf", "graphml", "json", "csv"] as const;
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
    .description(
      "Write the graph in another format: GEXF 1.3 for Gephi, GraphML, graph.json, or nodes.csv\n" +
        "and edges.csv (UTF-8 with BOM, for Excel and LibreOffice). Lists on nodes become joined\n" +
        "text; each edge keeps its evidence count and first evidence sentence, outlet and span.",
    )
    .addOption(
      new Option("-f, --format <format>", "output format").choices(FORMATS).makeOptionMandatory(),
    )
    .option("-g, --graph <file>", "the graph to export", "graph/graph.json")
    .requiredOption("-o, --out <path>", "output file, or a folder (csv: always a folder)")
    .option("--no-analyze", "do not compute layout and metrics for a graph that lacks them")
    .addHelpText(
      "after",
      "\nExamples:\n" +
        "  athar export --format gexf --out graph.gexf          open it in Gephi\n" +
        "  athar export --format csv --out tables/              tables/nodes.csv, tables/edges.csv\n" +
        "  athar export --format graphml --graph other/graph.json --out other.graphml",
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
  const graph = opts.analyze && !isAnalysed(kg.graph) ? analyze(kg.graph) : kg.graph;
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

function render(
  format: Format,
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
