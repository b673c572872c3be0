// Phrasings of attacks and protests common in event reporting (issue 9, the fourteenth round):
// a victim and an agent both named by their nisba («برصاص إسرائيلي»), a light verb carrying
// out an act («قامت الشرطة باعتقال»), followers as a protest's subject, a part of a state as
// an attack's target («على جنوب إسرائيل»), a count before a verb of protest in a headline,
// a crowd placed by «بالعاصمة» or counted before «من»; followers as a side of clashes, a
// place's preposition on its word of place, a single gunman, a drone that is no march, and
// forces tied to an actor («قوات موالية للحوثيين»).
import { describe, expect, it } from "vitest";
import {
  expectNone,
  expectNoRel,
  expectRel,
  find,
  mentionsOf,
  relationsOf,
} from "./helpers/pipeline.js";

describe("victims killed by an agent's fire", () => {
  it("reads victims and agent named only by nisbas: «قتل 125 فلسطينيا برصاص إسرائيلي»", () => {
    expectRel("قتل 125 فلسطينيا برصاص إسرائيلي على الحدود.", "state:IL", "ASSAULT", "state:PS");
  });

  it("reads no attack by the killed on the agent: «قتل ثلاثة متظاهرين برصاص إسرائيلي»", () => {
    const text = "قتل ثلاثة متظاهرين برصاص إسرائيلي.";
    expectRel(text, "state:IL", "ASSAULT", "group:protesters");
    expectNoRel(text, "group:protesters", "ASSAULT", "state:IL");
  });
});

describe("an act a light verb carries out", () => {
  it("reads the genitive of «قامت إسرائيل بقصف غزة» as the victim", () => {
    expectRel("قامت إسرائيل بقصف غزة.", "state:IL", "ASSAULT", "state:PS");
  });

  it("reads the owner of a target noun: «قامت القوات التركية بقصف مواقع لحزب العمال الكردستاني»", () => {
    expectRel(
      "قامت القوات التركية بقصف مواقع لحزب العمال الكردستاني.",
      "org:tr-armed-forces",
      "ASSAULT",
      "org:pkk",
    );
  });

  it("reads an arrest and an assassination carried out: «قامت الشرطة الفرنسية باعتقال ناشطين»", () => {
    expectRel("قامت الشرطة الفرنسية باعتقال ناشطين.", "state:FR", "COERCE", "group:activists");
    expectRel(
      "قام الجيش الإسرائيلي باغتيال قيادي في حركة حماس.",
      "org:il-idf",
      "ASSAULT",
      "org:hamas",
    );
  });

  it("reads the subject before the verb and a negated light verb: «لم تقم إسرائيل بقصف غزة»", () => {
    expectRel("إسرائيل قامت بقصف مواقع إيرانية في سوريا.", "state:IL", "ASSAULT", "state:IR");
    const [r] = find(relationsOf("لم تقم إسرائيل بقصف غزة."), "state:IL", "ASSAULT", "state:PS");
    expect(r?.polarity).toBe("negated");
  });
});

describe("followers and counts as those who protest", () => {
  it("reads followers as the protest's subject: «تظاهر أنصار المعارضة في كراكاس ضد الرئيس مادورو»", () => {
    expectRel(
      "تظاهر أنصار المعارضة في كراكاس ضد الرئيس مادورو.",
      "group:opposition",
      "PROTEST",
      "person:nicolas-maduro",
    );
  });

  it("reads a count of followers after the verb: «اعتصم المئات من أنصار المعارضة ... في كينشاسا»", () => {
    expectRel(
      "اعتصم المئات من أنصار المعارضة أمام مقر لجنة الانتخابات في كينشاسا.",
      "group:opposition",
      "PROTEST",
      "state:CD",
    );
  });

  it("reads an actor in front of which a count protests as the target, not as the crowd", () => {
    const text = "تظاهر المئات أمام مقر المعارضة في كينشاسا.";
    expectRel(text, "group:protesters", "PROTEST", "group:opposition");
    expectNoRel(text, "group:opposition", "PROTEST", "state:CD");
  });

  it("reads a count before a verb of protest in a headline: «الآلاف يتظاهرون في القاهرة ضد الرئيس السيسي»", () => {
    expectRel(
      "الآلاف يتظاهرون في القاهرة ضد الرئيس السيسي",
      "group:protesters",
      "PROTEST",
      "person:abdel-fattah-el-sisi",
    );
    expectNone("الآلاف يشاركون في مهرجان بالعاصمة المصرية.", "PROTEST");
  });

  it("places a crowd by «بالعاصمة» and a nisba: «شارك عشرات الآلاف في مسيرة بالعاصمة اللبنانية»", () => {
    expectRel(
      "شارك عشرات الآلاف في مسيرة بالعاصمة اللبنانية تنديدا بالفساد.",
      "group:protesters",
      "PROTEST",
      "state:LB",
    );
    expectNone("شارك المئات في مسيرة بالعاصمة تنديدا بالسياسة الأمريكية.", "PROTEST");
  });
});

