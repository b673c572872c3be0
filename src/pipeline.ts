// The one place that knows the order of the stages:
// ingest -> recognize (normalize, segment, mentions) -> extract -> merge -> analyze -> write.
import { createHash } from "node:crypto";
import { analyze } from "./analyze/index.js";
import { toGexf } from "./export/gexf.js";
import { FilesInMemory, type OutputWriter } from "./export/sink.js";
import { type ArticlesSource, writeGraphViewFiles } from "./export/view.js";
import { decideRelations, type RelationOptions } from "./extract/relation-sources.js";
import { type AtharGraph, graphToFile, newGraph } from "./graph-file.js";
import type { BuildError, DocumentInfo, GraphFile, Stage } from "./graph-schema.js";
import { Ingest, type IngestedArticle } from "./ingest/stream.js";
import type { Kb } from "./kb/kb.js";
import { addRelationEdges } from "./merge/edges.js";
import { addEvents } from "./merge/events.js";
import type { EvidenceStore } from "./merge/evidence.js";
import { accumulateNodes, type NodeAccumulator, nodeAttributes, touchNode } from "./merge/nodes.js";
import { addStructuralEdges } from "./merge/structure.js";
import { compareDocs } from "./order.js";
import { Extractor } from "./parallel/extractor.js";
import type { RelationChoice } from "./parallel/protocol.js";
import { recognize } from "./recognize/recognize.js";
import { type Article, type Mention, type RelationMention, SCHEMA_VERSION } from "./schema.js";
import { type OutputSpill, outputCounts, SpilledOutput } from "./spill.js";
import type { StoreChanges } from "./store/incremental.js";
import { documentKey, failedDocs } from "./store/keys.js";
import type { Store } from "./store/open.js";
import { EXTRACTOR_VERSION } from "./version.js";
import { jsonLine, OutputWriteError } from "./write.js";

export interface ArticleOutput {
  doc: string;
  sentences: number;
  mentions: Mention[];
  relations: RelationMention[];
  /** Provisional organisations and the state a nisba in their name points to. */
  partOf: Array<[string, string]>;
}

/** A failure inside one stage of the pipeline, with the stage's name. */
export class StageError extends Error {
  readonly stage: Stage;
  constructor(stage: Stage, cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = "StageError";
    this.stage = stage;
  }
}

/**
 * Runs one stage; whatever it throws comes out as a StageError naming the stage, except a
 * failure to write the output folder, which is the disk's and no article's.
 */
export function inStage<T>(stage: Stage, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw e instanceof StageError || e instanceof OutputWriteError ? e : new StageError(stage, e);
  }
}

/** The error line of a document that a stage could not handle. */
export function stageFailure(doc: string, e: unknown): BuildError {
  const stage = e instanceof StageError ? e.stage : undefined;
  const reason = e instanceof Error ? e.message : String(e);
  return {
    file: doc,
    ...(stage ? { stage } : {}),
    message: `${reason.split("\n")[0]}; the article is left out`,
  };
}

/** Everything athar extracts from one article. Throws a StageError naming the stage. */
export function processArticle(
  article: Article,
  kb: Kb,
  opts: RelationOptions = {},
): ArticleOutput {
  const rec = inStage("recognize", () => recognize(article, kb));
  const relations = inStage("extract", () => decideRelations(rec, kb, opts));
  const partOf = new Map<string, string>();
  // Nested loops rather than found.flat() (a generic, slow copy): the same order.
  for (const inSentence of rec.found)
    for (const f of inSentence) if (f.partOf) partOf.set(f.entity.id, f.partOf);
  return {
    doc: article.doc,
    sentences: rec.seg.sentences.length,
    mentions: rec.mentions,
    relations,
    partOf: [...partOf].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  };
}

export interface BuildInput {
  articles: Article[];
  outputs: ArticleOutput[];
  errors: BuildError[];
  bytes: Map<string, number>;
  /**
   * Where merge keeps the evidence of edges and events (default: on the heap). A build's
   * scratch file (OutputSpill) keeps the heap from holding every piece of evidence at once.
   */
  evidence?: EvidenceStore;
}

/** Every output's mentions (or relations), one article's at a time (see src/spill.ts). */
function* eachOf<K extends "mentions" | "relations">(
  outputs: readonly ArticleOutput[],
  key: K,
): Generator<ArticleOutput[K][number]> {
  for (const o of outputs) yield* o[key];
}

