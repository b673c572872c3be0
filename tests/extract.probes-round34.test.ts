// What two blind probes of news prose (cooperation and aid; force and coercion) found misread:
// plans stated in the present or with «من المقرر أن» taken as done, aid dropped from the air
// read as an attack, the act a clause protests given to the clause's subject, the object of a
// participle's detached pronoun (إياها), an attribution's source taken as an object, Amman
// read as Oman in a story about Jordanians, and a few senses of freezing, stopping arms sales,
// seizing, exercises, agreeing to an exchange, threatened replies and deployments near a border.
import { describe, expect, it } from "vitest";
import { find, run, show } from "./helpers/pipeline.js";

const rels = (text: string) => run(text, "2019-06-01").relations;

describe("a plan stated in the present of news", () => {
  it("is future when a time to come follows the imperfect verb in its clause", () => {
    const out = rels("يزور الرئيس الفرنسي إيمانويل ماكرون الأسبوع المقبل العاصمة المغربية الرباط.");
    const visit = out.filter((r) => r.type === "CONSULT" && r.source.id.startsWith("person:"));
    expect(visit.length, show(out)).toBeGreaterThan(0);
    expect(new Set(visit.map((r) => r.modality)), show(out)).toEqual(new Set(["future"]));
  });

  it("stays asserted for a past verb with last week, or a time to come in another clause", () => {
    const past = rels("زار الرئيس الفرنسي إيمانويل ماكرون المغرب الأسبوع الماضي.");
    const visit = past.filter((r) => r.type === "CONSULT");
    expect(
      visit.map((r) => r.modality),
      show(past),
    ).toContain("asserted");
    expect(
      visit.map((r) => r.modality),
      show(past),
    ).not.toContain("future");
  });

  it("is future after «من المقرر أن» and «من المتوقع أن»", () => {
    const out = rels("ومن المقرر أن يلتقي وزير الخارجية الأمريكي نظيره الصيني في بكين.");
    const meeting = out.filter((r) => r.type === "CONSULT");
    expect(meeting.length, show(out)).toBeGreaterThan(0);
    expect(new Set(meeting.map((r) => r.modality)), show(out)).toEqual(new Set(["future"]));
  });

  it("is future for a noun a light verb in the future carries", () => {
    const out = rels("وأعلنت اليابان أنها ستجري مناورات مشتركة مع أستراليا.");
    const drill = find(out, "state:JP", "COOPERATE", "state:AU");
    expect(
      drill.map((r) => r.modality),
      show(out),
    ).toEqual(["future"]);
  });
});

describe("aid dropped from the air", () => {
  it("is aid to the place it is dropped on, given by each state of the aircraft, not an attack", () => {
    const out = rels("وألقت طائرات عسكرية أردنية وإماراتية مساعدات غذائية على قطاع غزة.");
    expect(
      out.filter((r) => r.type === "ASSAULT"),
      show(out),
    ).toEqual([]);
    const aid = out.filter((r) => r.type === "AID");
    expect(aid.map((r) => r.source.id).sort(), show(out)).toEqual(["state:AE", "state:JO"]);
    expect(new Set(aid.map((r) => r.target.id)).size, show(out)).toBe(1);
  });

  it("keeps bombs dropped on a place an attack", () => {
    const out = rels("وألقت الطائرات الإسرائيلية قنابل على غزة.");
    expect(out.filter((r) => r.type === "ASSAULT").length, show(out)).toBeGreaterThan(0);
  });
});

describe("the act a clause protests or answers", () => {
  it("is not the clause subject's own act", () => {
    const out = rels("أعلنت تشيلي استدعاء سفيرها لدى إسرائيل احتجاجا على الهجمات على قطاع غزة.");
    expect(
      out.filter((r) => r.type === "ASSAULT"),
      show(out),
    ).toEqual([]);
  });

  it("still names the doer of the protested act when the text does", () => {
    const out = rels("تظاهر آلاف الطلاب احتجاجا على الغارات الإسرائيلية على لبنان.");
    expect(find(out, "state:IL", "ASSAULT", "state:LB"), show(out)).toHaveLength(1);
  });
});

describe("a participle's detached object pronoun", () => {
  it("stands for the clause's object before it, not for the actor after بـ", () => {
    const out = rels("وقطعت البحرين علاقاتها مع قطر متهمة إياها بدعم جماعة الإخوان المسلمين.");
    expect(find(out, "state:BH", "ACCUSE", "state:QA"), show(out)).toHaveLength(1);
    expect(
      out.filter((r) => r.type === "ACCUSE" && r.target.id !== "state:QA"),
      show(out),
    ).toEqual([]);
  });
});

