// The twenty-first round: a masculine verb that opens its sentence before a state's name has
// that state for its object and the previous sentence's person for its subject
// (src/extract/verb-subject.ts, lexicon/words.json masculine_states and sentence_openers);
// an office's holder whose first name is no known given name but whose family name is a
// nisba-shaped word with the article (src/recognize/patterns.ts titledFamily); and given
// names the list lacked (lexicon/given-names.json).
import { describe, expect, it } from "vitest";
import { expectNone, find, run } from "./helpers/pipeline.js";

const TRUMP_ARRIVES =
  "وصل الرئيس الأمريكي دونالد ترامب إلى بروكسل يوم الأربعاء للمشاركة في القمة. ";

describe("a dropped subject before a state's name", () => {
  it("carries the previous sentence's person to a masculine verb before a state", () => {
    const rels = run(`${TRUMP_ARRIVES}وانتقد ألمانيا لأنها لا تنفق ما يكفي على الدفاع.`).relations;
    expect(find(rels, "person:donald-trump", "ACCUSE", "state:DE").length).toBeGreaterThan(0);
  });

  it("reads a verb after «وكان قد» or «كما» as opening its sentence", () => {
    const rels = run(
      `${TRUMP_ARRIVES}وكان قد اتهم في وقت سابق ألمانيا بأنها رهينة لروسيا. كما اتهم فرنسا بالتقصير.`,
    ).relations;
    expect(find(rels, "person:donald-trump", "ACCUSE", "state:DE").length).toBeGreaterThan(0);
    expect(find(rels, "person:donald-trump", "ACCUSE", "state:FR").length).toBeGreaterThan(0);
  });

  it("leaves a state with a masculine name as the verb's subject", () => {
    const rels = run(`${TRUMP_ARRIVES}وانتقد العراق القرار الأمريكي.`).relations;
    expect(find(rels, "person:donald-trump", "ACCUSE", "state:IQ")).toEqual([]);
  });

  it("does not carry a state to a masculine verb", () => {
    expectNone("قالت ألمانيا إنها سترد على الرسوم. وانتقد فرنسا.", "ACCUSE");
  });

  it("does not read a seat or a body as a state named by a feminine name", () => {
    const text = `${TRUMP_ARRIVES}كما حذر الكرملين الإثنين من إطلاق مزاعم قبل التحقيق في الهجوم.`;
    expectNone(text, "THREATEN", { source: "person:donald-trump" });
  });
});

describe("an office's holder with an unknown first name", () => {
  it("reads a nisba-shaped family name with the article after the first name", () => {
    const out = run("وقال وزير الصحة المغربي فرحات الدكالي إن الوزارة ستفتح تحقيقا.");
    expect(out.mentions.map((m) => m.text)).toContain("فرحات الدكالي");
    const role = out.relations.filter(
      (r) => r.type === "ROLE" && r.source.text === "فرحات الدكالي",
    );
    expect(role.map((r) => r.target.id)).toContain("state:MA");
  });

  it("does not read «رفيع المستوى» after an official as a name", () => {
    const out = run("وتأتي إقالة هذا المسؤول الأمني رفيع المستوى، بعد ساعات من تصريحاته.");
    expect(out.mentions.filter((m) => m.entity.kind === "person")).toEqual([]);
  });
});

describe("given names", () => {
  it("leaves out names that are common words at the head of a phrase", () => {
    for (const [text, word] of [
      ["وقد نهى الإسلام عن قتل الأبرياء.", "نهى"],
      ["وطالبت الحكومة العمال الأجانب بتوفيق الأوضاع.", "توفيق"],
      ["وقال أردوغان إن توفيق الله كان معنا.", "توفيق"],
    ] as const) {
      const persons = run(text).mentions.filter((m) => m.entity.kind === "person");
      expect(persons.filter((m) => m.text.includes(word))).toEqual([]);
    }
  });

  it("opens a woman's name that ends in ة after her office", () => {
    const out = run("وقالت وزيرة الأسرة المغربية بسيمة الحقاوي إن القانون يحمي النساء.");
    expect(out.mentions.map((m) => m.text)).toContain("بسيمة الحقاوي");
  });
});

