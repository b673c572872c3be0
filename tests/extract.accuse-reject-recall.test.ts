// ACCUSE and REJECT recall (src/extract/frames-accuse.ts, lexicon/accusations.json and the
// ACCUSE entries of lexicon/relations.json): criticism and blame as light-verb phrases
// («وجه انتقادات لـ», «ألقى باللوم على», «وجه أصابع الاتهام نحو»), an accused set off by a comma or a parenthesis, the
// accused as a relative clause's object pronoun («الذي تتهمه أنقرة»), and denials that answer
// the article's earlier accuser («نفت روسيا أي علاقة لها بالهجوم»); a charge that comes with
// an arrest («بتهمة»), a reported clause's subject set off by a comma, and verbs whose own
// subject names no actor («ويتهم منتقدون ...»), which are not the previous sentence's subject;
// and an exchange of accusations («تبادلت موسكو ولندن الاتهامات»), which goes both ways.
import { describe, expect, it } from "vitest";
import { expectNone, expectRel, relationsOf, show } from "./helpers/pipeline.js";

describe("criticism and blame as light-verb phrases", () => {
  it("reads «وجه انتقادات لـ» with the subject inside the phrase", () => {
    expectRel(
      "ووجهت الحكومة الألمانية انتقادات حادة لتركيا بسبب اعتقال الصحفيين.",
      "state:DE",
      "ACCUSE",
      "state:TR",
    );
  });

  it("reads «ألقى باللوم على»", () => {
    expectRel(
      "وألقت الحكومة الفرنسية باللوم على إيران في الهجوم على السفارة.",
      "state:FR",
      "ACCUSE",
      "state:IR",
    );
  });

  it("reads «وجه أصابع الاتهام نحو» as «إلى», by rule and not only by the model", () => {
    const found = expectRel(
      "ووجهت الحكومة الفرنسية أصابع الاتهام نحو إيران بعد الهجوم على السفارة.",
      "state:FR",
      "ACCUSE",
      "state:IR",
    );
    expect(found.rule).not.toBe("model");
  });

  it("does not take «نحو» before a number (about) for a preposition of an actor", () => {
    expectRel(
      "وأطلقت القوات الإسرائيلية نحو عشرين قذيفة على مواقع سورية.",
      "org:il-idf",
      "ASSAULT",
      "state:SY",
    );
  });

  it("does not read «وجه» without a word of criticism or accusation", () => {
    expectNone("ووجه الرئيس الأمريكي كلمة إلى الشعب الإيراني مساء الأحد.", "ACCUSE");
  });
});

describe("the accused set off from the verb", () => {
  it("takes the actors after an apposed subject's comma as the accused", () => {
    const text =
      "اتهم المتحدث باسم الكرملين، ديمتري بيسكوف، بريطانيا والولايات المتحدة بنشر معلومات مضللة.";
    for (const target of ["state:GB", "state:US"])
      expectRel(text, "person:dmitry-peskov", "ACCUSE", target);
  });

  it("finds the accused after a parenthesis, before its charge", () => {
    expectRel(
      "واتهمت إيران، وهي عضو في منظمة أوبك، الولايات المتحدة بمحاولة تسييس المنظمة.",
      "state:IR",
      "ACCUSE",
      "state:US",
    );
  });

  it("reads the accused of a relative clause's object pronoun", () => {
    const r = expectRel(
      "وطالبت واشنطن بتسليم الداعية فتح الله غولن، الذي تتهمه أنقرة بتدبير محاولة الانقلاب.",
      "state:TR",
      "ACCUSE",
      "person:fethullah-gulen",
    );
    expect(r.polarity).toBe("affirmed");
  });
});

describe("denials answer the accuser", () => {
  it("turns a denial after an accusation into a REJECT of the accuser", () => {
    expectRel(
      "واتهمت بريطانيا روسيا بتسميم العميل السابق في سالزبري. لكن روسيا نفت أي علاقة لها بالهجوم.",
      "state:RU",
      "REJECT",
      "state:GB",
    );
  });

  it("reads the claimant of the same sentence as the accuser", () => {
    expectRel(
      "وقالت الحكومة البريطانية إن روسيا تقف وراء الهجوم، بيد أن موسكو تنفي أي ضلوع لها فيه.",
      "state:RU",
      "REJECT",
      "state:GB",
    );
  });

  it("reads a rejection of «هذه الاتهامات» as one of the accuser", () => {
    expectRel(
      "واتهمت الولايات المتحدة الصين بسرقة أسرار تجارية. ورفضت بكين هذه الاتهامات.",
      "state:CN",
      "REJECT",
      "state:US",
    );
  });

  it("finds no one to reject when nobody accused the denier", () => {
    expectNone("ونفت روسيا أي علاقة لها بالهجوم على القاعدة.", "REJECT");
  });

  it("does not read a refusal to act as a rejection of an accuser", () => {
    const text = "واتهمت بريطانيا روسيا بتسميم العميل السابق. ورفضت روسيا المشاركة في التحقيق.";
    const rels = relationsOf(text).filter((r) => r.type === "REJECT" && r.rule === "deny-accuser");
    expect(rels, show(rels)).toHaveLength(0);
  });
});

