// A bare title refers back to the one person the article has named with it
// (src/extract/title-anaphor.ts), and to no one when two could be meant.
import { describe, expect, it } from "vitest";
import { relationsOf } from "./helpers/pipeline.js";

const triples = (text: string) =>
  relationsOf(text)
    .filter((r) => r.type !== "ROLE")
    .map((r) => `${r.source.id} ${r.type} ${r.target.id}`);

describe("a bare title after its holder was named", () => {
  it("is the minister the article introduced: «واتهم الوزير واشنطن»", () => {
    const text =
      "وقال وزير الخارجية الروسي سيرغي لافروف إن بلاده لن تقبل الضغوط. واتهم الوزير واشنطن بدعم الإرهاب في سوريا.";
    expect(triples(text)).toContain("person:sergey-lavrov ACCUSE state:US");
  });

  it("is the person whose office the KB knows, named without a title", () => {
    const text = "وقال لافروف إن بلاده لن تقبل الضغوط. واتهم الوزير واشنطن بدعم الإرهاب في سوريا.";
    expect(triples(text)).toContain("person:sergey-lavrov ACCUSE state:US");
  });

  it("is no one when two ministers were named", () => {
    const text =
      "التقى وزير الخارجية الأمريكي مايك بومبيو نظيره الروسي سيرغي لافروف. واتهم الوزير موسكو بالتدخل.";
    expect(triples(text).filter((t) => t.includes("ACCUSE"))).toEqual([]);
  });

  it("is no one when another office owns it: «نائب الرئيس» is not the president", () => {
    const text =
      "وقال نائب الرئيس الأمريكي مايك بنس إن واشنطن ستفرض عقوبات. وانتقد الرئيس الصين بشدة.";
    expect(triples(text).filter((t) => t.includes("ACCUSE"))).toEqual([]);
  });
});
