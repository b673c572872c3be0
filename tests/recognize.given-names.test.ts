// Unknown persons opened by a known given name (lexicon/given-names.json, patterns.ts
// givenNameMentions): foreign given names as Arabic news spells them; none after a word of
// storms or a saint's (words.json given_name_blockers), none that is a common word.
import { describe, expect, it } from "vitest";
import { personsOf } from "./helpers/pipeline.js";

const persons = personsOf;

describe("a person opened by a foreign given name", () => {
  it("is found for given names of several languages", () => {
    expect(persons("وأكد إيريك شولتز أن البعثة ستبقى في المدينة.")).toContain("إيريك شولتز");
    expect(persons("وأعلن ليونيل موريل استقالته من الحكومة أمس.")).toContain("ليونيل موريل");
    expect(persons("وصرح جيروم حداد للصحفيين بأن الاتفاق وشيك.")).toContain("جيروم حداد");
    expect(persons("والتقى الوفد فنسنت لامبير في جنيف.")).toContain("فنسنت لامبير");
  });

  it("does not read a verb behind a proclitic as a given name", () => {
    expect(persons('وقال المبعوث: "لقد بدأنا نرى نتائج الحوار".')).toEqual([]);
  });
});

describe("a known given name that names no one", () => {
  it("is a storm or a place after a word of storms or a saint's («إعصار ماريا»، «سانتا كلارا»)", () => {
    expect(persons("وضرب إعصار ماريا سواحل بورتوريكو مخلفا دمارا واسعا.")).toEqual([]);
    expect(persons("وتقع مدينة سانتا كلارا بولاية كاليفورنيا جنوب سان فرانسيسكو.")).toEqual([]);
  });

  it("is not a common word that reads like one («بنوا»: they built; «اليأس»: despair)", () => {
    expect(persons("وقال السكان إن المستوطنين بنوا منازل جديدة على أراضيهم.")).toEqual([]);
    expect(persons("ويسود اليأس مخيمات اللاجئين في المنطقة.")).toEqual([]);
  });
});
