// Words between a verb with its subject and the object (src/extract/manner.ts): manner and
// time («بشدة»، «مجددا»، «بأشد العبارات», words.json manner_words) and a cognate accusative
// with its adjective («رفضا قاطعا»), which is no dual verb; and a report that quotes the
// predicate after its subject («أن روسيا "رفضت ..."»).
import { describe, it } from "vitest";
import { expectNone, expectRel } from "./helpers/pipeline.js";

describe("a word of manner before an object named by a nisba", () => {
  it("is stepped over: «أدانت فرنسا بشدة العقوبات الأمريكية»", () => {
    expectRel("أدانت فرنسا بشدة العقوبات الأمريكية.", "state:FR", "ACCUSE", "state:US");
    expectRel("ورفضت روسيا مجددا الاتهامات البريطانية.", "state:RU", "REJECT", "state:GB");
  });

  it("is stepped over when it is a phrase: «بأشد العبارات»", () => {
    expectRel("أدانت مصر بأشد العبارات القصف الإسرائيلي.", "state:EG", "ACCUSE", "state:IL");
  });
});

describe("a day or a time after a word of time", () => {
  it("is stepped over: «أدانت مصر أمس الثلاثاء الهجوم الإسرائيلي»، «للمرة الثانية»", () => {
    expectRel("وأدانت مصر أمس الثلاثاء الهجوم الإسرائيلي.", "state:EG", "ACCUSE", "state:IL");
    expectRel("ورفضت روسيا للمرة الثانية العقوبات الأمريكية.", "state:RU", "REJECT", "state:US");
    expectRel("ونفت روسيا نفيا قاطعا الاتهامات البريطانية.", "state:RU", "REJECT", "state:GB");
  });
});

describe("an indefinite object with an indefinite nisba", () => {
  it("names the state: «رفضت إيران طلبا أمريكيا»، «دعمت ألمانيا مبادرة فرنسية»", () => {
    expectRel("ورفضت إيران طلبا أمريكيا بالتفاوض.", "state:IR", "REJECT", "state:US");
    expectRel("ودعمت ألمانيا مبادرة فرنسية للسلام.", "state:DE", "SUPPORT", "state:FR");
    expectRel("ورحبت قطر بمبادرة كويتية لحل الأزمة.", "state:QA", "SUPPORT", "state:KW");
  });

  it("is no act of the state when it is a person or a thing: «صحفيا أمريكيا»، «فيلما أمريكيا»", () => {
    expectNone("وانتقد الرئيس الأمريكي صحفيا أمريكيا.", "ACCUSE");
    expectNone("انتقدت تركيا فيلما أمريكيا يسيء للإسلام.", "ACCUSE");
    expectNone("رفضت إيران سائحا أمريكيا.", "REJECT");
    expectNone("دعمت السويد معارضا إيرانيا.", "SUPPORT");
  });
});

describe("a noun a nisba describes", () => {
  it("is the object, no manner word: «انتقدت إيران العبارات الأمريكية العدائية»", () => {
    expectRel("انتقدت إيران العبارات الأمريكية العدائية.", "state:IR", "ACCUSE", "state:US");
    expectRel("رفضت الصين الألفاظ الأمريكية المهينة بحق قادتها.", "state:CN", "REJECT", "state:US");
  });
});

describe("a cognate accusative", () => {
  it("stands before an object named by a nisba: «رفضت روسيا رفضا قاطعا العقوبات الأمريكية»", () => {
    expectRel("رفضت روسيا رفضا قاطعا العقوبات الأمريكية.", "state:RU", "REJECT", "state:US");
    expectRel("وأدانت تركيا إدانة شديدة الهجوم الإسرائيلي.", "state:TR", "ACCUSE", "state:IL");
  });

  it("does not keep a verb of stance from an owner two words further on", () => {
    expectRel("رفضت روسيا رفضا قاطعا عقوبات واشنطن الجديدة.", "state:RU", "REJECT", "state:US");
    expectRel("رفضت روسيا بشكل قاطع عقوبات واشنطن الجديدة.", "state:RU", "REJECT", "state:US");
  });

  it("is no dual verb right after the verb: «أن روسيا رفضت رفضا قاطعا عقوبات واشنطن»", () => {
    expectRel(
      "وجاء في البيان أن روسيا رفضت رفضا قاطعا عقوبات واشنطن الجديدة.",
      "state:RU",
      "REJECT",
      "state:US",
    );
  });
});

describe("a predicate in quotation marks after its subject", () => {
  it('keeps the subject a complementizer opens: «أن روسيا "رفضت عقوبات واشنطن"»', () => {
    expectRel(
      'وجاء في البيان أن روسيا "رفضت عقوبات واشنطن الجديدة".',
      "state:RU",
      "REJECT",
      "state:US",
    );
    expectRel("وقال ترامب إن الصين «تدعم كوريا الشمالية».", "state:CN", "SUPPORT", "state:KP");
  });

  it('keeps it when a negation opens the quotation: «إن واشنطن "لم تتهم موسكو"»', () => {
    expectRel('وقال إن واشنطن "لم تتهم موسكو" بالتدخل.', "state:US", "ACCUSE", "state:RU", {
      polarity: "negated",
    });
  });

  it('reads «تبحث عن» as seeking, no talks: «أن لندن "لا تبحث عن مواجهة مع روسيا"»', () => {
    expectNone('وأكد أن لندن "لا تبحث عن مواجهة كبيرة مع روسيا".', "CONSULT");
  });

  it("gives the speaker before a quotation no subject inside it", () => {
    expectRel('وقال ترامب "هاجمت سوريا المدنيين".', "state:SY", "ASSAULT", "group:civilians");
    expectNone('وقال ترامب "هاجمت سوريا المدنيين".', "ASSAULT", { source: "person:donald-trump" });
  });
});
