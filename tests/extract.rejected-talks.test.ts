// Talks rejected are a rejection of the partner (frames-coop-interview.ts rejectedTalks); a
// counterpart after a verb is its object (verb-subject.ts).
import { describe, expect, it } from "vitest";
import { find, relationsOf, show } from "./helpers/pipeline.js";

describe("talks rejected", () => {
  it("are the rejecter's rejection of the partner, not a meeting", () => {
    const r = relationsOf(
      "رفض المرشد الأعلى في إيران، آية الله علي خامنئي، الجمعة، أي مفاوضات مع الولايات المتحدة.",
    );
    const [t] = find(r, "person:ali-khamenei", "REJECT", "state:US");
    expect(t?.attributed_to ?? null, show(r)).toBeNull();
    expect(find(r, "person:ali-khamenei", "CONSULT", "state:US"), show(r)).toEqual([]);
    const d = relationsOf("ورفضت كوريا الشمالية الحوار مع سيول.");
    expect(find(d, "state:KP", "REJECT", "state:KR").length, show(d)).toBe(1);
  });

  it("leaves a denied negotiation a negated meeting, and a call in an aside a call", () => {
    const r = relationsOf("لكن مسؤولا بالتحالف نفى خوض السعودية مفاوضات مع الحوثيين.");
    expect(
      r.filter((t) => t.type === "REJECT" && t.target.id === "org:houthis"),
      show(r),
    ).toEqual([]);
    const call = relationsOf(
      "ورفض لافروف العقوبات الأمريكية، خلال محادثة هاتفية مع وزير الخارجية الأمريكي، مايك بومبيو.",
    );
    expect(find(call, "person:sergey-lavrov", "REJECT", "person:mike-pompeo"), show(call)).toEqual(
      [],
    );
  });
});

describe("a counterpart after a verb", () => {
  it("is the object of a verb joined to the subject's first act", () => {
    const r = relationsOf("ورفض بوتين انتقادات الغرب، والتقى نظيره الصيني شي جين بينغ.");
    const [met] = find(r, "person:vladimir-putin", "CONSULT", "person:xi-jinping");
    expect(met, show(r)).toBeDefined();
    expect(met?.attributed_to ?? null, show(r)).toBeNull();
  });

  it("still speaks as the subject of a verb of saying", () => {
    const r = relationsOf("وقال نظيره الروسي سيرغي لافروف إن موسكو ترفض العقوبات الأمريكية.");
    expect(find(r, "state:RU", "REJECT", "state:US")[0]?.attributed_to?.id, show(r)).toBe(
      "person:sergey-lavrov",
    );
  });
});

describe("an aside «على لسان» after the subject", () => {
  it("is passed over: the verb's object follows it", () => {
    const r = relationsOf(
      "ودعت الصين، على لسان المتحدث باسم وزارة خارجيتها لين جيان، الهند وباكستان إلى التحلي بضبط النفس.",
    );
    expect(find(r, "state:CN", "REQUEST", "state:IN").length, show(r)).toBe(1);
    expect(find(r, "state:CN", "REQUEST", "state:PK").length, show(r)).toBe(1);
  });
});

describe("a relative clause with two joined verbs", () => {
  it("names two doers of what the stance is about", () => {
    const r = relationsOf("وقال إن إثيوبيا رفضت كل المقترحات التي طرحتها مصر وأيدها السودان.");
    expect(find(r, "state:ET", "REJECT", "state:EG").length, show(r)).toBe(1);
    expect(find(r, "state:ET", "REJECT", "state:SD").length, show(r)).toBe(1);
  });
});
