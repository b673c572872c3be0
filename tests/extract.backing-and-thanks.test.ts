// Backing named after «بدعم من» (before or after the clause), thanks as support, «عبر» as a
// means rather than a verb of saying, and a war waged as an attack.
import { describe, expect, it } from "vitest";
import { find, relationsOf, show } from "./helpers/pipeline.js";

describe("backing", () => {
  it("names the backer after «بدعم من», and the backed before it or after its comma", () => {
    const after = relationsOf("وتشن إسرائيل حربا على غزة بدعم من الولايات المتحدة.");
    expect(find(after, "state:US", "SUPPORT", "state:IL").length, show(after)).toBe(1);
    const before = relationsOf("وبدعم من الولايات المتحدة، تشن إسرائيل حربا على غزة.");
    expect(find(before, "state:US", "SUPPORT", "state:IL").length, show(before)).toBe(1);
    expect(find(before, "state:IL", "ASSAULT", "state:PS").length, show(before)).toBe(1);
  });
});

describe("thanks", () => {
  it("are support for the one thanked", () => {
    const r = relationsOf("ووجه الرئيس السيسي الشكر إلى الإمارات.");
    expect(find(r, "person:abdel-fattah-el-sisi", "SUPPORT", "state:AE").length, show(r)).toBe(1);
  });
});

describe("«عبر»", () => {
  it("is a means, not a verb of saying, when no عن follows in its clause", () => {
    const r = relationsOf(
      "ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش، عبر المتحدث باسمه، السلطات الكينية إلى ضبط النفس.",
    );
    expect(find(r, "person:antonio-guterres", "REQUEST", "state:KE").length, show(r)).toBe(1);
  });

  it("is a verb of saying with عن after its subject", () => {
    const r = relationsOf("وعبر الرئيس الفرنسي إيمانويل ماكرون عن دعمه لأوكرانيا.");
    expect(find(r, "person:emmanuel-macron", "SUPPORT", "state:UA").length, show(r)).toBe(1);
  });
});
