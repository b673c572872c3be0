// A speaker's judgment of an actor's act as wrongdoing (src/extract/frames-stance.ts
// blameDrafts, accusations.json wrongdoing_nouns, unlawful_adjectives, predicate_copulas):
// «قالت روسيا إن الضربات الأمريكية تمثل انتهاكا للقانون الدولي» is Russia accusing the United
// States, as «إن واشنطن تنتهك القانون» is.
import { describe, it } from "vitest";
import { expectNone, expectRel } from "./helpers/pipeline.js";

describe("an act judged as wrongdoing in a speaker's words", () => {
  it("accuses the state whose nisba names the act («الضربات الأمريكية تمثل انتهاكا»)", () => {
    expectRel(
      "وقالت روسيا إن الضربات الأمريكية تمثل انتهاكا للقانون الدولي.",
      "state:RU",
      "ACCUSE",
      "state:US",
    );
    expectRel(
      "واعتبرت روسيا الضربات الأمريكية انتهاكا للقانون الدولي.",
      "state:RU",
      "ACCUSE",
      "state:US",
    );
  });

  it("reads غير before an adjective of lawfulness («العقوبات الأمريكية غير قانونية»)", () => {
    expectRel(
      "وقالت الخارجية الإيرانية إن العقوبات الأمريكية غير قانونية.",
      "org:ir-foreign-ministry",
      "ACCUSE",
      "state:US",
    );
  });

  it("reads the act past a prepositional phrase that closes it («في سوريا غير شرعي»)", () => {
    expectRel(
      "وقال لافروف إن وجود القوات الأمريكية في سوريا غير شرعي.",
      "person:sergey-lavrov",
      "ACCUSE",
      "org:us-armed-forces",
    );
  });

  it("accuses an actor said to be a threat («إن إيران تشكل تهديدا»)", () => {
    expectRel(
      "وقال نتنياهو إن إيران تشكل تهديدا للمنطقة.",
      "person:benjamin-netanyahu",
      "ACCUSE",
      "state:IR",
    );
  });

  it("is none when denied or set off by a comma", () => {
    expectNone("وقال بوتين إن روسيا لا تشكل تهديدا لأحد.", "ACCUSE");
    expectNone(
      "وقالت المتحدثة إن الاتهامات التي وجهتها الحكومة، والتي دفعتها إلى طرد الدبلوماسيين الأمريكيين، غير مبررة.",
      "ACCUSE",
      { target: "state:US" },
    );
  });

  it("blames the subject's own actor, not one inside a phrase of it («الضربات الأمريكية على مواقع الحشد الشعبي»)", () => {
    expectRel(
      "وقالت الحكومة العراقية إن الضربات الأمريكية على مواقع الحشد الشعبي تمثل انتهاكا للسيادة العراقية.",
      "state:IQ",
      "ACCUSE",
      "state:US",
    );
    expectNone("وقال ظريف إن الحظر الأمريكي على صادرات النفط الإيرانية غير قانوني.", "ACCUSE", {
      target: "state:IR",
    });
    expectRel(
      "وقال بومبيو إن احتجاز الصين للمواطنين الكنديين غير قانوني.",
      "person:mike-pompeo",
      "ACCUSE",
      "state:CN",
    );
  });

  it("reads the genitive of the subject's noun and the doer of a relative clause on it", () => {
    expectRel(
      "واعتبرت السلطة الفلسطينية قرار ترامب نقل السفارة الأمريكية إلى القدس غير قانوني.",
      "org:palestinian-authority",
      "ACCUSE",
      "person:donald-trump",
    );
    expectRel(
      "وقالت واشنطن إن الصواريخ التي أطلقها الحوثيون على السعودية تمثل تهديدا للملاحة.",
      "state:US",
      "ACCUSE",
      "org:houthis",
    );
  });

  it("is no judgment of an agreement's state, of victims, of an object, or by one's own side", () => {
    expectNone(
      "وقال نتنياهو إن الاتفاق النووي الإيراني يمثل انتهاكا لحقوق الإسرائيليين.",
      "ACCUSE",
    );
    expectNone(
      "وقالت وزارة الخارجية الروسية إن طرد الدبلوماسيين الروس من الولايات المتحدة غير قانوني.",
      "ACCUSE",
      {
        target: "state:RU",
      },
    );
    expectNone("وقال نصر الله إن إسرائيل ستدفع ثمن أي عدوان على لبنان.", "ACCUSE");
    expectNone("وقال لافروف إن الجانب الروسي يعتبر العقوبات الغربية غير قانونية.", "ACCUSE", {
      target: "state:RU",
    });
  });
});