describe("the source of a report", () => {
  it("is no object of the verb before «بحسب» or «وفقا لـ»", () => {
    const out = rels("وخففت السلطات الإيرانية القيود، بحسب تقرير لمنظمة العفو الدولية.");
    expect(
      out.filter((r) => r.type === "CONCEDE" && r.target.id.includes("amnesty")),
      show(out),
    ).toEqual([]);
  });
});

describe("Amman and Oman", () => {
  it("reads «عمان» as Amman when Jordanians are named and Oman is not", () => {
    const out = rels("واحتج مئات الأردنيين أمام السفارة الأمريكية في عمان.");
    expect(
      out.filter((r) => r.target.id === "state:OM"),
      show(out),
    ).toEqual([]);
  });

  it("reads «عمان» as Amman when a holder of Jordan's offices is named", () => {
    const out = rels("وزار وزير الخارجية الأمريكي عمان والتقى الملك عبد الله الثاني.");
    expect(
      out.filter((r) => r.target.id === "state:OM" || r.source.id === "state:OM"),
      show(out),
    ).toEqual([]);
  });

  it("keeps Oman when its own nisba is in the story", () => {
    const out = rels("واستقبل وزير الخارجية العماني نظيره الإيراني، وقال إن عمان تدعم الحوار.");
    expect(
      out.some((r) => r.source.id === "state:OM" || r.target.id === "state:OM"),
      show(out),
    ).toBe(true);
  });
});

describe("senses the probes found unread", () => {
  it("freezes aid to a state, stops arms sales to it, seizes its ship", () => {
    const frozen = rels("وجمدت ألمانيا مساعدات عسكرية للنيجر.");
    expect(find(frozen, "state:DE", "SANCTION", "state:NE"), show(frozen)).toHaveLength(1);
    const sales = rels("وأوقفت النرويج بيع الأسلحة إلى تركيا.");
    expect(find(sales, "state:NO", "SANCTION", "state:TR"), show(sales)).toHaveLength(1);
    const seized = rels("وصادرت السلطات البريطانية ناقلة نفط إيرانية قبالة جبل طارق.");
    expect(find(seized, "state:GB", "COERCE", "state:IR"), show(seized)).toHaveLength(1);
  });

  it("reads an exercise or a single manoeuvre of two armies as cooperation", () => {
    const out = rels("وأجرت القوات الجوية المصرية والسعودية تمرينا مشتركا فوق البحر الأحمر.");
    expect(find(out, "state:EG", "COOPERATE", "state:SA"), show(out)).toHaveLength(1);
  });

  it("reads two parties agreeing to an exchange as an agreement between them", () => {
    const out = rels("ووافقت أرمينيا وأذربيجان على تبادل الأسرى.");
    expect(find(out, "state:AM", "AGREE", "state:AZ"), show(out)).toHaveLength(1);
  });

  it("reads a threatened reply to a state's act as a threat to that state", () => {
    const out = rels("وتوعدت كوريا الشمالية برد حازم على أي استفزاز أمريكي.");
    expect(find(out, "state:KP", "THREATEN", "state:US"), show(out)).toHaveLength(1);
  });

  it("reads a deployment near the border with a state as mobilised against it", () => {
    const out = rels("ونشرت أذربيجان قوات قرب الحدود مع أرمينيا.");
    expect(find(out, "state:AZ", "MOBILIZE", "state:AM"), show(out)).toHaveLength(1);
  });

  it("reads support for a state's unity or for its mediation as support of the state", () => {
    const out = rels("وأكدت مصر دعمها لوحدة ليبيا.");
    expect(find(out, "state:EG", "SUPPORT", "state:LY"), show(out)).toHaveLength(1);
  });
});

