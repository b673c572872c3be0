// athar build: articles in, graph out.
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Option } from "commander";
import type { Register } from "../cli.js";
import { RELATION_SOURCES, type RelationSource } from "../extract/relation-sources.js";
import type { RelationChoice } from "../parallel/protocol.js";
import {
  type BuildOutcome,
  type BuildRequest,
  build,
  buildIncremental,
  type StoreBuild,
  type UpToDate,
} from "../pipeline.js";
import { resourcesKey } from "../resources.js";
import { OutputSpill, outputCounts } from "../spill.js";
import type { StoreChanges } from "../store/incremental.js";
import { buildStoreOptions, closeStore, openStore, type Store, StoreError } from "../store/open.js";
import { intactOutputs, recordOutputs } from "../store/outputs.js";
import { STORE_FILE } from "../store/schema.js";
import {
  OutputFolderError,
  OutputWriteError,
  prepareOutputFolder,
  StagedOutputs,
} from "../write.js";
import { formatBuildError } from "./build-error.js";
import { runBuildFrom } from "./build-from.js";
import { loadCliKb, plural } from "./kb.js";
import { progressBar } from "./progress.js";

export { formatBuildError };

interface BuildOptions {
  out: string;
  kb: string[];
  progress: boolean;
  gexf: boolean;
  quiet: boolean;
  /** Extract records to build from (`athar extract`'s output) instead of articles. */
  from?: string[];
  /** Slices of --from records (build-from-slice.ts). */
  since?: string;
  until?: string;
  around?: string[];
  /** Worker threads for extraction, as given (default: one per core). */
  jobs?: string | number;
  /** Keep athar.duckdb in --out and build incrementally (default true; --no-store). */
  store?: boolean;
  /** Drop stored articles that are not among the inputs. */
  prune?: boolean;
  /** Which extractors decide relations (default both). */
  relations?: RelationSource;
  /** Relations below this confidence are left out, as given. */
  minConfidence?: string;
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
    .summary("articles in, graph out (incremental with its store)")
    .description(
      // One line a paragraph: commander wraps them to the terminal's width.
      [
        "Build the graph from articles: .txt (one article a file), .json (an object or an array), .jsonl (one article a line; fields text, title, date, source, url) and .html; folders are read recursively. Writes mentions.jsonl, triples.jsonl, graph.json, articles.json, graph.gexf, view.json and view-edges.json (the graph without its evidence, for the viewer) into --out (default out/).",
        "A file or article that cannot be read or processed gets one error line naming it and the stage; the rest is built and the exit code is 1. The summary goes to stdout, errors and progress to stderr. `-` reads JSON Lines from stdin (records named stdin#1, stdin#2 ...). Extraction runs on --jobs worker threads; the outputs are the same bytes for any number.",
        "Incremental: the build keeps its articles in --out/athar.duckdb (the store; `athar sql` queries it). A later build into the same folder extracts only new and changed articles (same text and metadata, same KB, lexicon and model: taken from the store) and makes the graph of every stored article, so `athar build new/ --out archive` adds to an archive. --prune drops stored articles that are not among the inputs. Either way the files equal those of one clean build of the same articles; with nothing new, nothing is written.",
      ].join("\n\n"),
    )
    .argument("[inputs...]", "article files or folders (- reads JSON Lines from stdin)")
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
    .addOption(
      new Option("--relations <source>", "which extractors decide relations")
        .choices(RELATION_SOURCES)
        .default("both"),
    )
    .option(
      "--min-confidence <p>",
      "leave out relations whose confidence is below p, 0 to 1 (default: the model's own threshold for its relations, every rule's)",
    )
    .option("--no-store", "do not keep athar.duckdb: no incremental builds, no `athar sql`")
    .option("--prune", "drop stored articles of earlier builds that are not among the inputs")
    .option("--no-progress", "no progress bar")
    .option("--no-gexf", "do not write graph.gexf")
    .option("-q, --quiet", "print only errors")
    .option("--from <records...>", "build from `athar extract` records (files, folders, - stdin)")
    .option("--since <date>", "with --from: only the articles dated from this (YYYY[-MM[-DD]])")
    .option("--until <date>", "with --from: only the articles dated up to this")
    .option(
      "--around <id>",
      "with --from: only the articles that relate this entity (an id; repeatable)",
      (v: string, p: string[] = []) => [...p, v],
    )
    .addHelpText(
      "after",
      "\nExamples:\n  athar build seeds --out graph\n  athar build news/ extra.jsonl --kb my-kb.json --out out/\n  zcat feed.jsonl.gz | athar build - --jobs 4 --out out/feed\n  athar build news/2019/ --out out/news          # adds 2019 to the articles stored in out/news\n  athar build news/ --prune --out out/news       # exactly news/ (articles gone from it are dropped)\n  npm start -- --graph out    # open a build in the viewer",
    )
    .action(async (inputs: string[], opts: BuildOptions) => {
      if (opts.from) return setExitCode(await runBuildFrom(opts.from, inputs, opts));
      if (opts.since !== undefined || opts.until !== undefined || opts.around) {
        console.error(
          "athar: --since, --until and --around slice extract records: use them with --from",
        );
        return setExitCode(2);
      }
      if (inputs.length === 0) {
        console.error("athar: build needs article files or folders (or --from extract records)");
        return setExitCode(2);
      }
      setExitCode(await runBuild(inputs, opts));
    });
};

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
  const kb = loadCliKb(opts.kb);
  if (typeof kb === "string") {
    console.error(`athar: ${kb}`);
    return 2;
  }
  const choice = relationChoice(opts);
  if (typeof choice === "string") {
    console.error(`athar: ${choice}`);
    return 2;
  }
  let store: StoreBuild | undefined;
  if (opts.store !== false) {
    const opened = await openBuildStore(opts.out, opts.kb, opts.processModule, choice);
    if (typeof opened === "string") {
      console.error(`athar: ${opened}`);
      return 2;
    }
    store = { ...opened, prune: opts.prune ?? false, closeWhenStored: true };
  } else if (opts.prune) {
    console.error(
      "athar: --prune needs the store (it drops stored articles); leave out --no-store",
    );
    return 2;
  }
  // The files go to disk as they are rendered, into a hidden folder swapped in at the end.
  const staged = new StagedOutputs(opts.out);
  try {
    staged.prepare();
  } catch (e) {
    if (!(e instanceof OutputFolderError)) throw e;
    console.error(`athar: ${e.message}`);
    if (store) closeStore(store.store);
    return 2;
  }
  const bar = progressBar(opts.progress && !opts.quiet);
  // Extraction's outputs wait in a scratch file, not on the heap, until the files are written.
  const spill = new OutputSpill();
  let outcome: BuildOutcome<StagedOutputs> | UpToDate;
  try {
    const request: BuildRequest<StagedOutputs> = {
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
      ...(choice ? { relations: choice } : {}),
      writer: staged,
      spill,
    };
    outcome = store ? await buildIncremental({ ...request, store }) : await build(request);
  } catch (e) {
    staged.discard();
    if (!(e instanceof OutputWriteError)) throw e;
    console.error(`athar: ${e.message}; the previous outputs are unchanged`);
    return 2;
  } finally {
    bar.stop();
    spill.close();
    if (store) closeStore(store.store);
  }
  if (outcome.upToDate) return reportUpToDate(outcome, opts.out, say);
  const { input, graph } = outcome;
  if (outcome.inputFiles === 0 && input.errors.length === 0) {
    staged.discard();
    console.error(`athar: no article files (.txt .json .jsonl .html) in ${inputs.join(", ")}`);
    return 2;
  }
  for (const e of input.errors) console.error(formatBuildError(e));
  if (input.articles.length === 0) {
    staged.discard();
    console.error("athar: no article could be read; nothing written");
    return 1;
  }
  let written: string[];
  try {
    written = staged.commit();
  } catch (e) {
    staged.discard();
    if (!(e instanceof OutputWriteError)) throw e;
    console.error(`athar: ${e.message}; the previous outputs are unchanged`);
    return 2;
  }
  if (outcome.fingerprint) await noteOutputs(opts.out, outcome.fingerprint, staged.hashes);
  // Counted without reading the outputs back (the scratch file is gone by now).
  const mentions = input.outputs.reduce((n, o) => n + outputCounts(o).mentions, 0);
  const relations = input.outputs.reduce((n, o) => n + outputCounts(o).relations, 0);
  say(
    `athar: ${plural(input.articles.length, "article")}, ${plural(mentions, "mention")}, ` +
      `${plural(relations, "relation")}, ${plural(graph.order, "node")}, ` +
      `${plural(graph.size, "edge")}, ${plural(input.errors.length, "error")} -> ${opts.out}/`,
  );
  if (outcome.changes)
    say(`  ${describeChanges(outcome.changes)} in ${join(opts.out, STORE_FILE)}`);
  for (const w of written) say(`  wrote ${w}`);
  return input.errors.length > 0 ? 1 : 0;
}

