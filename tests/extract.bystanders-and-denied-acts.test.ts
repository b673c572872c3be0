// Actors beside an act rather than in it, and acts a clause denies: a sponsor or witness after
// «برعاية»/«بحضور» (words.json presence_nouns, src/extract/arguments.ts prepOf); no bare partner for
// «اتفق»/«وقع» (lexicon/relations.json); a passive's agent after «من قبل» for any verb and
// every member of its list (frames-conflict.ts passiveAgents); a verbal noun done by the
// subject of a negated or refusing verb (noun-drafts.ts ownerVerbDenies).
import { describe, expect, it } from "vitest";
import { find, run, show } from "./helpers/pipeline.js";

const rels = (text: string, date = "2021-09-20") => run(text, date).relations;

describe("an actor beside an act", () => {
  it("is no party to an agreement signed under its sponsorship or in its presence", () => {
    for (const text of [
      "وقعت إسرائيل والإمارات اتفاقا برعاية الولايات المتحدة.",
      "وقعت إسرائيل والإمارات اتفاقا بحضور الرئيس الأمريكي دونالد ترامب.",
    ]) {
      const out = rels(text, "2020-09-16");
      expect(find(out, "state:IL", "AGREE", "state:AE").length, show(out)).toBeGreaterThan(0);
      expect(out.filter((r) => r.type === "AGREE" && /US|donald-trump/.test(r.target.id))).toEqual(
        [],
      );
    }
  });

  it("is no partner of «وقع» or «اتفق» without مع («أثارت قلق أستراليا»، «على تبادل الأسرى»)", () => {
    const signed = rels(
      "وقّعت الصين وجزر سليمان اتفاقية أمنية أثارت قلق أستراليا والولايات المتحدة.",
    );
    expect(find(signed, "state:CN", "AGREE", "state:SB").length, show(signed)).toBeGreaterThan(0);
    expect(signed.filter((r) => r.target.id === "state:AU")).toEqual([]);
    const agreed = rels("اتفق الرئيسان الروسي والأوكراني على تبادل جميع الأسرى.");
    expect(
      agreed.filter((r) => r.target.id.startsWith("group:")),
      show(agreed),
    ).toEqual([]);
  });

  it("takes the doer of a rejected petition after an eighth-form verbal noun («التماسا قدمته»)", () => {
    const out = rels(
      "ورفضت المحكمة العليا الإسرائيلية التماسا قدمته منظمة العفو الدولية ضد هدم المنازل.",
    );
    expect(
      find(out, "org:il-supreme-court", "REJECT", "org:amnesty-international").length,
      show(out),
    ).toBeGreaterThan(0);
  });
});

describe("a passive's agent after «من قبل»", () => {
  it("is the accuser, with every member of its list", () => {
    const out = rels("واتُّهمت إيران من قبل الولايات المتحدة وبريطانيا بالوقوف وراء الهجوم.");
    expect(find(out, "state:US", "ACCUSE", "state:IR").length, show(out)).toBeGreaterThan(0);
    expect(find(out, "state:GB", "ACCUSE", "state:IR").length).toBeGreaterThan(0);
    expect(out.filter((r) => r.source.id === "state:IR")).toEqual([]);
  });
});

describe("a verbal noun done by the subject of a verb", () => {
  it("is negated when that verb is («لم تشن الولايات المتحدة أي ضربات»)", () => {
    const out = rels("لم تشن الولايات المتحدة أي ضربات على إيران.");
    const strikes = find(out, "state:US", "ASSAULT", "state:IR");
    expect(strikes.length, show(out)).toBeGreaterThan(0);
    expect(strikes.every((r) => r.polarity === "negated")).toBe(true);
  });

  it("is negated when that verb refuses it («رفضت الانضمام إلى العقوبات»)", () => {
    const out = rels("رفضت الحكومة التركية الانضمام إلى العقوبات الغربية على روسيا.");
    expect(
      find(out, "state:TR", "SANCTION", "state:RU").filter((r) => r.polarity === "affirmed"),
      show(out),
    ).toEqual([]);
  });

  it("is done when the negated verb is one of being content («لم تكتف ... بفرض عقوبات»)", () => {
    const out = rels("لم تكتف الولايات المتحدة بفرض عقوبات على روسيا بل أرسلت أسلحة إلى أوكرانيا.");
    const sanctions = find(out, "state:US", "SANCTION", "state:RU");
    expect(sanctions.length, show(out)).toBeGreaterThan(0);
    expect(sanctions.every((r) => r.polarity === "affirmed")).toBe(true);
  });

  it("is no act of a subject who warns of it («حذرت ... روسيا من شن هجوم على أوكرانيا»)", () => {
    const out = rels("حذرت الولايات المتحدة روسيا من شن هجوم على أوكرانيا.");
    expect(find(out, "state:US", "THREATEN", "state:RU").length, show(out)).toBeGreaterThan(0);
    expect(out.filter((r) => r.type === "ASSAULT" && r.source.id === "state:US")).toEqual([]);
  });

  it("keeps its polarity further from a negated verb of another act («لم يكشف عن تفاصيل اللقاء»)", () => {
    const out = rels(
      "لم يكشف الرئيس ترامب عن تفاصيل زمان ومكان اللقاء التاريخي المرتقب مع الرئيس كيم جونغ أون.",
      "2018-03-10",
    );
    const met = find(out, "person:donald-trump", "CONSULT", "person:kim-jong-un");
    expect(met.length, show(out)).toBeGreaterThan(0);
    expect(met.every((r) => r.polarity === "affirmed")).toBe(true);
  });
});

