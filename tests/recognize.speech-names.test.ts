// Unknown names after a verb of saying (patterns.ts speechNames): a family name may open with
// و right after a known given name when punctuation or a complementizer closes it ("مايكل
// وايلدس إن"); what follows a colon or a quotation mark is what was said, not who; and a
// quantifier («أحد»، «إحدى»، «معظم») never starts or continues a name.
import { describe, expect, it } from "vitest";
import { personsOf } from "./helpers/pipeline.js";

const persons = personsOf;

describe("a name after a verb of saying", () => {
  it("keeps a family name that opens with و after a known given name", () => {
    expect(persons("وقال مايكل وايلدس إن موكله لم يرتكب أي مخالفة.")).toContain("مايكل وايلدس");
    expect(persons("وكتب الصحفي بوب وودوارد، أن البيت الأبيض يعيش فوضى.")).toContain("بوب وودوارد");
  });

  it("does not take and-plus-a-word that goes on for a family name", () => {
    expect(persons("وقال مايكل واصفا الوضع بالخطير إن الحكومة فشلت.")).not.toContain("مايكل واصفا");
  });

  it("is not what a colon and a quotation open", () => {
    expect(persons('وأضاف: "أعتقد حقيقة أن شيئا سيحدث قبل نهاية العام".')).toHaveLength(0);
  });

  it("is not a quantifier and the noun it counts", () => {
    expect(
      persons("إذ يقول أحد مسؤوليها إن المفاوضات ستتضمن شروطا مسبقة، بينما ينفي آخرون ذلك."),
    ).toHaveLength(0);
    expect(persons("وقالت إحدى المتظاهرات إن الشرطة اعتدت عليها.")).toHaveLength(0);
  });

  it("takes a theophoric name after any first word («عطا الله خوجاني»)", () => {
    expect(persons("وقال عطا الله خوجاني إن الهجوم أوقع قتلى.")).toContain("عطا الله خوجاني");
    expect(persons("وقال إن شاء الله سينتهي الأمر.")).toHaveLength(0);
  });

  it("does not take an office in the construct state for a part of the name («محامي ترمب»)", () => {
    const names = persons("وقال مايكل كوهين محامي ترمب إن الرئيس لم يدفع شيئا.");
    expect(names).toContain("مايكل كوهين");
    expect(names.some((n) => n.includes("محامي"))).toBe(false);
    expect(persons("والتقى الرئيس نبيل شعث مستشار الرئيس الفلسطيني أمس.")).not.toContain(
      "نبيل شعث مستشار",
    );
  });

  it("is closed by an office without the article after a given name («يوسف العتيبة سفير»)", () => {
    expect(persons("وقال يوسف العتيبة سفير الإمارات لدى واشنطن إن الضم سيقوض التطبيع.")).toContain(
      "يوسف العتيبة",
    );
  });

  it("is not a plural's phrase before an office, nor closed by an office with the article", () => {
    expect(persons("وحذر مستشارون كبار رئيس الوزراء من الانسحاب المفاجئ.")).toEqual([]);
    expect(persons("وحذر نشطاء حقوقيون الرئيس التونسي من المساس بالحريات.")).toEqual([]);
    expect(persons("وقال سكان حي الشيخ جراح إن المستوطنين هاجموا منازلهم.")).toEqual([]);
    expect(persons("وحذر نواب جمهوريون رئيس مجلس النواب من تعطيل الميزانية.")).toEqual([]);
  });
});