/**
 * Merges per-article outputs into the graph. Each pass reads the outputs one article at a time,
 * so outputs kept in a scratch file are never all on the heap at once.
 */
export function mergeGraph(input: BuildInput, kb: Kb): AtharGraph {
  // Article by article, mentions then relations: an article's ids come together (ArticleCount).
  const nodes = new Map<string, NodeAccumulator>();
  for (const o of input.outputs) {
    accumulateNodes(o.mentions, nodes);
    for (const r of o.relations) {
      touchNode(nodes, r.source, o.doc);
      touchNode(nodes, r.target, o.doc);
      if (r.place) touchNode(nodes, r.place, o.doc);
    }
  }
  const g = newGraph();
  for (const id of [...nodes.keys()].sort()) {
    g.addNode(id, nodeAttributes(nodes.get(id) as NonNullable<ReturnType<typeof nodes.get>>, kb));
  }
  const articles = new Map(input.articles.map((a) => [a.doc, a]));
  addRelationEdges(g, eachOf(input.outputs, "relations"), articles, input.evidence);
  addEvents(g, eachOf(input.outputs, "relations"), articles, input.evidence);
  addStructuralEdges(g, kb, new Map(input.outputs.flatMap((o) => o.partOf)));
  return g;
}

export function documentInfo(a: Article, bytes: number): DocumentInfo {
  return {
    doc: a.doc,
    sha256: a.sha256,
    bytes,
    title: a.title,
    date: a.date,
    source: a.source,
    url: a.url,
  };
}

export function graphFile(g: AtharGraph, input: BuildInput): GraphFile {
  const mentions = input.outputs.reduce((n, o) => n + outputCounts(o).mentions, 0);
  const relations = input.outputs.reduce((n, o) => n + outputCounts(o).relations, 0);
  const events = g.filterNodes((_, a) => a.kind === "event").length;
  return graphToFile(g, {
    schema: SCHEMA_VERSION,
    extractor: `athar ${EXTRACTOR_VERSION}`,
    documents: input.articles.map((a) => documentInfo(a, input.bytes.get(a.doc) ?? 0)),
    errors: input.errors,
    counts: {
      articles: input.articles.length,
      mentions,
      relations,
      entities: g.order - events,
      events,
      edges: g.size,
      errors: input.errors.length,
    },
  });
}

/** articles.json's content; each article's record is made when it is written. */
export function articlesFile(articles: readonly Article[]): ArticlesSource {
  return {
    schema: SCHEMA_VERSION,
    articles: {
      *[Symbol.iterator]() {
        for (const a of articles)
          yield {
            doc: a.doc,
            title: a.title,
            date: a.date,
            source: a.source,
            url: a.url,
            text: a.text,
          };
      },
    },
  };
}

/**
 * Renders the files of a build into `writer`, one after the other and each piece by piece, so
 * a writer that puts them on disk never holds one whole (see src/export/sink.ts).
 */
export function renderOutputs(
  input: BuildInput,
  g: AtharGraph,
  opts: RenderOptions,
  writer: OutputWriter,
): void {
  // A spilled output's lines are already these files' lines: copied, not parsed again.
  writer.file("mentions.jsonl", (out) => {
    for (const o of input.outputs) {
      if (o instanceof SpilledOutput) out.write(o.mentionLines());
      else for (const m of o.mentions) out.write(jsonLine(m));
    }
  });
  writer.file("triples.jsonl", (out) => {
    for (const o of input.outputs) {
      if (o instanceof SpilledOutput) out.write(o.relationLines());
      else for (const r of o.relations) out.write(jsonLine(r));
    }
  });
  // graph.json, articles.json, view.json and view-edges.json (the graph without evidence, for
  // the viewer: its nodes, then its edges).
  writeGraphViewFiles(writer, graphFile(g, input), articlesFile(input.articles));
  if (opts.gexf) writer.file("graph.gexf", (out) => out.write(toGexf(g)));
}

/** The files of a build, by name, as strings (for the library, tests and benchmarks). */
export function renderFiles(
  input: BuildInput,
  g: AtharGraph,
  opts: RenderOptions = { gexf: true },
): Record<string, string> {
  const files = new FilesInMemory();
  renderOutputs(input, g, opts, files);
  return files.files;
}

/** Merge then analyze: the graph as it is written. */
export function buildGraph(input: BuildInput, kb: Kb): AtharGraph {
  return analyze(mergeGraph(input, kb));
}

