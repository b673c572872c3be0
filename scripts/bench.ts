// npm run bench: pipeline throughput on the shared corpus (repeated to at least 10 MB), next
// to a baseline pass over the same text (read + a plain regex word split); extraction on
// worker threads (1 against 2, on the same input, in the same run) and whole builds with
// --jobs 1 and 2 (scripts/bench-parallel.mjs, on the compiled package); then the query and
// viewer benchmarks, store queries from a new process (bench-store.ts), incremental builds
// (bench-incremental.ts), a build's memory against its size (bench-memory.ts) and athar
// extract through a pipe (bench-extract.mjs).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { parseTxt } from "../src/ingest/txt.js";
import { buildKb } from "../src/kb/kb.js";
import { bundledKbFiles, loadKbFiles } from "../src/kb/load.js";
import {
  type ArticleOutput,
  type BuildInput,
  buildGraph,
  processArticle,
  renderFiles,
} from "../src/pipeline.js";
import type { Article } from "../src/schema.js";

const CORPUS = join(import.meta.dirname, "..", "..", "shared", "corpus");
/** The corpus is repeated to this size (ATHAR_BENCH_MB, default 10). */
const TARGET_BYTES = Number(process.env.ATHAR_BENCH_MB ?? 10) * 1024 * 1024;
/** The .jsonl read as a stream alone is the parallel benchmark's input repeated this often. */
const READ_REPEATS = 20;

let peakRss = 0;
const sample = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
const timer = setInterval(sample, 20);

function corpusTexts(): Array<{ name: string; text: string }> {
  if (!existsSync(CORPUS)) {
    console.log(`bench: ${CORPUS} is absent; the pipeline benchmark needs the shared corpus.`);
    return [];
  }
  const files = readdirSync(CORPUS)
    .filter((f) => /^\d+\.txt$/.test(f))
    .sort();
  const once = files.map((f) => ({ name: f, text: readFileSync(join(CORPUS, f), "utf8") }));
  const bytes = once.reduce((n, x) => n + Buffer.byteLength(x.text), 0);
  const copies = Math.ceil(TARGET_BYTES / bytes);
  const out: Array<{ name: string; text: string }> = [];
  for (let c = 0; c < copies; c++)
    for (const x of once) out.push({ name: `r${c}/${x.name}`, text: x.text });
  return out;
}

function baseline(texts: Array<{ text: string }>): { seconds: number; words: number } {
  const t0 = performance.now();
  let words = 0;
  for (const { text } of texts) words += text.split(/\s+/).length;
  return { seconds: (performance.now() - t0) / 1000, words };
}

const fmt = (x: number, d = 1) => x.toFixed(d);

function pipelineBench(): Array<{ text: string }> {
  const texts = corpusTexts();
  if (texts.length === 0) return texts;
  const mb = texts.reduce((n, x) => n + Buffer.byteLength(x.text), 0) / 1024 / 1024;
  const kb = buildKb(loadKbFiles(bundledKbFiles()));
  const base = baseline(texts);
  sample();
  const t0 = performance.now();
  const articles: Article[] = [];
  const outputs: ArticleOutput[] = [];
  let sentences = 0;
  for (const { name, text } of texts) {
    const a = parseTxt(text, { doc: name, sha256: "" });
    const o = processArticle(a, kb);
    sentences += o.sentences;
    articles.push(a);
    outputs.push(o);
  }
  const tExtract = performance.now();
  const input: BuildInput = { articles, outputs, errors: [], bytes: new Map() };
  const graph = buildGraph(input, kb);
  const tGraph = performance.now();
  const files = renderFiles(input, graph);
  const tEnd = performance.now();
  sample();
  const secs = (tEnd - t0) / 1000;
  const extractSecs = (tExtract - t0) / 1000;
  console.log(
    `pipeline: ${texts.length} articles, ${fmt(mb)} MB (the 300 corpus articles repeated), ${sentences} sentences`,
  );
  console.log(`  baseline (regex word split):  ${fmt(mb / base.seconds)} MB/s`);
  console.log(
    `  extraction (ingest..relations): ${fmt(mb / extractSecs)} MB/s, ${fmt(texts.length / extractSecs, 0)} articles/s, ${fmt(sentences / extractSecs, 0)} sentences/s (${fmt((mb / extractSecs / (mb / base.seconds)) * 100)}% of baseline)`,
  );
  console.log(
    `  merge + analyze: ${fmt((tGraph - tExtract) / 1000, 2)} s (${graph.order} nodes, ${graph.size} edges); render: ${fmt((tEnd - tGraph) / 1000, 2)} s (${fmt(Object.values(files).reduce((n, f) => n + f.length, 0) / 1024 / 1024)} MB of output)`,
  );
  console.log(
    `  whole build: ${fmt(mb / secs)} MB/s, ${fmt(texts.length / secs, 0)} articles/s; peak RSS ${fmt(peakRss / 1024 / 1024, 0)} MB`,
  );
  return texts;
}

