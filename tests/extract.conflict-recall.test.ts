// Conflict relations: nouns whose genitive is the victim with their doer named around them
// ("روسيا تقف وراء تسميم ...", "اتهمت ... بمحاولة اغتيال ...", "نفت أي ضلوع في ..."), a
// conflict verb on the pronoun of a relative clause ("الذي تحتجزه تركيا"), arrests, pressure,
// overthrow and prison sentences as COERCE, and deployments that are troops, not publications.
import { describe, expect, it } from "vitest";
import type { RelationMention } from "../src/schema.js";
import { expectNone, expectRel, find, relationsOf, show } from "./helpers/pipeline.js";

/** The relations source -type-> the actor written `target` (unknown persons have no fixed id). */
function toText(text: string, source: string, type: string, target: string): RelationMention[] {
  const rels = relationsOf(text);
  const hits = rels.filter(
    (r) => r.source.id === source && r.type === type && r.target.text.includes(target),
  );
  expect(hits, `${text}\n${show(rels)}`).not.toHaveLength(0);
  return hits;
}

describe("a victim-genitive noun with its doer named around it", () => {
  it("reads «X تقف وراء تسميم Y» as X's assault on Y, the speaker's claim", () => {
    const [r] = toText(
      "أكدت لندن أن روسيا تقف وراء تسميم العميل السابق سيرغي سكريبال.",
      "state:RU",
      "ASSAULT",
      "سكريبال",
    );
    expect(r?.polarity).toBe("affirmed");
    expect(r?.attributed_to?.id).toBe("state:GB");
  });

  it("reads «مسؤولة عن تسميم Y»", () => {
    toText(
      "وقالت الحكومة البريطانية إن موسكو مسؤولة عن تسميم سيرغي سكريبال.",
      "state:RU",
      "ASSAULT",
      "سكريبال",
    );
  });

  it("takes the accused of an accusation as the doer: «اتهمت بريطانيا روسيا بمحاولة اغتيال Y»", () => {
    const [r] = toText(
      "واتهمت بريطانيا روسيا بمحاولة اغتيال العميل سيرغي سكريبال.",
      "state:RU",
      "ASSAULT",
      "سكريبال",
    );
    expect(r?.attributed_to?.id).toBe("state:GB");
  });

  it("negates a denied involvement: «نفت روسيا أي ضلوع لها في تسميم Y»", () => {
    const [r] = toText(
      "ونفت روسيا أي ضلوع لها في تسميم العميل سيرغي سكريبال.",
      "state:RU",
      "ASSAULT",
      "سكريبال",
    );
    expect(r?.polarity).toBe("negated");
  });

  it("reads «حمل X مسؤولية الهجوم على Y»", () => {
    toText(
      "وحمل جونسون الرئيس الروسي فلاديمير بوتين مسؤولية الهجوم على سيرغي سكريبال.",
      "person:vladimir-putin",
      "ASSAULT",
      "سكريبال",
    );
  });

  it("drops an attack verb's subject carried over from the sentence before (a passive: «قتل العميل»)", () => {
    const rels = relationsOf(
      "أطلقت كوريا الشمالية صاروخا باليستيا جديدا. وقتل العميل الروسي ألكسندر ليتفيننكو مسموما في لندن عام 2006.",
    );
    expect(
      rels.filter((r) => r.type === "ASSAULT" && r.source.id === "state:KP"),
      show(rels),
    ).toHaveLength(0);
  });

  it("gives no assault when no doer is named: «أدان الرئيس الفرنسي تسميم Y»", () => {
    expectNone("وأدان الرئيس الفرنسي تسميم سيرغي سكريبال.", "ASSAULT");
  });
});

describe("a conflict verb on the pronoun of a relative clause", () => {
  it("reads «Y، الذي تحتجزه تركيا» as Turkey's coercion of Y", () => {
    toText(
      "طالبت واشنطن بالإفراج عن القس أندرو برونسون، الذي تحتجزه تركيا منذ عامين.",
      "state:TR",
      "COERCE",
      "برونسون",
    );
  });

  it("reads «الذي اعتقلته السلطات الإيرانية» with the authorities as their state", () => {
    toText(
      "أفرجت طهران عن رجل الأعمال نزار زكا الذي اعتقلته السلطات الإيرانية عام 2015.",
      "state:IR",
      "COERCE",
      "نزار زكا",
    );
  });
});

