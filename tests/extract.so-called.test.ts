// «ما وصفه بـ ...»: a stance's object named in the speaker's own words is still its object
// (src/extract/nisba.ts soCalledEnd; lexicon/words.json so_called_relatives, so_called_verbs).
import { describe, expect, it } from "vitest";
import { find, run, show } from "./helpers/pipeline.js";

const rels = (text: string) => run(text, "2019-06-01").relations;

describe("an object the speaker names as it calls it", () => {
  it("after «بما وصفه» is the state of its nisba", () => {
    const out = rels("ونددت فرنسا بما وصفته بالتدخل الروسي في الانتخابات.");
    expect(find(out, "state:FR", "ACCUSE", "state:RU"), show(out)).toHaveLength(1);
  });

  it("after «ما وصفه» takes a noun with ب for a verb with no ب of its own", () => {
    const out = rels("وانتقد الاتحاد الأوروبي ما وصفه بالقمع الإيراني للمحتجين.");
    expect(find(out, "org:eu", "ACCUSE", "state:IR"), show(out)).toHaveLength(1);
  });

  it("reads past a بـ written apart before a quotation", () => {
    const out = rels('وندد وزير الخارجية التركي بما وصفه بـ"الإرهاب الإسرائيلي" في المنطقة.');
    expect(
      out.filter((r) => r.type === "ACCUSE" && r.target.id === "state:IL"),
      show(out),
    ).toHaveLength(1);
  });

  it("leaves a noun with no state's nisba alone", () => {
    const out = rels("وانتقد الاتحاد الأوروبي ما وصفه بالإجراءات الأحادية.");
    expect(
      out.filter((r) => r.type === "ACCUSE"),
      show(out),
    ).toHaveLength(0);
  });
});