describe("offices around a name", () => {
  it("takes the office after a name when a rank before it serves no one", () => {
    const rels = run(
      "وقال اللفتنانت كولونيل مايك أندروز المتحدث باسم البنتاغون إن التدريب سيستمر.",
    ).relations;
    const role = rels.filter((r) => r.type === "ROLE" && r.source.text === "مايك أندروز");
    expect(role.map((r) => r.title)).toEqual(["المتحدث باسم البنتاغون"]);
  });

  it("keeps an office before the name that names no owner when it is no rank", () => {
    // Italy is the article's state, so the bare title is an office of Italy's.
    const rels = run(
      "قالت الحكومة الإيطالية إن انهيار جسر في مدينة جنوة الإيطالية أسفر عن مقتل 39 شخصا. " +
        "وأعلنت إيطاليا حالة الطوارئ في المنطقة. " +
        "وقال نائب رئيس الوزراء لويجي دي مايو زعيم حركة خمس نجوم الشعبوية إن الحكومة سترد.",
      "2018-08-15",
    ).relations;
    const role = rels.filter((r) => r.type === "ROLE" && r.source.text === "لويجي دي مايو");
    expect(role.map((r) => r.target.id)).toContain("state:IT");
  });

  it("reads an adverb after a participle of the office («المعينة حديثا»)", () => {
    const rels = run(
      "وأجرى بلينكن محادثات مع وزيرة الخارجية اليابانية المعينة حديثاً كاميكاوا في طوكيو.",
      "2023-11-08",
    ).relations;
    const role = rels.filter((r) => r.type === "ROLE" && r.source.text === "كاميكاوا");
    expect(role.map((r) => r.target.id)).toContain("state:JP");
    expect(role.map((r) => r.title)).toContain("وزيرة الخارجية اليابانية المعينة حديثا");
  });
});

describe("a delivery of one aircraft", () => {
  it("reads «سلمت X Y أول طائرة» as military aid", () => {
    const rels = run("وسلمت الولايات المتحدة تركيا أول طائرة حربية من نوع إف-35.").relations;
    expect(find(rels, "state:US", "AID", "state:TR").length).toBeGreaterThan(0);
  });

  it("does not read a suspect handed to prosecutors as aid", () => {
    expectNone("وسلمت الشرطة التركية المتهم إلى النيابة العامة.", "AID");
  });
});

describe("the first person plural in a speaker's words", () => {
  it("reads «نرفض» and «ونطالب» as the speaker's", () => {
    const rels = run(
      'وقالت الخارجية الروسية في بيان: "نرفض الاتهامات البريطانية ونطالب لندن بتقديم الأدلة".',
    ).relations;
    const by = (type: string) => rels.filter((r) => r.type === type).map((r) => r.target.id);
    expect(by("REJECT")).toContain("state:GB");
    expect(by("REQUEST")).toContain("state:GB");
    expect(rels.find((r) => r.type === "REQUEST")?.source.text).toBe("الخارجية الروسية");
  });

  it("reads a future «سنحث» after «إننا»", () => {
    const rels = run(
      "وقال وزير الخارجية الألماني هايكو ماس إننا سنحث إيران على احترام الاتفاق النووي.",
    ).relations;
    expect(find(rels, "person:heiko-maas", "REQUEST", "state:IR").length).toBeGreaterThan(0);
  });

  it("names no one outside a reported clause", () => {
    expectNone("ونطالب المجتمع الدولي والولايات المتحدة بالتحرك فورا.", "REQUEST");
  });
});

describe("a pronoun in what someone is asked to do", () => {
  it("refers to the one asked, not to who asks", () => {
    const rels = run("ودعت مجموعة السبع روسيا إلى الكف عن دعمها للنظام السوري.").relations;
    const support = rels.filter((r) => r.type === "SUPPORT");
    expect(support.map((r) => r.source.id)).toEqual(["state:RU"]);
  });
});

describe("courts, prosecutors and the judiciary as generic actors", () => {
  const ids = (text: string) => run(text).mentions.map((m) => `${m.entity.id} ${m.text}`);

  it("ties a court, prosecutors or the judiciary to the state of their nisba", () => {
    expect(ids("وقضت المحكمة العسكرية الإسرائيلية بسجن الناشطة ثمانية أشهر.")).toContain(
      "group:courts-il المحكمة العسكرية الإسرائيلية",
    );
    expect(ids("وقال الادعاء العام التركي إنه أصدر مذكرات اعتقال بحق 20 شخصا.")).toContain(
      "group:prosecutors-tr الادعاء العام التركي",
    );
    expect(ids("وأمر القضاء التركي بسجن الصحفيين.")).toContain("group:judiciary-tr القضاء التركي");
  });

  it("leaves a bare «المحكمة» to the court the article named, and «القضاء على» alone", () => {
    const rels = run(
      "أصدرت محكمة العدل الدولية قرارا. وطالبت المحكمة الإمارات بلم شمل الأسر القطرية.",
    ).relations;
    expect(find(rels, "org:icj", "REQUEST", "state:AE").length).toBe(1);
    expect(run("وتعهد الرئيس بالقضاء على الإرهاب.").mentions).toEqual([]);
  });

  it("leaves an organisation after an indefinite court as the actor", () => {
    const out = run("وقضت محكمة مكتب المحاسبة الوطني على شريف بالسجن لمدة عشر سنوات.");
    expect(out.mentions.map((m) => m.entity.id)).not.toContain("group:courts");
  });
});

describe("a name in another order than the knowledge base's", () => {
  it("is one mention when a part of it follows a mention of the same person", () => {
    const out = run(
      "وأجرى بلينكن محادثات مع وزيرة الخارجية اليابانية كاميكاوا يوكو في طوكيو.",
      "2023-11-08",
    );
    expect(out.mentions.map((m) => m.text)).toContain("كاميكاوا يوكو");
    const consult = out.relations.filter((r) => r.type === "CONSULT");
    expect(consult.map((r) => r.target.text)).toContain("كاميكاوا يوكو");
  });
});

