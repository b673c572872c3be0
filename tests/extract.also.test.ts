// "كما" after a comma adds a second act of the main clause (src/extract/also.ts); a state's
// foreign or interior ministry without a KB entry acts for the state (words.json group_heads).
import { describe, expect, it } from "vitest";
import { find, relationsOf, show } from "./helpers/pipeline.js";

describe("an act added with «كما»", () => {
  it("has the main clause's subject when it has none of its own", () => {
    const r = relationsOf(
      "وأكدت الخارجية النمساوية أنها استدعت السفير الإيراني، الاثنين، كما طلبت من طهران رفع الحصانة الدبلوماسية عن الرجل.",
    );
    expect(find(r, "state:AT", "REQUEST", "state:IR").length, show(r)).toBe(1);
  });

  it("is the speaker's act, not the reported clause's, after a claim", () => {
    const r = relationsOf("وقال لافروف إن روسيا هاجمت أوكرانيا، كما طلب من الصين المساعدة.");
    expect(find(r, "person:sergey-lavrov", "REQUEST", "state:CN").length, show(r)).toBe(1);
    expect(find(r, "state:RU", "REQUEST", "state:CN"), show(r)).toEqual([]);
    expect(find(r, "state:RU", "ASSAULT", "state:UA")[0]?.attributed_to?.id, show(r)).toBe(
      "person:sergey-lavrov",
    );
  });

  it("leaves «كما أن» inside the claim and a verb with its own subject alone", () => {
    const r = relationsOf("وقال لافروف إن روسيا تدعم سوريا، كما أن إيران تدعمها.");
    expect(find(r, "state:RU", "SUPPORT", "state:SY")[0]?.attributed_to?.id, show(r)).toBe(
      "person:sergey-lavrov",
    );
    const own = relationsOf("وأدانت مصر الهجوم، كما دعت الأردن إلى ضبط النفس.");
    expect(find(own, "state:EG", "REQUEST", "state:JO"), show(own)).toEqual([]);
  });
});

describe("a ministry the KB does not list", () => {
  it("acts for its state when a nisba follows («الخارجية النمساوية»)", () => {
    const r = relationsOf("ودعت الخارجية النمساوية إيران إلى الإفراج عن الدبلوماسي.");
    expect(find(r, "state:AT", "REQUEST", "state:IR").length, show(r)).toBe(1);
  });

  it("leaves «وزير الخارجية» with a nisba an official", () => {
    const r = relationsOf("ودعا وزير الخارجية النمساوي إيران إلى الإفراج عن الدبلوماسي.");
    expect(find(r, "state:AT", "REQUEST", "state:IR").length, show(r)).toBe(1);
  });
});