interface ParallelRun {
  articles: number;
  bytes: number;
  seconds: number;
  extractSeconds: number;
  steadySeconds: number;
  peakRssMb: number;
  cpuSeconds: number;
  mainCpuSeconds: number | null;
}

/** The CPU others are using now (Linux pressure stall information), to read the figures by. */
function cpuPressure(): string {
  try {
    const some = /some avg10=([\d.]+) avg60=([\d.]+)/.exec(
      readFileSync("/proc/pressure/cpu", "utf8"),
    );
    return some ? `; CPU pressure (some) avg10 ${some[1]} %, avg60 ${some[2]} %` : "";
  } catch {
    return "";
  }
}

/** Seconds a process takes for a fixed loop of arithmetic, alone or with others at once. */
async function spinSeconds(atOnce: number): Promise<number> {
  const loop =
    "const t=performance.now();let x=0;for(let i=0;i<3e8;i++)x+=i%7;console.log((performance.now()-t)/1000,x>0)";
  const one = () =>
    new Promise<number>((resolve, reject) => {
      const p = spawn(process.execPath, ["-e", loop]);
      let out = "";
      p.stdout.on("data", (d) => {
        out += d;
      });
      p.on("error", reject);
      p.on("close", () => resolve(Number.parseFloat(out)));
    });
  const times = await Promise.all(Array.from({ length: atOnce }, one));
  return times.reduce((a, b) => a + b, 0) / times.length;
}

/**
 * How many cores this machine gives two CPU-bound processes now (2: both run at full speed; 1:
 * they share one), to read the figures of threads by: the cores are shared with other work.
 */
async function freeCores(): Promise<number> {
  const alone = await spinSeconds(1);
  const pair = await spinSeconds(2);
  return (2 * alone) / pair;
}

/**
 * Extraction on worker threads against this thread, and whole builds with --jobs 1 and 2, on
 * the pipeline benchmark's articles written as one .jsonl (read as a stream, as a user's feed
 * is). Each run is a fresh process on the compiled package (dist/, compiled first), so that
 * its peak RSS is its own; each is run twice and the faster kept.
 */
