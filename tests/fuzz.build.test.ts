// The fuzz suite: over 10,000 generated articles per run (seeded, so a failure replays), the
// pipeline never throws, every span slices to its text, and the same articles give the same
// bytes in any order.
import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseTxt } from "../src/ingest/txt.js";
import { assembleArticles, type ProcessedArticle, processOne } from "../src/pipeline.js";
import type { Article } from "../src/schema.js";
import { articleText, sentencePool } from "./helpers/fuzz.js";
import { bundledKb } from "./helpers/pipeline.js";

const SEED = 20261203;
const pool = sentencePool();

function article(text: string, doc: string): Article {
  const sha256 = createHash("sha256").update(text).digest("hex");
  return parseTxt(text, { doc, sha256 });
}

/** Checks one article's outputs against its text; returns the problems found. */
function spanProblems(a: Article, p: ProcessedArticle): string[] {
  const out: string[] = [];
  for (const m of p.output.mentions) {
    const [s, e] = m.span;
    if (!(s >= 0 && s < e && e <= a.text.length)) out.push(`mention span ${s},${e} out of bounds`);
    else if (a.text.slice(s, e) !== m.text) out.push(`mention ${m.text} != ${a.text.slice(s, e)}`);
  }
  for (const r of p.output.relations) {
    const [s, e] = r.span;
    if (!(s >= 0 && s < e && e <= a.text.length)) out.push(`relation span ${s},${e} out of bounds`);
    else if (!r.sentence.includes(a.text.slice(s, e))) out.push(`evidence not in its sentence`);
    if (!a.text.includes(r.sentence)) out.push("sentence not in the text");
    for (const end of [r.source, r.target])
      if (!a.text.includes(end.text)) out.push(`end ${end.text} not in the text`);
    if (r.source.id === r.target.id) out.push(`self-relation ${r.source.id}`);
  }
  return out;
}

describe("fuzzed articles", () => {
  it("never make the pipeline throw, and every span slices to its text (10,000 articles)", () => {
    const kb = bundledKb();
    fc.assert(
      fc.property(articleText(pool), (text) => {
        const a = article(text, "fuzz.txt");
        const done = processOne(a, text.length, kb);
        if (!("output" in done)) throw new Error(`left out: ${done.stage}: ${done.message}`);
        expect(spanProblems(a, done)).toEqual([]);
      }),
      { seed: SEED, numRuns: 10_000 },
    );
  }, 600_000);

  it("give the same bytes in any order of the articles (batches of up to 8)", () => {
    const kb = bundledKb();
    const batch = fc.array(articleText(pool), { minLength: 1, maxLength: 8 }).chain((texts) =>
      fc
        .shuffledSubarray(
          texts.map((_, i) => i),
          { minLength: texts.length },
        )
        .map((order) => ({ texts, order })),
    );
    fc.assert(
      fc.property(batch, ({ texts, order }) => {
        const processed = texts.map((t, i) => {
          const done = processOne(article(t, `doc-${i}.txt`), t.length, kb);
          if (!("output" in done)) throw new Error(done.message);
          return done;
        });
        const a = assembleArticles(processed, [], kb, { gexf: true });
        const b = assembleArticles(
          order.map((i) => processed[i] as ProcessedArticle),
          [],
          kb,
          { gexf: true },
        );
        expect(a.input.errors).toEqual([]);
        const [fa, fb] = [a.output.files, b.output.files];
        for (const name of Object.keys(fa)) expect(fb[name], name).toBe(fa[name]);
      }),
      { seed: SEED, numRuns: 120 },
    );
  }, 600_000);
});