describe("a part of a state as an attack's target", () => {
  it("reads «أطلقت حماس عشرات الصواريخ على جنوب إسرائيل» as an attack on Israel", () => {
    expectRel("أطلقت حماس عشرات الصواريخ على جنوب إسرائيل.", "org:hamas", "ASSAULT", "state:IL");
  });
});

describe("sides and places named through another word", () => {
  it("reads the followers of a body as a side of clashes: «مواجهات بين قوات الأمن وأنصار للمعارضة»", () => {
    const text = "قتل ثلاثة أشخاص في مواجهات بين قوات الأمن وأنصار للمعارضة.";
    expectRel(text, "group:security-forces", "ASSAULT", "group:opposition");
    expectRel(text, "group:opposition", "ASSAULT", "group:security-forces");
  });

  it("reads the preposition of a place through its word of place: «شنته قوات النظام السوري على مدينة دوما»", () => {
    expectRel(
      "قصف جوي شنته قوات النظام السوري على مدينة دوما.",
      "org:sy-armed-forces",
      "ASSAULT",
      "state:SY",
    );
  });

  it("reads no attack by whoever speaks of a definite attack after «في»", () => {
    expectNone("ووثق المرصد السوري الأحد مقتل 12 مدنيا في القصف على الغوطة الشرقية.", "ASSAULT", {
      source: "org:sohr",
    });
    expectNone(
      "حذر الكرملين من إطلاق مزاعم قبل التحقيق في الهجوم الكيميائي على مدينة دوما.",
      "ASSAULT",
      { source: "state:RU" },
    );
  });
});

describe("gunmen, drones and forces tied to their actor", () => {
  it("reads a single gunman, not an armed wing: «فتح مسلح النار على مصلين»", () => {
    expectRel(
      "فتح مسلح النار على مصلين في مسجد بنيوزيلندا.",
      "group:militants",
      "ASSAULT",
      "group:civilians",
    );
    const ids = mentionsOf("أعلن الجناح المسلح لحركة حماس مسؤوليته عن الهجوم.").map(
      (m) => m.entity.id,
    );
    expect(ids).not.toContain("group:militants");
  });

  it("reads no protest march in a drone: «طائرة مسيرة»", () => {
    expectNone("استخدم المتمردون طائرات مسيرة ضد الجيش الإثيوبي.", "PROTEST");
    expectRel("أطلق الحوثيون طائرات مسيرة على السعودية.", "org:houthis", "ASSAULT", "state:SA");
    expectRel("نظم الطلاب مسيرة ضد الحكومة العراقية.", "group:students", "PROTEST", "state:IQ");
  });

  it("reads forces tied to an actor as that actor: «هاجمت قوات موالية للحوثيين مواقع المتمردين»", () => {
    expectRel(
      "هاجمت قوات موالية للحوثيين مواقع المتمردين.",
      "org:houthis",
      "ASSAULT",
      "group:rebels",
    );
  });
});

