// ASSAULT and PROTEST (issue 9): attack and protest verbs and their verbal nouns, the actors
// of police, army, security forces, gunmen and protesters as agents and targets, the target an
// attack hits through what the actor owns ("دورية للجيش", "مواقع المسلحين"), clashes (each
// side assaults the other), the doer named by a resumptive verb ("هجمات شنها الحوثيون على"),
// and the other senses: a person's attack is verbal (ACCUSE), «هجوم كلامي» is no assault.
import { describe, expect, it } from "vitest";
import { expectNone, expectNoRel, expectRel, relationsOf, run } from "./helpers/pipeline.js";

describe("attack verbs with sector actors", () => {
  it("reads «فتح مسلحون النار على الشرطة»", () => {
    expectRel(
      "فتح مسلحون النار على الشرطة في بغداد.",
      "group:militants",
      "ASSAULT",
      "group:police",
    );
  });

  it("reads the target through what it owns: «دورية للجيش»", () => {
    expectRel(
      "أطلق مسلحون النار على دورية للجيش قرب الحدود.",
      "group:militants",
      "ASSAULT",
      "group:army",
    );
  });

  it("reads «هاجم مسلحون نقطة تفتيش للشرطة العراقية» (the Iraqi police act for Iraq)", () => {
    expectRel(
      "هاجم مسلحون نقطة تفتيش للشرطة العراقية جنوب بغداد.",
      "group:militants",
      "ASSAULT",
      "state:IQ",
    );
  });

  it("reads a two-letter verb after و: «وشن الجيش غارات على مواقع المسلحين»", () => {
    expectRel(
      "وشن الجيش غارات على مواقع المسلحين في المدينة.",
      "group:army",
      "ASSAULT",
      "group:militants",
    );
  });

  it("reads «استهدف انتحاري مقرا للشرطة»", () => {
    expectRel(
      "استهدف انتحاري مقرا للشرطة في المدينة.",
      "group:attackers",
      "ASSAULT",
      "group:police",
    );
  });

  it("reads «فجر انتحاري نفسه في تجمع للشرطة», not «فجر اليوم» (dawn)", () => {
    expectRel("فجر انتحاري نفسه في تجمع للشرطة.", "group:attackers", "ASSAULT", "group:police");
    expectNone("وصلت قوات الأمن فجر اليوم إلى المدينة لمواجهة المسلحين.", "ASSAULT");
  });

  it("reads stones and tear gas: «رشق المحتجون رجال الشرطة», «أطلقت الشرطة الغاز»", () => {
    expectRel(
      "ورشق المحتجون رجال الشرطة بالحجارة والزجاجات.",
      "group:protesters",
      "ASSAULT",
      "group:police",
    );
    expectRel(
      "وأطلقت الشرطة الغاز المسيل للدموع على المتظاهرين.",
      "group:police",
      "ASSAULT",
      "group:protesters",
    );
  });

  it("reads the state's targets: «هاجمت إسرائيل عشرات الأهداف الإيرانية»", () => {
    expectRel(
      "وقال الجيش إن إسرائيل هاجمت عشرات الأهداف الإيرانية في سوريا.",
      "state:IL",
      "ASSAULT",
      "state:IR",
    );
  });
});

describe("members of a state's force named by its nisba", () => {
  it("stand for the force's state: «عناصر من الشرطة المصرية»، «أفراد من الشرطة العراقية»", () => {
    expectRel(
      "واعتدى عناصر من الشرطة المصرية على المتظاهرين في القاهرة.",
      "state:EG",
      "ASSAULT",
      "group:protesters",
    );
    expectRel(
      "وأطلق أفراد من الشرطة العراقية النار على المحتجين في البصرة.",
      "state:IQ",
      "ASSAULT",
      "group:protesters",
    );
  });
});

