// An attack named with its target and carried out by a doer named after it
// (src/extract/frames-attack-carried.ts: «غارات جوية على صنعاء نفذتها طائرات التحالف»), and an
// accusation levelled with لـ at an act, aimed at the one who rejects it (frames-stance.ts
// levelledDrafts: «رفضت إيران الانتقادات التي وجهتها فرنسا للبرنامج الصاروخي الإيراني»).
import { describe, it } from "vitest";
import { expectNone, expectRel } from "./helpers/pipeline.js";

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

describe("an accusation levelled with لـ at an act", () => {
  it("is aimed at the one who rejects it when the act is its own («للبرنامج الصاروخي الإيراني»)", () => {
    expectRel(
      "ورفضت إيران الانتقادات التي وجهتها فرنسا للبرنامج الصاروخي الإيراني.",
      "state:FR",
      "ACCUSE",
      "state:IR",
    );
    expectRel(
      "ورفضت الحكومة الإسرائيلية الانتقادات التي وجهتها الأمم المتحدة لسياستها في غزة.",
      "org:un",
      "ACCUSE",
      "state:IL",
    );
  });
});
