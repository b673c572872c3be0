// A verbal noun of stance in the accusative that says what its clause is for («طردت كندا
// السفير الروسي دعما لبريطانيا»، «تضامنا مع»): a noun, no dual verb, owned by the clause's
// subject (src/extract/triggers.ts purposeMasdar, noun-drafts.ts nounOwner).
import { describe, expect, it } from "vitest";
import { expectNone, expectRel, relationsOf } from "./helpers/pipeline.js";

describe("a verbal noun of purpose after a clause", () => {
  it("is the clause subject's stance, not its object's: «طردت كندا السفير الروسي دعما لبريطانيا»", () => {
    const text = "وطردت كندا السفير الروسي دعما لبريطانيا.";
    expectRel(text, "state:CA", "SUPPORT", "state:GB");
    expectNone(text, "SUPPORT", { target: "state:GB", source: "state:RU" });
  });

  it("reads «تضامنا مع» and «دعما لـ» after a place or a count", () => {
    expectRel(
      "وطردت كندا أربعة دبلوماسيين روس تضامنا مع بريطانيا.",
      "state:CA",
      "SUPPORT",
      "state:GB",
    );
    expectRel(
      "وأرسلت روسيا قوات إلى سوريا دعما للرئيس بشار الأسد.",
      "state:RU",
      "SUPPORT",
      "person:bashar-al-assad",
    );
    expectRel("وتظاهر آلاف الطلاب تضامنا مع الفلسطينيين.", "group:students", "SUPPORT", "state:PS");
  });

  it("is no one's after a passive verb or a dropped subject: «تم طرد السفير الروسي ... دعما لبريطانيا»", () => {
    expectNone("تم طرد السفير الروسي من كندا دعما لبريطانيا.", "SUPPORT");
    const rels = relationsOf("أعلنت كندا موقفها. وطردت السفير الروسي دعما لبريطانيا.");
    expect(rels.filter((r) => r.type === "SUPPORT" && r.source.id !== "state:CA")).toEqual([]);
  });

  it("ends the verb's object: «علقت الكويت رحلاتها إلى بيروت تضامنا مع السعودية»", () => {
    const text = "علقت الكويت رحلاتها الجوية إلى بيروت تضامنا مع السعودية.";
    expectRel(text, "state:KW", "SUPPORT", "state:SA");
    expectNone(text, "SANCTION", { target: "state:SA" });
  });

  it("is the speaker's when a verb of saying announces the act: «أعلنت كندا طرد السفير الروسي دعما لبريطانيا»", () => {
    expectRel("وأعلنت كندا طرد السفير الروسي دعما لبريطانيا.", "state:CA", "SUPPORT", "state:GB");
  });

  it("is no one's past a conjunction: «فيما بث التلفزيون صورا لسكان يحتفلون دعما للجيش»", () => {
    expectNone(
      "وأشارت وكالة الأنباء الرسمية إلى رفع العلم الوطني في البلدة، فيما بث التلفزيون السوري صورا لسكان البلدة وهم يحتفلون دعما للجيش السوري.",
      "SUPPORT",
    );
  });

  it("is the object of a verb of giving: «قدمت روسيا دعما لسوريا» is aid", () => {
    expectRel("قدمت روسيا دعما لسوريا.", "state:RU", "AID", "state:SY");
  });

  it("is a dual verb after a complementizer: «إن الصين وروسيا دعما كوريا الشمالية»", () => {
    expectRel("وقال ترامب إن الصين وروسيا دعما كوريا الشمالية.", "state:CN", "SUPPORT", "state:KP");
  });

  it("is no noun of purpose with a pronoun: «الكف عن دعمها للنظام السوري» stays Russia's", () => {
    expectRel(
      "وقال البيان: ندعو روسيا إلى الكف عن دعمها للنظام السوري.",
      "state:RU",
      "SUPPORT",
      "state:SY",
    );
  });
});

describe("an imperfect verb with the future's س", () => {
  it("agrees with a feminine state after it: «كما ستطرد كندا» is Canada's act", () => {
    expectNone(
      "واتهم الرئيس الأوكراني بيترو بوروشينكو موسكو بالتدخل. كما ستطرد كندا أربعة دبلوماسيين روس.",
      "SANCTION",
      { target: "state:CA" },
    );
  });
});
