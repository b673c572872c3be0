// Actors after a verb of stance that the stance is not on (src/extract/shielded-object.ts):
// the victim of a killing condemned, and the one an accusation names or a clause after أن
// speaks of when the verb rejects or denies it, which it defends.
import { describe, it } from "vitest";
import { expectNone, expectRel } from "./helpers/pipeline.js";

describe("the victim after a noun of killing or arrest", () => {
  it("is not condemned: «أدانت فرنسا مقتل الصحفي السعودي جمال خاشقجي»", () => {
    expectNone("أدانت فرنسا بأشد العبارات مقتل الصحفي السعودي جمال خاشقجي.", "ACCUSE");
    expectNone("أدانت مصر بشدة مقتل الجنود الأمريكيين في أفغانستان.", "ACCUSE");
    expectNone("وأدانت قطر اغتيال السفير الروسي.", "ACCUSE");
  });

  it("is not condemned past a count: «دانت المنظمة إجبار مئات اللاجئين السوريين على المغادرة»", () => {
    expectNone(
      "دانت منظمة هيومن رايتس ووتش الجمعة إجبار مئات اللاجئين السوريين في لبنان على مغادرة منازلهم.",
      "ACCUSE",
    );
  });

  it("leaves the doer a genitive names condemned: «اعتقال السلطات الإيرانية للناشطة»", () => {
    expectRel(
      "وأدانت الولايات المتحدة اعتقال السلطات الإيرانية للناشطة.",
      "state:US",
      "ACCUSE",
      "state:IR",
    );
  });
});

describe("a doer after a noun of killing or arrest", () => {
  it("is condemned when it is a force or a government: «استهداف الطائرات الإسرائيلية مطار دمشق»", () => {
    expectRel(
      "أدانت سوريا استهداف الطائرات الإسرائيلية مطار دمشق الدولي.",
      "state:SY",
      "ACCUSE",
      "state:IL",
    );
    expectRel("أدانت واشنطن قمع النظام الإيراني المتظاهرين.", "state:US", "ACCUSE", "state:IR");
  });

  it("is condemned when it is a state with an object after it: «احتجاز كندا المديرة المالية لهواوي»", () => {
    expectRel(
      "أدانت الصين احتجاز كندا المديرة المالية لشركة هواوي.",
      "state:CN",
      "ACCUSE",
      "state:CA",
    );
  });

  it("is condemned when it is a state with a count after it: «إجبار الصين مئات الآلاف»", () => {
    expectRel(
      "أدانت واشنطن إجبار الصين مئات الآلاف من الإيغور على دخول معسكرات.",
      "state:US",
      "ACCUSE",
      "state:CN",
    );
  });
});

describe("a rejection or a denial", () => {
  it("rejects the accusers a list names before «لها»: «اتهام السعودية والإمارات لها»", () => {
    expectRel(
      "رفضت قطر اتهام السعودية والإمارات لها بدعم الإرهاب.",
      "state:QA",
      "REJECT",
      "state:SA",
    );
  });

  it("rejects an act after أن: «رفضت الولايات المتحدة أن تلعب إيران أي دور»", () => {
    expectRel(
      "رفضت الولايات المتحدة أن تلعب إيران أي دور في سوريا.",
      "state:US",
      "REJECT",
      "state:IR",
    );
  });

  it("defends the one an accusation names: «رفضت روسيا اتهام سوريا باستخدام الكيميائي»", () => {
    expectNone("رفضت روسيا بشكل قاطع اتهام سوريا باستخدام الأسلحة الكيميائية.", "REJECT");
    expectNone("نفت روسيا بشكل قاطع تورط سوريا في الهجوم الكيميائي.", "REJECT");
  });

  it("defends the subject of a clause after أن: «رفضت روسيا أن تكون إيران مسؤولة»", () => {
    expectNone("ورفضت روسيا مجددا أن تكون إيران مسؤولة عن الهجمات.", "REJECT");
  });

  it("still denies the clause it defends: «نفت الخارجية الروسية أن تكون روسيا قد هاجمت أوكرانيا»", () => {
    expectRel(
      "ونفت وزارة الخارجية الروسية أن تكون روسيا قد هاجمت أوكرانيا.",
      "state:RU",
      "ASSAULT",
      "state:UA",
      { polarity: "negated" },
    );
    expectNone("ونفت وزارة الخارجية الروسية أن تكون روسيا قد هاجمت أوكرانيا.", "REJECT");
  });

  it("still rejects the accuser of plural accusations: «رفضت روسيا اتهامات بريطانيا»", () => {
    expectRel("ورفضت روسيا اتهامات بريطانيا.", "state:RU", "REJECT", "state:GB");
    expectRel("ورفضت روسيا الاتهامات البريطانية.", "state:RU", "REJECT", "state:GB");
  });
});
