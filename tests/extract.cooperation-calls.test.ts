// Cooperative frames of round 3 (src/extract/frames-cooperation.ts): calls and
// congratulations received, calls by phone, welcome nouns with بـ, a country's support voiced
// by its official, meetings of coordinated genitives, verbs joined to an earlier verb's
// subject, visits named after «قام بها», agreeing with «وافق»; and the misreadings dropped
// (a spokesman after «على لسان», «طلبا» after one person, support withdrawn).
import { describe, expect, it } from "vitest";
import type { RelationMention } from "../src/schema.js";
import { expectNoRel, expectRel, relationsOf, show } from "./helpers/pipeline.js";

describe("calls", () => {
  it("reads a call received from someone («تلقى ... اتصالا هاتفيا من»)", () => {
    expectRel(
      "وتلقى الرئيس المصري عبد الفتاح السيسي مساء الأحد اتصالا هاتفيا من الرئيس الروسي فلاديمير بوتين بحثا خلاله الأوضاع في ليبيا.",
      "person:abdel-fattah-el-sisi",
      "CONSULT",
      "person:vladimir-putin",
      { peer: true },
    );
  });

  it("reads the one addressed before the means of a call («قال لبوتين عبر الهاتف»)", () => {
    expectRel(
      "وقال رئيس الوزراء الياباني شينزو آبي لبوتين عبر الهاتف إن طوكيو تريد توقيع معاهدة سلام.",
      "person:shinzo-abe",
      "CONSULT",
      "person:vladimir-putin",
      { peer: true },
    );
  });

  it("reads the partner after بـ when the call is made by phone («اتصل هاتفيا بـ»)", () => {
    expectRel(
      "وأجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا بنظيره التركي رجب طيب أردوغان لبحث الوضع في إدلب.",
      "person:vladimir-putin",
      "CONSULT",
      "person:recep-tayyip-erdogan",
      { peer: true },
    );
  });

  it("reads congratulations received as the sender's support («تلقى التهاني من»)", () => {
    expectRel(
      "وتلقى الرئيس الروسي فلاديمير بوتين التهاني من الرئيس الصيني شي جين بينغ بمناسبة فوزه في الانتخابات.",
      "person:xi-jinping",
      "SUPPORT",
      "person:vladimir-putin",
    );
  });
});

describe("meetings and visits", () => {
  it("reads a meeting of coordinated genitives («لقاء ترامب وكيم»)", () => {
    expectRel(
      "وتحدثت وسائل الإعلام عن نتائج لقاء ترامب وكيم جونغ أون في سنغافورة.",
      "person:donald-trump",
      "CONSULT",
      "person:kim-jong-un",
      { peer: true },
    );
  });

  it("reads the parties after بين further on («قمة مرتقبة في غضون أسابيع بين»)", () => {
    expectRel(
      "وتستعد سنغافورة لقمة تاريخية مرتقبة في غضون أسابيع بين الزعيم الكوري الشمالي كيم جونغ أون والرئيس الأمريكي دونالد ترامب.",
      "person:kim-jong-un",
      "CONSULT",
      "person:donald-trump",
      { peer: true },
    );
  });

  it("does not pair a summit's place with an actor after a comma", () => {
    expectNoRel(
      "ولا يتوقع المراقبون مفاجآت خلال قمة هلسنكي، فالإدارة الأمريكية لا تعتبر الملف أولوية.",
      "state:FI",
      "CONSULT",
      "state:US",
    );
  });

  it("reads a reception («وكان في استقبال X نظيره Y»)", () => {
    expectRel(
      "وكان في استقبال الرئيس الفرنسي إيمانويل ماكرون لدى وصوله إلى مطار القاهرة الرئيس المصري عبد الفتاح السيسي.",
      "person:abdel-fattah-el-sisi",
      "CONSULT",
      "person:emmanuel-macron",
      { peer: true },
    );
  });

  it("reads a visit's doer after «يقوم بها»", () => {
    expectRel(
      "وتأتي المحادثات في إطار زيارة يقوم بها وزير الخارجية الأمريكي مايك بومبيو إلى القاهرة تستمر يومين.",
      "person:mike-pompeo",
      "CONSULT",
      "state:EG",
    );
  });

  it("reads talks' doer after «تجريها» and each partner after «مع»", () => {
    const text =
      "وتتواصل المفاوضات التي تجريها الولايات المتحدة لتعديل اتفاق التجارة الحرة مع كندا والمكسيك.";
    expectRel(text, "state:US", "CONSULT", "state:CA", { peer: true });
    expectRel(text, "state:US", "CONSULT", "state:MX", { peer: true });
  });

  it("reads no partner past a comma after talks' doer", () => {
    const rels = relationsOf("وانتهت المفاوضات التي تجريها إيران، مع تعثر الاتفاق مع فرنسا.");
    expect(
      rels.filter((r) => r.rule === "coop-talks-doer"),
      show(rels),
    ).toEqual([]);
  });

  it("reads no meeting in an interview or a dialogue rejected («في حوار مع صحيفة لوموند»)", () => {
    for (const text of [
      "قال ماكرون في حوار مع صحيفة لوموند إن أوروبا تحتاج إلى جيش.",
      "رفضت المعارضة الفنزويلية الحوار مع حكومة مادورو.",
    ]) {
      const rels = relationsOf(text);
      expect(
        rels.filter((r) => r.type === "CONSULT" && r.rule !== "model"),
        show(rels),
      ).toEqual([]);
    }
  });

  it("reads a dialogue between two leaders («حوار ودي بين ترمب وكيم»)", () => {
    expectRel(
      "وكانت الأغنية موضع حوار ودي بين الرئيس الأمريكي دونالد ترمب والزعيم الكوري الشمالي كيم جونغ أون.",
      "person:donald-trump",
      "CONSULT",
      "person:kim-jong-un",
      { peer: true },
    );
  });
});