describe("verbal nouns with their arguments", () => {
  it("reads «قصف الجيش الإسرائيلي لمواقع حماس»", () => {
    expectRel(
      "أثار قصف الجيش الإسرائيلي لمواقع حماس في غزة غضبا واسعا.",
      "org:il-idf",
      "ASSAULT",
      "org:hamas",
    );
  });

  it("reads «هجوم لمسلحين على حاجز للجيش» (لـ names the doer before على)", () => {
    expectRel(
      "قتل جنديان في هجوم لمسلحين على حاجز للجيش.",
      "group:militants",
      "ASSAULT",
      "group:army",
    );
  });

  it("reads the doer of a resumptive verb: «هجمات شنها الحوثيون على السعودية»", () => {
    const text =
      "وتسببت هجمات بالصواريخ عبر الحدود شنها الحوثيون على السعودية في سقوط قتلى بين المدنيين اليمنيين.";
    expectRel(text, "org:houthis", "ASSAULT", "state:SA");
    expectNone(text, "ASSAULT", { source: "group:civilians-ye" });
  });

  it("keeps the by-agent: «قتل ثلاثة متظاهرين برصاص قوات الأمن»", () => {
    expectRel(
      "قتل ثلاثة متظاهرين برصاص قوات الأمن في العاصمة.",
      "group:security-forces",
      "ASSAULT",
      "group:protesters",
    );
  });
});

describe("clashes: each side assaults the other", () => {
  it("reads «اندلعت اشتباكات بين قوات الأمن والمتظاهرين» both ways", () => {
    const text = "اندلعت اشتباكات بين قوات الأمن والمتظاهرين وسط العاصمة.";
    expectRel(text, "group:security-forces", "ASSAULT", "group:protesters");
    expectRel(text, "group:protesters", "ASSAULT", "group:security-forces");
  });

  it("reads «اشتبكت قوات الأمن مع المتظاهرين» both ways", () => {
    const text = "واشتبكت قوات الأمن مع المتظاهرين قرب البرلمان.";
    expectRel(text, "group:security-forces", "ASSAULT", "group:protesters");
    expectRel(text, "group:protesters", "ASSAULT", "group:security-forces");
  });

  it("reads «نشبت صدامات بين قوات حفظ النظام ومحتجين»", () => {
    expectRel(
      "نشبت صدامات بين قوات حفظ النظام ومحتجين في المدينة.",
      "group:security-forces",
      "ASSAULT",
      "group:protesters",
    );
  });
});

describe("the other senses", () => {
  it("reads a person's attack as verbal: «هاجم لافروف السلطات البريطانية»", () => {
    const text = "كما هاجم لافروف السلطات البريطانية لعرقلتها طلب روسيا.";
    expectRel(text, "person:sergey-lavrov", "ACCUSE", "state:GB");
    expectNone(text, "ASSAULT");
  });

  it("reads an unnamed official's attack as verbal: «هاجم وزير الخارجية الإيراني السعودية»", () => {
    // Without the article's date the KB names no holder: the office stands for its state.
    const text = "وهاجم وزير الخارجية الإيراني السعودية في مؤتمر صحفي بطهران.";
    const r = run(text, null).relations;
    expect(r.map((x) => `${x.source.id} ${x.type} ${x.target.id}`)).toEqual([
      "state:IR ACCUSE state:SA",
    ]);
  });

  it("reads an official's attack on a state's policy as verbal: «السياسة الأمريكية»", () => {
    const text = "هاجم وزير الخارجية الإيراني السياسة الأمريكية في المنطقة.";
    const r = run(text, null).relations;
    expect(r.map((x) => `${x.source.id} ${x.type} ${x.target.id}`)).toEqual([
      "state:IR ACCUSE state:US",
    ]);
  });

  it("reads a state's factions firing: «أطلقت فصائل فلسطينية صواريخ باتجاه إسرائيل»", () => {
    expectRel(
      "أطلقت فصائل فلسطينية صواريخ من غزة باتجاه إسرائيل.",
      "state:PS",
      "ASSAULT",
      "state:IL",
    );
  });

  it("still reads a state's forces attacking: «هاجمت القوات الإسرائيلية مواقع لحركة حماس»", () => {
    expectRel(
      "وهاجمت القوات الإسرائيلية مواقع لحركة حماس في قطاع غزة.",
      "org:il-idf",
      "ASSAULT",
      "org:hamas",
    );
  });

  it("reads no assault between a victim and his kin: «استهدف ... سكريبال وابنته يوليا»", () => {
    const text =
      "وقال إن بوتين مسؤول عن هجوم غاز الأعصاب الذي استهدف العميل الروسي المزدوج سيرغي سكريبال وابنته يوليا.";
    const r = relationsOf(text).filter((x) => x.type === "ASSAULT");
    expect(r.filter((x) => x.source.kind === "person" && x.target.kind === "person")).toEqual([]);
  });

  it("reads no assault in «شنت المعارضة هجوما كلاميا على الحكومة»", () => {
    expectNone("شنت المعارضة هجوما كلاميا على الحكومة في البرلمان.", "ASSAULT");
  });
});

