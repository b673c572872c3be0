// An unnamed official named by a singular noun and the state's nisba («مسؤول أمريكي»،
// «دبلوماسيا صينيا») speaks for that state, as the plural («مسؤولون أمريكيون») does
// (ANNOTATION.md: an unnamed official is the state; src/extract/units.ts officialNisba).
import { describe, expect, it } from "vitest";
import { find, run, show } from "./helpers/pipeline.js";

const rels = (text: string) => run(text, "2019-06-01").relations;

describe("a singular unnamed official", () => {
  it("acts for the state of its nisba", () => {
    const out = rels("وانتقد مسؤول أمريكي رفيع الصين بشدة.");
    expect(find(out, "state:US", "ACCUSE", "state:CN"), show(out)).toHaveLength(1);
    const accused = rels("واتهم مسؤول أوكراني موسكو بارتكاب جرائم حرب.");
    expect(find(accused, "state:UA", "ACCUSE", "state:RU"), show(accused)).toHaveLength(1);
  });

  it("is the state as an object too", () => {
    const out = rels("والتقى وزير الخارجية الأمريكي مسؤولا صينيا في بكين.");
    expect(
      out.filter((r) => r.type === "CONSULT" && r.target.id === "state:CN"),
      show(out),
    ).toHaveLength(1);
  });

  it("is not made of a responsible party with the article («الجيش الإسرائيلي مسؤول»)", () => {
    const out = rels("وقالت حماس إن الجيش الإسرائيلي مسؤول عن الهجوم.");
    expect(
      out.filter((r) => r.source.text.startsWith("مسؤول")),
      show(out),
    ).toHaveLength(0);
  });
});
