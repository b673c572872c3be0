// An attack named with its target and carried out by a doer named after it
// (src/extract/frames-attack-carried.ts: «غارات جوية على صنعاء نفذتها طائرات التحالف»), and an
// accusation levelled at something other than the one who rejects it (frames-stance.ts
// levelledDrafts: «رفضت موسكو الانتقادات التي وجهتها واشنطن لنتائج الانتخابات في فنزويلا»).
import { describe, it } from "vitest";
import { expectNone, expectNoRel, expectRel } from "./helpers/pipeline.js";

describe("an attack carried out by a doer named after its target", () => {
  it("is the doer's attack on the target («غارات على صنعاء نفذتها طائرات التحالف»)", () => {
    expectRel(
      "وقتل خمسة أشخاص في غارات جوية على صنعاء نفذتها طائرات التحالف العربي.",
      "org:saudi-led-coalition",
      "ASSAULT",
      "state:YE",
    );
    expectRel(
      "وأدانت فرنسا الهجوم على عفرين الذي نفذته القوات التركية.",
      "org:tr-armed-forces",
      "ASSAULT",
      "state:SY",
    );
  });

  it("makes the casualties before it the doer's victims, not attackers of the target", () => {
    const text = "وقتل مدنيون في هجوم على عفرين نفذته القوات التركية.";
    expectRel(text, "org:tr-armed-forces", "ASSAULT", "group:civilians");
    expectNone(text, "ASSAULT", { source: "group:civilians" });
  });

  it("needs the verb that carries the attack out («نفذته»), not any verb after the target", () => {
    expectNone("وأدانت فرنسا الهجوم على عفرين الذي وصفته الحكومة التركية بالضروري.", "ASSAULT", {
      source: "org:tr-government",
    });
  });
});

describe("an accusation levelled with لـ at no actor", () => {
  it("does not make the one who rejects it its target", () => {
    const text =
      "ورفضت موسكو الانتقادات التي وجهتها الولايات المتحدة لنتائج الانتخابات في فنزويلا.";
    expectNoRel(text, "state:US", "ACCUSE", "state:RU");
    expectRel(text, "state:RU", "REJECT", "state:US");
  });

  it("still makes the rejecter the target when the لـ phrase points back to it («لسياستها»)", () => {
    expectRel(
      "ورفضت الحكومة الإسرائيلية الانتقادات التي وجهتها الأمم المتحدة لسياستها في غزة.",
      "org:un",
      "ACCUSE",
      "state:IL",
    );
  });
});