export interface RenderOptions {
  gexf: boolean;
}

/**
 * The stages of a build by name, in the order they run. A caller may replace any of them (a
 * test injects a failing one; a later extractor plugs in here) without touching the order.
 */
export interface Stages {
  process: (article: Article, kb: Kb) => ArticleOutput;
  merge: (input: BuildInput, kb: Kb) => AtharGraph;
  analyze: (graph: AtharGraph) => AtharGraph;
  render: (input: BuildInput, graph: AtharGraph, opts: RenderOptions, writer: OutputWriter) => void;
}

export const defaultStages: Stages = {
  process: processArticle,
  merge: mergeGraph,
  analyze: (g) => analyze(g),
  render: renderOutputs,
};

/**
 * The whole graph side of a build: merge, analyze and render into `writer` (begun afresh),
 * each stage named when it fails.
 */
function assembleAll(
  input: BuildInput,
  kb: Kb,
  opts: RenderOptions,
  stages: Stages,
  writer: OutputWriter,
): AtharGraph {
  const merged = inStage("merge", () => stages.merge(input, kb));
  const graph = inStage("analyze", () => stages.analyze(merged));
  writer.begin();
  inStage("render", () => stages.render(input, graph, opts, writer));
  return graph;
}

/** A writer that renders every file and keeps nothing: what a trial needs, to see it fail. */
const TRIAL: OutputWriter = {
  begin: () => {},
  file: (_, render) => render({ write: () => {} }),
};

/** The build input restricted to the articles at `keep` (indexes into input.articles). */
function subset(input: BuildInput, keep: number[], errors: BuildError[]): BuildInput {
  return {
    articles: keep.map((i) => input.articles[i] as Article),
    outputs: keep.map((i) => input.outputs[i] as ArticleOutput),
    errors: sortErrors([...input.errors, ...errors]),
    bytes: input.bytes,
    ...(input.evidence ? { evidence: input.evidence } : {}),
  };
}

export interface Assembled<W extends OutputWriter = FilesInMemory> {
  /** The input as built: articles that could not be merged are moved to its errors. */
  input: BuildInput;
  graph: AtharGraph;
  /** The writer the files were rendered into (by default, strings held in memory). */
  output: W;
}

/**
 * Merges, analyzes and renders every article; an article that makes one of these stages throw
 * is left out with an error naming it and the stage, and the rest is built. The search for
 * such articles runs only after a failure: each article on its own first, then, for failures
 * that only show together, one article at a time in canonical order.
 */
export function assemble<W extends OutputWriter = FilesInMemory>(
  input: BuildInput,
  kb: Kb,
  opts: RenderOptions = { gexf: true },
  stages: Stages = defaultStages,
  writer: W = new FilesInMemory() as OutputWriter as W,
): Assembled<W> {
  const all = input.articles.map((_, i) => i);
  const build = (built: BuildInput) => ({
    input: built,
    graph: assembleAll(built, kb, opts, stages, writer),
    output: writer,
  });
  try {
    return build(input);
  } catch (e) {
    if (!(e instanceof StageError)) throw e;
  }
  // Trials render into TRIAL: only the build that is kept is written.
  const excluded: BuildError[] = [];
  let keep: number[] = [];
  for (const i of all) {
    try {
      assembleAll(subset(input, [i], []), kb, opts, stages, TRIAL);
      keep.push(i);
    } catch (e) {
      excluded.push(stageFailure((input.articles[i] as Article).doc, e));
    }
  }
  try {
    return build(subset(input, keep, excluded));
  } catch (e) {
    // Some articles fail only in company: keep each that can join the ones kept so far.
    if (!(e instanceof StageError)) throw e;
  }
  const together: number[] = [];
  for (const i of keep) {
    try {
      assembleAll(subset(input, [...together, i], []), kb, opts, stages, TRIAL);
      together.push(i);
    } catch (e) {
      excluded.push(stageFailure((input.articles[i] as Article).doc, e));
    }
  }
  keep = together;
  return build(subset(input, keep, excluded));
}

const byFileThenMessage = (a: BuildError, b: BuildError) =>
  compareDocs(a.file, b.file) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);

/** Errors in canonical order (by document, then message). */
export function sortErrors(errors: BuildError[]): BuildError[] {
  return [...errors].sort(byFileThenMessage);
}

