// An office whose body follows it with لـ («الأمين العام للأمم المتحدة»), with no name after
// it, is an official of that body (src/extract/units.ts bodyOfficial); what a request asks
// for is the asked one's to do (noun-drafts.ts nounOwner), unless the asked one arranges a
// meeting for the asker; a visit's suffix takes the state visited as a bare object.
import { describe, expect, it } from "vitest";
import { expectNone, expectRel, relationsOf } from "./helpers/pipeline.js";

describe("an unnamed official of a body named with لـ", () => {
  it("acts: «وانتقد الأمين العام للأمم المتحدة إسرائيل»", () => {
    const rels = relationsOf("وانتقد الأمين العام للأمم المتحدة إسرائيل.");
    const accuse = rels.find((r) => r.type === "ACCUSE" && r.target.id === "state:IL");
    expect(accuse?.source.text).toBe("الأمين العام للأمم المتحدة");
  });

  it("ends where another actor begins: «الأمين العام للأمم المتحدة الحكومة السورية»", () => {
    const rels = relationsOf(
      "ودعا الأمين العام للأمم المتحدة الحكومة السورية إلى الحوار مع المعارضة.",
    );
    const request = rels.find((r) => r.type === "REQUEST");
    expect(request?.source.text).toBe("الأمين العام للأمم المتحدة");
    expect(request?.target.text).toBe("الحكومة السورية");
  });

  it("is the named holder when a name follows: «الأمين العام للأمم المتحدة أنطونيو غوتيريش»", () => {
    expectRel(
      "والتقى الأمين العام للأمم المتحدة أنطونيو غوتيريش الرئيس الروسي.",
      "person:antonio-guterres",
      "CONSULT",
      "person:vladimir-putin",
    );
  });
});

describe("what a request asks for", () => {
  it("is the asked one's act: «دعت روسيا الولايات المتحدة إلى التعاون مع الصين»", () => {
    const text = "ودعت روسيا الولايات المتحدة إلى التعاون مع الصين.";
    expectRel(text, "state:US", "COOPERATE", "state:CN", { peer: true });
    expectNone(text, "COOPERATE", { source: "state:RU" });
  });

  it("leaves a meeting the asked one arranges the asker's: «طلب السفير من السلطات تنظيم لقاء مع الوزير»", () => {
    expectRel(
      "وطلبت روسيا من السلطات البريطانية تنظيم لقاء مع وزير الخارجية البريطاني.",
      "state:RU",
      "CONSULT",
      "person:james-cleverly",
      { peer: true },
    );
  });
});

describe("a visit with its visitor as a suffix", () => {
  it("takes the state visited as a bare object: «أثناء زيارته العاصمة الصينية بكين»", () => {
    expectRel(
      "وقال ماكرون أثناء زيارته العاصمة الصينية بكين إن فرنسا تريد التعاون.",
      "person:emmanuel-macron",
      "CONSULT",
      "state:CN",
    );
    expectRel(
      "وخلال زيارته سنغافورة لثلاثة أيام صافح كيم جونغ أون الرئيس الأمريكي.",
      "person:kim-jong-un",
      "CONSULT",
      "state:SG",
    );
  });

  it("holds for a meeting: «خلال لقائه الرئيس الروسي»، «خلال استقباله الرئيس الروسي»", () => {
    for (const text of [
      "وقال ماكرون خلال لقائه الرئيس الروسي إن فرنسا تريد الحوار.",
      "وقال ماكرون خلال استقباله الرئيس الروسي إن فرنسا تريد الحوار.",
    ])
      expectRel(text, "person:emmanuel-macron", "CONSULT", "person:vladimir-putin");
  });

  it("is no visit of the clause's subject when protested: «احتجاجا على زيارته إسرائيل»", () => {
    expectNone("وتظاهر الآلاف احتجاجا على زيارته إسرائيل.", "CONSULT");
  });
});

describe("a warning with a word of manner", () => {
  it("threatens no one: «حذرت مصر بشدة من التصعيد في ليبيا»", () => {
    expectNone("وحذرت مصر بشدة من التصعيد في ليبيا.", "THREATEN");
  });
});