describe("protests", () => {
  it("reads «خرج آلاف المتظاهرين في مسيرة ضد الحكومة العراقية»", () => {
    expectRel(
      "خرج آلاف المتظاهرين في مسيرة ضد الحكومة العراقية.",
      "group:protesters",
      "PROTEST",
      "state:IQ",
    );
  });

  it("reads «احتجاجا على قرار الحكومة الأردنية» after the protesters' verb", () => {
    expectRel(
      "تظاهر آلاف الطلاب احتجاجا على قرار الحكومة الأردنية.",
      "group:students",
      "PROTEST",
      "state:JO",
    );
  });

  it("reads «يرددون هتافات مناهضة للحكومة» by the protesters before", () => {
    expectRel(
      "وتجمع مئات المعتصمين يرددون هتافات مناهضة للحكومة الأردنية.",
      "group:protesters",
      "PROTEST",
      "state:JO",
    );
  });

  it("gives a protest no official or state for its doer", () => {
    const text = "وشاهد الرئيس الفرنسي إيمانويل ماكرون الاحتجاجات الشعبية ضد الحكومة الإيرانية.";
    const doers = relationsOf(text)
      .filter((r) => r.type === "PROTEST")
      .map((r) => r.source.id);
    // The protests are the crowd's (the noun stands for it), against the Iranian government.
    expect(doers).toEqual(["group:protesters"]);
  });
});

describe("fire toward a target, and attacks carried out", () => {
  it("reads «أطلق الحوثيون صاروخا باتجاه الرياض» and «صوب اليابان»", () => {
    expectRel("أطلق الحوثيون صاروخا باليستيا باتجاه الرياض.", "org:houthis", "ASSAULT", "state:SA");
    expectRel("أطلقت كوريا الشمالية صاروخا صوب اليابان.", "state:KP", "ASSAULT", "state:JP");
  });

  it("reads «نفذ تنظيم داعش هجوما انتحاريا على مقر للجيش العراقي», not a reform carried out", () => {
    expectRel(
      "نفذ تنظيم داعش هجوما انتحاريا على مقر للجيش العراقي.",
      "org:isis",
      "ASSAULT",
      "org:iq-armed-forces",
    );
    expectNone("نفذت الحكومة المصرية خطة إصلاح اقتصادي مع صندوق النقد الدولي.", "ASSAULT");
  });
});

