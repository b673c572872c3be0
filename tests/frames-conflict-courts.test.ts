// Arrests and sentences (frames-conflict-courts.ts): أوقف as an arrest only with a person or
// group right after its subject, prison sentences whose penalty stands far from the verb,
// objects that are a count of a group (also after the entry's preposition, after a word
// describing the subject, or for a verb joined by و), raids, and soldiers and policemen
// counted in the singular or dual.
import { describe, expect, it } from "vitest";
import { expectNone, expectRel, find, relationsOf, show } from "./helpers/pipeline.js";

/** A relation whose source id starts with `source` and whose target is written `target`. */
function expectToText(text: string, source: string, type: string, target: string): void {
  const rels = relationsOf(text);
  const hits = rels.filter(
    (r) => r.source.id.startsWith(source) && r.type === type && r.target.text.includes(target),
  );
  expect(hits, `${text}\n${show(rels)}`).not.toHaveLength(0);
}

describe("أوقف as an arrest", () => {
  it("reads a group right after the subject as the one arrested", () => {
    expectRel(
      "أوقفت الشرطة عشرات المحتجين قرب مبنى البلدية.",
      "group:police",
      "COERCE",
      "group:protesters",
    );
  });

  it("reads a person named after a description as the one arrested", () => {
    expectToText(
      "أوقفت السلطات الإيرانية الناشطة البارزة نسرين ستوده في طهران.",
      "state:IR",
      "COERCE",
      "ستوده",
    );
  });

  it("does not read a halted programme's beneficiary as arrested", () => {
    expectNone("أوقفت الولايات المتحدة تمويل وكالة الأونروا الشهر الماضي.", "COERCE");
  });
});

describe("prison sentences", () => {
  it("reads «قضت المحكمة على X بالسجن» with the penalty far from the verb", () => {
    expectToText(
      "وقضت محكمة باكستانية الجمعة على رئيس الوزراء السابق نواز شريف بالسجن عشر سنوات.",
      "org:",
      "COERCE",
      "شريف",
    );
  });

  it("needs a penalty: a ruling on a case is not a sentence", () => {
    expectNone("حكمت محكمة باكستانية على نواز شريف في قضية الفساد أمس.", "COERCE");
  });
});

describe("objects that count a group", () => {
  it("reads a count after the preposition of «ألقى القبض على»", () => {
    expectRel(
      "ألقت قوات الأمن القبض على ثلاثة مسلحين في ضواحي المدينة.",
      "group:security-forces",
      "COERCE",
      "group:militants",
    );
  });

  it("reads a count after a word describing the subject", () => {
    expectRel(
      "قتل مسلحون مجهولون خمسة من رجال الشرطة عند نقطة تفتيش.",
      "group:militants",
      "ASSAULT",
      "group:police",
    );
  });

  it("gives a verb joined by و the subject of the verb before it", () => {
    expectRel(
      "اشتبكت قوات الأمن مع المتظاهرين، وألقت القبض على عدد من الطلاب.",
      "group:security-forces",
      "COERCE",
      "group:students",
    );
  });
});

describe("raids, soldiers and policemen", () => {
  it("reads داهم as coercion of the owner of the place raided", () => {
    expectRel(
      "داهمت الشرطة الفرنسية منزل نيكولا ساركوزي.",
      "state:FR",
      "COERCE",
      "person:nicolas-sarkozy",
    );
  });

  it("reads a dual of policemen as the police", () => {
    expectRel(
      "قتل شرطيان في هجوم لمسلحين على حاجز أمني.",
      "group:militants",
      "ASSAULT",
      "group:police",
    );
  });
});

describe("the toll of a named attack", () => {
  it("reads «أسفر الهجوم الذي شنه X عن مقتل Y» as X's assault on Y", () => {
    expectRel(
      "وأسفر الهجوم الذي شنه مسلحون على الطريق الدولي عن مقتل أربعة جنود.",
      "group:militants",
      "ASSAULT",
      "group:army",
    );
  });

  it("gives no assault when no doer of the attack is named", () => {
    expectNone("وأسفر انفجار سيارة مفخخة عن مقتل أربعة جنود.", "ASSAULT");
  });
});

describe("a nisba object after the preposition of an attack verb", () => {
  it("reads «أطلق X النار على دورية أمريكية» as an assault on the state", () => {
    expectRel(
      "أطلق مسلحون النار على دورية أمريكية في بغداد.",
      "group:militants",
      "ASSAULT",
      "state:US",
    );
  });
});

describe("a passive attack verb with the agent's weapon", () => {
  it("reads «قتل متظاهران برصاص الشرطة» as the police's assault, not the protesters'", () => {
    const text = "قتل متظاهران برصاص الشرطة في العاصمة.";
    expectRel(text, "group:police", "ASSAULT", "group:protesters");
    const rels = relationsOf(text);
    expect(find(rels, "group:protesters", "ASSAULT", "group:police"), show(rels)).toHaveLength(0);
  });
});