describe("who protests, where, and whose ouster they demand", () => {
  it("reads the followers of a movement as protesting where they are: «اعتصم الآلاف من أنصار التيار الصدري»", () => {
    expectRel(
      "اعتصم الآلاف من أنصار التيار الصدري أمام بوابات المنطقة الخضراء في بغداد، مطالبين بتشكيل حكومة تكنوقراط.",
      "org:sadrist-movement",
      "PROTEST",
      "state:IQ",
    );
  });

  it("places a crowd by a direction and by «بقرية»: «شرق السعودية»، «بقرية الدراز غرب المنامة»", () => {
    expectRel(
      "تظاهر عشرات الشيعة في بلدة العوامية بمحافظة القطيف شرق السعودية للمطالبة بالإفراج عن معتقلين.",
      // The crowd is of the Shia, a group of its own since the twenty-fourth round.
      "group:shia",
      "PROTEST",
      "state:SA",
    );
    expectRel(
      "شارك الآلاف من أنصار جمعية الوفاق المعارضة في مسيرة بقرية الدراز غرب المنامة للمطالبة بإصلاحات سياسية.",
      "org:bh-al-wefaq",
      "PROTEST",
      "state:BH",
    );
  });

  it("reads teachers and judges who protest: «نفذ الأساتذة المتعاقدون في المغرب إضرابا»، «علق القضاة التونسيون العمل»", () => {
    expectRel(
      "نفذ الأساتذة المتعاقدون في المغرب إضرابا وطنيا لمدة ثلاثة أيام.",
      "group:workers",
      "PROTEST",
      "state:MA",
    );
    expectRel(
      "علّق القضاة التونسيون العمل في المحاكم لمدة أسبوع احتجاجا على قرار الرئيس قيس سعيد إعفاء 57 قاضيا.",
      "group:judges-tn",
      "PROTEST",
      "person:kais-saied",
    );
  });

  it("reads a sit-in with its owner's pronoun and no newspaper in «لليوم السابع»", () => {
    const text =
      "واصل آلاف الطلاب في هونغ كونغ اعتصامهم وإغلاق الطرق الرئيسية لليوم السابع، مطالبين بانتخابات حرة.";
    expectRel(text, "group:students", "PROTEST", "state:CN");
    expect(mentionsOf(text).map((m) => m.entity.id)).not.toContain("org:youm7");
  });

  it("reads the one asked to step down: «مطالبين الرئيس عمر البشير بالتنحي»", () => {
    expectRel(
      "تظاهر الآلاف في الخرطوم مطالبين الرئيس عمر البشير بالتنحي.",
      "group:protesters",
      "PROTEST",
      "person:omar-al-bashir",
    );
  });
});

describe("casualties counted and listed", () => {
  it("reads a people counted by a number word as the victims: «قتل ثلاثة فلسطينيين في غارة شنتها طائرات إسرائيلية»", () => {
    expectRel(
      "قتل ثلاثة فلسطينيين في غارة جوية شنتها طائرات إسرائيلية على منزل.",
      "state:IL",
      "ASSAULT",
      "state:PS",
    );
  });

  it("reads the first casualties past the others wounded: «قتل شرطي وأصيب اثنان آخران في هجوم نفذه مسلحون»", () => {
    expectRel(
      "قتل شرطي وأصيب اثنان آخران في هجوم نفذه مسلحون على دورية في الجيزة.",
      "group:militants",
      "ASSAULT",
      "group:police",
    );
  });
});

describe("attacks in a place far into the clause", () => {
  it("reads the state of a place after a long subject: «فجر انتحاري يرتدي حزاما ناسفا نفسه ... شمال بغداد»", () => {
    expectRel(
      "فجّر انتحاري يرتدي حزاما ناسفا نفسه وسط حشد من الزوار في منطقة الكاظمية شمال بغداد، مما أسفر عن مقتل 32 شخصا.",
      "group:attackers",
      "ASSAULT",
      "state:IQ",
    );
    expectRel(
      "فجّر انتحاري يرتدي حزاما ناسفا نفسه وسط حشد من الزوار الشيعة في منطقة الكاظمية شمال بغداد، مما أسفر عن مقتل 32 شخصا.",
      "group:attackers",
      "ASSAULT",
      // The crowd of Shia pilgrims is what was hit (the Shia are a group since the
      // twenty-fourth round; before, the place's state stood for the victims).
      "group:shia",
    );
  });

  it("reads no place past a comma: «هاجم مسلحون دورية، وقال مسؤول في بغداد»", () => {
    expectNone(
      "هاجم مسلحون دورية للجيش قرب الحدود، وقال مسؤول في بغداد إن التحقيق جار.",
      "ASSAULT",
      {
        target: "state:IQ",
      },
    );
  });
});