describe("subjects and charges", () => {
  it("does not give the previous sentence's subject to a verb with an unnamed subject", () => {
    const rels = relationsOf(
      "واتهم الرئيس الأمريكي روسيا بالتدخل في الانتخابات. ويتهم منتقدون الرئيس الروسي بقمع المعارضة.",
    ).filter((r) => r.type === "ACCUSE" && r.target.id === "person:vladimir-putin");
    expect(rels, show(rels)).toHaveLength(0);
  });

  it("reads the subject of a reported clause set off by a comma, and its negation", () => {
    const r = expectRel(
      "وقال بيسكوف إن الرئيس الأمريكي دونالد ترامب، لم يوجه أي اتهامات ضد نظيره الروسي فلاديمير بوتين.",
      "person:donald-trump",
      "ACCUSE",
      "person:vladimir-putin",
    );
    expect(r.polarity).toBe("negated");
    expect(r.attributed_to?.id).toBe("person:dmitry-peskov");
  });

  it("reads an arrest on a charge as an accusation by the arresting side", () => {
    const rels = relationsOf("واعتقلت السلطات التركية القس الأمريكي أندرو برونسون بتهمة التجسس.");
    const hits = rels.filter((r) => r.type === "ACCUSE" && r.source.id === "state:TR");
    expect(hits, show(rels)).not.toHaveLength(0);
  });

  it("does not make an unnamed denier answer an accusation made of someone else", () => {
    const rels = relationsOf(
      "واتهمت بريطانيا روسيا بتسميم العميل السابق. وتنفي المؤسسة العسكرية أي دور لها في ذلك.",
    ).filter((r) => r.type === "REJECT");
    expect(rels, show(rels)).toHaveLength(0);
  });
});

describe("an exchange of accusations", () => {
  it("reads each party as accusing the other", () => {
    const text = "وتتبادل الصين والولايات المتحدة انتقادات لاذعة بشأن التجارة.";
    expectRel(text, "state:CN", "ACCUSE", "state:US");
    expectRel(text, "state:US", "ACCUSE", "state:CN");
  });

  it("does not read an exchange of anything else as accusations", () => {
    expectNone("وتبادلت موسكو ولندن السفراء بعد سنوات من القطيعة.", "ACCUSE");
  });
});

describe("wrongdoing in a speaker's words", () => {
  it("reads «قالت الصين إن واشنطن تتدخل في شؤونها الداخلية» as China's accusation", () => {
    expectRel(
      "قالت الخارجية الصينية إن واشنطن تتدخل في الشؤون الداخلية للصين.",
      "org:cn-foreign-ministry",
      "ACCUSE",
      "state:US",
    );
    expectRel(
      "قال وزير الخارجية الروسي سيرغي لافروف إن الولايات المتحدة تزعزع استقرار المنطقة.",
      "person:sergey-lavrov",
      "ACCUSE",
      "state:US",
    );
  });

  it("reads no accusation in a denial of one's own side's wrongdoing", () => {
    expectNone(
      "قال الرئيس الروسي فلاديمير بوتين إن روسيا لا تتدخل في الانتخابات الأمريكية.",
      "ACCUSE",
    );
  });
});

describe("a subject counted and unnamed", () => {
  it("is the verb's own, not the previous sentence's: «ولقد نددت عدة دول بالهجوم»", () => {
    const text =
      "اتهم جيش الإسلام قوات النظام السوري بشن هجوم كيميائي على دوما. ولقد نددت عدة دول بالهجوم المفترض كما توعد الرئيس الأمريكي دونالد ترامب دمشق برد قوي.";
    const accuse = relationsOf(text).filter((r) => r.type === "ACCUSE");
    expect(
      accuse.map((r) => `${r.source.id} -> ${r.target.id}`),
      show(accuse),
    ).toEqual(["org:jaysh-al-islam -> org:sy-armed-forces"]);
  });
});

describe("a subject's title set off by commas", () => {
  it("is not what the subject condemns: «أدان سامح شكري، وزير الخارجية المصري، التفجير»", () => {
    expectNone("أدان سامح شكري، وزير الخارجية المصري، التفجير الإرهابي.", "ACCUSE", {
      target: "state:EG",
    });
  });
});

describe("what an actor does, between a verb's preposition and the actor", () => {
  it("bridges to the actor: «اشتكت الصين من تدخل الولايات المتحدة»، «سخر ترامب من تصرفات كوريا الشمالية»", () => {
    expectRel(
      "واشتكت الصين من تدخل الولايات المتحدة في شؤونها الداخلية.",
      "state:CN",
      "ACCUSE",
      "state:US",
    );
    expectRel("وسخر ترامب من تصرفات كوريا الشمالية.", "person:donald-trump", "ACCUSE", "state:KP");
  });
});

describe("a counted subject named after its count", () => {
  it("is the subject, whatever the sentence before did: «واتهم بعض المسؤولين الأمريكيين إيران»", () => {
    const text =
      "وقال المتحدث باسم الخارجية الإيرانية عباس موسوي إن طهران ترفض الاتهامات. واتهم بعض المسؤولين الأمريكيين إيران بالوقوف وراء الهجمات.";
    expectRel(text, "state:US", "ACCUSE", "state:IR");
    expectNone(text, "ACCUSE", { source: "state:IR" });
  });

  it("keeps the members it lists out of the object: «وأدانت عدة دول عربية، بينها مصر والأردن، الهجوم»", () => {
    expectNone("وأدانت عدة دول عربية، بينها مصر والأردن، الهجوم على المسجد الأقصى.", "ACCUSE", {
      target: "state:EG",
    });
  });
});

describe("doubt about an actor named through its leader's office", () => {
  it("accuses that actor: «شككت روسيا في رئيس أوكرانيا الجديد»", () => {
    expectRel(
      "شككت روسيا في رئيس أوكرانيا الجديد وقدرته على تنفيذ الاتفاقات.",
      "state:RU",
      "ACCUSE",
      "state:UA",
    );
  });
});
