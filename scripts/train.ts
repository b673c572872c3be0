// npm run train: the relation model from the silver annotations of the train split.
// Reads ../shared/corpus (the texts) and data/annotations (silver + split.json); writes
// model/relations.json. Deterministic: the same data and seed give the same bytes.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { bundledLexicon } from "../src/extract/lexicon.js";
import { buildKb } from "../src/kb/kb.js";
import { bundledKbFiles, loadKbFiles } from "../src/kb/load.js";
import { readAnnotated, readSplit } from "../src/model/corpus.js";
import { labelPairs, toExamples } from "../src/model/dataset.js";
import {
  type Example,
  fitTemperature,
  loadLinearModel,
  modelFile,
  NONE,
  predict,
  trainSoftmax,
} from "../src/model/linear.js";

const ROOT = resolve(import.meta.dirname, "..");
const CORPUS = resolve(process.env.ATHAR_CORPUS ?? join(ROOT, "..", "shared", "corpus"));
const ANNOTATIONS = join(ROOT, "data", "annotations", "silver");
const OUT = resolve(process.argv[2] ?? join(ROOT, "model", "relations.json"));
const SEED = 20261203;
const EPOCHS = 8;
const MIN_COUNT = 2;

if (!existsSync(join(CORPUS, "0001.txt"))) {
  console.error(`train: the corpus is not at ${CORPUS} (set ATHAR_CORPUS); nothing trained`);
  process.exit(2);
}
const t0 = performance.now();
const kb = buildKb(loadKbFiles(bundledKbFiles()));
const lex = bundledLexicon();
const split = readSplit(join(ROOT, "data", "annotations", "split.json"));
const articles = readAnnotated(split.train, CORPUS, ANNOTATIONS, kb, lex);
const examples: Example[] = articles.flatMap((a) =>
  toExamples(labelPairs(a.rec, a.contexts, a.gold), a.doc),
);
const classes = [
  NONE,
  ...[...new Set(examples.map((e) => e.label))].filter((c) => c !== NONE).sort(),
];
// One article in ten (by a hash of its name) is held out to fit the temperature and threshold.
const heldOut = (doc: string) => (createHash("sha1").update(doc).digest()[0] as number) % 10 === 0;
const fit = examples.filter((e) => !heldOut(e.group));
const hold = examples.filter((e) => heldOut(e.group));
const opts = { epochs: EPOCHS, seed: SEED, minCount: MIN_COUNT, l2: 1e-3, rate: 0.1 };
const draft = loadLinearModel(modelFile(trainSoftmax(fit, classes, opts), classes, 1, 0.5, {}));
const temperature = fitTemperature(draft, hold);
const calibrated = { ...draft, temperature };
// The threshold that maximizes F1 of the held-out pair decisions (type and direction).
let best = { threshold: 0.5, f1: -1 };
const probs = hold.map((e) => ({ p: predict(calibrated, e.features), y: e.label }));
for (let th = 0.2; th <= 0.9; th += 0.025) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { p, y } of probs) {
    let k = 1;
    for (let c = 2; c < p.length; c++) if ((p[c] as number) > (p[k] as number)) k = c;
    const guess = (p[k] as number) >= th ? classes[k] : NONE;
    if (guess !== NONE && guess === y) tp++;
    else {
      if (guess !== NONE) fp++;
      if (y !== NONE) fn++;
    }
  }
  const f1 = tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
  if (f1 > best.f1) best = { threshold: Math.round(th * 1000) / 1000, f1 };
}
const weights = trainSoftmax(examples, classes, opts);
const positives = examples.filter((e) => e.label !== NONE).length;
const file = modelFile(weights, classes, temperature, best.threshold, {
  data: "data/annotations/silver (train split of data/annotations/split.json)",
  articles: articles.length,
  pairs: examples.length,
  positive_pairs: positives,
  seed: SEED,
  epochs: EPOCHS,
  min_count: MIN_COUNT,
  held_out_f1: Math.round(best.f1 * 1000) / 1000,
});
mkdirSync(resolve(OUT, ".."), { recursive: true });
writeFileSync(OUT, `${JSON.stringify(file)}\n`);
console.log(
  `train: ${articles.length} articles, ${examples.length} pairs (${positives} related), ` +
    `${Object.keys(file.weights).length} features, ${classes.length} classes; temperature ${temperature}, ` +
    `threshold ${best.threshold} (held-out pair F1 ${best.f1.toFixed(3)}); ${((performance.now() - t0) / 1000).toFixed(1)} s -> ${OUT}`,
);
