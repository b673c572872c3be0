// Attacks phrased in ways the earlier rounds missed (issue 9, the fifteenth round): the doer's
// fighters after لـ on an attack noun («في هجوم لمسلحي بوكو حرام»), a stabbing («طعن ...
// بسكين», not an appeal in court), a person named by a word of person and a nisba («شاب
// فلسطيني»; not «رجل دين إيراني»), and a subject whose body follows من inside a split predicate («فتح جنود من جيش
// ميانمار النار») or open with a count («فتح ثلاثة مسلحين النار»); a speaker's own forces after a
// complementizer («أعلن حزب الله أن مقاتليه استهدفوا»); rebels of a movement as a side
// («بين متمردي حركة إم 23 والجيش»); armed groups written indefinite («مجموعة مسلحة»); bombs
// dropped («ألقت مروحيات روسية براميل متفجرة على»).
import { describe, expect, it } from "vitest";
import { expectNone, expectNoRel, expectRel, relationsOf } from "./helpers/pipeline.js";

describe("the doer of a casualties' attack", () => {
  it("is the actor whose fighters carry لـ after the noun", () => {
    expectRel(
      "مقتل 11 جنديا في هجوم لمسلحي بوكو حرام على قاعدة عسكرية.",
      "org:boko-haram",
      "ASSAULT",
      "group:army",
    );
  });

  it("wins over reading the counted dead as a verb's subject", () => {
    const text = "قتل 11 جنديا في هجوم لمسلحي حركة الشباب.";
    expectRel(text, "org:al-shabaab", "ASSAULT", "group:army");
    expectNoRel(text, "group:army", "ASSAULT", "org:al-shabaab");
  });
});

describe("a stabbing", () => {
  it("is an attack when a blade is named", () => {
    expectRel(
      "طعن شاب فلسطيني جنديا إسرائيليا بسكين عند حاجز قلنديا.",
      "state:PS",
      "ASSAULT",
      "state:IL",
    );
  });

  it("is no attack in its sense of an appeal", () => {
    expectNone(
      "طعنت حركة التغيير الديموقراطي المعارضة في زيمبابوي الجمعة أمام المحكمة الدستورية على نتيجة الانتخابات.",
      "ASSAULT",
    );
  });
});

describe("a person of a state named by a word of person", () => {
  it("is the state when acted on: «ألقت القبض على مواطن بلغاري»", () => {
    expectRel(
      "أعلنت الشرطة أن السلطات الألمانية ألقت القبض على مواطن بلغاري في برلين.",
      "state:DE",
      "COERCE",
      "state:BG",
    );
  });
});

describe("a subject inside a split predicate", () => {
  it("may carry its body after من: «فتح جنود من جيش ميانمار النار»", () => {
    expectRel(
      "فتح جنود من جيش ميانمار النار على متظاهرين في مدينة ماندالاي.",
      "group:army",
      "ASSAULT",
      "group:protesters",
    );
  });

  it("may end the sentence without the predicate's rest", () => {
    expect(() => relationsOf("وصلت التعزيزات إلى المدينة ثم فتح جنود من")).not.toThrow();
    expect(() => relationsOf("وصلت التعزيزات ثم فتحت الشرطة")).not.toThrow();
  });
});

describe("more subjects of attacks", () => {
  it("may open with a count inside a split predicate: «فتح ثلاثة مسلحين النار»", () => {
    expectRel(
      "فتح ثلاثة مسلحين النار على دورية للشرطة العراقية.",
      "group:militants",
      "ASSAULT",
      "state:IQ",
    );
  });

  it("does not take the counted dead of a passive for a subject", () => {
    expectNone(
      "والجمعة قتل أربعة فلسطينيين، بينهم ثلاثة من ناشطي كتائب عز الدين القسام، في الهجمات.",
      "ASSAULT",
    );
  });

  it("are the speaker's own forces after a complementizer: «أن مقاتليه استهدفوا»", () => {
    expectRel(
      "أعلن حزب الله أن مقاتليه استهدفوا بالصواريخ الموجهة دبابة ميركافا إسرائيلية.",
      "org:hezbollah",
      "ASSAULT",
      "state:IL",
    );
    expectRel(
      "قال الجيش التركي إن مقاتلاته قصفت مواقع لحزب العمال الكردستاني شمالي العراق.",
      "org:tr-armed-forces",
      "ASSAULT",
      "org:pkk",
    );
  });

  it("reads rebels of a movement as a side of the fighting", () => {
    expectRel(
      "دارت معارك عنيفة بين متمردي حركة إم 23 والجيش الكونغولي على مشارف مدينة غوما.",
      "org:m23",
      "ASSAULT",
      "state:CD",
    );
  });

  it("reads an armed group written indefinite as militants: «مجموعة مسلحة»", () => {
    expectRel(
      "هاجمت مجموعة مسلحة دورية للجيش السوري قرب تدمر.",
      "group:militants",
      "ASSAULT",
      "org:sy-armed-forces",
    );
  });

  it("reads barrel bombs dropped on a target, and not a speech delivered", () => {
    expectRel(
      "ألقت مروحيات روسية براميل متفجرة على مواقع للمعارضة السورية في إدلب.",
      "state:RU",
      "ASSAULT",
      "group:opposition-sy",
    );
    expectNone("ألقى الرئيس الروسي كلمة أمام البرلمان عن العلاقات مع الصين.", "ASSAULT");
  });
});

describe("an attack in a place the KB does not know", () => {
  it("is on the state of the nisba after its word of place: «في مدينة سوسة التونسية»", () => {
    expectRel(
      "أطلق مسلح النار على السياح المتواجدين على شاطئ فندق في مدينة سوسة التونسية، فقتل 38 شخصا.",
      "group:militants",
      "ASSAULT",
      "state:TN",
    );
  });

  it("is not placed by a nisba on a noun that is no place: «في الانتخابات الأميركية»", () => {
    expectNoRel(
      "قالت مصادر إن واشنطن تعتزم فرض عقوبات بموجب قانون يستهدف موسكو لتدخلها في الانتخابات الرئاسية الأميركية.",
      "state:RU",
      "ASSAULT",
      "state:US",
    );
  });
});

describe("what these attack phrasings do not read (review of the fifteenth round)", () => {
  it("does not make a cleric of a state the state: «رجل دين إيراني»", () => {
    expectNone("دعا رجل دين إيراني بارز إلى الحوار مع الولايات المتحدة.", "COOPERATE");
  });

  it("does not give a news agency its group's fighters", () => {
    expectNone(
      "ذكرت وكالة أعماق التابعة لتنظيم داعش أن مقاتليه هاجموا نقطة للجيش العراقي.",
      "ACCUSE",
    );
  });

  it("does not read an official's word of his forces' future attack as his own", () => {
    expectNoRel(
      "أكد وزير الدفاع الإسرائيلي أن قواته ستهاجم إيران إذا واصلت برنامجها النووي.",
      "state:IL",
      "ACCUSE",
      "state:IR",
    );
  });

  it("places an attack in the city the KB knows before a nisba of a community", () => {
    expectRel(
      "أطلق مسلح النار داخل مطعم في حي الجالية التركية في برلين.",
      "group:militants",
      "ASSAULT",
      "state:DE",
    );
  });

  it("reads soldiers of an army inside a split predicate: «فتح جنود من الجيش الإسرائيلي النار»", () => {
    const text = "فتح جنود من الجيش الإسرائيلي النار على متظاهرين فلسطينيين قرب السياج الحدودي.";
    expectRel(text, "org:il-idf", "ASSAULT", "group:protesters-ps");
    expectNone(text, "PROTEST");
  });
});
