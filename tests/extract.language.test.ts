// The lexicon and word lists reach extraction as one Language value passed in: a different
// language changes what is read, and nothing falls back to the bundled lists behind its back.
import { describe, expect, it } from "vitest";
import { extractRelations } from "../src/extract/article.js";
import { bundledLanguage, type Language } from "../src/extract/language.js";
import { recognize } from "../src/recognize/recognize.js";
import { bodyArticle, bundledKb } from "./helpers/pipeline.js";

const TEXT = "لم تفرض الصين عقوبات على كوريا الشمالية.";

function relations(lang: Language) {
  const kb = bundledKb();
  return extractRelations(recognize(bodyArticle(TEXT), kb), kb, lang).map(
    (r) => `${r.source.id} ${r.type} ${r.target.id} ${r.polarity}`,
  );
}

describe("the language resource", () => {
  it("is what the negators come from", () => {
    const base = bundledLanguage();
    expect(relations(base)).toEqual(["state:CN SANCTION state:KP negated"]);
    const negators = new Set([...base.words.negators].filter((w) => w !== "لم"));
    const without: Language = { ...base, words: { ...base.words, negators } };
    expect(relations(without)).toEqual(["state:CN SANCTION state:KP affirmed"]);
  });

  it("is what the triggers come from", () => {
    const base = bundledLanguage();
    const lexicon = { ...base.lexicon, verbs: new Map(), nouns: new Map() };
    expect(relations({ ...base, lexicon })).toEqual([]);
  });

  it("is loaded once and shared", () => {
    expect(bundledLanguage()).toBe(bundledLanguage());
  });
});
