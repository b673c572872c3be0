// Sanctions and embargoes lifted or eased are concessions to the one they were on, never new
// sanctions (src/extract/lifted-sanctions.ts; lexicon/words.json lifting_words).
import { describe, expect, it } from "vitest";
import { find, run, show } from "./helpers/pipeline.js";

const rels = (text: string) => run(text, "2019-06-01").relations;

describe("sanctions lifted", () => {
  it("are the lifter's concession to the one they were on, not a sanction", () => {
    const lifted = rels("ورفع مجلس الأمن الدولي حظر الأسلحة المفروض على الحكومة الصومالية.");
    expect(
      find(lifted, "org:un-security-council", "CONCEDE", "state:SO"),
      show(lifted),
    ).toHaveLength(1);
    expect(
      lifted.filter((r) => r.type === "SANCTION"),
      show(lifted),
    ).toHaveLength(0);
    const eased = rels("وقال مسؤول كوبي إن تخفيف واشنطن للعقوبات على كوبا خطوة في الاتجاه الصحيح.");
    expect(find(eased, "state:US", "CONCEDE", "state:CU"), show(eased)).toHaveLength(1);
    expect(find(eased, "state:US", "SANCTION", "state:CU"), show(eased)).toHaveLength(0);
  });

  it("pair the lifter with the one after عن when no frame of the sanction does", () => {
    const out = rels("وأعلن الاتحاد الأوروبي رفع العقوبات عن بيلاروسيا.");
    expect(find(out, "org:eu", "CONCEDE", "state:BY"), show(out)).toHaveLength(1);
  });

  it("leave new sanctions, sanctions kept and a call for lifting alone", () => {
    const imposed = rels("وفرضت الولايات المتحدة عقوبات جديدة على إيران.");
    expect(find(imposed, "state:US", "SANCTION", "state:IR")).toHaveLength(1);
    const kept = rels("وقالت واشنطن إنها لن ترفع العقوبات عن إيران.");
    expect(
      kept.filter((r) => r.type === "CONCEDE"),
      show(kept),
    ).toHaveLength(0);
    const asked = rels("وطالبت قطر برفع الحصار المفروض عليها.");
    expect(
      asked.filter((r) => r.type === "CONCEDE"),
      show(asked),
    ).toHaveLength(0);
  });
});
