// Larger inputs made from the shared corpus for the build benchmarks: record i is corpus
// article i mod 300 with its body lines in an order shuffled by seed i+1 (mulberry32), dated
// 2018-01-01 plus i mod 730 days, from "outlet i mod 7", so every document differs. One JSON
// Lines record per article, written a record at a time (100,000 records are 373 MB).
import { closeSync, existsSync, openSync, readdirSync, readFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { mulberry32 } from "../src/analyze/rng.js";

export const CORPUS = join(import.meta.dirname, "..", "..", "shared", "corpus");

/** The corpus's texts in file order, or null when ../shared/corpus is absent. */
export function corpusTexts(): string[] | null {
  if (!existsSync(CORPUS)) return null;
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(join(CORPUS, f), "utf8"));
}

/** Record i of the generated feed (see the head of this file). */
export function feedRecord(texts: readonly string[], i: number): string {
  const lines = (texts[i % texts.length] as string).split("\n");
  const [title, ...body] = lines;
  const rng = mulberry32(i + 1);
  for (let k = body.length - 1; k > 0; k--) {
    const j = Math.floor(rng() * (k + 1));
    [body[k], body[j]] = [body[j] as string, body[k] as string];
  }
  const day = new Date(Date.UTC(2018, 0, 1) + (i % 730) * 86_400_000).toISOString().slice(0, 10);
  return JSON.stringify({
    text: [title, ...body].join("\n"),
    date: day,
    source: `outlet ${i % 7}`,
  });
}

/** Writes records from..to-1 to `path` (appending when `append`). */
export function writeFeed(
  path: string,
  texts: readonly string[],
  from: number,
  to: number,
  append = false,
): void {
  const fd = openSync(path, append ? "a" : "w");
  try {
    for (let i = from; i < to; i++) writeSync(fd, `${feedRecord(texts, i)}\n`);
  } finally {
    closeSync(fd);
  }
}