describe("COERCE verbs", () => {
  it("reads an arrest with the subject inside the predicate: «ألقت الشرطة الفرنسية القبض على»", () => {
    expectRel(
      "وألقت الشرطة الفرنسية القبض على المحتجين.",
      "state:FR",
      "COERCE",
      "group:protesters",
    );
  });

  it("reads pressure as a verb and as a noun", () => {
    expectRel("ضغطت الولايات المتحدة على ألمانيا لوقف المشروع.", "state:US", "COERCE", "state:DE");
    expectRel(
      "وتعهد مايك بينس بالاستمرار في الضغط على كوريا الشمالية.",
      "person:mike-pence",
      "COERCE",
      "state:KP",
    );
  });

  it("reads an overthrow: «أطاحت الولايات المتحدة بالحكومة الإيرانية»", () => {
    expectRel(
      "أطاحت الولايات المتحدة بالحكومة الإيرانية عام 1953.",
      "state:US",
      "COERCE",
      "state:IR",
    );
  });

  it("reads a prison sentence, and «حكم» as ruling a country is none", () => {
    toText("حكمت تركيا على أندرو برونسون بالسجن.", "state:TR", "COERCE", "برونسون");
    expectNone("حكم فلاديمير بوتين روسيا سنوات طويلة.", "COERCE");
  });
});

describe("deployments", () => {
  it("reads «نشرت روسيا قوات في سوريا» as MOBILIZE", () => {
    expectRel("ونشرت روسيا قوات في سوريا.", "state:RU", "MOBILIZE", "state:SY");
  });

  it("does not read a publication as a deployment: «نشرت الخارجية صورا»", () => {
    expectNone("ونشرت وزارة الخارجية الأمريكية صورا للاجتماع مع كوريا الشمالية.", "MOBILIZE");
  });
});

describe("threats", () => {
  it("reads the target inside the threatened act: «هددت إدارة ترامب بفرض عقوبات على أنقرة»", () => {
    expectRel(
      "وكانت إدارة ترامب هددت بفرض مزيد من العقوبات على أنقرة.",
      "person:donald-trump",
      "THREATEN",
      "state:TR",
    );
  });

  it("takes no target across «مع»: «هدد ترامب بالانسحاب من المفاوضات مع كوريا الشمالية»", () => {
    expect(
      find(
        relationsOf("وهدد ترامب بالانسحاب من المفاوضات مع كوريا الشمالية."),
        "person:donald-trump",
        "THREATEN",
        "state:KP",
      ),
    ).toHaveLength(0);
  });

  it("reads «حذر X» as a warning to X, and «حذر من X» as none", () => {
    expectRel(
      "وكان ترامب حذر بكين من أنها ستدفع الثمن.",
      "person:donald-trump",
      "THREATEN",
      "state:CN",
    );
    expectNone("وحذر الرئيس الأمريكي من عزلة الصين.", "THREATEN");
  });
});

describe("a negated easing", () => {
  it("keeps the pressure affirmed: «لن تخفف ضغوطها على كوريا الشمالية»", () => {
    const rels = find(
      relationsOf("وأعلن بنس أن الولايات المتحدة لن تخفف ضغوطها على كوريا الشمالية."),
      "state:US",
      "COERCE",
      "state:KP",
    );
    expect(rels.map((r) => r.polarity)).toEqual(["affirmed"]);
  });
});

describe("clashes", () => {
  it("reads «معارك مع» after the clause's subject", () => {
    expectRel(
      "سيطرت قوات الجيش اليمني على منطقة جبلية بعد معارك مع الحوثيين.",
      "org:ye-armed-forces",
      "ASSAULT",
      "org:houthis",
    );
  });
});

describe("attack targets", () => {
  it("reaches the actor through the aircraft it owns: «على المقاتلات الإسرائيلية»", () => {
    expectRel("وأطلقت إيران صواريخ على المقاتلات الإسرائيلية.", "state:IR", "ASSAULT", "state:IL");
  });
});