/** A build with nothing to write: its errors and a summary; the exit code as a build's. */
function reportUpToDate(u: UpToDate, out: string, say: (s: string) => void): number {
  for (const e of u.errors) console.error(formatBuildError(e));
  say(
    `athar: ${plural(u.articles, "article")}, ${plural(u.errors.length, "error")}: ${out}/ is up to date (nothing written)`,
  );
  say(`  ${describeChanges(u.changes)} in ${join(out, STORE_FILE)}`);
  return u.errors.length > 0 ? 1 : 0;
}

/**
 * Records in the store what was just written, so that the next build with nothing new skips
 * the graph side. Not fatal: without the record the next build writes the same files again.
 */
async function noteOutputs(
  out: string,
  fingerprint: string,
  files: Readonly<Record<string, string>>,
) {
  try {
    const store = await openStore(join(out, STORE_FILE));
    try {
      await recordOutputs(store, fingerprint, files);
    } finally {
      closeStore(store);
    }
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    console.error(`athar: note: could not record the outputs in the store (${why})`);
  }
}

/** "3 added, 1 changed, 296 unchanged, 0 removed, 12 kept from earlier builds". */
export function describeChanges(c: StoreChanges): string {
  const parts = [`${c.added} added`, `${c.changed} changed`, `${c.unchanged} unchanged`];
  parts.push(`${c.removed} removed`);
  if (c.kept > 0) parts.push(`${c.kept} kept from earlier builds`);
  return `articles: ${parts.join(", ")}`;
}

