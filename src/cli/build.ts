// athar build: articles in, graph out.
import { SingleBar } from "cli-progress";
import type { Register } from "../cli.js";
import type { BuildError } from "../graph-schema.js";
import { expandInputs, readArticles, type Sidecar } from "../ingest/read.js";
import { buildKb } from "../kb/kb.js";
import { bundledKbFiles, KbError, loadKbFiles } from "../kb/load.js";
import { type BuildInput, buildGraph, processArticle, renderOutputs } from "../pipeline.js";

import { writeOutputs } from "../write.js";

interface BuildOptions {
  out: string;
  kb: string[];
  progress: boolean;
  gexf: boolean;
  quiet: boolean;
}

export const registerBuild: Register = (program, setExitCode) => {
  program
    .command("build")
    .description(
      "Build the graph from articles: .txt (one article a file), .json (an object or an array)\n" +
        "and .jsonl (one article a line; fields text, title, date, source, url), .html.\n" +
        "Folders are read recursively. Writes mentions.jsonl, triples.jsonl, graph.json,\n" +
        "articles.json and graph.gexf into --out.",
    )
    .argument("<inputs...>", "article files or folders")
    .option("-o, --out <dir>", "output folder", "graph")
    .option(
      "--kb <file>",
      "an extra knowledge-base file (repeatable)",
      (v: string, p: string[]) => [...p, v],
      [],
    )
    .option("--no-progress", "no progress bar")
    .option("--no-gexf", "do not write graph.gexf")
    .option("-q, --quiet", "print only errors")
    .addHelpText(
      "after",
      "\nExamples:\n  athar build seeds --out graph\n  athar build news/ extra.jsonl --kb my-kb.json --out out/",
    )
    .action((inputs: string[], opts: BuildOptions) => {
      setExitCode(runBuild(inputs, opts));
    });
};

export function runBuild(inputs: string[], opts: BuildOptions): number {
  const log = (s: string) => {
    if (!opts.quiet) console.error(s);
  };
  let kb: ReturnType<typeof buildKb>;
  try {
    kb = buildKb(loadKbFiles([...bundledKbFiles(), ...opts.kb]));
  } catch (e) {
    if (e instanceof KbError) {
      console.error(`athar: ${e.message}`);
      return 2;
    }
    throw e;
  }
  const { files, errors } = expandInputs(inputs);
  if (files.length === 0 && errors.length === 0) {
    console.error(`athar: no article files (.txt .json .jsonl .html) in ${inputs.join(", ")}`);
    return 2;
  }
  const input: BuildInput = { articles: [], outputs: [], errors: [...errors], bytes: new Map() };
  const bar =
    opts.progress && !opts.quiet && process.stderr.isTTY
      ? new SingleBar({
          format: "building {bar} {value}/{total} files | {doc}",
          stream: process.stderr,
          hideCursor: true,
        })
      : null;
  bar?.start(files.length, 0, { doc: "" });
  const manifests = new Map<string, Map<string, Sidecar>>();
  for (const f of files) {
    const r = readArticles(f, manifests);
    input.errors.push(...r.errors);
    for (const a of r.articles) {
      try {
        input.outputs.push(processArticle(a, kb));
        input.articles.push(a);
        input.bytes.set(a.doc, r.bytes);
      } catch (e) {
        // A bug on one article must not sink the batch; it is reported with the file.
        input.errors.push({ file: a.doc, message: `internal error: ${(e as Error).message}` });
      }
    }
    bar?.increment(1, { doc: f.doc });
  }
  bar?.stop();
  for (const e of input.errors) console.error(`athar: ${e.file}: ${e.message}`);
  if (input.articles.length === 0) {
    console.error("athar: no article could be read; nothing written");
    return 1;
  }
  const graph = buildGraph(input, kb);
  const written = writeOutputs(opts.out, renderOutputs(input, graph, { gexf: opts.gexf }));
  const mentions = input.outputs.reduce((n, o) => n + o.mentions.length, 0);
  const relations = input.outputs.reduce((n, o) => n + o.relations.length, 0);
  log(
    `athar: ${input.articles.length} articles, ${mentions} mentions, ${relations} relations, ` +
      `${graph.order} nodes, ${graph.size} edges, ${input.errors.length} errors -> ${opts.out}/`,
  );
  if (!opts.quiet) for (const w of written) log(`  wrote ${w}`);
  return summarizeExit(input.errors);
}

const summarizeExit = (errors: BuildError[]) => (errors.length > 0 ? 1 : 0);