describe("a state's arms and a dual nisba stand for the state", () => {
  it("reads air defences with a nisba as their state firing on another's jets", () => {
    expectRel(
      "وقال مصدر عسكري إن الدفاعات الجوية السورية أطلقت صواريخ على الطائرات الإسرائيلية.",
      "state:SY",
      "ASSAULT",
      "state:IL",
    );
  });

  it("reads «دبابة إسرائيلية استهدفت» as Israel's attack", () => {
    expectRel(
      "وقال شهود إن دبابة إسرائيلية استهدفت موقعا لحركة حماس شرق خان يونس.",
      "state:IL",
      "ASSAULT",
      "org:hamas",
    );
  });

  it("reads an indefinite adjective between the arms and their nisba: «طائرات حربية إسرائيلية»", () => {
    expectRel(
      "قصفت طائرات حربية إسرائيلية مواقع لحركة حماس في قطاع غزة.",
      "state:IL",
      "ASSAULT",
      "org:hamas",
    );
    // A definite adjective before an indefinite nisba is no part of the arms' phrase.
    expectNoRel(
      "قصفت طائرات الحربية إسرائيلية مواقع لحركة حماس.",
      "state:IL",
      "ASSAULT",
      "org:hamas",
    );
  });

  it("reads a dual nisba: two Israeli soldiers killed by Palestinian fire, and not the reverse", () => {
    const text = "قتل جنديان إسرائيليان برصاص فلسطيني قرب نابلس.";
    expectRel(text, "state:PS", "ASSAULT", "state:IL");
    expectNoRel(text, "group:army", "ASSAULT", "state:PS");
  });
});

describe("a protest against what an actor owns", () => {
  it("reads «ضد ترشح بوتفليقة» as a protest against him, not against the place", () => {
    const text = "تظاهر آلاف الطلاب في الجزائر ضد ترشح بوتفليقة لولاية خامسة.";
    expectRel(text, "group:students", "PROTEST", "person:abdelaziz-bouteflika");
    expectNoRel(text, "group:students", "PROTEST", "state:DZ");
  });
});

describe("a target named only by its nisba", () => {
  it("reads «فرضت الولايات المتحدة عقوبات جديدة على شركات صينية» as sanctions on China", () => {
    expectRel(
      "وفرضت الولايات المتحدة عقوبات جديدة على شركات صينية.",
      "state:US",
      "SANCTION",
      "state:CN",
    );
    expectRel("وفرض الاتحاد الأوروبي عقوبات على كيانات إيرانية.", "org:eu", "SANCTION", "state:IR");
  });

  it("reads no sanction on a state the sentence names only as a trading partner", () => {
    expectNone("وفرضت الحكومة عقوبات على الشركات التي تتعامل مع إيران.", "SANCTION");
  });
});

describe("a protest named as the time of an act", () => {
  it("reads «خلال احتجاجات» as when, not whom: no arrest of the protests, still a protest", () => {
    const text = "اعتقل عشرات الطلاب خلال احتجاجات في طهران.";
    expectNoRel(text, "group:students", "COERCE", "group:protesters");
    expectRel(text, "group:protesters", "PROTEST", "state:IR");
  });
});

describe("casualties of a named attack", () => {
  it("reads the dead before a word of death: «لقي خمسة جنود مصرعهم في كمين نصبه مسلحون»", () => {
    expectRel(
      "لقي خمسة جنود مصرعهم في كمين نصبه مسلحون في سيناء.",
      "group:militants",
      "ASSAULT",
      "group:army",
    );
    expectRel(
      "لقي ثلاثة رجال شرطة حتفهم في هجوم لحركة طالبان.",
      "org:taliban",
      "ASSAULT",
      "group:police",
    );
  });

  it("reads the doer after its fighters: «في هجوم شنه مسلحو حزب العمال الكردستاني»", () => {
    expectRel(
      "قتل ثلاثة جنود أتراك في هجوم شنه مسلحو حزب العمال الكردستاني.",
      "org:pkk",
      "ASSAULT",
      "state:TR",
    );
  });
});

describe("a protest against a visit", () => {
  it("reads «تظاهر الآلاف ضد زيارة ترامب» as a protest against Trump, not a visit of theirs", () => {
    const text = "تظاهر الآلاف في شوارع لندن ضد زيارة ترامب.";
    expectRel(text, "group:protesters", "PROTEST", "person:donald-trump");
    expectNone(text, "CONSULT");
  });
});

