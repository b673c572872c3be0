// ROLE from a bare title of a state's office ("وزير الاقتصاد، رائد خوري") that names no state:
// the holder serves the state the article is about, when one dominates it; and the English
// labels of sectors tied to their state ("Palestinian protesters", as ANNOTATION.md writes).
import { describe, expect, it } from "vitest";
import type { Found } from "../src/recognize/found.js";
import { dominantState } from "../src/recognize/home-state.js";
import type { RelationMention } from "../src/schema.js";
import { relationsOf, run, show } from "./helpers/pipeline.js";

const LEBANON =
  "أعلنت الحكومة اللبنانية خطة لمعالجة الأزمة الاقتصادية في لبنان. " +
  "وقال مسؤولون لبنانيون إن لبنان يحتاج إلى دعم دولي عاجل. ";

const roles = (text: string) =>
  relationsOf(text)
    .filter((r: RelationMention) => r.type === "ROLE")
    .map((r) => `${r.source.text} -> ${r.target.id}`);

describe("a bare title serves the article's state", () => {
  it("gives the minister named after a comma the state the article is about", () => {
    const text = `${LEBANON}وأوضح وزير الاقتصاد، نبيل سركيس، أن العجز تراجع هذا العام.`;
    expect(roles(text), show(relationsOf(text))).toContain("نبيل سركيس -> state:LB");
  });

  it("reads the title after the name as well", () => {
    const text = `${LEBANON}وقال نبيل سركيس، وزير المالية، إن الموازنة ستقر قريبا.`;
    expect(roles(text)).toContain("نبيل سركيس -> state:LB");
  });

  it("reads the government's spokesman before or after the name", () => {
    const before = `${LEBANON}وقال المتحدث باسم الحكومة أحمد سركيس، إن الخطة ستنفذ.`;
    expect(roles(before)).toContain("أحمد سركيس -> state:LB");
    const after = `${LEBANON}وقال أحمد سركيس، المتحدث باسم الحكومة، إن الخطة ستنفذ.`;
    expect(roles(after)).toContain("أحمد سركيس -> state:LB");
  });

  it("gives no state when none dominates the article", () => {
    const text =
      "زار وفد فرنسي ألمانيا وإيطاليا الأسبوع الماضي. " +
      "وأوضح وزير الاقتصاد، نبيل سركيس، أن العجز تراجع هذا العام.";
    expect(roles(text).filter((r) => r.startsWith("نبيل سركيس"))).toEqual([]);
  });

  it("does not read an ordinary clause after the title as the holder's name", () => {
    const text = `${LEBANON}وكان رئيس الوزراء رفض مطلب النقابات رفع الأجور في البلاد.`;
    expect(roles(text).filter((r) => r.includes("رفض"))).toEqual([]);
  });

  it("leaves a relative's title to the holder: «زوجة رئيس الوزراء X» is not the premier", () => {
    const text = `${LEBANON}وحضرت زوجة رئيس الوزراء نادين سركيس، الحفل في بيروت.`;
    expect(roles(text).filter((r) => r.startsWith("نادين"))).toEqual([]);
  });

  it("leaves a title of a body alone: «مدير الشركة» serves no state", () => {
    const text = `${LEBANON}وقال مدير الشركة، نبيل سركيس، إن الإنتاج سيرتفع.`;
    expect(roles(text).filter((r) => r.startsWith("نبيل سركيس"))).toEqual([]);
  });
});

describe("an office held: «شغل X منصب ...»", () => {
  it("reads the office and the state it names", () => {
    expect(roles("شغل سيرج سركيسيان منصب رئيس أرمينيا لعشر سنوات.")).toContain(
      "سيرج سركيسيان -> state:AM",
    );
  });

  it("gives a bare minister's office the article's state, the holder before the verb", () => {
    const text = `${LEBANON}وقال نبيل سركيس، الذي كان يشغل منصب وزير المالية، إن العجز تراجع.`;
    expect(roles(text)).toContain("نبيل سركيس -> state:LB");
  });

  it("leaves an office in another state's place to no state («رئيس الوزراء في أرمينيا»)", () => {
    const text = `${LEBANON}وشغل نبيل سركيس منصب رئيس الوزراء في أرمينيا.`;
    expect(roles(text).filter((r) => r.endsWith("state:LB"))).toEqual([]);
  });
});

describe("the dominant state", () => {
  const state = (id: string): Found => ({
    entity: { id, kind: "state", label_ar: id, label_en: id },
    rule: "kb",
    first: 0,
    last: 0,
    start: 0,
    end: 0,
  });

  it("is the state named at least three times and twice as often as any other", () => {
    const found = [
      [state("state:LB"), state("state:LB")],
      [state("state:LB"), state("state:SY")],
    ];
    expect(dominantState(found)?.id).toBe("state:LB");
  });

  it("is none when two states are named about as often", () => {
    const found = [[state("state:LB"), state("state:LB"), state("state:LB")], [state("state:SY")]];
    expect(dominantState(found)?.id).toBe("state:LB");
    found.push([state("state:SY"), state("state:SY")]);
    expect(dominantState(found)).toBeNull();
  });
});

describe("sector words without the article", () => {
  it("names militants and students written indefinite", () => {
    const ids = run(
      "هاجم متشددون مركزا للشرطة في بيشاور، واعتقلت الشرطة طلابا شاركوا في التظاهرة.",
    ).mentions.map((m) => m.entity.id);
    expect(ids).toEqual(expect.arrayContaining(["group:terrorists", "group:students"]));
  });
});

describe("sector labels", () => {
  it("labels a sector tied to its state with the state's adjective", () => {
    const m = run("اعتقلت الحكومة العراقية عددا من المتظاهرين العراقيين في البصرة.").mentions;
    const protesters = m.find((x) => x.entity.id === "group:protesters-iq");
    expect(protesters?.entity.label_en).toBe("Iraqi protesters");
    const government = m.find((x) => x.entity.id === "group:government-iq");
    expect(government?.entity.label_en).toBe("Iraqi government");
  });
});
