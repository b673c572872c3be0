// "الحكومة" and "السلطات" alone are the government or authorities of the state the article is
// about, when one dominates it (src/extract/home-body.ts).
import { describe, expect, it } from "vitest";
import { find, relationsOf, show } from "./helpers/pipeline.js";

const KENYA =
  "خرج آلاف المحتجين في كينيا ضد قانون الضرائب.\n" +
  "وقال رئيس كينيا وليام روتو إن كينيا لن تتراجع عن الإصلاحات.\n" +
  "وتعد كينيا من أكبر اقتصادات شرق أفريقيا.\n";

describe("the article's own government and authorities", () => {
  it("are its state acting: «ودعت المعارضة الحكومة إلى الاستقالة»", () => {
    const rels = relationsOf(`${KENYA}ودعت المعارضة الحكومة إلى الاستقالة.`);
    expect(find(rels, "group:opposition", "REQUEST", "state:KE").length, show(rels)).toBe(1);
  });

  it("act as subjects too: «واعتقلت السلطات عشرات الناشطين»", () => {
    const rels = relationsOf(`${KENYA}واعتقلت السلطات عشرات الناشطين.`);
    expect(find(rels, "state:KE", "COERCE", "group:activists").length, show(rels)).toBe(1);
  });

  it("are no one in an article no state dominates", () => {
    const rels = relationsOf("ودعت المعارضة الحكومة إلى الاستقالة.");
    expect(
      rels.filter((r) => r.type === "REQUEST"),
      show(rels),
    ).toEqual([]);
  });

  it("are no one when yet to be formed: «يدعو لتأجيل تشكيل الحكومة»", () => {
    const rels = relationsOf(`${KENYA}ودعا زعيم المعارضة رايلا أودينغا إلى تأجيل تشكيل الحكومة.`);
    expect(
      rels.filter((r) => r.type === "REQUEST" && r.target.id === "state:KE"),
      show(rels),
    ).toEqual([]);
  });
});
