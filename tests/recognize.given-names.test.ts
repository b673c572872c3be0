// Unknown persons opened by a known given name (lexicon/given-names.json, patterns.ts
// givenNameMentions): foreign given names as Arabic news spells them; none after a word of
// storms or a saint's (words.json given_name_blockers), none that is a common word; a son
// named after his father (words.json namesake_suffixes) is not the father.
import { describe, expect, it } from "vitest";
import { mentionsOf, personsOf } from "./helpers/pipeline.js";

const persons = personsOf;
const idsOf = (text: string) => mentionsOf(text).map((m) => ({ id: m.entity.id, text: m.text }));

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

describe("a son who bears his father's name", () => {
  it("is another person than the father the KB knows («دونالد ترامب جونيور»)", () => {
    const found = idsOf("وصل دونالد ترامب جونيور إلى لندن في زيارة خاصة.");
    expect(found.some((m) => m.id === "person:donald-trump")).toBe(false);
    expect(found.map((m) => m.text)).toContain("دونالد ترامب جونيور");
  });

  it("keeps the KB's own namesakes («جورج بوش الابن») and the father named alone", () => {
    expect(idsOf("وقال جورج بوش الابن إن الحرب انتهت.").map((m) => m.id)).toContain(
      "person:george-w-bush",
    );
    expect(idsOf("وقال دونالد ترامب إن الحرب انتهت.").map((m) => m.id)).toContain(
      "person:donald-trump",
    );
  });

  it("ends an unknown name on the word that tells the son apart («جون سميث الابن»)", () => {
    expect(persons("وقال جون سميث الابن إن الشركة ستبقى.")).toContain("جون سميث الابن");
  });
});

describe("«الابن» that is the son a verb takes", () => {
  it("leaves the person before it whole: «استقبل أردوغان الابن الأصغر للرئيس الراحل»", () => {
    expect(idsOf("استقبل أردوغان الابن الأصغر للرئيس الراحل في أنقرة.").map((m) => m.id)).toContain(
      "person:recep-tayyip-erdogan",
    );
  });
});

describe("«الابن» before the next phrase", () => {
  it("is a namesake's Jr., so the father is not read: «قابل ترامب الابن المحامية الروسية»", () => {
    expect(idsOf("قابل ترامب الابن المحامية الروسية في نيويورك.").map((m) => m.id)).not.toContain(
      "person:donald-trump",
    );
  });
});
