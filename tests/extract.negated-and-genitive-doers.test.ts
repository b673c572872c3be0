// A negated stance and what it is about, a verbal noun whose doer is its genitive, and acts a
// threat names: where each relation's negation, doer and reality come from.
import { describe, expect, it } from "vitest";
import { find, run, show } from "./helpers/pipeline.js";

const rels = (text: string) => run(text, "2022-06-01").relations;

describe("a hollow verb after لم", () => {
  it("is read in its jussive, its long vowel dropped («لم تدن»، «لم يزر»)", () => {
    const out = rels("ولم تدن الصين الغزو الروسي لأوكرانيا.");
    const accuse = find(out, "state:CN", "ACCUSE", "state:RU");
    expect(accuse, show(out)).toHaveLength(1);
    expect(accuse[0]?.polarity).toBe("negated");
    const visit = rels("ولم يزر الرئيس الروسي الصين منذ سنوات.");
    expect(
      visit.some((r) => r.type === "CONSULT" && r.polarity === "negated"),
      show(visit),
    ).toBe(true);
  });

  it("is no verb elsewhere, where the short form is another word («وقال إنه لن يقل»)", () => {
    const out = rels("وقال وزير الخارجية إن الدعم الروسي لن يقل عن العام الماضي.");
    expect(
      out.filter((r) => r.type === "ACCUSE"),
      show(out),
    ).toHaveLength(0);
  });

  it("gives a condemnation nothing of the act its genitive names («إدانة الغزو الروسي لأوكرانيا»)", () => {
    const out = rels("وامتنعت الهند عن إدانة الغزو الروسي لأوكرانيا.");
    expect(
      out.filter((r) => r.type === "ACCUSE"),
      show(out),
    ).toHaveLength(0);
    expect(find(out, "state:RU", "ASSAULT", "state:UA"), show(out)).toHaveLength(1);
  });

  it("leaves the act a negated condemnation is about affirmed", () => {
    const out = rels("ولم تدن الصين الغزو الروسي لأوكرانيا.");
    const invasion = find(out, "state:RU", "ASSAULT", "state:UA");
    expect(invasion, show(out)).toHaveLength(1);
    expect(invasion[0]?.polarity).toBe("affirmed");
    // A negated light verb still negates the act it carries.
    const none = rels("ولم تقم روسيا بأي هجوم على أوكرانيا.");
    expect(find(none, "state:RU", "ASSAULT", "state:UA")[0]?.polarity, show(none)).toBe("negated");
  });
});

describe("a verbal noun with its doer in the genitive and its object after لـ", () => {
  it("is the noun, not a verb whose object is the next clause's actor", () => {
    const support = rels("دعم واشنطن لتايوان يثير غضب بكين.");
    expect(find(support, "state:US", "SUPPORT", "state:TW"), show(support)).toHaveLength(1);
    expect(find(support, "state:US", "SUPPORT", "state:CN"), show(support)).toHaveLength(0);
    const shelling = rels("وأثار قصف إسرائيل لغزة غضب تركيا.");
    expect(find(shelling, "state:IL", "ASSAULT", "state:PS"), show(shelling)).toHaveLength(1);
    expect(find(shelling, "state:IL", "ASSAULT", "state:TR"), show(shelling)).toHaveLength(0);
    const body = rels("دعم السعودية للحكومة اليمنية لم يتوقف.");
    expect(find(body, "state:SA", "SUPPORT", "state:YE"), show(body)).toHaveLength(1);
  });

  it("leaves a verb whose object's name starts with ل a verb («دعم الاتحاد الأوروبي لبنان»)", () => {
    const out = rels("دعم الاتحاد الأوروبي لبنان بمئة مليون يورو.");
    expect(find(out, "org:eu", "SUPPORT", "state:LB"), show(out)).toHaveLength(1);
    const shelled = rels("قصف الجيش الإسرائيلي لبنان.");
    expect(
      shelled.some((r) => r.type === "ASSAULT" && r.target.id === "state:LB"),
      show(shelled),
    ).toBe(true);
  });

  it("leaves a verb with its subject and object a verb", () => {
    const out = rels("وقصف الجيش السوري ليلة أمس مواقع المعارضة.");
    expect(
      out.some((r) => r.type === "ASSAULT" && r.rule.startsWith("verb-")),
      show(out),
    ).toBe(true);
  });
});

describe("an act a threat names past a word of quantity", () => {
  it("is the threat past a quantity and its adjective («بشن موجة جديدة من الهجمات»)", () => {
    const out = rels("وتوعد الحوثيون بشن موجة جديدة من الهجمات على السفن الإسرائيلية.");
    expect(
      out.filter((r) => r.type === "ASSAULT"),
      show(out),
    ).toHaveLength(0);
    const done = rels("وشن الحوثيون موجة جديدة من الهجمات على السفن الإسرائيلية.");
    expect(find(done, "org:houthis", "ASSAULT", "state:IL"), show(done)).toHaveLength(1);
  });

  it("leaves an attack done, told after the threat, an attack", () => {
    const out = rels(
      "وتوعد الحوثيون إسرائيل بمزيد من الهجمات بعد أن شنوا سلسلة من الضربات على إيلات.",
    );
    expect(find(out, "org:houthis", "ASSAULT", "state:IL"), show(out)).toHaveLength(1);
    expect(find(out, "org:houthis", "THREATEN", "state:IL"), show(out)).toHaveLength(1);
  });

  it("is the threat to each target, not an attack («بشن مزيد من الهجمات ضد»)", () => {
    const out = rels("وتوعدت حركة الشباب بشن مزيد من الهجمات ضد القوات الإثيوبية والكينية.");
    expect(
      out.filter((r) => r.type === "ASSAULT"),
      show(out),
    ).toHaveLength(0);
    expect(find(out, "org:al-shabaab", "THREATEN", "state:ET"), show(out)).toHaveLength(1);
    expect(find(out, "org:al-shabaab", "THREATEN", "state:KE"), show(out)).toHaveLength(1);
  });
});

describe("a verb of denial before an act's noun and its genitive", () => {
  it("denies the subject's own act on the genitive, rejecting no one", () => {
    const threat = rels("ونفت الجزائر تهديد المغرب.");
    const denied = find(threat, "state:DZ", "THREATEN", "state:MA");
    expect(denied[0]?.polarity, show(threat)).toBe("negated");
    expect(find(threat, "state:DZ", "REJECT", "state:MA"), show(threat)).toHaveLength(0);
    const shelling = rels("ونفت روسيا قصف المدنيين في سوريا.");
    expect(
      find(shelling, "state:RU", "ASSAULT", "group:civilians")[0]?.polarity,
      show(shelling),
    ).toBe("negated");
  });

  it("still rejects accusations («نفت روسيا الاتهامات البريطانية»)", () => {
    const out = rels("ونفت روسيا الاتهامات البريطانية.");
    expect(find(out, "state:RU", "REJECT", "state:GB"), show(out)).toHaveLength(1);
  });
});

describe("the Houthis' nisba", () => {
  it("names them in the feminine and the plural («الهجمات الحوثية»)", () => {
    const out = rels("وأدانت السعودية الهجمات الحوثية على أراضيها.");
    expect(find(out, "state:SA", "ACCUSE", "org:houthis"), show(out)).toHaveLength(1);
  });
});
