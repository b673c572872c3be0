// Splits the annotated corpus into train and dev once, by outlet, with a fixed seed: ten
// articles of each outlet go to dev, the rest to train. The ten corpus articles with gold in
// tests/gold helped write the rules, so they stay in train. Writes data/annotations/split.json.
// Usage: tsx scripts/split-annotations.ts [../shared/corpus]
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { mulberry32 } from "../src/analyze/rng.js";

const ROOT = resolve(import.meta.dirname, "..");
const corpus = resolve(process.argv[2] ?? join(ROOT, "..", "shared", "corpus"));
const SEED = 20260903;
const DEV_PER_OUTLET = 10;
const RULE_GOLD = new Set(
  ["0003", "0009", "0116", "0119", "0131", "0170", "0183", "0208", "0279", "0288"].map(
    (d) => `${d}.txt`,
  ),
);

const rows = readFileSync(join(corpus, "manifest.tsv"), "utf8").trim().split("\n").slice(1);
const byOutlet = new Map<string, string[]>();
for (const row of rows) {
  const [file, path] = row.split("\t");
  const outlet = (path ?? "").split("/")[0] ?? "";
  if (!file) continue;
  byOutlet.set(outlet, [...(byOutlet.get(outlet) ?? []), file]);
}
const rand = mulberry32(SEED);
const dev: string[] = [];
for (const outlet of [...byOutlet.keys()].sort()) {
  const docs = (byOutlet.get(outlet) ?? []).filter((d) => !RULE_GOLD.has(d)).sort();
  for (let i = docs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [docs[i], docs[j]] = [docs[j] as string, docs[i] as string];
  }
  dev.push(...docs.slice(0, DEV_PER_OUTLET));
}
const devSet = new Set(dev);
const train = rows.map((r) => r.split("\t")[0] as string).filter((d) => d && !devSet.has(d));
const out = {
  note: "Fixed once (scripts/split-annotations.ts, seed below). dev is for measuring only: never write rules or lexicon entries from it.",
  seed: SEED,
  train: train.sort(),
  dev: dev.sort(),
};
writeFileSync(join(ROOT, "data", "annotations", "split.json"), `${JSON.stringify(out, null, 2)}\n`);
console.log(`train ${out.train.length}, dev ${out.dev.length}`);