/**
 * Opens (or makes) the store in the output folder, after finishing what a killed build left
 * there; the reason as one line when the folder or the store cannot be used.
 */
/** --relations and --min-confidence as the build takes them (none: the defaults), or the error. */
function relationChoice(opts: RunBuildOptions): RelationChoice | undefined | string {
  const source = opts.relations ?? "both";
  const given = opts.minConfidence;
  const min = given === undefined ? undefined : Number(given);
  if (min !== undefined && !(given?.trim() !== "" && min >= 0 && min <= 1))
    return `--min-confidence must be a number from 0 to 1 (not "${given}")`;
  if (source === "both" && min === undefined) return undefined;
  return { relations: source, ...(min !== undefined ? { minConfidence: min } : {}) };
}

async function openBuildStore(
  out: string,
  kbFiles: string[],
  processModule: string | undefined,
  relations: RelationChoice | undefined,
): Promise<Omit<StoreBuild, "prune"> | string> {
  try {
    prepareOutputFolder(out);
    // A replaced per-article stage makes other outputs: its file is part of the key.
    const module = processModule?.startsWith("file:")
      ? fileURLToPath(processModule)
      : processModule;
    const settings = relations ? JSON.stringify(relations) : "";
    const resources = resourcesKey([...kbFiles, ...(module ? [module] : [])], settings);
    const store: Store = await openStore(join(out, STORE_FILE), buildStoreOptions());
    const previous = await intactOutputs(store, out).catch(() => undefined);
    return { store, resources, ...(previous ? { previous } : {}) };
  } catch (e) {
    if (e instanceof OutputFolderError || e instanceof StoreError) return e.message;
    const err = e as NodeJS.ErrnoException;
    return `cannot use ${out}: ${err.message}`;
  }
}
