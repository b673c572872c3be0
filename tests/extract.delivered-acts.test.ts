// Acts a light verb delivers to someone: a protest, a warning, an apology; praise with على;
// and people a count stands before after their preposition.
import { describe, expect, it } from "vitest";
import { find, run, show } from "./helpers/pipeline.js";

const rels = (text: string) => run(text, "2022-06-01").relations;

describe("acts delivered", () => {
  it("a formal protest to a state is the state's protest, not a crowd's", () => {
    const out = rels("وقدمت مصر احتجاجا رسميا إلى إسرائيل على مقتل جنودها.");
    expect(find(out, "state:EG", "PROTEST", "state:IL"), show(out)).toHaveLength(1);
    const note = rels("وقدمت مصر مذكرة احتجاج إلى إسرائيل.");
    expect(find(note, "state:EG", "PROTEST", "state:IL"), show(note)).toHaveLength(1);
  });

  it("a warning in the accusative threatens the one after لـ", () => {
    const out = rels("ووجه الرئيس الأمريكي تهديدا مباشرا لإيران.");
    expect(
      out.some((r) => r.type === "THREATEN" && r.target.id === "state:IR"),
      show(out),
    ).toBe(true);
  });

  it("an apology is a concession to the one apologised to, negated when refused", () => {
    const out = rels(
      "وقدمت الحكومة الهولندية اعتذارا رسميا لإندونيسيا عن العنف خلال حقبة الاستعمار.",
    );
    expect(find(out, "state:NL", "CONCEDE", "state:ID"), show(out)).toHaveLength(1);
    const refused = rels("ورفضت فرنسا تقديم اعتذار للجزائر عن جرائم الاستعمار.");
    const apology = find(refused, "state:FR", "CONCEDE", "state:DZ");
    expect(apology[0]?.polarity, show(refused)).toBe("negated");
  });
});

describe("praise with على", () => {
  it("supports the one whose efforts are praised («أثنى على جهود قطر»)", () => {
    const out = rels("وأثنى وزير الخارجية الأمريكي على جهود قطر في الوساطة.");
    expect(
      out.some((r) => r.type === "SUPPORT" && r.target.id === "state:QA"),
      show(out),
    ).toBe(true);
  });
});

describe("a count between a preposition and the people of a nisba", () => {
  it("keeps the preposition («أفرجت عن خمسة مواطنين أمريكيين»)", () => {
    const out = rels("أفرجت السلطات الإيرانية عن خمسة مواطنين أمريكيين في إطار صفقة تبادل.");
    expect(find(out, "state:IR", "CONCEDE", "state:US"), show(out)).toHaveLength(1);
  });
});
