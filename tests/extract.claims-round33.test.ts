// Ways of claiming, denying and protesting that a blind probe of news prose found unread:
// a protest lodged «لدى» a state, a ruling out («استبعد») that negates the act it rules out, an
// accusation or a threat joined by و to an earlier verb of the same subject, a passive
// participle of support in the feminine or with بـ, persecution of the government's opponents.
import { describe, expect, it } from "vitest";
import { find, run, show } from "./helpers/pipeline.js";

const rels = (text: string) => run(text, "2019-06-01").relations;

describe("a protest lodged with a state", () => {
  it("is a protest to the state after «لدى», negated with its verb", () => {
    const out = rels("واحتجت الهند لدى باكستان على القصف.");
    expect(find(out, "state:IN", "PROTEST", "state:PK"), show(out)).toHaveLength(1);
    const none = rels("ولم تحتج الحكومة الأردنية لدى إسرائيل.");
    expect(
      find(none, "state:JO", "PROTEST", "state:IL").map((r) => r.polarity),
      show(none),
    ).toEqual(["negated"]);
  });
});

describe("a ruling out", () => {
  it("negates the act it rules out, as a refusal does", () => {
    const out = rels("واستبعدت الصين فرض عقوبات على كوريا الشمالية.");
    const sanction = find(out, "state:CN", "SANCTION", "state:KP");
    expect(
      sanction.map((r) => r.polarity),
      show(out),
    ).toEqual(["negated"]);
    const attack = rels("واستبعد لافروف أن تهاجم الولايات المتحدة إيران.");
    expect(
      find(attack, "state:US", "ASSAULT", "state:IR").map((r) => r.polarity),
      show(attack),
    ).toEqual(["negated"]);
  });
});

describe("a verb joined by و to an earlier one", () => {
  it("accuses or threatens with that verb's subject", () => {
    const out = rels("ورفضت هيئة تحرير الشام الاتفاق، واتهمت أنقرة بالتواطؤ مع موسكو.");
    expect(find(out, "org:hts", "ACCUSE", "state:TR"), show(out)).toHaveLength(1);
    const threat = rels("وأدانت فرنسا الهجوم وهددت إيران بعقوبات.");
    expect(find(threat, "state:FR", "THREATEN", "state:IR"), show(threat)).toHaveLength(1);
  });
});

describe("support by a passive participle", () => {
  it("reads the feminine participle with ال, whose ه is no pronoun", () => {
    const out = rels("وقاتلت حركة حماس المدعومة من إيران.");
    expect(find(out, "state:IR", "SUPPORT", "org:hamas"), show(out)).toHaveLength(1);
  });

  it("reads the supporter after بـ", () => {
    const out = rels("وتقدمت قوات النظام السوري، مدعومة بالطيران الروسي، نحو إدلب.");
    expect(
      out.filter((r) => r.type === "SUPPORT" && r.target.id === "org:sy-armed-forces"),
      show(out),
    ).toHaveLength(1);
  });
});

describe("persecution of the government's opponents", () => {
  it("is coercion of the opposition", () => {
    const out = rels("واضطهدت السلطات الإريترية معارضي الحكومة وزجت بهم إلى السجون.");
    expect(
      out.filter(
        (r) =>
          r.type === "COERCE" &&
          r.source.id === "state:ER" &&
          r.target.id.startsWith("group:opposition"),
      ),
      show(out),
    ).toHaveLength(1);
  });
});