export interface BuildProgress {
  /** Reading and extracting, or merging, analyzing and rendering (after every article). */
  phase: "extract" | "assemble";
  /** The input being read. */
  file: string;
  /** Inputs read whole so far, of `total` (files, and stdin when it is one). */
  done: number;
  total: number;
  /** Articles extracted so far. */
  articles: number;
  /** Errors so far (files, lines, articles). */
  errors: number;
  /** Input bytes read so far. */
  bytes: number;
  /** Bytes of all the inputs; null when stdin (of unknown size) is one of them. */
  totalBytes: number | null;
}

export interface BuildRequest<W extends OutputWriter = FilesInMemory> {
  /** Files and folders, as given on the command line; `-` reads JSON Lines from stdin. */
  inputs: string[];
  kb: Kb;
  /**
   * The knowledge-base files `kb` was built from beyond the bundled ones (the --kb files):
   * worker threads build their own KB from them. Without them, extraction runs in this thread.
   */
  kbFiles?: string[];
  /**
   * Worker threads for extraction (default 1: this thread). Workers start only when there
   * are at least as many articles, and only from the compiled package (dist/); otherwise
   * extraction runs in this thread. The outputs are the same bytes for any number.
   */
  jobs?: number;
  /**
   * Workers start once this many articles per worker have been read (default 1); a smaller
   * build is extracted in this thread, where it is done before workers would have started.
   */
  minArticlesPerWorker?: number;
  gexf?: boolean;
  onProgress?: (p: BuildProgress) => void;
  /**
   * Replacements for some stages (defaults: defaultStages). A `process` given here is a
   * function, which cannot be sent to a worker thread: extraction then runs in this thread.
   */
  stages?: Partial<Stages>;
  /**
   * A module (path or file: URL) whose `process` export replaces the per-article stage; unlike
   * `stages.process` it is loaded in each worker thread too.
   */
  processModule?: string;
  /** Each worker thread's heap limit in MB (default: as large as this thread's). */
  workerHeapMb?: number;
  /**
   * Where the files go as they are rendered (default: strings in memory, FilesInMemory). The
   * CLI gives a StagedOutputs (src/write.ts), which puts them on disk piece by piece.
   */
  writer?: W;
  /**
   * A scratch file for the outputs of extraction (see src/spill.ts): each article's goes there
   * as it is extracted (or read back from the store), and so do each article's text and the
   * graph's evidence, so the heap never holds them all. The caller closes it once it is done
   * with the outcome: the graph's evidence cannot be read after. Default: all kept in memory.
   */
  spill?: OutputSpill;
  /** What `-` reads (default: process.stdin). */
  stdin?: AsyncIterable<Uint8Array>;
  /** Which extractors decide relations and the confidence kept (default: both, the model's). */
  relations?: RelationChoice;
  /**
   * An open store to build into (incremental): articles it holds with the same key are not
   * extracted again, new and changed ones are written to it, and the graph is made of every
   * article it holds once the build is done (see StoreBuild).
   */
  store?: StoreBuild;
}

/** How a build uses its store. */
export interface StoreBuild {
  store: Store;
  /** resourcesKey() of the KB, lexicon and model the build extracts with. */
  resources: string;
  /** Drop stored articles that are not among the inputs (default: keep them in the graph). */
  prune?: boolean;
  /**
   * The fingerprint (outputsFingerprint) of the files now in the output folder, when they are
   * there as the build that wrote them left them: a build whose fingerprint is the same would
   * write the same bytes, so buildIncremental skips the graph side.
   */
  previous?: string;
  /**
   * Close the store once it holds this build's articles, before the graph is merged and its
   * files rendered: DuckDB's buffer pool (up to its memory limit) and allocations would
   * otherwise stay resident beside the graph side's heap, at the build's peak. The caller
   * must not use `store` after buildIncremental returns. Default: left open.
   */
  closeWhenStored?: boolean;
}

/** A build with a store whose outputs are already what it would write: nothing was assembled. */
export interface UpToDate {
  upToDate: true;
  fingerprint: string;
  changes: StoreChanges;
  /** How many articles the outputs hold. */
  articles: number;
  errors: BuildError[];
  inputFiles: number;
  workers: number;
}

