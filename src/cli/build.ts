// athar build: articles in, graph out.
import { availableParallelism } from "node:os";
import type { Register } from "../cli.js";
import type { BuildError } from "../graph-schema.js";
import { buildKb } from "../kb/kb.js";
import { bundledKbFiles, KbError, loadKbFiles } from "../kb/load.js";
import { build } from "../pipeline.js";
import { OutputFolderError, writeOutputs } from "../write.js";
import { progressBar } from "./progress.js";

interface BuildOptions {
  out: string;
  kb: string[];
  progress: boolean;
  gexf: boolean;
  quiet: boolean;
  /** Worker threads for extraction, as given (default: one per core). */
  jobs?: string | number;
}

/** runBuild's options beyond the command line's, for the library and the tests. */
export interface RunBuildOptions extends BuildOptions {
  /** A module whose `process` export replaces the per-article stage (see BuildRequest). */
  processModule?: string;
  /** Each worker thread's heap limit in MB. */
  workerHeapMb?: number;
  /** What `-` reads (default: process.stdin). */
  stdin?: AsyncIterable<Uint8Array>;
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
        "and the exit code is 1. The summary goes to stdout, errors and progress to stderr.\n" +
        "`-` reads JSON Lines from stdin (records named stdin#1, stdin#2 ...). Extraction runs\n" +
        "on --jobs worker threads; the outputs are the same bytes for any number.",
    )
    .argument("<inputs...>", "article files or folders (- reads JSON Lines from stdin)")
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
    .option(
      "-j, --jobs <n>",
      `worker threads for extraction; with n given, threads start when there are n articles or more (default: one per core, here ${availableParallelism()}, when there are ${AUTO_ARTICLES_PER_WORKER} articles a core or more)`,
    )
    .option("--no-progress", "no progress bar")
    .option("--no-gexf", "do not write graph.gexf")
    .option("-q, --quiet", "print only errors")
    .addHelpText(
      "after",
      "\nExamples:\n  athar build seeds --out graph\n  athar build news/ extra.jsonl --kb my-kb.json --out out/\n  zcat feed.jsonl.gz | athar build - --jobs 4 --out out/feed\n  npm start -- --graph out    # open a build in the viewer",
    )
    .action(async (inputs: string[], opts: BuildOptions) => {
      setExitCode(await runBuild(inputs, opts));
    });
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** One line per error: the document, the stage when one failed, and the reason. */
export function formatBuildError(e: BuildError): string {
  return `athar: ${e.file}: ${e.stage && e.stage !== "ingest" ? `${e.stage} failed: ` : ""}${e.message}`;
}

/**
 * Without --jobs, workers start only for builds of at least this many articles per core: a
 * worker takes about a second of CPU to start (modules, KB, lexicon), in which this thread
 * extracts a few hundred articles. With --jobs n, n articles are enough.
 */
export const AUTO_ARTICLES_PER_WORKER = 200;

/** --jobs as a number of worker threads, or null when it is not a whole number from 1 up. */
export function parseJobs(jobs: string | number | undefined): number | null {
  if (jobs === undefined) return availableParallelism();
  const n = typeof jobs === "number" ? jobs : /^\s*\d+\s*$/.test(jobs) ? Number(jobs) : Number.NaN;
  return Number.isSafeInteger(n) && n >= 1 ? n : null;
}

export async function runBuild(inputs: string[], opts: RunBuildOptions): Promise<number> {
  // The summary is the command's result (stdout); errors and progress are diagnostics (stderr).
  const say = (s: string) => {
    if (!opts.quiet) console.log(s);
  };
  const jobs = parseJobs(opts.jobs);
  if (jobs === null) {
    console.error(
      `athar: --jobs must be a whole number of worker threads, 1 or more (not "${opts.jobs}")`,
    );
    return 2;
  }
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
  const bar = progressBar(opts.progress && !opts.quiet);
  let outcome: Awaited<ReturnType<typeof build>>;
  try {
    outcome = await build({
      inputs,
      kb,
      kbFiles: opts.kb,
      jobs,
      ...(opts.jobs === undefined ? { minArticlesPerWorker: AUTO_ARTICLES_PER_WORKER } : {}),
      gexf: opts.gexf,
      onProgress: (p) => bar.update(p),
      ...(opts.processModule ? { processModule: opts.processModule } : {}),
      ...(opts.workerHeapMb ? { workerHeapMb: opts.workerHeapMb } : {}),
      ...(opts.stdin ? { stdin: opts.stdin } : {}),
    });
  } finally {
    bar.stop();
  }
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
