// Unknown persons opened by a known given name (lexicon/given-names.json, patterns.ts
// givenNameMentions): foreign given names as Arabic news spells them, and a family name that
// reads as كـ + the article («كالديرون») right after one.
import { describe, expect, it } from "vitest";
import { mentionsOf } from "./helpers/pipeline.js";

const persons = (text: string) =>
  mentionsOf(text)
    .filter((m) => m.entity.kind === "person")
    .map((m) => m.text);

describe("a person opened by a foreign given name", () => {
  it("is found for given names of several languages", () => {
    expect(persons("وأكد إيريك شولتز أن البعثة ستبقى في المدينة.")).toContain("إيريك شولتز");
    expect(persons("وأعلن ليونيل موريل استقالته من الحكومة أمس.")).toContain("ليونيل موريل");
    expect(persons("وصرح إلياس حداد للصحفيين بأن الاتفاق وشيك.")).toContain("إلياس حداد");
    expect(persons("والتقى الوفد فنسنت لامبير في جنيف.")).toContain("فنسنت لامبير");
  });

  it("does not read a verb behind a proclitic as a given name", () => {
    expect(persons('وقال المبعوث: "لقد بدأنا نرى نتائج الحوار".')).toEqual([]);
  });
});

describe("a family name that starts like كـ + the article", () => {
  it("is part of the name after a known given name", () => {
    expect(persons("وقال ديفيد كالاهان إن الغاز المستخدم بالغ الخطورة.")).toContain(
      "ديفيد كالاهان",
    );
  });

  it("stays a common word when it ends as one («كالعادة»)", () => {
    expect(persons("وعمل أحمد كالعادة في المصنع حتى المساء.")).toEqual([]);
  });
});
