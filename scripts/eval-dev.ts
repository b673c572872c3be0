// npm run eval:dev: the ablation on the dev split (data/annotations/split.json): relations
// from the rules only, the model only, and both, scored against the silver annotations of
// the 50 dev articles (entities, strict and relaxed relations, per type). Measuring only:
// nothing here is tuned on dev. Reads ../shared/corpus (ATHAR_CORPUS elsewhere).
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseGold } from "../src/eval/gold.js";
import { evaluate, type Prf } from "../src/eval/score.js";
import { sentenceDetection } from "../src/eval/sentences.js";
import { RELATION_SOURCES } from "../src/extract/relation-sources.js";
import { readArticles, type Sidecar } from "../src/ingest/read.js";
import { buildKb } from "../src/kb/kb.js";
import { bundledKbFiles, loadKbFiles } from "../src/kb/load.js";
import { readSplit } from "../src/model/corpus.js";
import { processArticle } from "../src/pipeline.js";

const ROOT = resolve(import.meta.dirname, "..");
const CORPUS = resolve(process.env.ATHAR_CORPUS ?? join(ROOT, "..", "shared", "corpus"));
const SPLIT = process.argv.includes("--train") ? "train" : "dev";
if (!existsSync(join(CORPUS, "0001.txt"))) {
  console.error(`eval-dev: the corpus is not at ${CORPUS} (set ATHAR_CORPUS); nothing measured`);
  process.exit(2);
}
const kb = buildKb(loadKbFiles(bundledKbFiles()));
const docs = readSplit(join(ROOT, "data", "annotations", "split.json"))[SPLIT];
const manifests = new Map<string, Map<string, Sidecar>>();
const articles = docs.map((doc) => {
  const a = readArticles({ path: join(CORPUS, doc), doc }, manifests).articles[0];
  if (!a) throw new Error(`cannot read ${doc}`);
  return a;
});
const gold = docs.flatMap((doc) => {
  const path = join(ROOT, "data", "annotations", "silver", doc.replace(/\.txt$/, ".jsonl"));
  return parseGold(path, readFileSync(path, "utf8"));
});
const f = (p: Prf) => `${p.precision.toFixed(3)}  ${p.recall.toFixed(3)}  ${p.f1.toFixed(3)}`;
console.log(`athar ablation on the ${SPLIT} split: ${docs.length} articles (silver annotations)`);
console.log(
  `${"".padEnd(10)} ${"entities P R F1".padEnd(22)} ${"strict P R F1".padEnd(22)} relaxed P R F1`,
);
const reports = RELATION_SOURCES.map((relations) => {
  const outputs = articles.map((a) => processArticle(a, kb, { relations }));
  const triples = outputs.flatMap((o) => o.relations);
  const r = evaluate(
    gold,
    outputs.flatMap((o) => o.mentions),
    triples,
  );
  console.log(`${relations.padEnd(10)} ${f(r.entities)}   ${f(r.strict)}   ${f(r.relaxed)}`);
  return [relations, r, sentenceDetection(gold, triples)] as const;
});
const both = reports.find(([s]) => s === "both");
if (both) {
  console.log("\nstrict by type (both):");
  for (const [t, p] of Object.entries(both[1].byType))
    console.log(`  ${t.padEnd(10)} ${f(p)}   (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`);
  console.log("\nevent sentences (both): a relation of the type extracted from the sentence");
  for (const [t, p] of Object.entries(both[2]))
    console.log(`  ${t.padEnd(10)} ${f(p)}   (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`);
}
