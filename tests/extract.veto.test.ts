// A veto, a vote against or a blocked draft rejects whoever drafted the draft
// (src/extract/frames-veto.ts); the war of a state on another is an attack; a reception is a
// meeting; a short name in brackets is part of its actor's unit.
import { describe, expect, it } from "vitest";
import { find, relationsOf, show } from "./helpers/pipeline.js";

describe("a veto", () => {
  it("rejects the state that drafted the resolution, named after a drafting verb", () => {
    const r = relationsOf(
      "واستخدمت الولايات المتحدة، اليوم الثلاثاء، حق النقض (الفيتو) في مجلس الأمن الدولي ضد مشروع قرار قدمته الجزائر يطالب بوقف فوري لإطلاق النار.",
    );
    expect(find(r, "state:US", "REJECT", "state:DZ").length, show(r)).toBe(1);
  });

  it("rejects each drafter named by a nisba, and every member of a list that blocks a draft", () => {
    const r = relationsOf(
      "وكانت واشنطن قد استخدمت الفيتو في 18 أكتوبر ضد مشروع قرار برازيلي، ثم في الثامن من ديسمبر ضد مشروع قرار إماراتي.",
    );
    expect(find(r, "state:US", "REJECT", "state:BR").length, show(r)).toBe(1);
    expect(find(r, "state:US", "REJECT", "state:AE").length, show(r)).toBe(1);
    const b = relationsOf("وأسقطت روسيا والصين في أواخر أكتوبر مشروعا أمريكيا.");
    expect(find(b, "state:RU", "REJECT", "state:US").length, show(b)).toBe(1);
    expect(find(b, "state:CN", "REJECT", "state:US").length, show(b)).toBe(1);
  });

  it("names no drafter from a state the draft only speaks of", () => {
    const r = relationsOf("واستخدمت روسيا الفيتو ضد مشروع قرار يدين ضم أربع مناطق أوكرانية.");
    expect(find(r, "state:RU", "REJECT", "state:UA"), show(r)).toEqual([]);
  });

  it("keeps a veto under a condition hypothetical, not asserted", () => {
    const r = relationsOf(
      "وقال دبلوماسيون إن الفلسطينيين قد يلجأون إلى الجمعية العامة إذا استخدمت واشنطن الفيتو ضد مشروع القرار الكويتي.",
    );
    const [t] = find(r, "state:US", "REJECT", "state:KW");
    expect(t?.modality, show(r)).not.toBe("asserted");
  });
});

describe("nouns of war and reception", () => {
  it("reads a state's war on another as an attack", () => {
    const r = relationsOf("وجاءت القمة في ظل تداعيات الحرب الروسية على أوكرانيا.");
    expect(find(r, "state:RU", "ASSAULT", "state:UA").length, show(r)).toBe(1);
    expect(relationsOf("وتستمر الحرب في سوريا منذ 2011.")).toEqual([]);
  });

  it("reads a host's reception of a guest as a meeting", () => {
    const r = relationsOf("وشهدت الزيارة استقبال الملك سلمان للرئيس الأميركي في قصر السلام.");
    expect(
      find(r, "person:salman-of-saudi-arabia", "CONSULT", "person:joe-biden").length,
      show(r),
    ).toBe(1);
    const refugees = relationsOf("وتواصل تركيا استقبال اللاجئين السوريين.");
    expect(
      refugees.filter((t) => t.type === "CONSULT"),
      show(refugees),
    ).toEqual([]);
  });
});

describe("a short name in brackets", () => {
  it("is part of its actor, so the verb's object follows it", () => {
    const r = relationsOf("ونددت حركة المقاومة الإسلامية (حماس) بالموقف الأمريكي.");
    expect(find(r, "org:hamas", "ACCUSE", "state:US").length, show(r)).toBe(1);
  });
});
