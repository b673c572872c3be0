// Whom a crowd protests against when the sentence names no one (issue 9, the fifteenth round):
// a crowd of one state's people protests against its own state, a crowd of no state doing a
// protest's act against the one state named; a protest's purpose makes what a group does a
// protest («أغلق المزارعون الطرق احتجاجا على»); a march «نحو» a city places its crowd there;
// a crowd counted among the dead («القتلى في صفوف المعتصمين») is not reported protesting.
import { describe, it } from "vitest";
import { expectNone, expectNoRel, expectRel } from "./helpers/pipeline.js";

describe("a crowd of one state's people", () => {
  it("protests against its own state when no other state is named", () => {
    expectRel(
      "تجمع آلاف الكويتيين في ساحة الإرادة احتجاجا على تعديل قانون الانتخاب بمرسوم أميري.",
      "group:protesters-kw",
      "PROTEST",
      "state:KW",
    );
  });

  it("reads a sector tied to a state the same way", () => {
    expectRel(
      "أغلق مئات المزارعين الفرنسيين الطرق السريعة احتجاجا على تراجع دخلهم.",
      "group:workers-fr",
      "PROTEST",
      "state:FR",
    );
  });

  it("does not protest against its own state when another state is named", () => {
    expectNoRel(
      "تظاهر مئات الأردنيين تضامنا مع الشعب الفلسطيني في القدس.",
      "state:JO",
      "PROTEST",
      "state:JO",
    );
  });
});

describe("a crowd of no state doing a protest's act", () => {
  it("protests against the one state the sentence names", () => {
    expectRel(
      "قطع محتجون غاضبون الطريق الدولي الرابط بين بيروت والجنوب احتجاجا على انهيار سعر الليرة.",
      "group:protesters",
      "PROTEST",
      "state:LB",
    );
  });

  it("is no protest when the crowd is only spoken of", () => {
    expectNone(
      "وأصر رئيس الوزراء الإسرائيلي على أن المتظاهرين تدفع لهم حماس لمحاولة اختراق الحدود.",
      "PROTEST",
    );
  });

  it("is no protest when the word of protest names a sports event", () => {
    expectNone(
      "قال رئيس اللجنة المنظمة إن البطولة ستكون مظاهرة رياضية تجمع شعوب المنطقة على أرض قطر.",
      "PROTEST",
    );
  });
});

describe("where a crowd is", () => {
  it("places a march «نحو» a city in that city's state", () => {
    expectRel(
      "نظم أنصار المعارضة مسيرة حاشدة نحو العاصمة إسلام آباد للمطالبة بالإفراج عن المعتقلين.",
      "group:opposition",
      "PROTEST",
      "state:PK",
    );
  });
});

describe("a crowd counted among the dead", () => {
  it("is not reported protesting: «عشرات القتلى في صفوف المعتصمين»", () => {
    expectNone(
      "فضت قوات الدعم السريع بالقوة الاعتصام المقام أمام مقر القيادة العامة للجيش في الخرطوم، ما أسفر عن سقوط عشرات القتلى في صفوف المعتصمين.",
      "PROTEST",
    );
  });
});

describe("a crowd counted after «بين»", () => {
  it("is a casualty, not reported protesting: «الجرحى بين المتظاهرين»", () => {
    expectNone("سقط عدد من الجرحى بين المتظاهرين في بغداد.", "PROTEST");
  });
});
