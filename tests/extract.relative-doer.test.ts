// The doer of what a stance is about, named in a relative clause on its object
// (src/extract/frames-relative-doer.ts).
import { describe, it } from "vitest";
import { expectNoRel, expectRel } from "./helpers/pipeline.js";

describe("a stance on what someone did, the doer in a relative clause", () => {
  it("reads a condemned attack's doer after «الذي شنته»", () => {
    expectRel(
      "أدان مجلس التعاون لدول الخليج العربية، في بيان لأمينه العام، الهجوم الذي شنته جماعة الحوثي على ناقلة نفط.",
      "org:gcc",
      "ACCUSE",
      "org:houthis",
    );
  });

  it("reads praised reforms' doer («بالإصلاحات التي نفذتها الحكومة المولدوفية»)", () => {
    expectRel(
      "أشادت رئيسة المفوضية الأوروبية أورسولا فون دير لاين بالإصلاحات التي نفذتها الحكومة المولدوفية.",
      "person:ursula-von-der-leyen",
      "SUPPORT",
      "state:MD",
    );
  });

  it("reads a rejected plan's author («الخطة التي اقترحتها الولايات المتحدة»)", () => {
    expectRel("ورفضت مصر الخطة التي اقترحتها الولايات المتحدة.", "state:EG", "REJECT", "state:US");
  });

  it("reads it after a participle, whose subject is its clause's («مستنكرة الاعتداءات التي ترتكبها»)", () => {
    expectRel(
      "وأدانت مصر الهجوم، مستنكرة الاعتداءات التي ترتكبها إسرائيل.",
      "state:EG",
      "ACCUSE",
      "state:IL",
    );
  });

  it("reads no doer when the clause's verb has no pronoun of the noun («الذي استهدف»)", () => {
    expectNoRel(
      "أدانت فرنسا الهجوم الذي استهدف السفارة الأمريكية في بغداد.",
      "state:FR",
      "ACCUSE",
      "state:US",
    );
  });

  it("reads no doer of a noun after a preposition («الهجوم على القافلة التي أرسلتها تركيا»)", () => {
    expectNoRel(
      "أدان الاتحاد الأوروبي الهجوم على القافلة الإنسانية التي أرسلتها تركيا إلى غزة.",
      "org:eu",
      "ACCUSE",
      "state:TR",
    );
  });

  it("reads no doer in a clause whose subject witnessed or reported («الذي شهدته كابول»)", () => {
    expectNoRel("أدان الاتحاد الأوروبي الهجوم الذي شهدته كابول.", "org:eu", "ACCUSE", "state:AF");
    expectNoRel(
      "أدانت الخارجية الروسية التصريحات التي نقلتها وسائل الإعلام الأمريكية عن مسؤولين.",
      "org:ru-foreign-ministry",
      "ACCUSE",
      "group:media-us",
    );
  });

  it("reads no doer when the relative is on an actor («الرئيس الذي انتخبه البرلمان»)", () => {
    expectNoRel(
      "وانتقدت المعارضة الرئيس الفنزويلي نيكولاس مادورو الذي انتخبه الشعب.",
      "group:opposition",
      "ACCUSE",
      "group:people",
    );
  });

  it("reads the doer of a clause on an indefinite object, without a relative («هجوما شنته»)", () => {
    expectRel(
      "وأدانت مصر هجوما شنته حركة الشباب على قاعدة عسكرية في الصومال.",
      "state:EG",
      "ACCUSE",
      "org:al-shabaab",
    );
  });

  it("takes no possessed noun before the stance's object for an indefinite one («رئيسها»)", () => {
    expectRel(
      "رحبت الولايات المتحدة الأمريكية على لسان رئيسها دونالد ترامب الثلاثاء بدعوات الحوار التي أطلقتها بيونغ يانغ.",
      "state:US",
      "SUPPORT",
      "state:KP",
    );
  });
});