describe("a protest through an envoy", () => {
  it("reads an envoy summoned in protest: «استدعت الخارجية الإيرانية السفير السويدي احتجاجا على»", () => {
    expectRel(
      "استدعت وزارة الخارجية الإيرانية السفير السويدي في طهران احتجاجا على سماح السلطات السويدية بحرق نسخة من المصحف.",
      "org:ir-foreign-ministry",
      "PROTEST",
      "state:SE",
    );
  });

  it("reads an envoy named only by a title outside the offices and a nisba: «القائم بالأعمال الهولندي»", () => {
    expectRel(
      "استدعت وزارة الخارجية التركية القائم بالأعمال الهولندي في أنقرة للاحتجاج على منع وزير تركي من دخول روتردام.",
      "org:tr-foreign-ministry",
      "PROTEST",
      "state:NL",
    );
  });

  it("reads a protest delivered to an envoy: «قدمت الخارجية الروسية احتجاجا رسميا إلى السفير الأمريكي»", () => {
    expectRel(
      "قدمت وزارة الخارجية الروسية احتجاجا رسميا إلى السفير الأمريكي في موسكو.",
      "org:ru-foreign-ministry",
      "PROTEST",
      "state:US",
    );
  });

  it("reads a protest delivered to the envoy just summoned: «وأبلغته احتجاجا»، «وقدمت له احتجاجا»", () => {
    expectRel(
      "استدعت وزارة الخارجية الجزائرية سفير فرنسا لديها وأبلغته احتجاجا رسميا على تصريحات الرئيس.",
      "org:dz-foreign-ministry",
      "PROTEST",
      "state:FR",
    );
    expectRel(
      "استدعت سيول مسؤولا عسكريا روسيا وقدمت له احتجاجا على هذا الانتهاك.",
      "state:KR",
      "PROTEST",
      "state:RU",
    );
  });
});

describe("a crowd acted on is not reported protesting", () => {
  it("reads no protest in protesters killed: «غداة مقتل ثلاثة متظاهرين في هراري»", () => {
    expectNone("أغلقت متاجر في العاصمة هراري غداة مقتل ثلاثة متظاهرين.", "PROTEST");
  });

  it("reads no protest in protesters dispersed: «أطلقت الشرطة الغاز لتفريق آلاف المحتجين»", () => {
    const text =
      "أطلقت الشرطة في هونغ كونغ الغاز المسيل للدموع لتفريق آلاف المحتجين الذين تجمعوا قرب مقر المجلس التشريعي.";
    expectRel(text, "group:police", "ASSAULT", "group:protesters");
    expectNone(text, "PROTEST");
  });
});

describe("soldiers, sides and crowds named through another word", () => {
  it("reads soldiers with their nisba as their state: «إن جنودا نيجيريين فتحوا النار على متظاهرين»", () => {
    const text = "قال شهود إن جنودا نيجيريين فتحوا النار على متظاهرين سلميين في لاغوس.";
    expectRel(text, "state:NG", "ASSAULT", "group:protesters");
    expectNone(text, "PROTEST");
  });

  it("reads the fighters of each side of clashes: «بين مقاتلي المعارضة السورية وعناصر حزب الله»", () => {
    const text = "اندلعت اشتباكات عنيفة بين مقاتلي المعارضة السورية وعناصر حزب الله قرب القصير.";
    expectRel(text, "group:opposition-sy", "ASSAULT", "org:hezbollah");
    expectRel(text, "org:hezbollah", "ASSAULT", "group:opposition-sy");
  });

  it("reads a protest near an embassy as one to its state: «تظاهر المئات قرب السفارة الأمريكية»", () => {
    expectRel(
      "تظاهر المئات قرب السفارة الأمريكية في بغداد.",
      "group:protesters",
      "PROTEST",
      "state:US",
    );
  });

  it("reads followers gathered with a purpose of protest: «احتشد ... من أنصار المعارضة الفنزويلية ... للمطالبة برحيل»", () => {
    expectRel(
      "احتشد عشرات الآلاف من أنصار المعارضة الفنزويلية في شوارع كراكاس للمطالبة برحيل الرئيس نيكولاس مادورو.",
      "group:opposition-ve",
      "PROTEST",
      "person:nicolas-maduro",
    );
    expectNone("احتشد أنصار الحزب في الملعب للاحتفال بالفوز.", "PROTEST");
  });

  it("reads the one a crowd's purpose names: «رفضا لترشح الرئيس عبد العزيز بوتفليقة»", () => {
    expectRel(
      "خرج طلاب الجامعات الجزائرية في مسيرات حاشدة بالعاصمة رفضا لترشح الرئيس عبد العزيز بوتفليقة لولاية خامسة.",
      "group:students-dz",
      "PROTEST",
      "person:abdelaziz-bouteflika",
    );
  });
});

