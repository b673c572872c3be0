// Names the KB does not know, introduced by an occupation (lexicon/words.json
// "occupation_heads"): found as after an office, but the occupation is no office, so the
// nationality beside it gives no ROLE.
import { describe, expect, it } from "vitest";
import { run } from "./helpers/pipeline.js";

const persons = (text: string) =>
  run(text, "2018-10-05")
    .mentions.filter((m) => m.entity.kind === "person")
    .map((m) => m.text);

describe("an occupation before a name", () => {
  it("introduces the name, with the nationality between them", () => {
    const text =
      "ومنحت لجنة نوبل الجائزة للطبيب الكونغولي دينيس ماكفيغا، بسبب جهوده لإنهاء العنف الجنسي.";
    expect(persons(text)).toContain("دينيس ماكفيغا");
    expect(persons("وقال المحامي مايكل أفيناتي إن موكلته ستقاضي الرئيس.")).toContain(
      "مايكل أفيناتي",
    );
  });

  it("gives no ROLE to the state of the nationality", () => {
    const text = "وقالت الممثلة الأمريكية سوزان سراندون إنها اعتقلت خلال احتجاج في واشنطن.";
    const r = run(text, "2018-06-29");
    expect(r.mentions.map((m) => m.text)).toContain("سوزان سراندون");
    expect(r.relations.filter((x) => x.type === "ROLE")).toEqual([]);
  });

  it("does not take an indefinite phrase after the occupation for a name", () => {
    const text = "وقدم الملياردير الشاب اعتذارات كثيرة منذ الكشف عن هذه الفضيحة في آذار.";
    expect(persons(text)).toEqual([]);
  });
  it("does not take a noun and its nisba after the occupation for a name («دعوى قضائية»)", () => {
    expect(persons("وأقامت الممثلة دعوى قضائية ضد الرئيس في نيويورك.")).toEqual([]);
    expect(persons("وقال المحامي مايكل أفيناتي إن القضية مستمرة.")).toContain("مايكل أفيناتي");
  });
});

describe("a short verbal noun after an office", () => {
  it("is no name («طلب من العاهل السعودي رفع إنتاج النفط»)", () => {
    expect(persons("وقال ترامب إنه طلب من العاهل السعودي رفع إنتاج النفط.")).toEqual(["ترامب"]);
  });
  it("leaves names that open with a link or a compound's first word («عبد الغني هامل»)", () => {
    expect(persons("وأقال الرئيس الجزائري مدير الأمن الوطني عبد الغني هامل.")).toContain(
      "عبد الغني هامل",
    );
  });
});