async function parallelBench(texts: Array<{ text: string }>): Promise<void> {
  if (texts.length === 0) return;
  const root = join(import.meta.dirname, "..");
  console.log("\nparallel: compiling the package (npm run build) for the worker threads");
  const compiled = spawnSync("npm", ["run", "build", "--silent"], { cwd: root, stdio: "inherit" });
  if (compiled.status !== 0) {
    console.log("bench: npm run build failed; the worker-thread benchmark is skipped");
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "athar-bench-"));
  const feed = join(dir, "corpus-repeated.jsonl");
  writeFileSync(feed, `${texts.map((t) => JSON.stringify({ text: t.text })).join("\n")}\n`);
  const child = join(import.meta.dirname, "bench-parallel.mjs");
  const once = (mode: string, n: number, input = feed): ParallelRun => {
    const r = spawnSync(process.execPath, [child, mode, input, String(n)], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`bench-parallel ${mode} ${n} failed: ${r.stderr}`);
    return JSON.parse(r.stdout) as ParallelRun;
  };
  /** Each configuration twice, interleaved (the machine's load drifts); the faster run kept. */
  const best = (configs: Array<[string, number]>, input = feed): ParallelRun[] => {
    const runs = [0, 1].map(() => configs.map(([mode, n]) => once(mode, n, input)));
    return configs.map((_, i) => {
      const [a, b] = runs.map((r) => r[i] as ParallelRun) as [ParallelRun, ParallelRun];
      return a.seconds <= b.seconds ? a : b;
    });
  };
  try {
    const mb = (r: ParallelRun) => r.bytes / 1024 / 1024;
    const before = await freeCores();
    const [here, one, two] = best([
      ["extract", 0],
      ["extract", 1],
      ["extract", 2],
    ]) as [ParallelRun, ParallelRun, ParallelRun];
    const [j1, j2] = best([
      ["build", 1],
      ["build", 2],
    ]) as [ParallelRun, ParallelRun];
    const after = await freeCores();
    console.log(
      `parallel: ${here.articles} articles, ${fmt(mb(here))} MB as one .jsonl; ${availableParallelism()} cores${cpuPressure()}`,
    );
    console.log(
      `  free cores (two plain CPU-bound processes at once against one alone): ${fmt(before, 2)} before, ${fmt(after, 2)} after`,
    );
    const line = (label: string, r: ParallelRun) =>
      console.log(
        `  ${label}: ${fmt(r.articles / r.extractSeconds, 0)} articles/s, ${fmt(mb(r) / r.extractSeconds)} MB/s ` +
          `(${fmt(r.extractSeconds, 2)} s, of which ${fmt(r.extractSeconds - r.steadySeconds, 2)} s to the first article; ` +
          `then ${fmt(r.articles / r.steadySeconds, 0)} articles/s); CPU ${fmt(r.cpuSeconds, 1)} s${r.mainCpuSeconds === null ? "" : ` (main thread ${fmt(r.mainCpuSeconds, 1)} s)`}; peak RSS ${fmt(r.peakRssMb, 0)} MB`,
      );
    line("extraction in the main thread", here);
    line("extraction, 1 worker         ", one);
    line("extraction, 2 workers        ", two);
    console.log(
      `  2 workers / 1 worker: ${fmt(one.extractSeconds / two.extractSeconds, 2)}x (${fmt(one.steadySeconds / two.steadySeconds, 2)}x once the workers are up)`,
    );
    for (const [label, r] of [
      ["--jobs 1", j1],
      ["--jobs 2", j2],
    ] as const)
      console.log(
        `  build ${label}: ${fmt(r.seconds, 2)} s (${fmt(mb(r) / r.seconds)} MB/s; extraction ${fmt(r.extractSeconds, 2)} s, merge + analyze + render ${fmt(r.seconds - r.extractSeconds, 2)} s); peak RSS ${fmt(r.peakRssMb, 0)} MB`,
      );
    console.log(`  build --jobs 2 / --jobs 1: ${fmt(j1.seconds / j2.seconds, 2)}x`);
    const big = join(dir, "corpus-repeated-more.jsonl");
    const feedBytes = readFileSync(feed);
    writeFileSync(big, Buffer.concat(Array.from({ length: READ_REPEATS }, () => feedBytes)));
    const read = best([["read", 0]], big)[0] as ParallelRun;
    console.log(
      `  reading alone (records to articles, dropped), ${READ_REPEATS} times the input (${fmt(mb(read), 0)} MB, ${read.articles} records): ${fmt(mb(read) / read.seconds)} MB/s; peak RSS ${fmt(read.peakRssMb, 0)} MB`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const texts = pipelineBench();
clearInterval(timer);
await parallelBench(texts);
for (const script of [
  "bench-query.ts",
  "bench-viewer.ts",
  "bench-store.ts",
  "bench-incremental.ts",
  "bench-memory.ts",
]) {
  const p = join(import.meta.dirname, script);
  if (!existsSync(p)) continue;
  console.log(`\n${script}:`);
  spawnSync(process.execPath, ["--import", "tsx", p], { stdio: "inherit" });
}
spawnSync(process.execPath, [join(import.meta.dirname, "bench-extract.mjs")], { stdio: "inherit" });