describe("conjoined actors after an attack verb", () => {
  it("does not read the first of two conjoined objects as the attacker", () => {
    expectNone("وقال المتحدث إن الهجوم يستهدف بوركينا فاسو وفرنسا.", "ASSAULT");
  });

  it("keeps two conjoined subjects attacking an object", () => {
    expectRel(
      "قصفت روسيا وسوريا مواقع المعارضة في إدلب.",
      "state:SY",
      "ASSAULT",
      "group:opposition",
    );
  });
});

describe("a victim noun whose genitive is the doer", () => {
  it("reads «اعتقال قوات الأمن للمتظاهرين» as the security forces' arrest of the protesters", () => {
    expectRel(
      "أدانت منظمة العفو الدولية اعتقال قوات الأمن للمتظاهرين في البصرة.",
      "group:security-forces",
      "COERCE",
      "group:protesters",
    );
  });

  it("keeps a genitive without a لـ victim as the victim itself", () => {
    const rels = relationsOf("أدان الاتحاد الأوروبي اعتقال الشرطة في المدينة.");
    expect(
      rels.filter((r) => r.type === "COERCE" && r.source.id === "group:police"),
      show(rels),
    ).toHaveLength(0);
  });
});

describe("a verbal noun written as its verb after a stance", () => {
  it("does not read «أدانت فرنسا قصف النظام السوري للمدنيين» as France's attack", () => {
    const rels = relationsOf("أدانت فرنسا قصف النظام السوري للمدنيين في ريف دمشق.");
    expect(find(rels, "state:FR", "ASSAULT", "state:SY"), show(rels)).toHaveLength(0);
  });

  it("reads the doer and victim of «قتل الجيش الإسرائيلي للمتظاهرين»", () => {
    const text = "نددت تركيا بقتل الجيش الإسرائيلي للمتظاهرين الفلسطينيين.";
    expectRel(text, "org:il-idf", "ASSAULT", "group:protesters-ps");
    const rels = relationsOf(text);
    expect(find(rels, "state:TR", "ASSAULT", "org:il-idf"), show(rels)).toHaveLength(0);
  });
});

describe("an act that the clause's subject orders", () => {
  it("reads «أمر X باعتقال Y» as X's arrest of Y", () => {
    expectRel(
      "وأمر الرئيس التركي رجب طيب أردوغان باعتقال المعارض صلاح الدين دميرتاش.",
      "person:recep-tayyip-erdogan",
      "COERCE",
      "person:selahattin-demirtas",
    );
  });

  it("reads a counted group of students as the ones detained", () => {
    expectToText("أمرت محكمة مصرية باحتجاز خمسة طلاب رهن التحقيق.", "org:", "COERCE", "طلاب");
  });
});

describe("a protest by an actor's followers", () => {
  it("reads «تظاهر المئات من أنصار المعارضة ضد الحكومة التركية» as the opposition's protest", () => {
    expectRel(
      "تظاهر المئات من أنصار المعارضة ضد الحكومة التركية في أنقرة.",
      "group:opposition",
      "PROTEST",
      "state:TR",
    );
  });
});

describe("a sentence with its penalty first, and warrants", () => {
  it("reads «حكمت محكمة تركية بالسجن 3 سنوات على القس آندرو برانسون»", () => {
    const rels = relationsOf("وحكمت محكمة تركية بالسجن 3 سنوات على القس آندرو برانسون.");
    expect(
      rels.filter((r) => r.type === "COERCE" && r.target.text === "آندرو برانسون").length,
      show(rels),
    ).toBe(1);
  });

  it("reads an arrest warrant «بحق» every one it names as coerced by its issuer", () => {
    const text = "وأصدرت النيابة العامة التركية مذكرتي توقيف بحق أحمد عسيري وسعود القحطاني.";
    const rels = relationsOf(text).filter((r) => r.type === "COERCE");
    expect(find(rels, "state:TR", "COERCE", "person:ahmed-asiri").length, show(rels)).toBe(1);
    expect(rels.filter((r) => r.target.text === "سعود القحطاني").length, show(rels)).toBe(1);
  });

  it("negates a warrant not issued and reads none from a statement «بحق» someone", () => {
    const rels = relationsOf("ولم تصدر المحكمة الجنائية الدولية مذكرة توقيف بحق بنيامين نتنياهو.");
    expect(find(rels, "org:icc", "COERCE", "person:benjamin-netanyahu")[0]?.polarity).toBe(
      "negated",
    );
    expectNone("وأصدرت الحكومة الإيرانية بيانا بحق المعارضة الإيرانية.", "COERCE");
  });
});
