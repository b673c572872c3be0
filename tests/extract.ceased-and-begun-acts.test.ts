// Acts stopped, ended, begun or answered with: an attack its doer stops is a concession
// (src/extract/ceased-acts.ts), cooperation ended is no cooperation (cooperation.json
// ending_words) though a visit ended was made, a reply «ردت X بقصف» is an attack (conflict.json
// light_verbs), and a withdrawal begun or announced («بدأت القوات الانسحاب من سوريا») is a
// retreat from the place after من (the noun frame «from»).
import { describe, expect, it } from "vitest";
import { run, show } from "./helpers/pipeline.js";

const rels = (text: string) => run(text, "2019-06-01").relations;
const of = (text: string, type: string) => rels(text).filter((r) => r.type === type);

describe("an attack stopped", () => {
  it("is a concession by its doer to the one attacked", () => {
    const out = rels("وأوقف الحوثيون هجماتهم على السفن الأمريكية.");
    expect(
      out.filter((r) => r.type === "CONCEDE" && r.source.id === "org:houthis"),
      show(out),
    ).toHaveLength(1);
    expect(
      out.filter((r) => r.type === "ASSAULT"),
      show(out),
    ).toHaveLength(0);
  });

  it("stays an attack when the stop is negated or only asked for", () => {
    const asked = rels("ودعت الأمم المتحدة إلى وقف الهجمات الإسرائيلية على غزة.");
    expect(
      asked.filter((r) => r.type === "ASSAULT" && r.source.id === "state:IL"),
      show(asked),
    ).toHaveLength(1);
    expect(of("ودعت الأمم المتحدة إلى وقف الهجمات الإسرائيلية على غزة.", "CONCEDE")).toHaveLength(
      0,
    );
  });
});

describe("cooperation ended and a visit ended", () => {
  it("drops the cooperation but keeps the visit", () => {
    expect(of("وأنهت تشاد التعاون العسكري مع فرنسا.", "COOPERATE")).toHaveLength(0);
    expect(of("وأنهت تشاد التعاون العسكري مع فرنسا.", "SANCTION")).toHaveLength(1);
    expect(of("وأنهى ماكرون زيارته إلى الصين.", "CONSULT")).toHaveLength(1);
  });
});

describe("replies and withdrawals begun", () => {
  it("reads «ردت X بقصف» as X's attack", () => {
    const out = rels("وردت القوات الأفغانية بقصف مواقع حركة طالبان.");
    expect(
      out.filter((r) => r.type === "ASSAULT" && r.target.id === "org:taliban"),
      show(out),
    ).toHaveLength(1);
  });

  it("reads a withdrawal begun as a retreat from the place after من", () => {
    const out = rels("وبدأت القوات الأمريكية الانسحاب من سوريا.");
    expect(
      out.filter((r) => r.type === "RETREAT" && r.target.id === "state:SY"),
      show(out),
    ).toHaveLength(1);
  });

  it("leaves a withdrawal whose own doer follows it to that doer", () => {
    const out = rels(
      "وأكد وزير الدولة الإماراتي أنور قرقاش تمسك بلاده بالانسحاب غير المشروط لميليشيات الحوثي من مدينة الحديدة.",
    );
    expect(
      out.filter((r) => r.type === "RETREAT" && r.source.id === "state:AE"),
      show(out),
    ).toHaveLength(0);
  });

  it("reads aid shipments announced as aid", () => {
    const out = rels("وأعلنت الكويت إرسال مساعدات إنسانية إلى لبنان.");
    expect(
      out.filter((r) => r.type === "AID" && r.target.id === "state:LB"),
      show(out),
    ).toHaveLength(1);
  });
});

describe("stops, endings and withdrawals not stated as done", () => {
  it("keep an attack whose stop is a condition or an obligation, and one begun after a stop", () => {
    expect(of("ويجب أن توقف روسيا هجماتها على أوكرانيا.", "CONCEDE")).toHaveLength(0);
    const both = rels(
      "وأعلن الحوثيون وقف هجماتهم على السفن الأمريكية وبدء هجمات على السفن الإسرائيلية.",
    );
    expect(
      both.filter((r) => r.type === "ASSAULT" && r.target.id === "state:IL"),
      show(both),
    ).toHaveLength(1);
    expect(
      both.filter((r) => r.type === "CONCEDE" && r.target.id === "state:US"),
      show(both),
    ).toHaveLength(1);
  });

  it("keep talks that ended and drop aid that is blocked", () => {
    expect(of("وأنهى لافروف محادثاته مع نظيره التركي.", "CONSULT")).toHaveLength(1);
    expect(of("وأنهى لافروف محادثاته مع نظيره التركي.", "SANCTION")).toHaveLength(0);
    expect(of("وأعلنت إسرائيل منع إرسال مساعدات إلى غزة.", "AID")).toHaveLength(0);
  });

  it("read no retreat from a call to withdraw or from a government left", () => {
    expect(of("ودعت روسيا إلى انسحاب القوات الأجنبية من سوريا.", "RETREAT")).toHaveLength(0);
    expect(of("وأعلنت حركة النهضة الانسحاب من الحكومة التونسية.", "RETREAT")).toHaveLength(0);
  });
});
