// A folder of 5,000 fuzzed articles, a few broken files and the 300 corpus articles: every good
// article is built, and each bad file gets exactly one error line naming it.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runQuiet } from "./helpers/build.js";
import { articleText, sentencePool } from "./helpers/fuzz.js";
import { CORPUS, HAS_CORPUS, tempDir } from "./helpers/paths.js";

const BAD: Record<string, Buffer> = {
  "bad-empty.txt": Buffer.alloc(0),
  "bad-binary.txt": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]),
  "bad-latin1.txt": Buffer.from([0x52, 0xe9, 0x73, 0x75, 0x6d, 0xe9, 0x0a, 0xff, 0xfe, 0x41]),
  "bad-spaces.txt": Buffer.from(" \n\t\n  \n"),
  "bad-syntax.json": Buffer.from('{"text": "روسيا", '),
};

describe("a folder of 5,000 fuzzed articles with broken files among them", () => {
  it("builds every good article and prints one line per bad file", async () => {
    const root = tempDir();
    const dir = join(root, "fuzz");
    mkdirSync(dir);
    const texts = fc.sample(articleText(sentencePool(60)), { seed: 20261204, numRuns: 5000 });
    // A NUL byte marks a file as binary (refused by design); every other character is text.
    texts.forEach((t, i) => {
      writeFileSync(join(dir, `fuzz-${String(i).padStart(4, "0")}.txt`), t.replaceAll("\0", ""));
    });
    for (const [name, bytes] of Object.entries(BAD)) writeFileSync(join(dir, name), bytes);
    const inputs = HAS_CORPUS ? [dir, CORPUS] : [dir];
    const r = await runQuiet(inputs, { out: join(root, "out") });
    expect(r.code).toBe(1);
    const named = r.stderr.map((l) => /^athar: (\S+): /.exec(l)?.[1]);
    expect(named.sort()).toEqual(Object.keys(BAD).sort());
    const graph = JSON.parse(readFileSync(join(root, "out", "graph.json"), "utf8")) as {
      meta: { counts: { articles: number; errors: number } };
    };
    expect(graph.meta.counts.articles).toBe(5000 + (HAS_CORPUS ? 300 : 0));
    expect(graph.meta.counts.errors).toBe(Object.keys(BAD).length);
  }, 900_000);
});
