// npm run bench: pipeline throughput on the shared corpus (repeated to at least 10 MB), next
// to a baseline pass over the same text (read + a plain regex word split), then the query
// and viewer benchmarks when their scripts are present.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseTxt } from "../src/ingest/txt.js";
import { buildKb } from "../src/kb/kb.js";
import { bundledKbFiles, loadKbFiles } from "../src/kb/load.js";
import {
  type ArticleOutput,
  type BuildInput,
  buildGraph,
  processArticle,
  renderOutputs,
} from "../src/pipeline.js";
import type { Article } from "../src/schema.js";

const CORPUS = join(import.meta.dirname, "..", "..", "shared", "corpus");
const TARGET_BYTES = 10 * 1024 * 1024;

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

function pipelineBench(): void {
  const texts = corpusTexts();
  if (texts.length === 0) return;
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
  const files = renderOutputs(input, graph);
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
}

pipelineBench();
clearInterval(timer);
for (const script of ["bench-query.ts", "bench-viewer.ts"]) {
  const p = join(import.meta.dirname, script);
  if (!existsSync(p)) continue;
  console.log(`\n${script}:`);
  spawnSync(process.execPath, ["--import", "tsx", p], { stdio: "inherit" });
}
