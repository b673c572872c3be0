// Polarity and modality from the words before a trigger.
import { describe, expect, it } from "vitest";
import { modalityAt, negatedAt } from "../src/extract/modality.js";
import { contextOf } from "./helpers/sentence.js";

const first = (text: string) => {
  const c = contextOf(text);
  const t = c.triggers[0];
  if (!t) throw new Error(`no trigger in ${text}`);
  return { v: c.view, t };
};

describe("modality and negation", () => {
  it("reads a negated verb", () => {
    const { v, t } = first("لم تفرض الصين عقوبات على كوريا الشمالية.");
    expect(negatedAt(v, t.first)).toBe(true);
    const plain = first("فرضت الصين عقوبات على كوريا الشمالية.");
    expect(negatedAt(plain.v, plain.t.first)).toBe(false);
  });

  it("reads a negated light verb before a noun", () => {
    const { v, t } = first("لم تقم روسيا مطلقا بصفقات أسلحة مع كوريا الشمالية.");
    expect(t.kind).toBe("noun");
    expect(negatedAt(v, t.first, true)).toBe(true);
  });

  it("reads a condition as hypothetical and سوف or سـ as future", () => {
    const cond = first("وإذا هاجمت إسرائيل إيران فإن طهران سترد.");
    expect(modalityAt(cond.v, cond.t.first, cond.t)).toBe("hypothetical");
    const fut = first("سوف تفرض واشنطن عقوبات على طهران.");
    expect(modalityAt(fut.v, fut.t.first, fut.t)).toBe("future");
    const now = first("فرضت واشنطن عقوبات على طهران.");
    expect(modalityAt(now.v, now.t.first, now.t)).toBe("asserted");
  });

  it("does not carry a condition past a comma", () => {
    const { v, t } = first("إذا استمرت الأزمة في المنطقة الشرقية، فرضت واشنطن عقوبات على طهران.");
    expect(modalityAt(v, t.first, t)).toBe("asserted");
  });
});