export interface BuildOutcome<W extends OutputWriter = FilesInMemory> extends Assembled<W> {
  /** How many inputs were found (files, and stdin when given; 0: nothing to build). */
  inputFiles: number;
  /** Worker threads that extracted (0: this thread did). */
  workers: number;
  /** What the build added to, changed in and removed from its store (when it had one). */
  changes?: StoreChanges;
  /** With a store: what the outputs are made of (outputsFingerprint), to record beside them. */
  fingerprint?: string;
  upToDate?: false;
}

/**
 * A whole build in memory: ingest -> recognize -> extract -> merge -> analyze -> render.
 * Inputs are read file by file, and JSON Lines record by record, and each article goes to
 * extraction as it is read (on `jobs` worker threads, at most a few per worker waiting), so
 * the texts of the articles not yet extracted are never all held. Nothing an article holds
 * stops the build: a failing article becomes one error naming its document and stage.
 * Documents are put in canonical order before merging, so neither the order of the inputs nor
 * the order in which workers finish changes a byte of the outputs.
 */
export async function build<W extends OutputWriter = FilesInMemory>(
  req: BuildRequest<W>,
): Promise<BuildOutcome<W>> {
  // Without `skip`, buildOrSkip always assembles.
  return (await buildOrSkip(req, false)) as BuildOutcome<W>;
}

/**
 * build() into a store, except that when the outputs in the folder already are what it would
 * write (StoreBuild.previous is this build's fingerprint), the graph side is skipped.
 */
export function buildIncremental<W extends OutputWriter = FilesInMemory>(
  req: BuildRequest<W> & { store: StoreBuild },
): Promise<BuildOutcome<W> | UpToDate> {
  return buildOrSkip(req, true);
}

async function buildOrSkip<W extends OutputWriter>(
  req: BuildRequest<W>,
  skip: boolean,
): Promise<BuildOutcome<W> | UpToDate> {
  const choice = req.relations;
  const chosen = choice ? { process: (a: Article, kb: Kb) => processArticle(a, kb, choice) } : {};
  const stages: Stages = { ...defaultStages, ...chosen, ...req.stages };
  const ingest = new Ingest(req.inputs, req.stdin ? { stdin: req.stdin } : {});
  const errors: BuildError[] = [...ingest.errors];
  const extracted: Array<IngestedArticle & { output: ArticleOutput }> = [];
  const reused: IngestedArticle[] = [];
  // Loaded only for a build with a store: DuckDB's binding takes a while to load.
  const before = req.store
    ? await (await import("./store/write.js")).documentKeys(req.store.store)
    : new Map<string, string>();
  const unchanged = (a: Article) =>
    req.store !== undefined && before.get(a.doc) === documentKey(a, req.store.resources);
  let phase: BuildProgress["phase"] = "extract";
  const progress = () =>
    req.onProgress?.({
      phase,
      file: ingest.current,
      done: ingest.inputsRead,
      total: ingest.inputs,
      articles: extracted.length + reused.length,
      errors: errors.length,
      bytes: ingest.bytes,
      totalBytes: ingest.totalBytes,
    });
  const extractor = await Extractor.open<IngestedArticle>({
    jobs: req.jobs ?? 1,
    ...(req.minArticlesPerWorker ? { minArticlesPerWorker: req.minArticlesPerWorker } : {}),
    kb: req.kb,
    ...(req.kbFiles ? { kbFiles: req.kbFiles } : {}),
    stages,
    localOnly: req.stages?.process !== undefined,
    ...(req.processModule ? { processModule: req.processModule } : {}),
    ...(choice ? { relations: choice } : {}),
    ...(req.workerHeapMb ? { workerHeapMb: req.workerHeapMb } : {}),
    onDone: (item, result) => {
      if ("message" in result) errors.push(result);
      else {
        const { spill } = req;
        extracted.push(
          spill
            ? { ...item, article: spill.keepArticle(item.article), output: spill.add(result) }
            : { ...item, output: result },
        );
      }
      progress();
    },
  });
  try {
    for await (const item of ingest.items()) {
      if ("error" in item) errors.push(item.error);
      else if (unchanged(item.article)) {
        reused.push(req.spill ? { ...item, article: req.spill.keepArticle(item.article) } : item);
      } else await extractor.submit(item);
      progress();
    }
    await extractor.finish();
  } finally {
    await extractor.close();
  }
  phase = "assemble";
  progress();
  const processed = extracted.map((e) => ({ ...settled(e), output: e.output }));
  const common = { inputFiles: ingest.inputs, workers: extractor.workers };
  if (!req.store) return { ...assembleArticles(processed, errors, req.kb, req), ...common };
  const extract = (a: Article): ArticleOutput | BuildError => {
    const done = processOne(a, 0, req.kb, stages);
    return "output" in done ? done.output : done;
  };
  if (skip && req.store.previous !== undefined && processed.length === 0) {
    const same = await upToDateFromKeys(req.store, reused, errors, before, req);
    if (same) return { upToDate: true, ...same, errors: sortErrors(errors), ...common };
  }
  const stored = await fromStore(req.store, processed, reused, errors, before, extract, req.spill);
  if (req.store.closeWhenStored) (await import("./store/open.js")).closeStore(req.store.store);
  const fingerprint = outputsFingerprint(stored.articles, errors, req.store.resources, req);
  if (skip && fingerprint === req.store.previous) {
    const articles = stored.articles.length;
    return {
      upToDate: true,
      fingerprint,
      changes: stored.changes,
      articles,
      errors: sortErrors(errors),
      ...common,
    };
  }
  return {
    ...assembleArticles(stored.articles, errors, req.kb, req),
    ...common,
    changes: stored.changes,
    fingerprint,
  };
}

