// The twenty-second round: members described by their state's nisba stand for that state
// right after a verb ("واتهم مسؤولون أمريكيون إيران": src/extract/units.ts
// widenOverMemberNoun over words.json member_nouns), and the military or security
// "establishment" is the army or the security forces (lexicon/actors.json sectors).
import { describe, expect, it } from "vitest";
import { find, run } from "./helpers/pipeline.js";

describe("members described by a state's nisba", () => {
  it("are the subject of the verb before them", () => {
    const rels = run("واتهم مسؤولون أمريكيون إيران بدعم الحوثيين في اليمن.").relations;
    expect(find(rels, "state:US", "ACCUSE", "state:IR").length).toBeGreaterThan(0);
  });

  it("make the whole phrase the speaker a claim is attributed to", () => {
    const rels = run("وقال مسؤولون أمريكيون إن إيران تدعم الحوثيين.").relations;
    const support = find(rels, "state:IR", "SUPPORT", "org:houthis");
    expect(support.length).toBeGreaterThan(0);
    expect(support[0]?.attributed_to?.text).toBe("مسؤولون أمريكيون");
  });

  it("are not widened over a noun that is not one of members («كتاب»: books or writers)", () => {
    const rels = run("وانتقد كتاب أمريكيون إيران بشدة.").relations;
    expect(find(rels, "state:US", "ACCUSE", "state:IR")).toEqual([]);
  });
});

describe("the military and security establishment", () => {
  it("is the army an accusation is made against", () => {
    const rels = run("واتهم نواز شريف المؤسسة العسكرية في باكستان بالتآمر ضده.").relations;
    const accused = rels.filter(
      (r) => r.type === "ACCUSE" && r.source.id === "person:nawaz-sharif",
    );
    expect(accused.map((r) => r.target.text)).toContain("المؤسسة العسكرية");
  });

  it("takes its state from a nisba after it", () => {
    const ids = run("وحذرت المؤسسة الأمنية الإسرائيلية من تصعيد في غزة.").mentions.map(
      (m) => m.entity.id,
    );
    expect(ids).toContain("group:security-forces-il");
  });
});
