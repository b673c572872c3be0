// npm run train: the relation model from the silver annotations of the train split.
// Reads ../shared/corpus (the texts; ATHAR_CORPUS elsewhere) and data/annotations (silver +
// split.json); writes model/relations.json. Deterministic: same data and seed, same bytes.
// Never reads the dev split.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { bundledLanguage } from "../src/extract/language.js";
import { buildKb } from "../src/kb/kb.js";
import { bundledKbFiles, loadKbFiles } from "../src/kb/load.js";
import { readAnnotated, readSplit } from "../src/model/corpus.js";
import { labelArticlePair } from "../src/model/dataset.js";
import {
  type Example,
  loadLinearModel,
  modelFile,
  NONE,
  predict,
  trainSoftmax,
} from "../src/model/linear.js";
import { articlePairs } from "../src/model/pairs.js";
import type { RelationModelFile } from "../src/model/relation-model.js";

const ROOT = resolve(import.meta.dirname, "..");
const CORPUS = resolve(process.env.ATHAR_CORPUS ?? join(ROOT, "..", "shared", "corpus"));
const ANNOTATIONS = join(ROOT, "data", "annotations", "silver");
const OUT = resolve(process.argv[2] ?? join(ROOT, "model", "relations.json"));
const SEED = 20261203;
const OPTS = { epochs: 5, seed: SEED, minCount: 3, l2: 1e-3, rate: 0.1 };
const FOLDS = 5;
/**
 * The combined pairs (rules and model) must keep at least this precision in cross-validation,
 * and at most PRECISION_GIVEN below the rules' own: the model adds recall at a bounded cost in
 * precision (at 0.70 it took the seeds' strict precision below its floor in
 * tests/eval.floor.test.ts, and so did 0.73 once the rules alone reached 0.82). 0.05 below
 * the rules' 0.83 of the fifth round let the threshold fall to 0.85, where the model related
 * pairs of the seeds that no reader would (Russia ASSAULT Blinken): the cross-validated
 * precision of its own pairs runs above what it keeps on articles it never saw. With the
 * seventh round of rules, 0.08 (threshold 0.80 instead of 0.925) raised the older careful
 * gold's relaxed F1 from 0.667 to 0.705 at precision 0.908 (strict 0.644 -> 0.661) and kept
 * the seeds above their floors; the silver dev split, measured after, moved the same way
 * (relaxed 0.388 -> 0.404, precision 0.783 -> 0.761; strict about even).
 */
const MIN_PRECISION = 0.73;
const PRECISION_GIVEN = 0.08;
/**
 * The threshold the model file keeps: the cross-validated choice above of the seventh round,
 * fixed since. That choice sits where the combined precision meets its floor, so a change of a
 * few pairs in what the model is trained on moved it by a grid step, 0.80 to 0.825 and back,
 * and every such step moved the seeds' edges and the older gold's relaxed F1 by 0.02. The
 * choice cross-validation would make now is still computed and kept in the file
 * (`trained.cv_threshold`), with the combined precision and recall at the fixed threshold.
 */
const THRESHOLD = 0.8;

if (!existsSync(join(CORPUS, "0001.txt"))) {
  console.error(`train: the corpus is not at ${CORPUS} (set ATHAR_CORPUS); nothing trained`);
  process.exit(2);
}
const t0 = performance.now();
const kb = buildKb(loadKbFiles(bundledKbFiles()));
const lang = bundledLanguage();
const split = readSplit(join(ROOT, "data", "annotations", "split.json"));
const articles = readAnnotated(split.train, CORPUS, ANNOTATIONS, kb, lang);

interface Row {
  doc: string;
  ruled: boolean;
  features: string[];
  label: string;
}
const rows: Row[] = articles.flatMap((a) =>
  articlePairs(a.contexts, { texts: true }).map((p) => ({
    doc: a.doc,
    ruled: p.ruled,
    features: p.features,
    label: labelArticlePair(p, a.gold),
  })),
);
const relatedEx = (rs: Row[]): Example[] =>
  rs.map((r) => ({ features: r.features, label: r.label === NONE ? NONE : "REL", group: r.doc }));
