import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeForMatch, normalizeWithMap, toOriginalSpan } from "../src/text/normalize.js";

describe("normalization for matching (DESIGN.md, Arabic text)", () => {
  it("strips tashkeel, shadda, sukun and superscript alef", () => {
    expect(normalizeForMatch("مُحَمَّدٌ")).toBe("محمد");
    expect(normalizeForMatch("كُورِيَا الشَّمَالِيَّةُ")).toBe(normalizeForMatch("كوريا الشمالية"));
    expect(normalizeForMatch("هٰذا")).toBe("هذا");
  });

  it("strips tatweel", () => {
    expect(normalizeForMatch("روسـيـــا")).toBe("روسيا");
    expect(normalizeForMatch("الولايـات المتحـدة")).toBe(normalizeForMatch("الولايات المتحدة"));
  });

  it("unifies alef forms أ إ آ ٱ into ا", () => {
    expect(normalizeForMatch("أإآٱا")).toBe("ااااا");
    expect(normalizeForMatch("إيران")).toBe("ايران");
    expect(normalizeForMatch("أنتوني بلينكن")).toBe(normalizeForMatch("انتوني بلينكن"));
  });

  it("folds alef maqsura to ya and ta marbuta to ha", () => {
    expect(normalizeForMatch("نفى")).toBe("نفي");
    expect(normalizeForMatch("الكوريتين الشمالية")).toBe("الكوريتين الشماليه");
    expect(normalizeForMatch("موسكو العاصمة")).toBe("موسكو العاصمه");
  });

  it("reads the Persian letters of the seeds (کوریا الشمالیة) as Arabic", () => {
    expect(normalizeForMatch("کوریا الشمالیة")).toBe(normalizeForMatch("كوريا الشمالية"));
    expect(normalizeForMatch("الولایات المتحدة")).toBe(normalizeForMatch("الولايات المتحدة"));
  });

  it("turns Arabic-Indic and Persian digits into ASCII digits", () => {
    expect(normalizeForMatch("٩ نوفمبر ٢٠٢٣")).toBe("9 نوفمبر 2023");
    expect(normalizeForMatch("۱۴۰۲")).toBe("1402");
    expect(normalizeForMatch("٠١٢٣٤٥٦٧٨٩")).toBe("0123456789");
  });

  it("lower-cases Latin letters and keeps other text", () => {
    expect(normalizeForMatch("(CNN) NATO")).toBe("(cnn) nato");
  });

  it("collapses white space in normalizeForMatch but not in normalizeWithMap", () => {
    expect(normalizeForMatch("  بيونغ \n  يانغ ")).toBe("بيونغ يانغ");
    expect(normalizeWithMap("بيونغ  يانغ").norm).toBe("بيونغ  يانغ");
  });
});

describe("the offset map back to the original text", () => {
  it("maps each normalized character to the original character it came from", () => {
    const text = "قال كِيمُ جونغ أون";
    const n = normalizeWithMap(text);
    expect(n.norm).toBe("قال كيم جونغ اون");
    for (let i = 0; i < n.norm.length; i++) {
      const o = n.map[i] as number;
      expect(normalizeWithMap(text[o] as string).norm).toBe(n.norm[i]);
    }
    expect(n.map[n.norm.length]).toBe(text.length);
  });

  it("turns a normalized span into the original span, tashkeel and tatweel included", () => {
    const text = "التقى الرئيسُ الرُّوسـيُّ فلاديمير بوتين";
    const n = normalizeWithMap(text);
    const start = n.norm.indexOf("الروسي");
    const [s, e] = toOriginalSpan(n, start, start + "الروسي".length);
    // Marks and tatweel inside the word are kept; the span ends at its last letter.
    expect(text.slice(s, e)).toBe("الرُّوسـي");
    expect(normalizeForMatch(text.slice(s, e))).toBe("الروسي");
  });

  it("keeps spans exact after dropped invisible marks (RLM, ZWNJ, BOM)", () => {
    const text = "\uFEFFقال\u200F بلينكن\u200C، إن";
    const n = normalizeWithMap(text);
    const start = n.norm.indexOf("بلينكن");
    const [s, e] = toOriginalSpan(n, start, start + 6);
    expect(text.slice(s, e)).toBe("بلينكن");
  });
});

// Strings that mix what news text really holds: Arabic letters and marks, Persian letters,
// digits, Latin, emoji (surrogate pairs), lone surrogates, CRLF, tabs and NBSP.
const piece = fc.oneof(
  fc.integer({ min: 0x0600, max: 0x06ff }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x064b, max: 0x065f }).map((c) => String.fromCharCode(c)),
  fc.constantFrom("ـ", "أ", "إ", "آ", "ٱ", "ى", "ة", "ک", "ی", "٣", "۴", "\u200f", "\ufeff"),
  fc.constantFrom("\r\n", "\n", "\t", " ", "\u00a0", "😀", "🇸🇦", "\ud800", "\udfff", "#_"),
  fc.string({ unit: "binary", maxLength: 4 }),
  fc.string({ maxLength: 4 }),
);
const newsish = fc.array(piece, { maxLength: 60 }).map((a) => a.join(""));

describe("normalization properties (fast-check)", () => {
  it("never throws, on any string", () => {
    fc.assert(
      fc.property(fc.oneof(newsish, fc.string({ unit: "binary" })), (s) => {
        normalizeWithMap(s);
        normalizeForMatch(s);
      }),
      { numRuns: 500 },
    );
  });

  it("gives a map one longer than the normalized text, non-decreasing and inside the original", () => {
    fc.assert(
      fc.property(newsish, (s) => {
        const { norm, map } = normalizeWithMap(s);
        expect(map.length).toBe(norm.length + 1);
        expect(map[norm.length]).toBe(s.length);
        for (let i = 0; i < map.length; i++) {
          const m = map[i] as number;
          expect(m).toBeGreaterThanOrEqual(0);
          expect(m).toBeLessThanOrEqual(s.length);
          if (i > 0) expect(m).toBeGreaterThanOrEqual(map[i - 1] as number);
          if (i < norm.length) expect(m).toBeLessThan(s.length);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("maps any non-empty normalized span to an original slice that normalizes back to it", () => {
    const withSpan = newsish
      .filter((s) => normalizeWithMap(s).norm.length > 0)
      .chain((s) => {
        const len = normalizeWithMap(s).norm.length;
        return fc
          .tuple(fc.nat({ max: len - 1 }), fc.nat({ max: len - 1 }))
          .map(([a, b]) => ({ s, start: Math.min(a, b), end: Math.max(a, b) + 1 }));
      });
    fc.assert(
      fc.property(withSpan, ({ s, start, end }) => {
        const n = normalizeWithMap(s);
        const [os, oe] = toOriginalSpan(n, start, end);
        expect(0 <= os && os < oe && oe <= s.length).toBe(true);
        expect(normalizeWithMap(s.slice(os, oe)).norm).toBe(n.norm.slice(start, end));
      }),
      { numRuns: 500 },
    );
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(newsish, (s) => {
        const once = normalizeWithMap(s).norm;
        expect(normalizeWithMap(once).norm).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});
