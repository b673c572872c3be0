// Two places where a verb's subject is not where VSO puts it: a relative clause whose verb is
// followed by the pronoun that resumes the relative's head («الذي اتهمت فيه بريطانيا روسيا»;
// src/extract/verb-subject.ts resumedAfterRelative, verb-drafts.ts resumedObject), and a
// clause after a connector whose subject is the clause's before it («قال بوتين بعد أن التقى
// ترامب»; verb-subject.ts connectorObject).
import { describe, expect, it } from "vitest";
import { expectNone, expectRel, relationsOf } from "./helpers/pipeline.js";

describe("a relative clause's verb before its resumptive pronoun", () => {
  it("takes the actor after the pronoun as its subject: «في اليوم الذي اتهمت فيه بريطانيا روسيا»", () => {
    expectRel(
      "وذلك في اليوم الذي اتهمت فيه بريطانيا روسيا بالهجوم.",
      "state:GB",
      "ACCUSE",
      "state:RU",
    );
    expectRel(
      "في الوقت الذي هددت فيه كوريا الشمالية اليابان بالرد.",
      "state:KP",
      "THREATEN",
      "state:JP",
    );
    expectRel(
      "وفي المؤتمر الصحفي الذي انتقد خلاله ترامب الصين.",
      "person:donald-trump",
      "ACCUSE",
      "state:CN",
    );
  });

  it("takes the relative's head as its object when the pronoun carries the verb's preposition", () => {
    const text = "وتواجه روسيا التي فرضت عليها الولايات المتحدة عقوبات جديدة أزمة اقتصادية.";
    expectRel(text, "state:US", "SANCTION", "state:RU");
    expectNone(text, "SANCTION", { source: "state:RU" });
    expectRel(
      "وأصيب المتظاهرون الفلسطينيون الذين أطلقت عليهم القوات الإسرائيلية النار.",
      "org:il-idf",
      "ASSAULT",
      "group:protesters-ps",
    );
  });

  it("does not make the head the subject: «المتظاهر الذي اعتدت عليه الشرطة الإسرائيلية»", () => {
    const text = "وقال المتظاهر الفلسطيني الذي اعتدت عليه الشرطة الإسرائيلية إنه سيقاضيها.";
    const rels = relationsOf(text).filter((r) => r.type === "ASSAULT");
    expect(rels.map((r) => r.target.text)).not.toContain("الشرطة الإسرائيلية");
    expect(rels.map((r) => r.source.text)).toContain("الشرطة الإسرائيلية");
  });
});

describe("a relative clause's verb whose subject is the clause's before", () => {
  it("keeps a feminine state after a masculine verb as its object: «في الخطاب الذي هاجم فيه إسرائيل»", () => {
    const text = "وقال أردوغان في الخطاب الذي هاجم فيه إسرائيل إن تركيا لن تصمت.";
    expectRel(text, "person:recep-tayyip-erdogan", "ACCUSE", "state:IL");
    expectNone(text, "ASSAULT", { source: "state:IL" });
    expectNone("وأشار لافروف في المقابلة التي انتقد فيها واشنطن إلى أن موسكو سترد.", "ACCUSE", {
      source: "state:US",
    });
  });

  it("reads no attack on a place when the pronoun names whom it hit", () => {
    expectNone("وقتل الفلسطيني الذي أطلق عليه جنود إسرائيليون النار قرب الخليل.", "ASSAULT", {
      target: "state:PS",
    });
  });

  it("gives the relative clause's subject no noun the clause describes: «الحرب التي دعمت فيها»", () => {
    const text = "وهي الحرب التي دعمت فيها الولايات المتحدة العراق ضد إيران.";
    expectRel(text, "state:US", "SUPPORT", "state:IQ");
    expectNone(text, "ASSAULT", { source: "state:US" });
    expectRel("وهو الاجتماع الذي شاركت فيه روسيا والصين.", "state:RU", "CONSULT", "state:CN", {
      peer: true,
    });
  });
});

describe("a verb after a connector with one actor after it", () => {
  it("has the speaker's clause as subject and the actor as object: «قال بوتين بعد أن التقى ترامب»", () => {
    expectRel(
      "وقال بوتين بعد أن التقى ترامب في هلسنكي إن المحادثات كانت مفيدة.",
      "person:vladimir-putin",
      "CONSULT",
      "person:donald-trump",
      { peer: true },
    );
    expectRel(
      "وقال ماكرون بعد أن التقى رئيس الوزراء الإيطالي، جوزيبي كونتي، إن البلدين متفقان.",
      "person:emmanuel-macron",
      "CONSULT",
      "person:giuseppe-conte",
      { peer: true },
    );
    expectRel(
      "وقالت ميركل بعد أن التقت ترامب إن الخلاف قائم.",
      "person:angela-merkel",
      "CONSULT",
      "person:donald-trump",
      { peer: true },
    );
  });

  it("keeps the actor as subject when the verb does not agree with the clause before", () => {
    expectNone("وقالت ميركل بعد أن التقى ترامب إن الخلاف قائم.", "CONSULT", {
      source: "person:angela-merkel",
    });
  });

  it("keeps the actor as subject for a verb that is no peers' («بعد أن انتقد الكونغرس»), after ثم, or with an object pronoun", () => {
    expectNone("وقال البيت الأبيض بعد أن انتقد الكونغرس إن الرئيس سيوقع القانون.", "ACCUSE", {
      source: "state:US",
    });
    expectNone("وانتقد أردوغان ماكرون ثم هاجم ميركل.", "ACCUSE", {
      source: "person:emmanuel-macron",
    });
    expectRel(
      "وقال ترامب حين استقبله نتنياهو إن القدس عاصمة إسرائيل.",
      "person:benjamin-netanyahu",
      "CONSULT",
      "person:donald-trump",
      { peer: true },
    );
  });

  it("reads nothing past a word it does not know: «عندما انتقدت ماي بروكسل»", () => {
    expectNone("وقالت ميركل عندما انتقدت ماي بروكسل إن ألمانيا تريد اتفاقا.", "ACCUSE", {
      source: "person:angela-merkel",
    });
  });

  it("keeps the actor as subject when a noun follows it: «بعد أن هاجم بوتين الصحافة»", () => {
    expectNone("وقال ترامب بعد أن هاجم بوتين الصحافة إن ذلك مؤسف.", "ACCUSE", {
      target: "person:vladimir-putin",
    });
  });

  it("does not carry a speaker into what he reports", () => {
    const text =
      'وتابع قرقاش أنه "مكنت الدوحة الحوثيين من الانتشار حين رحبت بالميليشيات المتورطة في القتال".';
    expectNone(text, "SUPPORT", { source: "person:anwar-gargash" });
  });
});