describe("an attack on a vehicle", () => {
  it("hits whom the vehicle carries: «على حافلة تقل عناصر من الحرس الثوري»", () => {
    expectRel(
      "أطلق مسلحون من جماعة جند الله النار على حافلة تقل عناصر من الحرس الثوري الإيراني في محافظة سيستان.",
      "group:militants",
      "ASSAULT",
      "org:ir-revolutionary-guard",
    );
    expectRel(
      "هاجم مسلحون حافلة كانت تقل جنودا في ولاية بورنو.",
      "group:militants",
      "ASSAULT",
      "group:army",
    );
  });

  it("hits whom a building shelters: «مخيمين يؤويان نازحين»، «مدرسة تؤوي نازحين»", () => {
    expectRel(
      "قصف متمردو حركة إم 23 مخيمين يؤويان نازحين قرب مدينة غوما.",
      "org:m23",
      "ASSAULT",
      "group:refugees",
    );
    expectRel(
      "قصفت طائرات إسرائيلية مدرسة تؤوي نازحين في غزة.",
      "state:IL",
      "ASSAULT",
      "group:refugees",
    );
  });

  it("hits whom a base holds: «على قاعدة تتمركز فيها قوات أوغندية»", () => {
    expectRel(
      "دان الرئيس الصومالي الهجوم الذي شنته حركة الشباب على قاعدة تتمركز فيها قوات أوغندية.",
      "org:al-shabaab",
      "ASSAULT",
      "state:UG",
    );
  });

  it("hits whom the vehicle belongs to: «على سيارة تابعة للشرطة»", () => {
    expectRel(
      "أطلق مسلحون النار على سيارة تابعة للشرطة.",
      "group:militants",
      "ASSAULT",
      "group:police",
    );
  });
});

describe("a group described by an adjective", () => {
  it("still acts through its verb: «إن مسلحين مجهولين فتحوا النار»، «فتح مسلحون مجهولون النار»", () => {
    for (const text of [
      "قال مسؤول إن مسلحين مجهولين فتحوا النار على جنود عراقيين.",
      "فتح مسلحون مجهولون النار على جنود عراقيين.",
    ])
      expectRel(text, "group:militants", "ASSAULT", "state:IQ");
    // The mention keeps its own word: the adjective is no part of the name.
    const m = run("هاجم مسلحون ملثمون مركزا للشرطة.").mentions.find(
      (x) => x.entity.id === "group:militants",
    );
    expect(m?.text).toBe("مسلحون");
  });

  it("opens with the person noun it describes: «طعن رجل مسلح بسكين»، «هاجم رعاة مسلحون»", () => {
    expectRel(
      "طعن رجل مسلح بسكين شرطيين فرنسيين أمام محطة قطارات.",
      "group:militants",
      "ASSAULT",
      "state:FR",
    );
    expectRel(
      "هاجم رعاة مسلحون مزارعين في قرية بولاية بلاتو.",
      "group:militants",
      "ASSAULT",
      "group:workers",
    );
  });
});

describe("a verb joined by و to an attack", () => {
  it("carries the group after a singular verb on to its plural: «اقتحم الجنود المخيم وأطلقوا النار على»", () => {
    expectRel(
      "اقتحم الجنود المخيم وأطلقوا النار على المدنيين.",
      "group:army",
      "ASSAULT",
      "group:civilians",
    );
    expectRel(
      "أحرق جنود ميانماريون عشرات المنازل في قرى بولاية راخين، وأطلقوا النار على قرويين حاولوا الفرار.",
      "state:MM",
      "ASSAULT",
      "group:civilians",
    );
  });

  it("reads a count before the group as carrying its preposition: «على آلاف المحتجين»", () => {
    expectRel(
      "فتحت الشرطة الكينية النار وأطلقت قنابل الغاز على آلاف المحتجين.",
      "state:KE",
      "ASSAULT",
      "group:protesters",
    );
  });
});

