// What a threat or a release names only by a state's nisba (src/extract/frames-conflict.ts
// threatComplementDrafts, quantityObjectDrafts; arguments.ts prepOf through a count), and
// tariffs a threat only promises (frames-cooperation.ts: no SANCTION).
import { describe, it } from "vitest";
import { expectNone, expectNoRel, expectRel } from "./helpers/pipeline.js";

describe("a threatened act whose target is named by its nisba", () => {
  it("threatens that state («بضرب القواعد الأمريكية»، «بالرد على العقوبات الأمريكية»)", () => {
    expectRel(
      "وهددت كوريا الشمالية بضرب القواعد الأمريكية في غوام.",
      "state:KP",
      "THREATEN",
      "state:US",
    );
    expectRel("وهددت روسيا بالرد على العقوبات الأمريكية.", "state:RU", "THREATEN", "state:US");
  });

  it("does not threaten the state of what the threat would leave («بالانسحاب من الاتفاق النووي الإيراني»)", () => {
    expectNone("وهدد الرئيس الأمريكي بالانسحاب من الاتفاق النووي الإيراني.", "THREATEN", {
      target: "state:IR",
    });
  });

  it("is a threat, not a sanction, when tariffs are threatened («هدد ترامب بفرض رسوم»)", () => {
    const text = "وهدد ترامب بفرض رسوم جمركية على السلع الصينية.";
    expectRel(text, "person:donald-trump", "THREATEN", "state:CN");
    expectNone(text, "SANCTION");
    expectRel(
      "وفرض ترامب رسوما جمركية على السلع الصينية.",
      "person:donald-trump",
      "SANCTION",
      "state:CN",
    );
  });
});

describe("a release of a state's nationals", () => {
  it("concedes to that state («عن ثلاثة أمريكيين»، «عن بحار بريطاني»)", () => {
    expectRel("وأفرجت كوريا الشمالية عن ثلاثة أمريكيين.", "state:KP", "CONCEDE", "state:US");
    expectRel("وأفرجت إيران عن بحار بريطاني.", "state:IR", "CONCEDE", "state:GB");
  });

  it("is none when only hoped for («نأمل أن تفرج الحكومة التركية عن»)", () => {
    expectNoRel(
      "نأمل أن تفرج الحكومة التركية سريعا عن بقية المواطنين الأميركيين.",
      "state:TR",
      "CONCEDE",
      "state:US",
    );
  });
});

describe("a threat and a release, denied or of one's own", () => {
  it("is negated when denied («لم يهدد»، «نفت أنها هددت»)", () => {
    expectRel(
      "ولم يهدد ترامب بفرض رسوم على السلع المكسيكية هذه المرة.",
      "person:donald-trump",
      "THREATEN",
      "state:MX",
      {
        polarity: "negated",
      },
    );
    expectRel(
      "ونفت كوريا الشمالية أنها هددت بضرب القواعد الأمريكية.",
      "state:KP",
      "THREATEN",
      "state:US",
      {
        polarity: "negated",
      },
    );
  });

  it("prefers an actor named to a nisba, and reads a nisba only after a strike («بتعليق المساعدات الأمريكية»)", () => {
    expectRel(
      "وهدد ترامب بتعليق المساعدات الأمريكية للسلطة الفلسطينية.",
      "person:donald-trump",
      "THREATEN",
      "org:palestinian-authority",
    );
    expectNone("وهدد الرئيس الإيراني بوقف الصادرات النفطية الإيرانية عبر الخليج.", "THREATEN");
  });

  it("keeps the release «أطلقت روسيا سراح بحارة أوكرانيين» a concession", () => {
    expectRel(
      "وأطلقت روسيا سراح بحارة أوكرانيين ضمن صفقة تبادل مع كييف.",
      "state:RU",
      "CONCEDE",
      "state:UA",
    );
  });
});

describe("a release that may or will come", () => {
  it("is no concession yet («قد تفرج»، «ستفرج»)", () => {
    expectNone("وقد تفرج إيران عن البحارة البريطانيين في الأيام المقبلة.", "CONCEDE");
    expectNone("وستفرج إيران عن الناقلة البريطانية قريبا بحسب مصادر.", "CONCEDE");
  });
});

describe("a threatened reply", () => {
  it("threatens the doer of what it replies to, not its victim", () => {
    expectRel("وهددت إيران بالرد على الهجوم الإسرائيلي.", "state:IR", "THREATEN", "state:IL");
    expectNone("وتوعد خامنئي بالرد على اغتيال قاسم سليماني.", "THREATEN");
  });

  it("threatens an organisation named by its nisba («على السيارات الأوروبية»)", () => {
    expectRel(
      "وهدد ترامب بفرض رسوم جمركية على السيارات الأوروبية.",
      "person:donald-trump",
      "THREATEN",
      "org:eu",
    );
  });
});
