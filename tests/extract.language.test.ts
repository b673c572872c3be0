// The lexicon and word lists reach extraction as one Language value passed in: a different
// language changes what is read, and nothing falls back to the bundled lists behind its back.
import { describe, expect, it } from "vitest";
import { extractRelations } from "../src/extract/article.js";
import { bundledLanguage, type Language } from "../src/extract/language.js";
import { recognize } from "../src/recognize/recognize.js";
import { bodyArticle, bundledKb } from "./helpers/pipeline.js";

const TEXT = "لم تفرض الصين عقوبات على كوريا الشمالية.";

function relations(lang: Language, text = TEXT) {
  const kb = bundledKb();
  return extractRelations(recognize(bodyArticle(text), kb), kb, lang).map(
    (r) => `${r.source.id} ${r.type} ${r.target.id} ${r.polarity}${r.date ? ` ${r.date}` : ""}`,
  );
}

/** The language with one word left out of one of its word lists. */
function without(base: Language, list: "weekdays" | "title_heads", word: string): Language {
  const words = new Set([...base.words[list]].filter((w) => w !== word));
  return { ...base, words: { ...base.words, [list]: words } };
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

  it("is what the weekdays of a relation's date come from", () => {
    const text = "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الصيني وانغ يي يوم الخميس.";
    const base = bundledLanguage();
    const dated = relations(base, text).filter((r) => r.includes("CONSULT"));
    expect(dated.length).toBeGreaterThan(0);
    expect(dated.every((r) => / \d{4}-\d{2}-\d{2}$/.test(r))).toBe(true);
    const undated = relations(without(base, "weekdays", "الخميس"), text);
    expect(undated.filter((r) => r.includes("CONSULT")).every((r) => !/\d{4}-/.test(r))).toBe(true);
  });

  it("is what an office's head words come from", () => {
    const text = "وصل وزير الخارجية الروسي سيرغي لافروف إلى بكين.";
    const base = bundledLanguage();
    expect(relations(base, text)).toContain("person:sergey-lavrov ROLE state:RU affirmed");
    expect(relations(without(base, "title_heads", "وزير"), text)).not.toContain(
      "person:sergey-lavrov ROLE state:RU affirmed",
    );
  });

  it("is loaded once and shared", () => {
    expect(bundledLanguage()).toBe(bundledLanguage());
  });
});
