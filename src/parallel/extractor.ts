// Extraction (the per-article stages) on several cores: articles go to a pool of worker
// threads (piscina) as they are read, at most a few per worker at a time, and each result
// comes back to the main thread, which merges. One article's failure is its own error line: an
// exception is caught in the worker with its stage, and a worker that dies (out of memory, an
// exit) fails only the article it held; the pool starts another in its place.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import type { BuildError } from "../graph-schema.js";
import type { Kb } from "../kb/kb.js";
import { type ArticleOutput, processOne, type Stages } from "../pipeline.js";
import type { Article } from "../schema.js";
import {
  loadProcess,
  moduleUrl,
  type RelationChoice,
  type WorkerConfig,
  type WorkerResult,
} from "./protocol.js";

/** Articles handed to the pool and not yet back, per worker: enough to keep each one busy. */
export const IN_FLIGHT_PER_WORKER = 4;

/**
 * The compiled worker beside this module (dist/src/parallel/worker.js), or null when this
 * module runs from the TypeScript sources (under vitest or tsx), where a thread cannot load it.
 */
export function workerFile(): string | null {
  const path = fileURLToPath(new URL("./worker.js", import.meta.url));
  return existsSync(path) ? path : null;
}

export interface ExtractorOptions<T> {
  /** Worker threads wanted; 1 extracts in this thread. */
  jobs: number;
  /**
   * Workers start once this many articles per worker have come (default 1); with fewer in
   * all, this thread extracts them, as starting workers would cost more than it saves.
   */
  minArticlesPerWorker?: number;
  /** A pool even for one job (to measure the pool against this thread). */
  alwaysWorkers?: boolean;
  kb: Kb;
  /**
   * The knowledge-base files beyond the bundled ones that `kb` was built from: each worker
   * builds its own KB from them. Without them extraction stays in this thread.
   */
  kbFiles?: string[];
  /** The per-article stage in this thread. */
  stages: Stages;
  /** `stages.process` was replaced by a function, which cannot be sent to a thread. */
  localOnly?: boolean;
  /** A module whose `process` export replaces the per-article stage, in every thread. */
  processModule?: string;
  /** --relations and --min-confidence, for the workers (`stages` has them for this thread). */
  relations?: RelationChoice;
  /** Each worker's heap limit in MB (default: as large as this thread's). */
  workerHeapMb?: number;
  /** Called once per article, in the order results come back. */
  onDone: (item: T, result: ArticleOutput | BuildError) => void;
}

const reason = (e: unknown) => (e instanceof Error ? e.message : String(e)).split("\n")[0] ?? "";

/** The error line of an article whose worker stopped while extracting it. */
export function workerStopped(doc: string, e: unknown): BuildError {
  return {
    file: doc,
    message: `the worker thread extracting it stopped (${reason(e)}); the article is left out`,
  };
}

/**
 * Takes articles one by one (`submit`, which waits while the pool is full) and reports each
 * result through `onDone`. Workers start only once there are enough articles for them (see
 * minArticlesPerWorker): fewer articles are extracted in this thread, where starting a worker
 * (loading the modules, the KB and the lexicon: about a second of CPU) would cost more than
 * it saves.
 */
export class Extractor<T extends { article: Article }> {
  /** Worker threads extracting (0 while this thread extracts). */
  workers = 0;
  private mode: "local" | "waiting" | "pool";
  private pending: T[] = [];
  private pool: Piscina | null = null;
  private inFlight = 0;
  private readonly room: Array<() => void> = [];
  private readonly idle: Array<() => void> = [];
  private fatal: string | null = null;
  private readonly stages: Stages;
  /** The compiled worker, when workers may be used. */
  private readonly file: string | null;

  private constructor(
    private readonly opts: ExtractorOptions<T>,
    replaced: Stages["process"] | null,
  ) {
    this.stages = replaced ? { ...opts.stages, process: replaced } : opts.stages;
    const threads =
      (opts.jobs > 1 || (opts.alwaysWorkers && opts.jobs === 1)) &&
      !opts.localOnly &&
      opts.kbFiles !== undefined;
    this.file = threads ? workerFile() : null;
    this.mode = this.file ? "waiting" : "local";
  }

  static async open<T extends { article: Article }>(
    opts: ExtractorOptions<T>,
  ): Promise<Extractor<T>> {
    const replaced = opts.processModule ? await loadProcess(opts.processModule) : null;
    return new Extractor(opts, replaced);
  }

  /** Extracts one article, or hands it to the pool; resolves when there is room for the next. */
  async submit(item: T): Promise<void> {
    this.check();
    if (this.mode === "local") return this.local(item);
    if (this.mode === "waiting") {
      this.pending.push(item);
      if (this.pending.length >= this.opts.jobs * (this.opts.minArticlesPerWorker ?? 1))
        this.startPool();
      return;
    }
    while (this.inFlight >= this.opts.jobs * IN_FLIGHT_PER_WORKER)
      await new Promise<void>((r) => this.room.push(r));
    this.check();
    this.dispatch(item);
  }

  /** Waits for every article submitted and stops the workers. */
  async finish(): Promise<void> {
    if (this.mode === "waiting") {
      this.mode = "local";
      for (const item of this.pending.splice(0)) this.local(item);
    }
    while (this.inFlight > 0) await new Promise<void>((r) => this.idle.push(r));
    await this.close();
    this.check();
  }

  /** Stops the workers at once (after a failure elsewhere). */
  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    if (pool) await pool.destroy();
  }

  private check(): void {
    if (this.fatal) throw new Error(this.fatal);
  }

  private local(item: T): void {
    const done = processOne(item.article, 0, this.opts.kb, this.stages);
    this.opts.onDone(item, "output" in done ? done.output : done);
  }

  private startPool(): void {
    const config: WorkerConfig = {
      kbFiles: (this.opts.kbFiles ?? []).map((f) => resolve(f)),
      ...(this.opts.processModule ? { processModule: moduleUrl(this.opts.processModule) } : {}),
      ...(this.opts.relations ? { relations: this.opts.relations } : {}),
    };
    const heap = this.opts.workerHeapMb;
    this.pool = new Piscina({
      filename: this.file,
      minThreads: this.opts.jobs,
      maxThreads: this.opts.jobs,
      idleTimeout: Number.POSITIVE_INFINITY,
      workerData: config,
      recordTiming: false,
      // One article at a time in a worker: a worker that dies takes only that one with it.
      concurrentTasksPerWorker: 1,
      ...(heap ? { resourceLimits: { maxOldGenerationSizeMb: heap } } : {}),
    });
    // An exception in a worker between tasks: nothing to attribute it to; the build stops.
    this.pool.on("error", (e: unknown) => {
      this.fatal ??= `an extraction worker failed: ${reason(e)}`;
    });
    this.workers = this.opts.jobs;
    this.mode = "pool";
    for (const item of this.pending.splice(0)) this.dispatch(item);
  }

  private dispatch(item: T): void {
    const pool = this.pool as Piscina;
    this.inFlight++;
    pool
      .run(item.article)
      .then(
        (r: WorkerResult) => {
          if ("fatal" in r) this.fatal ??= r.fatal;
          else this.opts.onDone(item, r);
        },
        (e: unknown) => this.opts.onDone(item, workerStopped(item.article.doc, e)),
      )
      .catch((e: unknown) => {
        this.fatal ??= reason(e);
      })
      .finally(() => {
        this.inFlight--;
        this.room.shift()?.();
        if (this.inFlight === 0) for (const wake of this.idle.splice(0)) wake();
      });
  }
}
