// Phrases that say where or why an act happened are no part of who did it to whom: a state
// after words of direction that place a place named before it (arguments.ts
// locatesPlaceBefore), the body an envoy is posted to (verb-drafts.ts postedTo), and a noun
// after a word of cause, which is someone else's act (noun-drafts.ts causeWordAt).
import { describe, expect, it } from "vitest";
import { find, run, show } from "./helpers/pipeline.js";

const rels = (text: string) => run(text, "2019-06-01").relations;

describe("a state that places a place named before it", () => {
  it("is not the verb's object («قافلة في إقليم بلوشستان جنوب غربي باكستان»)", () => {
    const out = rels("هاجم مسلحون قافلة في إقليم بلوشستان جنوب غربي باكستان.");
    expect(
      out.filter((r) => r.rule === "verb-vso" && r.target.id === "state:PK"),
      show(out),
    ).toHaveLength(0);
  });

  it("lets the people named before it stay the victims", () => {
    const out = rels(
      "اختطف مسلحو جماعة أبو سياف سائحين ماليزيين من منتجع في جزيرة سيباتيك جنوب الفلبين.",
    );
    expect(find(out, "org:abu-sayyaf", "ASSAULT", "state:MY"), show(out)).toHaveLength(1);
    expect(find(out, "org:abu-sayyaf", "ASSAULT", "state:PH"), show(out)).toHaveLength(0);
  });

  it("is still the object when the direction follows the verb («قصفت إسرائيل جنوب لبنان»)", () => {
    const out = rels("قصفت إسرائيل جنوب لبنان.");
    expect(find(out, "state:IL", "ASSAULT", "state:LB"), show(out)).toHaveLength(1);
  });
});

describe("the body an envoy is posted to", () => {
  it("is not the object of the envoy's verb («مندوب السودان لدى الأمم المتحدة»)", () => {
    const out = rels("واتهم مندوب السودان لدى الأمم المتحدة الإمارات بتسليح قوات الدعم السريع.");
    expect(find(out, "state:SD", "ACCUSE", "state:AE"), show(out)).toHaveLength(1);
    expect(find(out, "state:SD", "ACCUSE", "org:un"), show(out)).toHaveLength(0);
  });
});

describe("a noun after a word of cause", () => {
  it("is not done by the clause's subject, and bounds the object before it", () => {
    const out = rels(
      "وفرضت بريطانيا وكندا عقوبات على مسؤولين في المجلس العسكري بسبب الهجمات على المدنيين.",
    );
    expect(
      out.filter((r) => r.target.id === "group:civilians"),
      show(out),
    ).toHaveLength(0);
  });

  it("is not a topic's: deals about arms sales are the subject's own («بشأن مبيعات الأسلحة»)", () => {
    const out = rels(
      "وقد يسعى كيم جونغ أون إلى إبرام صفقات بشأن مبيعات الأسلحة وإرسال العمال إلى روسيا.",
    );
    expect(find(out, "person:kim-jong-un", "AID", "state:RU"), show(out)).toHaveLength(1);
  });

  it("takes no owner from a pronoun («بسبب دعمها لإيران»)", () => {
    const out = rels("وفرضت الولايات المتحدة عقوبات على شركات روسية بسبب دعمها لإيران.");
    expect(find(out, "state:US", "SUPPORT", "state:IR"), show(out)).toHaveLength(0);
  });

  it("leaves what one expresses with «عن» to its speaker («أعرب عن دعمه لـ»)", () => {
    const out = rels("وأعرب ماكرون عن دعمه لأوكرانيا.");
    expect(find(out, "person:emmanuel-macron", "SUPPORT", "state:UA"), show(out)).toHaveLength(1);
  });
});

describe("a pronoun on a noun after a word of cause", () => {
  it("is the clause's object when its subject acts on one, else its subject", () => {
    const object = rels("وانتقدت الولايات المتحدة إيران بسبب دعمها للحوثيين.");
    expect(find(object, "state:IR", "SUPPORT", "org:houthis"), show(object)).toHaveLength(1);
    expect(find(object, "state:US", "SUPPORT", "org:houthis"), show(object)).toHaveLength(0);
    const subject = rels("وتعرضت إيران لعقوبات أمريكية جديدة بسبب دعمها لجماعة الحوثي.");
    expect(find(subject, "state:IR", "SUPPORT", "org:houthis"), show(subject)).toHaveLength(1);
  });
});
