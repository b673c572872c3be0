// Relations the lexicon's newer forms find: participles that continue a clause, a subject
// inside a multi-word predicate, a verb's word sense, meetings of several parties, protests and
// withdrawals as nouns, defending and solidarity.
import { describe, expect, it } from "vitest";
import { find, relationsOf } from "./helpers/pipeline.js";

const triples = (text: string) =>
  relationsOf(text).map((r) => `${r.source.id} ${r.type} ${r.target.id} ${r.polarity}`);

describe("the relation lexicon", () => {
  it("reads a rebuke, a lawsuit and a terrorist designation as accusations", () => {
    expect(triples("ووبخت الصين الولايات المتحدة بسبب الرسوم الجمركية.")).toContain(
      "state:CN ACCUSE state:US affirmed",
    );
    expect(triples("ورفعت فرنسا دعوى قضائية ضد إيران أمام المحكمة.")).toContain(
      "state:FR ACCUSE state:IR affirmed",
    );
    expect(triples("وصنفت الولايات المتحدة الحوثيين منظمة إرهابية.")).toEqual(
      expect.arrayContaining([expect.stringMatching(/^state:US ACCUSE \S+ affirmed$/)]),
    );
    // Ranking is no designation.
    expect(triples("وصنفت الولايات المتحدة الصين في المرتبة الأولى عالميا.")).toEqual([]);
  });

  it("gives a participle the subject of its clause: «قال لافروف ... داعيا الولايات المتحدة»", () => {
    const rels = relationsOf(
      "وقال وزير الخارجية الروسي سيرغي لافروف إن بلاده مستعدة للحوار، داعيا الولايات المتحدة إلى ضبط النفس.",
    );
    expect(find(rels, "person:sergey-lavrov", "REQUEST", "state:US").length).toBe(1);
  });

  it("reads a warning participle after a condemnation: «أدانت ... محذرة إيران»", () => {
    const rels = relationsOf("وأدانت فرنسا الهجوم، محذرة إيران من عواقب وخيمة.");
    expect(find(rels, "state:FR", "THREATEN", "state:IR").length).toBe(1);
  });

  it("finds the subject inside a multi-word predicate: «فتحت الشرطة النار على المتظاهرين»", () => {
    expect(triples("فتحت الشرطة النار على المتظاهرين الفلسطينيين.")).toContain(
      "group:police ASSAULT group:protesters-ps affirmed",
    );
  });

  it("signs only what is signed: «وقعت روسيا والصين اتفاقية», not «وقعت السلطات ... بين مطرقة»", () => {
    expect(triples("وقعت روسيا والصين اتفاقية للتعاون الاقتصادي.")).toContain(
      "state:RU AGREE state:CN affirmed",
    );
    expect(triples("وقعت مصر وليبيا بين مطرقة الإرهاب وسندان الشارع.")).toEqual([]);
  });

  it("relates every pair of a meeting of three", () => {
    const rels = triples("اجتمعت روسيا والصين وإيران في موسكو لبحث الأزمة.");
    expect(rels).toEqual(
      expect.arrayContaining([
        "state:RU CONSULT state:CN affirmed",
        "state:RU CONSULT state:IR affirmed",
        "state:CN CONSULT state:IR affirmed",
      ]),
    );
  });

  it("reads protests against someone as PROTEST", () => {
    expect(triples("خرجت مظاهرات الطلاب ضد الحكومة الإيرانية في طهران.")).toContain(
      "group:students PROTEST state:IR affirmed",
    );
  });

  it("reads a withdrawal from a deal with a state as rejecting that state", () => {
    // Leaving an agreement rejects its other party (frames-stance-withdraw.ts); leaving a
    // place stays RETREAT.
    const t = triples("انسحبت واشنطن من الاتفاق النووي مع طهران في مايو.");
    expect(t).toContain("state:US REJECT state:IR affirmed");
    expect(t).not.toContain("state:US RETREAT state:IR affirmed");
  });

  it("reads defending someone as SUPPORT, not defending a decision against its object", () => {
    expect(triples("دافع بوتين عن الرئيس السوري بشار الأسد.")).toContain(
      "person:vladimir-putin SUPPORT person:bashar-al-assad affirmed",
    );
    expect(
      triples("دافع ترامب عن قراره بالانسحاب من الاتفاق النووي مع إيران.").filter((t) =>
        t.includes(" SUPPORT "),
      ),
    ).toEqual([]);
  });

  it("reads the agent of a passive attack: «قتل ثلاثة متظاهرين برصاص الشرطة»", () => {
    expect(triples("قتل ثلاثة متظاهرين برصاص الشرطة في البصرة.")).toContain(
      "group:police ASSAULT group:protesters affirmed",
    );
    expect(triples("أصيب خمسة مدنيين بنيران مسلحين في كابول.")).toContain(
      "group:militants ASSAULT group:civilians affirmed",
    );
  });

  it("reads a protest in a capital as against its state, past «آلاف» before the protesters", () => {
    expect(triples("تظاهر آلاف الطلاب في طهران.")).toContain(
      "group:students PROTEST state:IR affirmed",
    );
  });
});

