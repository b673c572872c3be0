// A denial's complement clause («نفى X أن يكون قد ...») is the denier's own act, negated:
// the copula after أن carries the subject as «أنها» does (src/extract/verb-subject.ts), and
// the أن that opens the clause does not end the denial's frame (src/extract/verb-drafts.ts).
import { describe, expect, it } from "vitest";
import { find, run, show } from "./helpers/pipeline.js";

const rels = (text: string) => run(text, "2019-06-01").relations;
const negated = (rs: ReturnType<typeof rels>, a: string, type: string, b: string) =>
  find(rs, a, type, b).filter((r) => r.polarity === "negated");

describe("a denied clause", () => {
  it("after «أن تكون قد» is the denier's act, negated", () => {
    const out = rels("ونفت الجزائر أن تكون قد هددت المغرب.");
    expect(negated(out, "state:DZ", "THREATEN", "state:MA"), show(out)).toHaveLength(1);
    const aid = rels("نفت إيران أن تكون قد زودت روسيا بطائرات مسيرة.");
    expect(negated(aid, "state:IR", "AID", "state:RU"), show(aid)).toHaveLength(1);
  });

  it("after «أنها» or the denier's own forces is its act, negated", () => {
    const pronoun = rels("ونفت الجزائر أنها هددت المغرب.");
    expect(negated(pronoun, "state:DZ", "THREATEN", "state:MA"), show(pronoun)).toHaveLength(1);
    const forces = rels("ونفت الجزائر أن قواتها هاجمت المغرب.");
    expect(negated(forces, "state:DZ", "ASSAULT", "state:MA"), show(forces)).toHaveLength(1);
  });

  it("keeps the actor after the verb as its object, not its subject", () => {
    const out = rels("نفى الكرملين أن يكون قد هدد فنلندا، مؤكدا أن موسكو تحترم سيادة جيرانها.");
    expect(negated(out, "state:RU", "THREATEN", "state:FI"), show(out)).toHaveLength(1);
    expect(find(out, "state:FI", "THREATEN", "state:RU"), show(out)).toHaveLength(0);
  });

  it("with its own subject is that subject's act, still negated", () => {
    const out = rels("ونفت وزارة الخارجية الأمريكية أن تكون الولايات المتحدة قد هددت فنزويلا.");
    expect(negated(out, "state:US", "THREATEN", "state:VE"), show(out)).toHaveLength(1);
  });
});

describe("a denial past a manner word", () => {
  it("still frames the clause after «مرارا أن»", () => {
    const out = rels("ونفت روسيا مرارا أن تكون قد هددت أوكرانيا.");
    expect(negated(out, "state:RU", "THREATEN", "state:UA"), show(out)).toHaveLength(1);
    expect(
      find(out, "state:RU", "THREATEN", "state:UA").filter((r) => r.polarity === "affirmed"),
      show(out),
    ).toHaveLength(0);
  });
});

describe("a denial that denies nothing", () => {
  it("negated («لم تنف») makes the clause no act of the speaker's, negated or not", () => {
    const out = rels("لم تنف إيران أنها زودت روسيا بطائرات مسيرة.");
    expect(find(out, "state:IR", "AID", "state:RU"), show(out)).toHaveLength(0);
    const neither = rels("ولم ينف الجيش الإسرائيلي ولم يؤكد أن قواته استهدفت مواقع حزب الله.");
    expect(
      neither.filter((r) => r.type === "ASSAULT"),
      show(neither),
    ).toHaveLength(0);
  });

  it("takes no object from the clause after «إلا أن»", () => {
    const out = rels("نفت موسكو أن تكون قواتها قد قصفت السوق، إلا أن كييف اتهمتها بقتل 17 مدنيا.");
    expect(find(out, "state:RU", "ASSAULT", "state:UA"), show(out)).toHaveLength(0);
  });
});