/**
 * What a build's files are made of: every article (id, key, file hash and size), the errors,
 * and whether graph.gexf is written. Two builds with the same fingerprint write the same bytes.
 */
export function outputsFingerprint(
  articles: readonly ProcessedArticle[],
  errors: readonly BuildError[],
  resources: string,
  opts: { gexf?: boolean },
): string {
  const entries = articles.map(({ article, bytes }) => ({
    doc: article.doc,
    key: documentKey(article, resources),
    sha256: article.sha256,
    bytes,
  }));
  return fingerprintOf(entries, errors, resources, opts);
}

/** outputsFingerprint over each document's id, key, file hash and size, however known. */
export function fingerprintOf(
  entries: ReadonlyArray<{ doc: string; key: string; sha256: string; bytes: number }>,
  errors: readonly BuildError[],
  resources: string,
  opts: { gexf?: boolean },
): string {
  const h = createHash("sha256").update(`${resources}\n${opts.gexf ?? true}\n`);
  for (const e of [...entries].sort((a, b) => compareDocs(a.doc, b.doc)))
    h.update(`${JSON.stringify([e.doc, e.key, e.sha256, e.bytes])}\n`);
  return h.update(JSON.stringify(sortErrors([...errors]))).digest("hex");
}

/**
 * The up-to-date answer of a build that extracted nothing, decided from the keys alone, before
 * any stored output is read back (at 20,000 articles that read is most of such a build): null
 * when something must change (a stored article to drop, a key or file hash that moved) or the
 * fingerprint is not the previous one.
 */
async function upToDateFromKeys(
  sb: StoreBuild,
  reused: IngestedArticle[],
  errors: BuildError[],
  before: ReadonlyMap<string, string>,
  opts: { gexf?: boolean },
): Promise<{ fingerprint: string; changes: StoreChanges; articles: number } | null> {
  if (failedDocs(errors).some((d) => before.has(d))) return null;
  const dupes: BuildError[] = [];
  const built = canonicalArticles(reused.map(settled), dupes);
  const inBuild = new Set(built.map((b) => b.article.doc));
  const absent = [...before.keys()].filter((d) => !inBuild.has(d));
  if (sb.prune && absent.length > 0) return null;
  const { storedEntries } = await import("./store/incremental.js");
  const kept = await storedEntries(sb.store, absent);
  const entries = [
    ...built.map(({ article, bytes }) => ({
      doc: article.doc,
      key: documentKey(article, sb.resources),
      sha256: article.sha256,
      bytes,
    })),
    ...kept,
  ];
  const fingerprint = fingerprintOf(entries, [...errors, ...dupes], sb.resources, opts);
  if (fingerprint !== sb.previous) return null;
  errors.push(...dupes);
  const changes = { added: 0, changed: 0, unchanged: built.length, removed: 0, kept: kept.length };
  return { fingerprint, changes, articles: entries.length };
}

/**
 * The store side of a build: the reused articles' outputs read back, the store brought up to
 * date (syncStore), and every article the graph is made of: this build's and, unless pruned,
 * the ones earlier builds stored.
 */