describe("preventing an actor from acting (COERCE, restrict)", () => {
  it("reads «منعت السلطات الإسرائيلية منظمة العفو الدولية من دخول غزة»", () => {
    expect(triples("ومنعت السلطات الإسرائيلية منظمة العفو الدولية من دخول غزة.")).toContain(
      "state:IL COERCE org:amnesty-international affirmed",
    );
  });

  it("does not read the bare verbal noun as a verb with its subject after it", () => {
    const text = "ما أدى إلى منع منظمة الصحة العالمية من تنفيذ الحملات في مناطق الميليشيا.";
    expect(triples(text).filter((t) => t.includes("COERCE"))).toEqual([]);
  });
});

describe("a trade war (SANCTION both ways)", () => {
  it("reads «الحرب التجارية بين» and «تخوض حربا تجارية مع» as each side's sanctions on the other", () => {
    for (const text of [
      "وتصاعدت الحرب التجارية بين الولايات المتحدة والصين.",
      "وتخوض الصين حربا تجارية مع الولايات المتحدة.",
    ]) {
      const t = triples(text);
      expect(t, text).toContain("state:US SANCTION state:CN affirmed");
      expect(t, text).toContain("state:CN SANCTION state:US affirmed");
    }
  });
});

describe("the price and the praise", () => {
  it("reads «ستدفع ثمن» as a price, not as «ثمّن» (appreciated)", () => {
    expect(
      triples("وتقول الولايات المتحدة إن كوريا الشمالية ستدفع ثمن أي إمدادات أسلحة لروسيا."),
    ).toContain("state:KP AID state:RU affirmed");
    expect(triples("وثمنت مصر جهود الكويت في الوساطة.")).toContain(
      "state:EG SUPPORT state:KW affirmed",
    );
  });
});

describe("attending an organisation's summit or meeting (CONSULT)", () => {
  it("reads «يشارك ترامب في قمة حلف شمال الأطلسي» and «حضر ماكرون قمة الاتحاد الأوروبي»", () => {
    expect(triples("ويشارك ترامب في قمة حلف شمال الأطلسي في بروكسل.")).toContain(
      "person:donald-trump CONSULT org:nato affirmed",
    );
    expect(triples("وحضر ماكرون قمة الاتحاد الأوروبي في بروكسل.")).toContain(
      "person:emmanuel-macron CONSULT org:eu affirmed",
    );
  });

  it("is no meeting without a meeting's word: «شاركت فرنسا في الضربة»", () => {
    expect(
      triples("وشاركت فرنسا في الضربة على سوريا.").filter((t) => t.includes("CONSULT")),
    ).toEqual([]);
  });
});

describe("releasing a number of a state's nationals (CONCEDE)", () => {
  it("reads «أطلقت كوريا الشمالية سراح ثلاثة أمريكيين»", () => {
    expect(triples("وأطلقت كوريا الشمالية سراح ثلاثة أمريكيين.")).toContain(
      "state:KP CONCEDE state:US affirmed",
    );
  });
});

describe("withdrawing troops (RETREAT)", () => {
  it("reads «سحبت روسيا قواتها من سوريا» and keeps the verbal noun out", () => {
    expect(triples("وسحبت روسيا قواتها من سوريا.")).toContain("state:RU RETREAT state:SY affirmed");
    expect(triples("وسحب البرلمان الثقة من الحكومة اللبنانية.")).toEqual([]);
  });
});

describe("a handshake and officials of two states", () => {
  it("reads a handshake as a meeting: «صافح ترامب كيم جونغ أون»", () => {
    expect(
      triples("وصافح الرئيس الأمريكي دونالد ترامب الزعيم الكوري الشمالي كيم جونغ أون."),
    ).toContain("person:donald-trump CONSULT person:kim-jong-un affirmed");
  });

  it("gives a nisba joined by و the head of the one before it: talks of US and Turkish officials", () => {
    expect(triples("وبدأت في أنقرة محادثات بين مسؤولين أمريكيين وأتراك.")).toContain(
      "state:US CONSULT state:TR affirmed",
    );
  });

  it("keeps both states of «السلطات الروسية والبيلاروسية» as the subject", () => {
    const found = triples("وطردت السلطات الروسية والبيلاروسية دبلوماسيين بولنديين.");
    expect(found).toContain("state:RU SANCTION state:PL affirmed");
    expect(found).toContain("state:BY SANCTION state:PL affirmed");
  });
});
