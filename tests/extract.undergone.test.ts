// Acts undergone (src/extract/frames-undergone.ts): "تعرض X لـ<act> من Y" makes Y the doer and
// X, or the actor that owns X, the victim; without a doer there is no relation.
import { describe, expect, it } from "vitest";
import { expectNone, expectRel, find, relationsOf } from "./helpers/pipeline.js";

describe("an attack undergone", () => {
  it("reads «تعرضت دورية للجيش اللبناني لإطلاق نار من مسلحين» as the gunmen's attack on the army", () => {
    expectRel(
      "تعرضت دورية للجيش اللبناني لإطلاق نار من مسلحين مجهولين في البقاع.",
      "group:militants",
      "ASSAULT",
      "org:lb-armed-forces",
    );
  });

  it("reads the doer after «من قبل» and a subject before the verb", () => {
    expectRel(
      "السفن الإيرانية تتعرض لهجمات متكررة من قبل البحرية الإسرائيلية.",
      "org:il-navy",
      "ASSAULT",
      "state:IR",
    );
  });

  it("reads an arrest undergone at the hands of a state's forces as its coercion", () => {
    expectRel(
      "تعرض ناشطون للاعتقال على يد قوات الأمن المصرية.",
      "state:EG",
      "COERCE",
      "group:activists",
    );
  });

  it("keeps a denial: «لم تتعرض ... لأي هجوم من جانب» is a negated attack", () => {
    const rels = relationsOf("لم تتعرض القوات الأمريكية لأي هجوم من جانب حركة طالبان.");
    const found = find(rels, "org:taliban", "ASSAULT", "org:us-armed-forces");
    expect(found.map((r) => r.polarity)).toEqual(["negated"]);
  });

  it("takes the doer of a verb that resumes the act: «لهجوم شنه مسلحون»، «لغارة شنتها طائرات روسية»", () => {
    expectRel(
      "تعرضت قاعدة للجيش لهجوم نفذته حركة الشباب.",
      "org:al-shabaab",
      "ASSAULT",
      "group:army",
    );
    expectRel(
      "تعرض تجمع لمدنيين لغارة جوية شنتها طائرات حربية روسية.",
      "state:RU",
      "ASSAULT",
      "group:civilians",
    );
    // And no name after a title from the act: «الرئيس لهجوم» is no person.
    const rels = relationsOf("تعرض موكب الرئيس لهجوم شنه مسلحون.");
    expect(rels.filter((r) => r.source.kind === "person" || r.target.kind === "person")).toEqual(
      [],
    );
  });

  it("gives no relation without a doer, and leaves criticism undergone to the accusations", () => {
    expectNone("تعرض موكب وزير الخارجية الأردني لهجوم في بغداد.", "ASSAULT");
    expectRel("تعرضت ألمانيا لانتقادات من إسرائيل.", "state:IL", "ACCUSE", "state:DE");
    expectNone("تعرضت ألمانيا لانتقادات من إسرائيل.", "ASSAULT");
  });
});