const typeEx = (rs: Row[]): Example[] =>
  rs
    .filter((r) => r.label !== NONE)
    .map((r) => ({ features: r.features, label: r.label, group: r.doc }));
const typeClasses = [...new Set(rows.map((r) => r.label))].filter((c) => c !== NONE).sort();

// Cross-validation by article: the probability each pair gets from a model that never saw it.
const fold = (doc: string) => (createHash("sha1").update(doc).digest()[0] as number) % FOLDS;
const heldOut = new Map<Row, number>();
for (let k = 0; k < FOLDS; k++) {
  const fit = rows.filter((r) => fold(r.doc) !== k);
  const m = loadLinearModel(
    modelFile(trainSoftmax(relatedEx(fit), [NONE, "REL"], OPTS), [NONE, "REL"], 1, 0.5, {}),
  );
  for (const r of rows) if (fold(r.doc) === k) heldOut.set(r, predict(m, r.features)[1] as number);
}
// The threshold: the best combined pair F1 whose precision stays at the floor or above.
const positives = rows.filter((r) => r.label !== NONE).length;
const ruledRows = rows.filter((r) => r.ruled);
const rulesPrecision =
  ruledRows.filter((r) => r.label !== NONE).length / Math.max(1, ruledRows.length);
const floor = Math.max(MIN_PRECISION, rulesPrecision - PRECISION_GIVEN);
/** The combined pairs' precision, recall and F1 in cross-validation at a threshold. */
function combinedAt(th: number): { precision: number; recall: number; f1: number } {
  let tp = 0;
  let fp = 0;
  for (const r of rows) {
    const said = r.ruled || (heldOut.get(r) as number) >= th;
    if (!said) continue;
    if (r.label !== NONE) tp++;
    else fp++;
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, positives);
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
let cvBest = { threshold: 1, f1: 0 };
for (let th = 0.3; th <= 0.951; th += 0.025) {
  const at = combinedAt(th);
  if (at.precision >= floor && at.f1 > cvBest.f1)
    cvBest = { threshold: Math.round(th * 1000) / 1000, f1: at.f1 };
}
const choice = { threshold: THRESHOLD, ...combinedAt(THRESHOLD) };
const related = modelFile(
  trainSoftmax(relatedEx(rows), [NONE, "REL"], OPTS),
  [NONE, "REL"],
  1,
  choice.threshold,
  { examples: rows.length, positive: positives },
);
const type = modelFile(trainSoftmax(typeEx(rows), typeClasses, OPTS), typeClasses, 1, 0, {
  examples: positives,
});
const ruledOnly = rows.filter((r) => r.ruled);
const file: RelationModelFile = {
  format: "athar-relation-model/1",
  threshold: choice.threshold,
  related,
  type,
  trained: {
    data: "data/annotations/silver, train split of data/annotations/split.json",
    articles: articles.length,
    pairs: rows.length,
    related_pairs: positives,
    seed: SEED,
    epochs: OPTS.epochs,
    cv_folds: FOLDS,
    cv_rules_precision:
      Math.round(
        (ruledOnly.filter((r) => r.label !== NONE).length / Math.max(1, ruledOnly.length)) * 1000,
      ) / 1000,
    cv_rules_recall:
      Math.round((ruledOnly.filter((r) => r.label !== NONE).length / positives) * 1000) / 1000,
    cv_threshold: cvBest.threshold,
    cv_combined_precision: Math.round(choice.precision * 1000) / 1000,
    cv_combined_recall: Math.round(choice.recall * 1000) / 1000,
  },
};
mkdirSync(resolve(OUT, ".."), { recursive: true });
writeFileSync(OUT, `${JSON.stringify(file)}\n`);
console.log(
  `train: ${articles.length} articles, ${rows.length} actor pairs (${positives} related); ` +
    `threshold ${choice.threshold} (cross-validation's choice ${cvBest.threshold}): pairs P ${choice.precision.toFixed(3)} R ${choice.recall.toFixed(3)} ` +
    `(rules alone P ${file.trained.cv_rules_precision} R ${file.trained.cv_rules_recall}, ${FOLDS}-fold CV); ` +
    `${((performance.now() - t0) / 1000).toFixed(1)} s -> ${OUT}`,
);