describe("an attack that is a verb's subject", () => {
  it("is no act of the clause's subject: «إذا لم يتوقف القصف على قطاع غزة»", () => {
    const rels = relationsOf(
      "حذر متحدث باسم جماعة الحوثي من أن الجماعة قد تستهدف السفن التجارية المرتبطة بإسرائيل في البحر الأحمر، إذا لم يتوقف القصف على قطاع غزة.",
    );
    expect(rels.filter((r) => r.type === "ASSAULT" && r.target.text === "قطاع غزة")).toEqual([]);
    expectRel("بدأ الجيش القصف على مواقع المسلحين.", "group:army", "ASSAULT", "group:militants");
  });
});

describe("separatists", () => {
  it("are a sector tied to their people: a clash «بين القوات الأذربيجانية والانفصاليين الأرمن»", () => {
    const text =
      "اندلعت اشتباكات عنيفة بين القوات الأذربيجانية والانفصاليين الأرمن في إقليم ناغورني قره باغ.";
    expectRel(text, "state:AZ", "ASSAULT", "group:separatists-am");
    expectRel(text, "group:separatists-am", "ASSAULT", "state:AZ");
  });
});

describe("the toll of an attack in a clause of its own", () => {
  it("is the attacker's: «فجر انتحاريون أنفسهم ...، ما أدى إلى سقوط قتلى في صفوف المصلين»", () => {
    expectRel(
      "فجر انتحاريون من عائلة واحدة أنفسهم أمام ثلاث كنائس في مدينة سورابايا الإندونيسية صباح الأحد، ما أدى إلى سقوط عشرات القتلى والجرحى في صفوف المصلين.",
      "group:attackers",
      "ASSAULT",
      "group:civilians",
    );
  });
});

describe("a predicate split by its subject and the subject's place", () => {
  it("reads «فتحت قوات الأمن في ميانمار النار على محتجين» as an attack", () => {
    expectRel(
      "فتحت الشرطة في نيروبي النار على المحتجين.",
      "group:police",
      "ASSAULT",
      "group:protesters",
    );
  });
});

describe("a state's force", () => {
  it("acts for its state: «داهمت قوة إسرائيلية خاصة منزلا ... واشتبكت مع مقاتلين»", () => {
    expectRel(
      "داهمت قوة إسرائيلية خاصة منزلا في مخيم جنين واشتبكت مع مقاتلين من كتيبة جنين.",
      "state:IL",
      "ASSAULT",
      "org:jenin-brigade",
    );
  });
});

describe("the kin of an actor", () => {
  it("is no actor: «زوجة مينغ قد اتصلت بشرطة مدينة ليون» is no call by Meng", () => {
    const rels = relationsOf(
      "وأوضحت وزارة الداخلية الفرنسية أن زوجة مينغ هونغوي قد اتصلت بشرطة مدينة ليون.",
    );
    expect(rels.filter((r) => r.type === "CONSULT")).toEqual([]);
  });
});

describe("the fourth probe set's forms", () => {
  it("reads passengers, a protester counted and a patrol «من» its body", () => {
    expectRel(
      "هاجم مسلحون من حركة الشباب حافلة تقل ركابا قرب مانديرا.",
      "org:al-shabaab",
      "ASSAULT",
      "group:civilians",
    );
    expectRel(
      "قال أطباء إن قوات الأمن قتلت 40 متظاهرا على الأقل.",
      "group:security-forces",
      "ASSAULT",
      "group:protesters",
    );
    expectRel(
      "نصب مسلحون من عصابة خاليسكو كمينا لدورية من الشرطة في ولاية ميتشواكان المكسيكية.",
      "group:militants",
      "ASSAULT",
      "group:police",
    );
    // A passenger plane names no passengers.
    const plane = run("قصفت الطائرات طائرة ركاب مدنية.").mentions;
    expect(plane.some((m) => m.entity.id.startsWith("group:civilians"))).toBe(false);
  });

  it("reads no strike a union called off seven words before it", () => {
    expectNone(
      "ألغى اتحاد نقابات العمال في جنوب أفريقيا إضرابا عاما كان مقررا الأسبوع المقبل.",
      "PROTEST",
    );
  });
});
