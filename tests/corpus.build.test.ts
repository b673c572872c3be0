// The 300 articles of ../shared/corpus (ANT corpus, 2018): they all build, and every span is
// exact. Skipped with a message when ../shared is absent (a fresh clone).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { Mention, RelationMention } from "../src/schema.js";
import { type BuildResult, build } from "./helpers/build.js";
import { CORPUS, HAS_CORPUS, NO_CORPUS_MESSAGE } from "./helpers/paths.js";

describe.skipIf(!HAS_CORPUS)(
  HAS_CORPUS ? "the 300 articles of ../shared/corpus" : NO_CORPUS_MESSAGE,
  () => {
    let b: BuildResult;
    let names: string[];
    const files = new Map<string, string>();

    beforeAll(async () => {
      names = readdirSync(CORPUS)
        .filter((f) => /^\d{4}\.txt$/.test(f))
        .sort();
      for (const n of names) files.set(n, readFileSync(join(CORPUS, n), "utf8"));
      b = await build([CORPUS]);
    }, 120_000);

    it("has its 300 articles", () => {
      expect(names).toHaveLength(300);
    });

    it("builds every article with no error", () => {
      expect(b.stderr).toEqual([]);
      expect(b.graph.meta.errors).toEqual([]);
      expect(b.code, b.stderr.join("\n")).toBe(0);
      expect([...b.texts.keys()].sort()).toEqual(names);
    });

    it("dates every article from the manifest's publication time", () => {
      const undated = b.graph.meta.documents.filter((d) => !d.date).map((d) => d.doc);
      expect(undated).toEqual([]);
      expect(b.graph.meta.documents.find((d) => d.doc === "0001.txt")?.date).toBe("2018-03-12");
    });

    it("finds mentions in every article", () => {
      const withMentions = new Set(b.mentions.map((m) => m.doc));
      expect(names.filter((n) => !withMentions.has(n))).toEqual([]);
    });

    it("slices every mention's span from the file to exactly its text", () => {
      const bad: string[] = [];
      for (const m of b.mentions) {
        const got = files.get(m.doc)?.slice(...m.span);
        if (got !== m.text || /[\n\r]/.test(m.text) || m.text.trim() !== m.text)
          bad.push(`${m.doc} ${m.span}: "${got}" vs "${m.text}"`);
      }
      expect(bad.slice(0, 10)).toEqual([]);
    });

    it("puts every triple's evidence inside its sentence, and the sentence in the file", () => {
      expect(b.triples.length).toBeGreaterThan(300);
      const bad: string[] = [];
      for (const t of b.triples) {
        const text = files.get(t.doc) ?? "";
        const [s, e] = t.span;
        let ok = s < e;
        let inside = false;
        for (let o = text.indexOf(t.sentence); o >= 0; o = text.indexOf(t.sentence, o + 1)) {
          if (o <= s && e <= o + t.sentence.length) inside = true;
        }
        ok &&= inside;
        if (!ok) bad.push(`${t.doc} ${t.span} ${t.type}: "${text.slice(s, e)}"`);
      }
      expect(bad.slice(0, 10)).toEqual([]);
    });

    it("writes lines that validate as Mention and RelationMention", () => {
      const badM = b.mentions.filter((m) => !Mention.safeParse(m).success).length;
      const badT = b.triples.filter((t) => !RelationMention.safeParse(t).success).length;
      expect([badM, badT]).toEqual([0, 0]);
    });

    it("relates no entity to itself", () => {
      const self = b.triples.filter((t) => t.source.id === t.target.id);
      expect(self.map((t) => `${t.doc} ${t.type} ${t.source.id}`).slice(0, 10)).toEqual([]);
    });
  },
);
