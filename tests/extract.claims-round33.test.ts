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

describe("the review's mended cases", () => {
  it("charges nothing when a denial encloses the accusation", () => {
    const out = rels("نفت وزارة الخارجية الأمريكية أن تكون قد اتهمت الصين بتزويد روسيا بالأسلحة.");
    expect(
      out.filter((r) => r.type === "AID"),
      show(out),
    ).toHaveLength(0);
  });

  it("keeps a recall of one's own envoy posted «لدى» a state a sanction", () => {
    const out = rels("استدعت الخارجية الجزائرية سفيرها لدى فرنسا للتشاور.");
    expect(
      out.some((r) => r.type === "SANCTION" && r.target.id === "state:FR"),
      show(out),
    ).toBe(true);
  });

  it("reads «استبعد» with an actor as no rejection of it", () => {
    for (const text of [
      "استبعد الرئيس التركي رجب طيب أردوغان سحب القوات التركية من شمال سوريا.",
      "استبعدت اللجنة الأولمبية الدولية الرياضيين الروس من المشاركة في الألعاب.",
    ]) {
      const out = rels(text);
      expect(
        out.filter((r) => r.type === "REJECT"),
        show(out),
      ).toHaveLength(0);
    }
  });
});

describe("blame and tariffs", () => {
  it("reads «X مسؤولة عن» an attack in a speaker's words as blame, not a share", () => {
    const out = rels("وقالت بريطانيا إن روسيا مسؤولة عن الهجوم.");
    expect(find(out, "state:GB", "ACCUSE", "state:RU"), show(out)).toHaveLength(1);
    const share = rels("وقالت ألمانيا إن روسيا مسؤولة عن نحو نصف واردات برلين من الغاز.");
    expect(
      share.filter((r) => r.type === "ACCUSE"),
      show(share),
    ).toHaveLength(0);
  });

  it("reads the present «تحمل» of holding responsible", () => {
    const out = rels("وتحمل الأمم المتحدة إسرائيل مسؤولية مقتل المدنيين.");
    expect(find(out, "org:un", "ACCUSE", "state:IL"), show(out)).toHaveLength(1);
    const carries = rels("تحمل الطائرة الروسية 200 راكب.");
    expect(carries, show(carries)).toHaveLength(0);
  });

  it("finds a tariff's target past its rate and in the origin of the goods", () => {
    const rate = rels("فرضت الولايات المتحدة رسوما جمركية بنسبة 25 في المئة على واردات صينية.");
    expect(find(rate, "state:US", "SANCTION", "state:CN"), show(rate)).toHaveLength(1);
    const origin = rels(
      "فرضت واشنطن رسوما على واردات الصلب والألمنيوم من الاتحاد الأوروبي وكندا والمكسيك.",
    );
    for (const target of ["org:eu", "state:CA", "state:MX"])
      expect(find(origin, "state:US", "SANCTION", target), show(origin)).toHaveLength(1);
  });
});

describe("actors", () => {
  it("knows the states that blockade Qatar as one collective", () => {
    const out = rels("وتتهم دول المقاطعة الدوحة بدعم الإرهاب.");
    expect(
      find(out, "group:qatar-blockading-states", "ACCUSE", "state:QA"),
      show(out),
    ).toHaveLength(1);
  });

  it("reads a document signed by two leaders as their agreement", () => {
    const out = rels(
      "ووقع الرئيس الأمريكي دونالد ترامب والزعيم الكوري الشمالي كيم جونغ أون وثيقة مشتركة.",
    );
    expect(
      out.filter((r) => r.type === "AGREE"),
      show(out),
    ).toHaveLength(1);
  });
});

describe("a refusal or denial itself negated", () => {
  it("leaves the act possible, so neither denied nor done", () => {
    for (const text of [
      "ولم تستبعد فرنسا فرض عقوبات جديدة على إيران.",
      "ولم ترفض فرنسا فرض عقوبات جديدة على إيران.",
    ]) {
      const out = rels(text);
      expect(find(out, "state:FR", "SANCTION", "state:IR"), show(out)).toHaveLength(0);
    }
    const refused = rels("ورفضت فرنسا فرض عقوبات جديدة على إيران.");
    expect(
      find(refused, "state:FR", "SANCTION", "state:IR").map((r) => r.polarity),
      show(refused),
    ).toEqual(["negated"]);
  });
});
