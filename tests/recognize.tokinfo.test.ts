import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { infoOf, tokenizeInfo } from "../src/recognize/tokinfo.js";
import { stems } from "../src/text/clitics.js";
import { tokenize } from "../src/text/tokenize.js";

const plain = (toks: Array<{ text: string; start: number; end: number }>) =>
  toks.map(({ text, start, end }) => ({ text, start, end }));

describe("token info records", () => {
  it("cut the same tokens as the tokenizer, with the shared record of each text", () => {
    const text = "وقال بوتين، إن روسيا وكوريا الشمالية... وقال بوتين: ١٢ 😀مرحبا #قطاع_غزة";
    const toks = tokenizeInfo(text, 0, text.length);
    expect(plain(toks)).toEqual(plain(tokenize(text)));
    const said = toks.filter((t) => t.text === "وقال");
    expect(said).toHaveLength(2);
    expect(said[0]?.info).toBe(said[1]?.info);
    expect(said[0]?.info.stems).toEqual(stems("وقال"));
  });

  it("agree with the tokenizer on any text and any range", () => {
    const chars = fc.constantFrom(..."اب تثج ،.ـً؟1٢a\u00a0\u200b😀\ud800\udc00\n-_".split(""));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }), fc.nat(), fc.nat(), (cs, a, b) => {
        const text = cs.join("");
        const from = text.length ? a % text.length : 0;
        const to = from + (text.length - from ? b % (text.length - from + 1) : 0);
        expect(plain(tokenizeInfo(text, from, to))).toEqual(plain(tokenize(text, from, to)));
      }),
    );
  });

  it("find a text by its characters wherever it is cut from", () => {
    const a = infoOf("xxروسياyy", 2, 7);
    expect(a.text).toBe("روسيا");
    expect(infoOf("روسيا", 0, 5)).toBe(a);
    for (let i = 0; i < 5000; i++) infoOf(`w${i}`, 0, `w${i}`.length);
    expect(infoOf(" روسيا ", 1, 6)).toBe(a);
  });
});
