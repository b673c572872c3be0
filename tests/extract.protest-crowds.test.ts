// Crowds that protest (issue 9, event data): workers and teachers as a sector, a count after a
// verb of gathering when a word of protest's purpose follows, a crowd counted before «من» and
// a common noun, a city a few words after في, and a condemned act that is not the crowd's.
import { describe, expect, it } from "vitest";
import { expectNone, expectRel, relationsOf } from "./helpers/pipeline.js";

describe("crowds that protest", () => {
  it("reads a strike of teachers in a state: «نظم المعلمون إضرابا عن العمل في الأردن»", () => {
    expectRel(
      "نظم المعلمون إضرابا عن العمل في الأردن للمطالبة بزيادة الرواتب.",
      "group:workers",
      "PROTEST",
      "state:JO",
    );
  });

  it("reads «أضرب عمال الموانئ في تونس»", () => {
    expectRel("أضرب عمال الموانئ في تونس عن العمل.", "group:workers", "PROTEST", "state:TN");
  });

  it("reads a gathering with a purpose of protest: «تجمع مئات الأشخاص ... احتجاجا على»", () => {
    expectRel(
      "تجمع مئات الأشخاص في ساحة التحرير وسط القاهرة احتجاجا على ارتفاع الأسعار.",
      "group:protesters",
      "PROTEST",
      "state:EG",
    );
  });

  it("reads no protest in a gathering without one: «تجمع مئات الأشخاص في ساحة التحرير»", () => {
    expectNone("تجمع مئات الأشخاص في ساحة التحرير وسط القاهرة للاحتفال بالعيد.", "PROTEST");
  });

  it("reads a crowd of the families of detainees: «اعتصم العشرات من أهالي المعتقلين»", () => {
    expectRel(
      "اعتصم العشرات من أهالي المعتقلين أمام مقر رئاسة الوزراء في بغداد.",
      "group:protesters",
      "PROTEST",
      "state:IQ",
    );
  });

  it("protests against the embassy's state, and owns none of the aggression it condemns", () => {
    const text = "احتشد المئات أمام السفارة الإسرائيلية في عمان للتنديد بالعدوان على غزة.";
    expectRel(text, "group:protesters", "PROTEST", "state:IL");
    expect(relationsOf(text).filter((r) => r.type === "ASSAULT")).toEqual([]);
  });

  it("places the crowd by a state's nisba on its place: «في الشارع الأردني»، «في عدة مدن عراقية»", () => {
    expectRel(
      "تواصلت الاحتجاجات الشعبية في الشارع الأردني احتجاجا على سياسة الحكومة.",
      "group:protesters",
      "PROTEST",
      "state:JO",
    );
    expectRel(
      "خرجت مظاهرات في عدة مدن عراقية تطالب بإسقاط الحكومة.",
      "group:protesters",
      "PROTEST",
      "state:IQ",
    );
  });

  it("is not placed by a nisba of another noun after في: «في الشوارع دعما للموقف الأمريكي»", () => {
    expectNone("تظاهر الآلاف في الشوارع دعما للموقف الأمريكي.", "PROTEST", {
      target: "state:US",
    });
  });

  it("reads no crowd in a gathering whose protest is in another clause", () => {
    const text = "احتشد الآلاف في مطار بغداد لاستقبال الرئيس، بينما خرجت مظاهرات في البصرة.";
    const crowds = relationsOf(text).filter((r) => r.source.text === "الآلاف");
    expect(crowds).toEqual([]);
  });

  it("is not placed by a nisba of another word: «الإعلان الأميركي» with «في طهران»", () => {
    expectRel(
      "ويتزامن الإعلان الأميركي مع خروج محتجين في طهران ومدن أخرى.",
      "group:protesters",
      "PROTEST",
      "state:IR",
    );
  });
});