describe("support and requests", () => {
  it("reads a welcome noun with بـ and the owner of what is welcomed", () => {
    expectRel(
      "وأعربت وزارة الخارجية السعودية عن ترحيبها بقرار الولايات المتحدة تصنيف الجماعة منظمة إرهابية.",
      "org:sa-foreign-ministry",
      "SUPPORT",
      "state:US",
    );
  });

  it("does not read a deal between two states' nisbas as support of one", () => {
    expectNoRel(
      "وأعربت مصر عن ترحيبها بالاتفاق الإيراني الأمريكي.",
      "state:EG",
      "SUPPORT",
      "state:IR",
    );
  });

  it("reads a country's support voiced by its official («دعم بلاده لـ»)", () => {
    expectRel(
      "وجدد وزير الخارجية المصري سامح شكري دعم بلاده للحكومة الليبية في مواجهة الإرهاب.",
      "person:sameh-shoukry",
      "SUPPORT",
      "state:LY",
    );
  });

  it("gives a verb joined by و the subject of the verb before it", () => {
    expectRel(
      "وأدان الرئيس الفرنسي إيمانويل ماكرون الهجوم وطالب إيران بالإفراج عن المعتقلين فورا.",
      "person:emmanuel-macron",
      "REQUEST",
      "state:IR",
    );
  });

  it("reads support in a relative clause («الحوثيين الذين تدعمهم إيران»)", () => {
    expectRel(
      "وقصفت طائرات التحالف مواقع الحوثيين الذين تدعمهم إيران قرب ميناء الحديدة.",
      "state:IR",
      "SUPPORT",
      "org:houthis",
    );
  });

  it("reads standing by someone as support («تقف إلى جانب»)", () => {
    expectRel(
      "وقال المتحدث إن تركيا ستقف إلى جانب قطر في مواجهة الحصار.",
      "state:TR",
      "SUPPORT",
      "state:QA",
    );
  });

  it("does not give a verb of another gender the earlier verb's subject", () => {
    expectNoRel(
      "وأدان الرئيس الفرنسي إيمانويل ماكرون الهجوم ودعت ألمانيا إلى التهدئة.",
      "person:emmanuel-macron",
      "REQUEST",
      "state:DE",
    );
  });

  it("does not take the spokesman after «على لسان» for the object", () => {
    expectNoRel(
      "ورحبت الولايات المتحدة على لسان رئيسها دونالد ترامب بدعوات الحوار.",
      "state:US",
      "SUPPORT",
      "person:donald-trump",
    );
  });

  it("reads «طلبا» after one person as a noun, not as «the two asked»", () => {
    expectNoRel(
      "وذكر الكتاب أن وزير الدفاع الأمريكي جيمس ماتيس رفض طلبا من الرئيس دونالد ترامب.",
      "person:jim-mattis",
      "REQUEST",
      "person:donald-trump",
    );
  });

  it("drops support that is withdrawn («سحب تأييده لـ»)", () => {
    const rels = relationsOf(
      "وأعلن الرئيس الأمريكي دونالد ترامب سحب تأييده للبيان الختامي لمجموعة السبع.",
    ).filter((r: RelationMention) => r.type === "SUPPORT");
    expect(rels, show(rels)).toHaveLength(0);
  });
});

describe("verbal nouns after a preposition", () => {
  it("does not read a verbal noun's genitive as the subject of a verb («على منح مصر القرض»)", () => {
    expectNoRel(
      "ووافق صندوق النقد الدولي على منح مصر القرض بعد أن قام البنك المركزي المصري بتحرير سعر الصرف.",
      "state:EG",
      "AID",
      "org:eg-central-bank",
    );
  });
});

describe("pronoun owners", () => {
  it("does not give «زيارته» to a state named before it", () => {
    expectNoRel(
      "وفتحت الشرطة تحقيقا في اختفاء المسؤول في مدينة ليون شرق فرنسا، وذلك بعد زيارته إلى الصين.",
      "state:FR",
      "CONSULT",
      "state:CN",
    );
  });

  it("keeps «دعمه» for a state with a masculine name", () => {
    expectRel(
      "وقال المتحدث إن العراق سيواصل دعمه للحكومة السورية في حربها على الإرهاب.",
      "state:IQ",
      "SUPPORT",
      "state:SY",
    );
  });
});

describe("agreement", () => {
  it("reads «وافق على» with the partner after مع", () => {
    expectRel(
      "ووافق الزعيم الكوري الشمالي كيم جونغ أون على عقد قمة مع الرئيس الأمريكي دونالد ترامب.",
      "person:kim-jong-un",
      "AGREE",
      "person:donald-trump",
      { peer: true },
    );
  });
});