async function fromStore(
  sb: StoreBuild,
  processed: ProcessedArticle[],
  reused: IngestedArticle[],
  errors: BuildError[],
  before: ReadonlyMap<string, string>,
  extract: (a: Article) => ArticleOutput | BuildError,
  spill: OutputSpill | undefined,
): Promise<{ articles: ProcessedArticle[]; changes: StoreChanges }> {
  const { storedOutputs, syncStore } = await import("./store/incremental.js");
  const outputs = await storedOutputs(
    sb.store,
    reused.map((r) => r.article.doc),
    (o) => (spill ? spill.add(o) : o),
  );
  const again = reused.map((r) => {
    const { article, bytes } = settled(r);
    const output = outputs.get(article.doc);
    if (!output) throw new Error(`the store lost ${article.doc} during the build`);
    return { article, output, bytes, reused: true };
  });
  const built = canonicalArticles(
    [...processed.map((p) => ({ ...p, reused: false })), ...again],
    errors,
  );
  const synced = await syncStore(sb.store, {
    built: built.map((b) => ({
      processed: b,
      key: documentKey(b.article, sb.resources),
      reused: b.reused,
    })),
    failed: failedDocs(errors),
    prune: sb.prune ?? false,
    before,
    keyOf: (a) => documentKey(a, sb.resources),
    extract,
    // A kept article's text and outputs go to the scratch file as each batch is read.
    ...(spill
      ? {
          keep: (p: ProcessedArticle) => ({
            ...p,
            article: spill.keepArticle(p.article),
            output: spill.add(p.output),
          }),
        }
      : {}),
  });
  errors.push(...synced.errors);
  const articles = [...built.map(({ reused: _, ...p }) => p), ...synced.kept];
  return { articles, changes: synced.changes };
}

/**
 * An ingested article with its file's hash and size, known only once the file has been read
 * whole (a JSON Lines file's: see SourceFile).
 */
function settled({ article, file }: IngestedArticle): { article: Article; bytes: number } {
  if (file.sha256 !== undefined) article.sha256 = file.sha256;
  return { article, bytes: file.bytes };
}

/** An article with what the per-article stages made of it and its file's size in bytes. */
export interface ProcessedArticle {
  article: Article;
  output: ArticleOutput;
  bytes: number;
}

/** Runs the per-article stages on one article: its output, or the error that left it out. */
export function processOne(
  article: Article,
  bytes: number,
  kb: Kb,
  stages: Stages = defaultStages,
): ProcessedArticle | BuildError {
  try {
    return { article, output: inStage("recognize", () => stages.process(article, kb)), bytes };
  } catch (e) {
    return stageFailure(article.doc, e);
  }
}

/**
 * The graph side of a build from processed articles, in any order: documents are put in
 * canonical order first, so the order in which they come never changes a byte of the outputs.
 */
export function assembleArticles<W extends OutputWriter = FilesInMemory>(
  processed: ProcessedArticle[],
  errors: BuildError[],
  kb: Kb,
  opts: { gexf?: boolean; stages?: Partial<Stages>; writer?: W; spill?: OutputSpill } = {},
): Assembled<W> {
  const stages: Stages = { ...defaultStages, ...opts.stages };
  const all = [...errors];
  const unique = canonicalArticles(processed, all);
  const input: BuildInput = {
    articles: unique.map((c) => c.article),
    outputs: unique.map((c) => c.output),
    errors: sortErrors(all),
    bytes: new Map(unique.map((c) => [c.article.doc, c.bytes])),
    ...(opts.spill ? { evidence: opts.spill } : {}),
  };
  return assemble(input, kb, { gexf: opts.gexf ?? true }, stages, opts.writer);
}

/**
 * Articles in canonical document order. Two documents with one id (a .jsonl that repeats an
 * id-bearing path, a file given twice under one name) would mix their evidence: the first in
 * order of content hash is kept, the others become errors.
 */
function canonicalArticles<T extends { article: Article }>(items: T[], errors: BuildError[]): T[] {
  const sorted = [...items].sort(
    (a, b) =>
      compareDocs(a.article.doc, b.article.doc) ||
      (a.article.sha256 < b.article.sha256 ? -1 : a.article.sha256 > b.article.sha256 ? 1 : 0),
  );
  const out: T[] = [];
  for (const item of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev.article.doc === item.article.doc) {
      if (prev.article.sha256 !== item.article.sha256)
        errors.push({
          file: item.article.doc,
          stage: "ingest",
          message: "another input has the same document id; this one is left out",
        });
      continue;
    }
    out.push(item);
  }
  return out;
}
