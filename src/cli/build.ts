// athar build: articles in, graph out.
import { SingleBar } from "cli-progress";
import type { Register } from "../cli.js";
import type { BuildError } from "../graph-schema.js";
import { buildKb } from "../kb/kb.js";
import { bundledKbFiles, KbError, loadKbFiles } from "../kb/load.js";
import { build } from "../pipeline.js";
import { OutputFolderError, writeOutputs } from "../write.js";

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
        "articles.json and graph.gexf into --out (default out/). A file or article that cannot\n" +
        "be read or processed gets one error line naming it and the stage; the rest is built\n" +
        "and the exit code is 1. The summary goes to stdout, errors and progress to stderr.",
    )
    .argument("<inputs...>", "article files or folders")
    .option(
      "-o, --out <dir>",
      "output folder; replaced as a whole when the build succeeds (other files in it are kept)",
      "out",
    )
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
      "\nExamples:\n  athar build seeds --out graph\n  athar build news/ extra.jsonl --kb my-kb.json --out out/\n  npm start -- --graph out    # open a build in the viewer",
    )
    .action((inputs: string[], opts: BuildOptions) => {
      setExitCode(runBuild(inputs, opts));
    });
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** One line per error: the document, the stage when one failed, and the reason. */
export function formatBuildError(e: BuildError): string {
  return `athar: ${e.file}: ${e.stage && e.stage !== "ingest" ? `${e.stage} failed: ` : ""}${e.message}`;
}

export function runBuild(inputs: string[], opts: BuildOptions): number {
  // The summary is the command's result (stdout); errors and progress are diagnostics (stderr).
  const say = (s: string) => {
    if (!opts.quiet) console.log(s);
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
  const bar =
    opts.progress && !opts.quiet && process.stderr.isTTY
      ? new SingleBar({
          format:
            "building {bar} {value}/{total} files | {articles} articles, {errors} errors | {doc}",
          stream: process.stderr,
          hideCursor: true,
        })
      : null;
  let started = false;
  const outcome = build({
    inputs,
    kb,
    gexf: opts.gexf,
    onProgress: (p) => {
      if (!started) bar?.start(p.total, 0, { doc: "", articles: 0, errors: 0 });
      started = true;
      bar?.update(p.done, { doc: p.file, articles: p.articles, errors: p.errors });
    },
  });
  bar?.stop();
  const { input, graph } = outcome;
  if (outcome.inputFiles === 0 && input.errors.length === 0) {
    console.error(`athar: no article files (.txt .json .jsonl .html) in ${inputs.join(", ")}`);
    return 2;
  }
  for (const e of input.errors) console.error(formatBuildError(e));
  if (input.articles.length === 0) {
    console.error("athar: no article could be read; nothing written");
    return 1;
  }
  let written: string[];
  try {
    written = writeOutputs(opts.out, outcome.files);
  } catch (e) {
    if (e instanceof OutputFolderError) {
      console.error(`athar: ${e.message}`);
      return 2;
    }
    const err = e as NodeJS.ErrnoException;
    console.error(
      `athar: cannot write ${opts.out}: ${err.message}; the previous outputs are unchanged`,
    );
    return 2;
  }
  const mentions = input.outputs.reduce((n, o) => n + o.mentions.length, 0);
  const relations = input.outputs.reduce((n, o) => n + o.relations.length, 0);
  say(
    `athar: ${plural(input.articles.length, "article")}, ${plural(mentions, "mention")}, ` +
      `${plural(relations, "relation")}, ${plural(graph.order, "node")}, ` +
      `${plural(graph.size, "edge")}, ${plural(input.errors.length, "error")} -> ${opts.out}/`,
  );
  for (const w of written) say(`  wrote ${w}`);
  return input.errors.length > 0 ? 1 : 0;
}