describe("accusations a speaker calls baseless", () => {
  it("reject their accuser («الاتهامات البريطانية لا أساس لها»، «مزاعم واشنطن كاذبة»)", () => {
    expectRel(
      "وقالت موسكو إن الاتهامات البريطانية لا أساس لها من الصحة.",
      "state:RU",
      "REJECT",
      "state:GB",
    );
    expectRel("وأكدت بكين أن مزاعم واشنطن كاذبة.", "state:CN", "REJECT", "state:US");
    expectNone("وقالت موسكو إن الاتهامات البريطانية خطيرة.", "REJECT");
  });
});

describe("a verb of wrongdoing in a speaker's words", () => {
  it("accuses its subject («إن الصين تسرق الوظائف الأمريكية»)", () => {
    expectRel(
      "وقال ترامب إن الصين تسرق الوظائف الأمريكية.",
      "person:donald-trump",
      "ACCUSE",
      "state:CN",
    );
  });
});

describe("judgments and wrongdoing the second review found misread", () => {
  it("does not blame victims, nor a speaker's own army, nor a judgment no longer made", () => {
    expectNone("وقال وزير الخارجية القطري إن معاناة الشعب اليمني غير مقبولة.", "ACCUSE");
    expectNone("وقالت الخارجية التركية إن مقتل الجنود الأتراك في إدلب غير مقبول.", "ACCUSE");
    expectNone(
      "وقال وزير الدفاع الإسرائيلي إن الجيش الإسرائيلي يشكل تهديدا لأعداء إسرائيل.",
      "ACCUSE",
    );
    expectNone("وقال ترامب إن إيران لم تعد تشكل تهديدا كما كانت.", "ACCUSE");
  });

  it("keeps a judgment still made («لا تزال تشكل») and one past «دون»", () => {
    expectRel(
      "وقالت بريطانيا إن روسيا لا تزال تشكل تهديدا لأوروبا.",
      "state:GB",
      "ACCUSE",
      "state:RU",
    );
    expectRel(
      "وقال وزير الخارجية المصري سامح شكري إن ملء السد الإثيوبي دون اتفاق يمثل تهديدا لمصر.",
      "person:sameh-shoukry",
      "ACCUSE",
      "state:ET",
    );
  });

  it("lets a mayor criticise his own state's government", () => {
    expectRel(
      "وقال رئيس بلدية إسطنبول أكرم إمام أوغلو إن الحكومة التركية تعرقل عمل البلدية.",
      "person:ekrem-imamoglu",
      "ACCUSE",
      "state:TR",
    );
  });

  it("reads no wrongdoing in idioms, praise or a supposition", () => {
    expectNone("وقال مدرب المنتخب الإسباني إن فرنسا تسرق الأضواء في البطولة.", "ACCUSE");
    expectNone("وقال بوتين إن روسيا تحتل مكانة مهمة في الاقتصاد العالمي.", "ACCUSE");
    expectNone("وقال ترامب إنه إذا كانت الصين تتلاعب بعملتها فسنرد.", "ACCUSE");
    expectRel("وقالت الهند إن باكستان تحتل جزءا من كشمير.", "state:IN", "ACCUSE", "state:PK");
  });

  it("reads no baseless accusation when it is said not to be false, or supposed", () => {
    expectNone("وقال مسؤول روسي إن الاتهامات البريطانية ليست كاذبة.", "REJECT");
    expectNone(
      "وقال الكرملين إنه إذا كانت الاتهامات البريطانية كاذبة فعلى لندن الاعتذار.",
      "REJECT",
    );
    expectRel(
      "وقالت بكين إن الاتهامات الأمريكية ضد الصين باطلة.",
      "state:CN",
      "REJECT",
      "state:US",
    );
  });
});

describe("accusations called untrue", () => {
  it("reject their accuser («غير صحيحة»، «ليس لها أساس»، «ليست دقيقة»)", () => {
    expectRel("وقالت موسكو إن الاتهامات البريطانية غير صحيحة.", "state:RU", "REJECT", "state:GB");
    expectRel(
      "وقالت الصين إن الاتهامات الأمريكية ليس لها أساس من الصحة.",
      "state:CN",
      "REJECT",
      "state:US",
    );
    expectRel("وقالت بكين إن المزاعم الأمريكية ليست دقيقة.", "state:CN", "REJECT", "state:US");
    expectNone("وقالت موسكو إن الاتهامات البريطانية صحيحة.", "REJECT");
  });
});