describe("a state whose name is its nisba with the article («السعودية»)", () => {
  it("is the adjective of a definite noun before it («الحكومة السعودية»، «الشرطة السعودية»)", () => {
    const out = rels("واتهمت الحكومة السعودية إيران بدعم الحوثيين.");
    expect(find(out, "state:SA", "ACCUSE", "state:IR").length, show(out)).toBeGreaterThan(0);
    const police = rels("واعتقلت الشرطة السعودية الصحفي أحمد شيك.");
    expect(
      police.filter((r) => r.target.id === "state:SA"),
      show(police),
    ).toEqual([]);
  });

  it("is the state after a verb or a name («اتهمت إيران السعودية»)", () => {
    const out = rels("واتهمت إيران السعودية بدعم الإرهاب.");
    expect(find(out, "state:IR", "ACCUSE", "state:SA").length, show(out)).toBeGreaterThan(0);
  });
});

describe("the troops a mobilisation deploys", () => {
  it("are no target of it; the frontier's state is («على الحدود مع أوكرانيا»)", () => {
    const out = rels("وحشدت روسيا أكثر من مئة ألف جندي على الحدود مع أوكرانيا.");
    expect(find(out, "state:RU", "MOBILIZE", "state:UA").length, show(out)).toBeGreaterThan(0);
    expect(
      out.filter((r) => r.target.id.startsWith("group:")),
      show(out),
    ).toEqual([]);
  });
});

describe("an actor after «أمام»", () => {
  it("is the court a case is brought before, not its defendant", () => {
    const out = rels(
      "رفعت جنوب أفريقيا دعوى أمام محكمة العدل الدولية تتهم فيها إسرائيل بارتكاب إبادة جماعية.",
      "2023-12-30",
    );
    expect(
      out.filter((r) => r.source.id === "org:icj" || r.target.id === "org:icj"),
      show(out),
    ).toEqual([]);
  });

  it("is the audience of a speech, no owner of what the speaker defends", () => {
    const out = rels(
      "ودافع ترامب، خلال كلمته أمام الجمعية العامة للأمم المتحدة، عن قراره بالانسحاب من الاتفاق النووي مع طهران.",
      "2018-09-26",
    );
    expect(
      out.filter((r) => r.source.id === "org:un-general-assembly"),
      show(out),
    ).toEqual([]);
  });

  it("is still the target of a protest held in front of it («أمام السفارة الأمريكية»)", () => {
    const out = rels("وتظاهر المئات أمام السفارة الأمريكية في بغداد.");
    expect(
      out.filter((r) => r.type === "PROTEST" && r.target.id === "state:US").length,
      show(out),
    ).toBe(1);
  });
});

describe("what an actor receives from another", () => {
  it("is the giver's aid: a shipment, tanks, a loan («تلقى الجيش اللبناني شحنة من الذخائر»)", () => {
    const out = rels("تلقى الجيش اللبناني شحنة من الذخائر مقدمة من الولايات المتحدة.");
    expect(find(out, "state:US", "AID", "org:lb-armed-forces").length, show(out)).toBeGreaterThan(
      0,
    );
    const tanks = rels("وتسلمت أوكرانيا دبابات ليوبارد من ألمانيا.");
    expect(find(tanks, "state:DE", "AID", "state:UA").length, show(tanks)).toBeGreaterThan(0);
  });

  it("is a consultation when it is a letter («رسالة خطية من الرئيس الإيراني»)", () => {
    const out = rels("وتلقى وزير الخارجية القطري رسالة خطية من نظيره الإيراني.");
    expect(out.filter((r) => r.type === "CONSULT").length, show(out)).toBeGreaterThan(0);
  });
});
