// codePointSpan: athar's UTF-16 spans as code-point (Python) indices.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codePointSpan } from "../src/index.js";

/** The span's text the way Python slices it: by code points. */
const byPoints = (text: string, [s, e]: [number, number]) => [...text].slice(s, e).join("");

describe("codePointSpan", () => {
  it("is the identity where every character is one UTF-16 unit, combining marks included", () => {
    const text = "كَتَبَ cafe\u0301 لافروف";
    expect(text.indexOf("لافروف")).toBe(13);
    expect(codePointSpan(text, [13, 19])).toEqual([13, 19]);
    expect(codePointSpan(text, [0, 0])).toEqual([0, 0]);
    expect(codePointSpan(text, [0, text.length])).toEqual([0, text.length]);
  });

  it("counts an emoji as one code point and a flag as two", () => {
    const text = "🇷🇺 روسيا 😀 لافروف";
    const ru = text.indexOf("روسيا");
    const lavrov = text.indexOf("لافروف");
    expect([ru, lavrov]).toEqual([5, 14]);
    expect(codePointSpan(text, [ru, ru + 5])).toEqual([3, 8]);
    expect(codePointSpan(text, [lavrov, lavrov + 6])).toEqual([11, 17]);
    expect(byPoints(text, codePointSpan(text, [lavrov, lavrov + 6]))).toBe("لافروف");
    // The flag itself: two regional indicators, four units.
    expect(codePointSpan(text, [0, 4])).toEqual([0, 2]);
  });

  it("refuses spans outside the text, reversed, or splitting a surrogate pair", () => {
    expect(() => codePointSpan("abc", [1, 4])).toThrow(RangeError);
    expect(() => codePointSpan("abc", [2, 1])).toThrow(RangeError);
    expect(() => codePointSpan("abc", [-1, 1])).toThrow(RangeError);
    expect(() => codePointSpan("😀a", [1, 3])).toThrow(/splits a surrogate pair/);
  });

  it("slices by code points to the same text as the UTF-16 span (property)", () => {
    const units = fc.constantFrom("a", "ب", "\u064e", "\u0301", "😀", "🇷", "🇺", " ", "é");
    fc.assert(
      fc.property(fc.array(units, { maxLength: 40 }), fc.nat(), fc.nat(), (parts, i, j) => {
        const text = parts.join("");
        // Boundaries between whole code points, as athar's spans always are.
        const cuts = [0];
        for (const p of parts) cuts.push((cuts.at(-1) ?? 0) + p.length);
        const a = cuts[i % cuts.length] ?? 0;
        const b = cuts[j % cuts.length] ?? 0;
        const span: [number, number] = [Math.min(a, b), Math.max(a, b)];
        expect(byPoints(text, codePointSpan(text, span))).toBe(text.slice(...span));
      }),
    );
  });
});
