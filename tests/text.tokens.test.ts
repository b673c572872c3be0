import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stems, withoutArticle } from "../src/text/clitics.js";
import { normalizeForMatch, normalizeWithMap } from "../src/text/normalize.js";
import { tokenize } from "../src/text/tokenize.js";
import { aliasVariants } from "../src/text/variants.js";

const words = (s: string) => tokenize(s).map((t) => t.text);

describe("tokenizer", () => {
  it("cuts an Arabic news sentence into words with exact offsets, punctuation left out", () => {
    const text =
      'قال وزير الخارجية الأمريكي أنتوني بلينكن، الخميس، إنه ونظيره لديهما مخاوف "بالغة".';
    const toks = tokenize(text);
    expect(toks.map((t) => t.text)).toEqual([
      "قال",
      "وزير",
      "الخارجية",
      "الأمريكي",
      "أنتوني",
      "بلينكن",
      "الخميس",
      "إنه",
      "ونظيره",
      "لديهما",
      "مخاوف",
      "بالغة",
    ]);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it("keeps every token inside the range, even one cut from inside a surrogate pair", () => {
    // U+10000 (a letter outside the BMP) after three alefs: a range starting at its second
    // code unit used to give a token starting one unit before the range.
    const text = "ااا\u{10000}";
    expect(tokenize(text, 4, 4)).toEqual([]);
    expect(tokenize(text, 4, 5)).toEqual([{ text: "\udc00", start: 4, end: 5 }]);
    expect(tokenize(text, 0, 5)).toEqual([{ text, start: 0, end: 5 }]);
  });

  it("keeps tashkeel and tatweel inside their word", () => {
    expect(words("يدشّن سلاحًا بحريـًا")).toEqual(["يدشّن", "سلاحًا", "بحريـًا"]);
  });

  it("reads a hashtag #قطاع_غزة as two words", () => {
    const text = "قصف في #قطاع_غزة اليوم";
    const toks = tokenize(text);
    expect(toks.map((t) => t.text)).toEqual(["قصف", "في", "قطاع", "غزة", "اليوم"]);
    expect(text.slice(toks[2]?.start, toks[3]?.end)).toBe("قطاع_غزة");
  });

  it("reads #الحوثي and #قرقاش as the words they tag", () => {
    expect(words("أنور #قرقاش عن ميليشيات #الحوثي")).toEqual([
      "أنور",
      "قرقاش",
      "عن",
      "ميليشيات",
      "الحوثي",
    ]);
  });

  it("keeps digits (ASCII and Arabic-Indic) as tokens", () => {
    expect(words("تزن 5 آلاف طن في ٢٠٢٣")).toEqual(["تزن", "5", "آلاف", "طن", "في", "٢٠٢٣"]);
  });

  it("tokenizes only inside [from, to) and keeps offsets absolute", () => {
    const text = "المصدر: موقع 24\nوأدانت الولايات المتحدة";
    const from = text.indexOf("وأدانت");
    const toks = tokenize(text, from, text.length);
    expect(toks.map((t) => t.text)).toEqual(["وأدانت", "الولايات", "المتحدة"]);
    expect(toks[0]?.start).toBe(from);
    expect(words(text.slice(0, text.indexOf("\n")))).toEqual(["المصدر", "موقع", "24"]);
    expect(tokenize(text, 0, text.indexOf("\n")).map((t) => t.text)).toEqual([
      "المصدر",
      "موقع",
      "24",
    ]);
    // A token never runs past `to`.
    expect(tokenize(text, 0, 10).every((t) => t.end <= 10)).toBe(true);
  });

  it("gives exact, ordered, non-overlapping tokens for any string (fast-check)", () => {
    const arb = fc
      .array(
        fc.oneof(
          fc.integer({ min: 0x0600, max: 0x06ff }).map((c) => String.fromCharCode(c)),
          fc.constantFrom(" ", "\r\n", "_", "#", "،", ".", "😀", "\ud83d", "٣", "a"),
          fc.string({ unit: "binary", maxLength: 3 }),
        ),
        { maxLength: 80 },
      )
      .map((a) => a.join(""));
    fc.assert(
      fc.property(arb, (s) => {
        let prev = 0;
        for (const t of tokenize(s)) {
          const ok =
            t.start >= prev &&
            t.end > t.start &&
            s.slice(t.start, t.end) === t.text &&
            !/\s/.test(t.text);
          if (!ok) throw new Error(`bad token ${JSON.stringify(t)} in ${JSON.stringify(s)}`);
          prev = t.end;
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("proclitics (stems)", () => {
  const stemSet = (w: string) => stems(normalizeForMatch(w)).map((s) => s.stem);
  const n = normalizeForMatch;

  it("offers the token itself first", () => {
    expect(stems("روسيا")[0]).toEqual({ stem: "روسيا", prefixLength: 0 });
  });

  it("strips و ف ب ل ك and their combinations: وروسيا, لروسيا, بكوريا, فبروسيا, وكروسيا", () => {
    expect(stemSet("وروسيا")).toContain("روسيا");
    expect(stemSet("لروسيا")).toContain("روسيا");
    expect(stemSet("بكوريا")).toContain("كوريا");
    expect(stemSet("فبروسيا")).toContain("روسيا");
    expect(stemSet("وبإيران")).toContain(n("إيران"));
  });

  it("restores the article hidden by لل: وللولايات -> الولايات, للأمم -> الأمم", () => {
    expect(stemSet("وللولايات")).toContain("الولايات");
    expect(stemSet("للولايات")).toContain("الولايات");
    expect(stemSet("للأمم")).toContain(n("الأمم"));
  });

  it("reports how many characters the proclitics took", () => {
    const token = n("وبكوريا");
    for (const s of stems(token)) {
      if (s.stem.startsWith("ال") && !token.slice(s.prefixLength).startsWith("ال")) continue;
      expect(token.slice(s.prefixLength)).toBe(s.stem);
    }
    expect(stems(token).find((s) => s.stem === "كوريا")?.prefixLength).toBe(2);
    expect(stems("وللولايات").find((s) => s.stem === "الولايات")?.prefixLength).toBe(2);
  });

  it("does not tear short words apart: every stem keeps at least two letters", () => {
    expect(stemSet("لا")).toEqual(["لا"]);
    expect(stemSet("بل")).toEqual(["بل"]);
    expect(stemSet("وفي")).toEqual(["وفي", "في"]);
    for (const w of ["ولم", "لن", "كل", "فيه", "وبه", "لك"]) {
      for (const s of stemSet(w)) expect(s.length).toBeGreaterThanOrEqual(2);
    }
  });

  it("strips the article for nisba adjectives only from long enough words", () => {
    expect(withoutArticle("الروسي")).toBe("روسي");
    expect(withoutArticle("الي")).toBeNull();
  });
});

describe("transliteration variants of a KB alias", () => {
  it("reaches بيونغ يانغ, بيونج يانج and the forms written together", () => {
    const v = aliasVariants(normalizeForMatch("بيونغ يانغ"));
    expect(v).toEqual(
      expect.arrayContaining(["بيونغ يانغ", "بيونج يانج", "بيونغيانغ", "بيونجيانج"]),
    );
  });

  it("swaps غ and ج both ways: شويغو / شويجو, جونغ / جونج", () => {
    expect(aliasVariants("شويغو")).toContain("شويجو");
    expect(aliasVariants("شويجو")).toContain("شويغو");
    expect(aliasVariants(normalizeForMatch("كيم جونغ أون"))).toContain(
      normalizeForMatch("كيم جونج أون"),
    );
  });

  it("joins عبد الله and does not run long phrases together", () => {
    expect(aliasVariants("عبد الله الثاني")).toContain("عبدالله الثاني");
    expect(
      aliasVariants(normalizeForMatch("الجمعية العامة للأمم المتحدة")).some(
        (v) => !v.includes(" "),
      ),
    ).toBe(false);
  });

  it("gives only normalized forms (what matching compares against)", () => {
    for (const v of aliasVariants(normalizeForMatch("بيونغ يانغ"))) {
      expect(normalizeWithMap(v).norm).toBe(v);
    }
  });
});
