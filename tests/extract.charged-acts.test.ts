// The act an accusation charges (src/extract/charged-acts.ts): «اتهمت X Y بدعم Z» says, in X's
// words, that Y supports Z. And an attack noun after the accused hits the actor after it
// («بقصف المدنيين»), who does not fire (noun-drafts.ts byAgentFrame).
import { describe, expect, it } from "vitest";
import { find, run, show } from "./helpers/pipeline.js";

const rels = (text: string) => run(text, "2019-06-01").relations;

describe("the act an accusation charges", () => {
  it("is the accused's support or aid to the genitive, claimed by the accuser", () => {
    const out = rels("وتتهم الكونغو الديمقراطية رواندا بدعم حركة إم 23.");
    expect(find(out, "state:CD", "ACCUSE", "state:RW"), show(out)).toHaveLength(1);
    const support = find(out, "state:RW", "SUPPORT", "org:m23");
    expect(support, show(out)).toHaveLength(1);
    expect(support[0]?.attributed_to?.id, show(out)).toBe("state:CD");
    const aid = rels("واتهمت الولايات المتحدة إيران بتزويد الحوثيين بالأسلحة.");
    expect(find(aid, "state:IR", "AID", "org:houthis"), show(aid)).toHaveLength(1);
  });

  it("is not stated when the accusation is not made", () => {
    const out = rels("لم تتهم فرنسا روسيا بدعم الانفصاليين.");
    expect(
      out.filter((r) => r.type === "SUPPORT"),
      show(out),
    ).toHaveLength(0);
  });

  it("makes the accused the attacker and the actor after the attack its victim", () => {
    const out = rels("اتهمت الحكومة اليمنية الحوثيين بقصف المدنيين في تعز.");
    expect(find(out, "org:houthis", "ASSAULT", "group:civilians"), show(out)).toHaveLength(1);
    expect(find(out, "group:civilians", "ASSAULT", "org:houthis"), show(out)).toHaveLength(0);
  });
});