describe("more of what the probes found", () => {
  it("reads aid announced for a state as the announcer's aid to it", () => {
    const out = rels("وأعلنت اليابان عن حزمة مساعدات إنسانية جديدة لأفغانستان.");
    expect(find(out, "state:JP", "AID", "state:AF"), show(out)).toHaveLength(1);
  });

  it("does not make two states speaking of aid give it to each other", () => {
    const out = rels("وناقش وزيرا خارجية إيطاليا وإسبانيا المساعدات للسودان.");
    expect(
      out.filter((r) => r.type === "AID" && r.target.id !== "state:SD"),
      show(out),
    ).toEqual([]);
  });

  it("gives a counterpart's office to the name written after it", () => {
    const out = rels("والتقى وزير الخارجية المصري سامح شكري بنظيره التركي هاكان فيدان.");
    expect(
      out
        .filter((r) => r.type === "ROLE" && r.target.id === "state:TR")
        .map((r) => r.source.label_en),
      show(out),
    ).toEqual(["Hakan Fidan"]);
  });

  it("reads support for a state's accession as support of that state", () => {
    const out = rels("وأعلنت بولندا دعمها لانضمام مولدوفا إلى الاتحاد الأوروبي.");
    expect(
      out.filter((r) => r.type === "SUPPORT").map((r) => r.target.id),
      show(out),
    ).toEqual(["state:MD"]);
  });

  it("makes every state of a list withdraw from an organisation", () => {
    const out = rels("وانسحبت الولايات المتحدة وإسرائيل من منظمة اليونسكو.");
    const sources = out.filter((r) => r.type === "REJECT").map((r) => r.source.id);
    expect(sources.sort(), show(out)).toEqual(["state:IL", "state:US"]);
  });

  it("aims an alert at the doer of the attack it guards against", () => {
    const out = rels("ورفعت الهند حالة التأهب تحسبا لهجوم من جماعة عسكر طيبة.");
    expect(
      out.filter((r) => r.type === "MOBILIZE").map((r) => r.source.id),
      show(out),
    ).toEqual(["state:IN"]);
  });

  it("sanctions the actor the sanctioned companies are linked to", () => {
    const out = rels("وفرضت بريطانيا عقوبات على شركات مرتبطة بالحرس الثوري الإيراني.");
    expect(
      out.filter((r) => r.type === "SANCTION").map((r) => r.target.label_en),
      show(out),
    ).toEqual(["Islamic Revolutionary Guard Corps"]);
  });

  it("reads a crowd's protest against the state whose war it names", () => {
    const out = rels("وتظاهر آلاف الطلاب في لندن احتجاجا على الحرب الروسية في أوكرانيا.");
    expect(
      out.filter((r) => r.type === "PROTEST").map((r) => r.target.id),
      show(out),
    ).toEqual(["state:RU"]);
  });

  it("does not read a march for a people as that people's protest", () => {
    const out = rels("وحظرت الشرطة النمساوية مسيرة مؤيدة للفلسطينيين في فيينا.");
    expect(
      out.filter((r) => r.type === "PROTEST" && r.source.id === "state:PS"),
      show(out),
    ).toEqual([]);
  });

  it("takes the forces a place phrase describes, not the place, as the victim", () => {
    const out = rels(
      "وقال مسؤول إن القوات الأمريكية المتمركزة في شمال العراق تعرضت لهجوم من مسلحين.",
    );
    expect(
      out.filter((r) => r.type === "ASSAULT").map((r) => r.target.id),
      show(out),
    ).not.toContain("state:IQ");
  });
});

describe("a state named by its nisba after «إلى»", () => {
  it("is the state, since «إلى» is no definite noun it could describe", () => {
    const out = rels("وأرسلت باكستان آلاف الجنود إلى السعودية.");
    expect(find(out, "state:PK", "MOBILIZE", "state:SA"), show(out)).toHaveLength(1);
  });
});

describe("what the review of the round found", () => {
  it("reads a refused withdrawal as none, for every state of the list", () => {
    const out = rels("ورفضت تشاد والنيجر الانسحاب من الاتحاد الأفريقي.");
    const reject = out.filter((r) => r.type === "REJECT");
    expect(reject.length, show(out)).toBe(2);
    expect(new Set(reject.map((r) => r.polarity)), show(out)).toEqual(new Set(["negated"]));
    expect(
      reject.map((r) => r.attributed_to),
      show(out),
    ).toEqual([null, null]);
  });

  it("does not read an exercise's name after its noun as a party", () => {
    const out = rels("وشارك الجيش الأردني في تمرين الأسد المتأهب مع القوات الأمريكية.");
    expect(
      out.filter((r) => r.source.id.startsWith("person:")),
      show(out),
    ).toEqual([]);
  });

  it("takes the owner of a tunnel or a depot hit as the target, not the place", () => {
    const out = rels("ودمر الجيش الإسرائيلي نفقا لحركة حماس في رفح.");
    expect(
      out.filter((r) => r.type === "ASSAULT").map((r) => r.target.id),
      show(out),
    ).toEqual(["org:hamas"]);
  });

  it("does not make the victim of a protested war the protest's target", () => {
    const out = rels("وتظاهر مئات الطلاب في جامعة السوربون تنديدا بالحرب على غزة.");
    expect(
      out.filter((r) => r.type === "PROTEST" && r.target.id === "state:PS"),
      show(out),
    ).toEqual([]);
  });

  it("keeps a demand present when the time to come is its deadline", () => {
    const out = rels("يطالب الاتحاد الأوروبي روسيا بالانسحاب قبل نهاية الشهر المقبل.");
    expect(
      find(out, "org:eu", "REQUEST", "state:RU").map((r) => r.modality),
      show(out),
    ).toEqual(["asserted"]);
  });

  it("marks an expected attack on a state's sites future, a possible one hypothetical", () => {
    const expected = rels("ومن المتوقع أن تهاجم إسرائيل منشآت نووية إيرانية.");
    expect(
      find(expected, "state:IL", "ASSAULT", "state:IR").map((r) => r.modality),
      show(expected),
    ).toEqual(["future"]);
  });
});
