// «الاعتقال الإيراني للمحتجين»: a state's nisba right after a definite noun of an act whose
// genitive is its victim is the act's doer when the victim follows with لـ
// (src/extract/frames-conflict.ts doerThenVictim), as «اعتقال السلطات الإيرانية للمحتجين» is.
import { describe, expect, it } from "vitest";
import { find, run, show } from "./helpers/pipeline.js";

const rels = (text: string) => run(text, "2019-06-01").relations;

describe("a nisba doer of a victim's act", () => {
  it("does the act to the one after لـ", () => {
    const out = rels("وانتقد الاتحاد الأوروبي القمع الإيراني للمحتجين.");
    expect(find(out, "state:IR", "COERCE", "group:protesters"), show(out)).toHaveLength(1);
    expect(find(out, "org:eu", "ACCUSE", "state:IR"), show(out)).toHaveLength(1);
  });

  it("is read after the stance's ب too", () => {
    const out = rels("ونددت موسكو بالاعتقال الأوكراني للصحفي كيريل فيشينسكي.");
    expect(
      out.filter((r) => r.type === "COERCE" && r.source.id === "state:UA"),
      show(out),
    ).toHaveLength(1);
  });

  it("needs the victim's لـ: a nisba describing the victim is no doer", () => {
    const out = rels("وانتقد الاتحاد الأوروبي اعتقال المحتجين الإيرانيين.");
    expect(
      out.filter((r) => r.type === "COERCE" && r.source.id === "state:IR"),
      show(out),
    ).toHaveLength(0);
  });
});
