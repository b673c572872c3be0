// A passive whose agent follows its object, forces withdrawn in part, and sanctions by closure
// and suspension: forms a recall probe found missing.
import { describe, expect, it } from "vitest";
import { find, run, show } from "./helpers/pipeline.js";

const rels = (text: string) => run(text, "2022-06-01").relations;

describe("a predicate with no subject, its object, and an agent after من قبل", () => {
  it("is the agent's act on the object («ألقي القبض على X من قبل الشرطة»)", () => {
    const out = rels("وألقي القبض على أليكسي نافالني من قبل الشرطة الروسية.");
    expect(
      out.some((r) => r.type === "COERCE" && r.target.id === "person:alexei-navalny"),
      show(out),
    ).toBe(true);
    const sanctions = rels("وفرضت عقوبات على إيران من قبل الولايات المتحدة.");
    expect(find(sanctions, "state:US", "SANCTION", "state:IR"), show(sanctions)).toHaveLength(1);
  });
});

describe("forces withdrawn in part", () => {
  it("are still the announcer's («سحب معظم قواتها»، «سحب جزء من قواتها»)", () => {
    const most = rels("وأعلنت الإمارات سحب معظم قواتها من اليمن.");
    expect(find(most, "state:AE", "RETREAT", "state:YE"), show(most)).toHaveLength(1);
    const part = rels("وأعلنت روسيا سحب جزء من قواتها من سوريا.");
    expect(find(part, "state:RU", "RETREAT", "state:SY"), show(part)).toHaveLength(1);
  });
});

describe("sanctions by closure and suspension", () => {
  it("close an airspace before a state's aircraft («أغلقت مجالها الجوي أمام»)", () => {
    const out = rels("وأغلقت الجزائر مجالها الجوي أمام الطائرات المغربية.");
    expect(
      out.some((r) => r.type === "SANCTION" && r.target.id === "state:MA"),
      show(out),
    ).toBe(true);
    const storm = rels("وأغلقت السلطات المجال الجوي بسبب العاصفة.");
    expect(
      storm.filter((r) => r.type === "SANCTION"),
      show(storm),
    ).toHaveLength(0);
  });

  it("stop trade with a state or aid to it", () => {
    const trade = rels("وقررت تركيا وقف التبادل التجاري مع إسرائيل.");
    expect(find(trade, "state:TR", "SANCTION", "state:IL"), show(trade)).toHaveLength(1);
    const aid = rels("وأعلنت واشنطن تعليق مساعداتها العسكرية لمصر.");
    expect(find(aid, "state:US", "SANCTION", "state:EG"), show(aid)).toHaveLength(1);
    const verb = rels("وأوقفت الولايات المتحدة جزءا من مساعداتها العسكرية لمصر.");
    expect(find(verb, "state:US", "SANCTION", "state:EG"), show(verb)).toHaveLength(1);
  });
});

describe("actors the probe found unnamed", () => {
  it("reads agents before a state's nisba as that state", () => {
    const out = rels("وقتل عملاء سعوديون الصحفي جمال خاشقجي.");
    expect(
      out.some((r) => r.type === "ASSAULT" && r.source.id === "state:SA"),
      show(out),
    ).toBe(true);
  });

  it("reads the international coalition as the coalition against the Islamic State", () => {
    const out = rels("وشنت طائرات التحالف الدولي غارات على مواقع تنظيم داعش في سوريا.");
    expect(
      find(out, "org:global-coalition-against-isis", "ASSAULT", "org:isis"),
      show(out),
    ).toHaveLength(1);
  });
});