describe("what these phrasings do not read (review of the fourteenth round)", () => {
  it("reads no protest in a summons of workers or activists, nor in a protest reported", () => {
    expectNone("استدعت الشرطة عشرات العمال الذين أضربوا احتجاجا على تأخر الأجور.", "PROTEST", {
      source: "group:police",
    });
    expectNone(
      "استدعت النيابة العامة المصرية عددا من النشطاء للتحقيق معهم بتهمة الدعوة للاحتجاج.",
      "PROTEST",
    );
    expectNone("نقلت وكالة الأنباء الفرنسية احتجاج المعارضة إلى الأمم المتحدة.", "PROTEST");
  });

  it("reads a protest note handed to an envoy: «سلمت الخارجية المصرية السفير الإسرائيلي مذكرة احتجاج»", () => {
    expectRel(
      "سلمت الخارجية المصرية السفير الإسرائيلي مذكرة احتجاج على الغارة.",
      "org:eg-foreign-ministry",
      "PROTEST",
      "state:IL",
    );
  });

  it("reads no gunmen in an armed attack: «أسفر هجوم مسلح على حاجز للشرطة عن مقتل خمسة جنود»", () => {
    const text = "أسفر هجوم مسلح على حاجز للشرطة في العريش عن مقتل خمسة جنود.";
    expect(mentionsOf(text).map((m) => m.entity.id)).not.toContain("group:militants");
  });

  it("reads no attack by the government that media loyal to it attack in words", () => {
    expectNone("هاجمت وسائل إعلام موالية للحكومة المصرية قطر.", "ASSAULT");
  });

  it("reads no attack's place in another clause: «بعد يوم من اجتماع ... في القاهرة»، «متجهة إلى بيروت»", () => {
    expectNone(
      "فجر انتحاري نفسه قرب مسجد شيعي بعد يوم من اجتماع وزراء الخارجية العرب في القاهرة.",
      "ASSAULT",
      { target: "state:EG" },
    );
    expectNone("أطلق مسلحون النار على دورية فيما استقبل الوزير ضيوفه في بغداد.", "ASSAULT", {
      target: "state:IQ",
    });
    expectNone("أطلق مسلحون النار على حافلة ركاب كانت متجهة من دمشق إلى بيروت.", "ASSAULT", {
      target: "state:LB",
    });
  });

  it("keeps the killed's people's own attack elsewhere in the sentence", () => {
    const text = "رشق فلسطينيون الجنود الإسرائيليين بالحجارة وقتل شاب فلسطيني برصاص إسرائيلي.";
    expectRel(text, "state:PS", "ASSAULT", "state:IL");
    expectRel(text, "state:IL", "ASSAULT", "state:PS");
  });

  it("keeps an army taking part in a definite attack: «شارك الجيش التركي في الهجوم على عفرين»", () => {
    expectRel(
      "شارك الجيش التركي في الهجوم على عفرين.",
      "org:tr-armed-forces",
      "ASSAULT",
      "state:SY",
    );
  });

  it("reads no protest by followers who attack one: «اعتدى أنصار حركة النهضة على وقفة احتجاجية»", () => {
    expectNone("اعتدى أنصار حركة النهضة على وقفة احتجاجية للصحفيين في تونس.", "PROTEST");
  });

  it("reads no place past a chain of other words: «تنديدا بمقتل ثلاثة جنود في هجوم ... شرق سوريا»", () => {
    expectNone(
      "تظاهر المئات تنديدا بمقتل ثلاثة جنود في هجوم انتحاري بسيارة مفخخة شرق سوريا.",
      "PROTEST",
      { target: "state:SY" },
    );
  });

  it("reads a light verb in the future as a future act: «ستقوم تركيا بقصف مواقع حزب العمال الكردستاني»", () => {
    const [r] = find(
      relationsOf("ستقوم تركيا بقصف مواقع حزب العمال الكردستاني في العراق."),
      "state:TR",
      "ASSAULT",
      "org:pkk",
    );
    expect(r?.modality).toBe("future");
  });
});

