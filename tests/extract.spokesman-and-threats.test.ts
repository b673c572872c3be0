// Spokesmen named by «باسمه», «على لسان»; threats with «لوح ب» an act; negation that stops at
// a comma; an act's genitive state that is hit, not firing.
import { describe, expect, it } from "vitest";
import { find, relationsOf, show } from "./helpers/pipeline.js";

describe("a spokesman", () => {
  it("named «المتحدث باسمه» speaks for the organisation before, and acts as the verb's subject", () => {
    const r = relationsOf(
      "وأعرب الاتحاد الأوروبي عن قلقه، ودعا المتحدث باسمه بيتر ستانو أنقرة وطرابلس إلى احترام الحقوق.",
    );
    const stano = r.find((t) => t.type === "ROLE")?.source.id ?? "";
    expect(find(r, stano, "ROLE", "org:eu").length, show(r)).toBe(1);
    expect(find(r, stano, "REQUEST", "state:TR").length, show(r)).toBe(1);
    expect(find(r, stano, "REQUEST", "state:LY").length, show(r)).toBe(1);
    // The speaker's next act is no claim of «أعرب»: nothing is attributed to the EU.
    expect(find(r, stano, "REQUEST", "state:TR")[0]?.attributed_to, show(r)).toBeNull();
  });

  it("after «على لسان» is no object of any verb", () => {
    const r = relationsOf("أما بكين فرفضت على لسان المتحدث باسم خارجيتها لين جيان اتهامات الناتو.");
    expect(find(r, "state:CN", "REJECT", "person:lin-jian"), show(r)).toEqual([]);
  });
});

describe("threats and attacks", () => {
  it("reads «لوح ... بقصف X» as a threat against X, not X firing", () => {
    const r = relationsOf(
      "وكان قد لوح الرئيس الأمريكي دونالد ترامب بقصف إيران إذا لم توافق على اتفاق جديد.",
    );
    expect(find(r, "person:donald-trump", "THREATEN", "state:IR").length, show(r)).toBe(1);
    expect(
      r.filter((t) => t.type === "ASSAULT"),
      show(r),
    ).toEqual([]);
    const fired = relationsOf("وقتل خمسة فلسطينيين بقصف إسرائيلي على غزة.");
    expect(find(fired, "state:IL", "ASSAULT", "state:PS").length, show(fired)).toBe(1);
  });

  it("does not carry a negation over a comma to the next predicate", () => {
    const r = relationsOf(
      "وقال بقائي إن التلويح بهذه الآلية لن يفيد، متهما الدول الأوروبية الثلاث بالإخلال بالتزاماتها.",
    );
    const accused = r.filter((t) => t.type === "ACCUSE");
    expect(accused.length, show(r)).toBeGreaterThan(0);
    expect(
      accused.every((t) => t.polarity === "affirmed"),
      show(r),
    ).toBe(true);
  });
});
