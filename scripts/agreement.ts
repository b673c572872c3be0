// Inter-annotator agreement on the doubly annotated articles: data/annotations/double scored
// against data/annotations/silver (and the other way round). Usage: tsx scripts/agreement.ts
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { agreement } from "../src/eval/agreement.js";
import { parseGold } from "../src/eval/gold.js";

const ROOT = resolve(import.meta.dirname, "..");
const read = (dir: string, names: string[]) =>
  names.flatMap((n) => parseGold(n, readFileSync(join(dir, n), "utf8")));
const doubles = readdirSync(join(ROOT, "data/annotations/double"))
  .filter((f) => f.endsWith(".jsonl"))
  .sort();
const a = read(join(ROOT, "data/annotations/silver"), doubles);
const b = read(join(ROOT, "data/annotations/double"), doubles);
const f = (x: number) => x.toFixed(3);
for (const [name, r] of [
  ["double vs silver", agreement(a, b)],
  ["silver vs double", agreement(b, a)],
] as const) {
  console.log(
    `${name}: ${r.docs} articles; entities F1 ${f(r.entities.f1)}; relations strict P ${f(r.strict.precision)} R ${f(r.strict.recall)} F1 ${f(r.strict.f1)}; relaxed P ${f(r.relaxed.precision)} R ${f(r.relaxed.recall)} F1 ${f(r.relaxed.f1)}`,
  );
}