describe("an object pronoun on the verb", () => {
  it("refers to the state the sentence before named last («ها»)", () => {
    const rels = run(
      "فرضت الولايات المتحدة رسوما جديدة على الصين. واتهمها ترامب بسرقة الوظائف الأمريكية.",
    ).relations;
    expect(find(rels, "person:donald-trump", "ACCUSE", "state:CN").length).toBeGreaterThan(0);
  });

  it("refers to the person the sentence before named last («ه»)", () => {
    const rels = run(
      "وهبطت طائرة مايك بومبيو في مطار بيونغ يانغ الجمعة. واستقبله وزير الخارجية الكوري الشمالي ري يونغ هو.",
      "2018-07-06",
    ).relations;
    const consult = rels.filter((r) => r.type === "CONSULT" && r.rule.endsWith("-clitic"));
    expect(consult.map((r) => r.target.id)).toContain("person:mike-pompeo");
  });

  it("refers to the noun before a relative pronoun", () => {
    const rels = run(
      "وفرضت الولايات المتحدة عقوبات على تركيا لرفضها الإفراج عن القس أندرو برونسون، الذي اتهمته تركيا بالتجسس.",
    ).relations;
    const accuse = rels.filter((r) => r.type === "ACCUSE" && r.source.id === "state:TR");
    expect(accuse.map((r) => r.target.text)).toContain("أندرو برونسون");
  });

  it("does not read «وزارة» as «and visited him», nor a denial's «ينفيه» as a person", () => {
    const text =
      "رفضت بريطانيا منح تأشيرة لابنة شقيقة سيرغي سكريبال. " +
      "وكانت وزارة الخارجية قد أبلغت السفارة رفضها طلب التأشيرة، وهو أمر ينفيه الكرملين.";
    const rels = run(text).relations;
    expect(rels.filter((r) => r.rule.endsWith("-clitic"))).toEqual([]);
  });
});

describe("a mobilisation at a frontier", () => {
  it("faces the state the frontier is shared with", () => {
    const rels = run("وحشدت روسيا قوات على الحدود مع أوكرانيا.").relations;
    expect(find(rels, "state:RU", "MOBILIZE", "state:UA").length).toBeGreaterThan(0);
  });

  it("faces the state of the frontier's nisba", () => {
    const rels = run("وأرسلت تركيا تعزيزات عسكرية إلى الحدود السورية.").relations;
    expect(find(rels, "state:TR", "MOBILIZE", "state:SY").length).toBeGreaterThan(0);
  });
});

describe("a three-letter first name after an occupation", () => {
  it("is a name before a nisba-shaped family name", () => {
    const out = run("وقالت الناشطة عهد التميمي إن الاحتلال سيرحل.");
    expect(out.mentions.map((m) => m.text)).toContain("عهد التميمي");
  });
});

describe("an object pronoun whose antecedent the sentence before named", () => {
  it("is a unit of this sentence, so later rules read no token out of range", () => {
    const rels = run(
      "نقلت وكالة الأنباء الفرنسية عن مصدر في الخارجية الروسية أن موسكو ترفض العقوبات. واتهمتها واشنطن بالتدخل في الانتخابات.",
    ).relations;
    expect(find(rels, "state:US", "ACCUSE", "state:RU").length).toBeGreaterThan(0);
  });

  it("is the subject of the sentence before when a state or a body acts («ها»)", () => {
    const rels = run("هاجمت إسرائيل مواقع في سوريا. وهددتها إيران بالرد.").relations;
    expect(find(rels, "state:IR", "THREATEN", "state:IL").length).toBeGreaterThan(0);
    expect(find(rels, "state:IR", "THREATEN", "state:SY")).toEqual([]);
  });

  it("is no earlier verb's subject in the same sentence", () => {
    const rels = run(
      "أعلنت إثيوبيا ملء سد النهضة. واتهمتها مصر بانتهاك الاتفاق، بينما دعاها السودان إلى التفاوض.",
    ).relations;
    expect(find(rels, "state:SD", "REQUEST", "state:EG")).toEqual([]);
  });

  it("is not a body named in the plural («الحوثيون» is «هم»)", () => {
    const rels = run(
      "هاجم الحوثيون منشآت أرامكو في السعودية. واتهمتها الولايات المتحدة بالتقصير.",
    ).relations;
    expect(rels.filter((r) => r.type === "ACCUSE" && r.target.id === "org:houthis")).toEqual([]);
  });

  it("is no city visited («وزارها»)", () => {
    const rels = run(
      "أعلنت الحكومة السورية استعادة مدينة حلب. وزارها الرئيس بشار الأسد.",
    ).relations;
    expect(rels.filter((r) => r.type === "CONSULT")).toEqual([]);
  });
});