describe("a verb joined by و, and a protest called off", () => {
  it("carries the subject to a verb joined by و that agrees: «اقتحمت الشرطة ... وأطلقت ... على المصلين»", () => {
    expectRel(
      "اقتحمت الشرطة الإسرائيلية باحات المسجد الأقصى فجر الجمعة وأطلقت القنابل الصوتية والرصاص المطاطي على المصلين.",
      "org:il-police",
      "ASSAULT",
      "group:civilians",
    );
  });

  it("carries no subject to a joined verb that does not agree: «فرض ترامب العقوبات ... واستهدفت العقوبات»", () => {
    expectNone(
      "وفرض ترامب العقوبات على إيران مرة أخرى، واستهدفت العقوبات شراء الحكومة الإيرانية للدولار.",
      "ASSAULT",
      { source: "person:donald-trump" },
    );
  });

  it("reads no protest postponed: «أجل تحالف المعارضة في السودان مسيرة كانت مقررة»", () => {
    expectNone("أجّل تحالف المعارضة في السودان مسيرة كانت مقررة اليوم إلى موعد لاحق.", "PROTEST");
    expectRel(
      "نظم تحالف المعارضة في السودان مسيرة في الخرطوم.",
      "group:opposition",
      "PROTEST",
      "state:SD",
    );
  });
});

describe("a state's people as a crowd", () => {
  it("reads a people counted by their plural nisba near a protest as protesting: «نفذ مئات الأردنيين وقفة احتجاجية قرب السفارة الإسرائيلية»", () => {
    expectRel(
      "نفذ مئات الأردنيين وقفة احتجاجية قرب السفارة الإسرائيلية في عمّان.",
      "group:protesters-jo",
      "PROTEST",
      "state:IL",
    );
    expectNone("اتهم الفلسطينيون إسرائيل بقمع المظاهرات في غزة.", "PROTEST");
  });
});

describe("a protest against a government standing alone", () => {
  it("reads «ضد الحكومة» as against the one state the article is about", () => {
    const text =
      "تتواصل الاحتجاجات في أرمينيا لليوم العاشر. وطالب المحتجون باستقالة رئيس الوزراء في أرمينيا. وخرجت مظاهرات ضد الحكومة في العاصمة.";
    const rels = relationsOf(text).filter((r) => r.rule === "crowd-protest-government");
    expect(rels.map((r) => `${r.source.id} ${r.type} ${r.target.id}`)).toEqual([
      "group:protesters PROTEST state:AM",
    ]);
  });

  it("reads no government's state in an article about two states, nor one named by its nisba", () => {
    expectNone("التقى وزير الخارجية الأمريكي نظيره الروسي. وخرجت مظاهرات ضد الحكومة.", "PROTEST");
    const own = relationsOf("خرجت مظاهرات حاشدة ضد الحكومة الأردنية في عمان.");
    expect(own.filter((r) => r.rule === "crowd-protest-government")).toEqual([]);
  });
});

describe("more crowds, ousters and envoys", () => {
  it("reads a march and the one it asks to remove: «سار آلاف البرازيليين ... مطالبين بعزل الرئيسة ديلما روسيف»", () => {
    expectRel(
      "سار آلاف البرازيليين في ساو باولو مطالبين بعزل الرئيسة ديلما روسيف.",
      "group:protesters-br",
      "PROTEST",
      "person:dilma-rousseff",
    );
  });

  it("places a crowd by في within four words past an adjective and a direction: «في مسيرة حاشدة وسط مدريد»", () => {
    expectRel(
      "شارك عشرات الآلاف في مسيرة حاشدة وسط مدريد تنديداً بالعفو عن الانفصاليين.",
      "group:protesters",
      "PROTEST",
      "state:ES",
    );
  });

  it("reads a protest delivered to an embassy: «أبلغت الخارجية الأردنية السفارة الإسرائيلية احتجاجا»", () => {
    expectRel(
      "أبلغت وزارة الخارجية الأردنية السفارة الإسرائيلية في عمّان احتجاجاً رسمياً على اقتحام باحات المسجد الأقصى.",
      "org:jo-foreign-ministry",
      "PROTEST",
      "state:IL",
    );
  });

  it("reads a headline's count with its people's nisba before the verb: «آلاف الغينيين يتظاهرون في كوناكري»", () => {
    expectRel(
      "آلاف الغينيين يتظاهرون في كوناكري رفضاً لتعديل الدستور",
      "group:protesters-gn",
      "PROTEST",
      "state:GN",
    );
  });

  it("reads the government whose resignation is demanded in a one-state article: «تطالب باستقالة الحكومة»", () => {
    const text =
      "تتواصل الاحتجاجات في الأردن لليوم الرابع. وشهدت مدن الأردن مسيرات ليلية. وارتفعت وتيرة الاحتجاجات الشعبية التي تطالب باستقالة الحكومة.";
    const rels = relationsOf(text).filter((r) => r.rule === "crowd-protest-government");
    expect(rels.map((r) => r.target.id)).toContain("state:JO");
  });
});