describe("a state's side or parties by its nisba", () => {
  it("act as the state: «اتهم الجانب الروسي بريطانيا»، «رفض الطرف الإيراني»، «الأطراف اليمنية»", () => {
    expectRel("واتهم الجانب الروسي بريطانيا بعرقلة التحقيق.", "state:RU", "ACCUSE", "state:GB");
    expectRel(
      "حيث سيحاول الجانب الأميركي إقناع بيونغيانغ بالتخلي عن أسلحتها النووية.",
      "state:US",
      "REQUEST",
      "state:KP",
    );
    expectRel("ورفض الطرف الإيراني المطالب الأمريكية.", "state:IR", "REJECT", "state:US");
    expectRel(
      "ودعا غوتيريش الأطراف اليمنية إلى وقف القتال.",
      "person:antonio-guterres",
      "REQUEST",
      "state:YE",
    );
  });
});

describe("more readings of this round", () => {
  it("reads a designation as terrorist with «اعتبر» as an accusation, not a report", () => {
    expectRel("وتعتبر بريطانيا حماس منظمة إرهابية.", "state:GB", "ACCUSE", "org:hamas");
    expectNone("واعتبرت إيران أن الهجوم إرهابي.", "ACCUSE", { source: "state:IR" });
  });

  it("reads no designation in a passive, a partner or victim against terrorism, or a denied label", () => {
    expectNone("تعتبر حركة حماس منظمة إرهابية لدى الولايات المتحدة.", "ACCUSE", {
      source: "org:hamas",
    });
    expectNone("واعتبرت الولايات المتحدة العراق شريكا لمنع عودة الإرهاب.", "ACCUSE");
    expectNone("واعتبرت روسيا سوريا أول ضحية للإرهاب الدولي.", "ACCUSE");
    expectNone("وتعتبر إيران حزب الله حركة مقاومة لا منظمة إرهابية.", "ACCUSE");
  });

  it("goes on over an armed group's adjective in a list: «بين الفصائل المعارضة المسلحة وروسيا»", () => {
    expectRel(
      "وتستمر المفاوضات بين الفصائل المعارضة المسلحة وروسيا.",
      "group:opposition",
      "CONSULT",
      "state:RU",
      { peer: true },
    );
  });

  it("reads diplomatic efforts between two parties as consultation, not telecoms", () => {
    expectRel(
      "في أحدث تحرك في المساعي الدبلوماسية الحذرة بين واشنطن وبيونغيانغ.",
      "state:US",
      "CONSULT",
      "state:KP",
      { peer: true },
    );
    expectRel("وتتواصل الجهود الدبلوماسية بين أنقرة وموسكو.", "state:TR", "CONSULT", "state:RU", {
      peer: true,
    });
    expectNone("ويربط كابل الاتصالات البحري الجديد بين مصر وفرنسا.", "CONSULT");
    expectNone("وقطعت بيونغيانغ جميع قنوات الاتصال مع سول.", "CONSULT");
  });
});

describe("an act undergone by what a state owns", () => {
  it("is against the state its nisba names: «تعرضت السفارة الأمريكية لهجوم من قبل مسلحين»", () => {
    expectRel(
      "وتعرضت السفارة الأمريكية لهجوم من قبل مسلحين.",
      "group:militants",
      "ASSAULT",
      "state:US",
    );
    expectRel(
      "وتعرضت ناقلة نفط بريطانية لهجوم من قبل زوارق إيرانية.",
      "state:IR",
      "ASSAULT",
      "state:GB",
    );
    expectNone("وتعرضت السفارة الأمريكية لهجوم.", "ASSAULT");
  });
});

describe("a feminine verb before men named by a sound masculine plural", () => {
  it("does not take them as its subject: «أن تكون قواته قد استهدفت مدنيين في سوريا»", () => {
    expectNone("ونفى البنتاغون أن تكون قواته قد استهدفت مدنيين في سوريا.", "ASSAULT", {
      source: "group:civilians",
    });
    expectRel("واعتقلت الشرطة الإيرانية ناشطين.", "state:IR", "COERCE", "group:activists");
  });
});
