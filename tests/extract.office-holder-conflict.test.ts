// A name right after an office is its holder (apposition), unless the KB gives the name another
// office on the article's date and the office to someone else: then the office is an unnamed
// official and the name the verb's object (src/extract/units.ts, notHolder).
import { describe, expect, it } from "vitest";
import { find, run, show } from "./helpers/pipeline.js";

describe("a known name after an office the KB gives to another", () => {
  it("is the verb's object: «وعين الرئيس الأمريكي جون بولتون مستشارا للأمن القومي»", () => {
    const rels = run(
      "وعين الرئيس الأمريكي جون بولتون مستشارا للأمن القومي خلفا لهربرت ماكماستر.",
      "2018-04-10",
    ).relations;
    expect(
      find(rels, "person:john-bolton", "ROLE", "state:US").map((r) => r.title),
      show(rels),
    ).not.toContain("الرئيس الأمريكي");
  });

  it("stays the holder when the KB agrees: «الرئيس الأمريكي دونالد ترامب»", () => {
    const rels = run(
      "وقال الرئيس الأمريكي دونالد ترامب إن بلاده مستعدة للحوار.",
      "2018-04-10",
    ).relations;
    expect(find(rels, "person:donald-trump", "ROLE", "state:US").length, show(rels)).toBe(1);
  });

  it("stays the holder when the KB gives the name that office at another time", () => {
    // An article dated before al-Sharaa became president, or misdated: the text is believed.
    const rels = run("وقال الرئيس السوري أحمد الشرع إن بلاده تريد السلام.", "2023-11-09").relations;
    expect(find(rels, "person:ahmed-al-sharaa", "ROLE", "state:SY").length, show(rels)).toBe(1);
  });
});
