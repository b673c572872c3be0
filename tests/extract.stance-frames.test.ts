// Stance frames of src/extract/frames-stance.ts (words in lexicon/accusations.json) and the
// stance entries added to lexicon/relations.json: disparaging descriptions («وصف X Y بأنه»),
// blame in a reported clause («إن Y هو المسؤول»، «تتحمل المسؤولية»), casting doubt («شكك في»),
// participles whose clause has no verb subject, a predicate split by a long subject
// («حملت وزارة الخارجية ... مسؤولية»، «شن ... هجوما لاذعا على»), a nisba one word further
// («خطة السلام الأمريكية»), and the new entries «دانت», «أطلقت سراح»,
// «قدم تنازلات».
import { describe, expect, it } from "vitest";
import { expectNone, expectRel, find, relationsOf, show } from "./helpers/pipeline.js";

describe("a disparaging description is criticism", () => {
  it("reads «وصف X Y بأنه»", () => {
    expectRel(
      "ووصف الرئيس الفنزويلي نيكولاس مادورو الولايات المتحدة بأنها إمبراطورية عدوانية.",
      "person:nicolas-maduro",
      "ACCUSE",
      "state:US",
    );
  });

  it("reads the participle «واصفا» with the speaker as its subject", () => {
    expectRel(
      "وقال الرئيس التركي رجب طيب أردوغان إن العملية ستستمر، واصفا إسرائيل بأنها دولة احتلال.",
      "person:recep-tayyip-erdogan",
      "ACCUSE",
      "state:IL",
    );
  });

  it("takes the state of a nisba as the one described", () => {
    expectRel(
      "ووصفت وزارة الخارجية الإيرانية العقوبات الأمريكية بأنها إرهاب اقتصادي.",
      "org:ir-foreign-ministry",
      "ACCUSE",
      "state:US",
    );
  });

  it("does not read a description further on as one of a nisba", () => {
    // The description is of the noun the nisba qualifies, and praises ("صلب").
    expectNone("وصفت الخارجية الإيرانية الوفد الإيراني المفاوض بأنه صلب.", "ACCUSE");
    expectNone("وصف بلينكن الوساطة المصرية بأنها لا غنى عنها.", "ACCUSE");
  });

  it("finds «بأنها» past the words that qualify what is described", () => {
    expectRel(
      "ووصفت الحكومة المكسيكية سياسة ترامب في مجال الهجرة بأنها لا مسؤولة وعنصرية.",
      "state:MX",
      "ACCUSE",
      "person:donald-trump",
    );
  });

  it("does not look for the description past a comma", () => {
    expectNone("ووصف الرئيس المكسيكي سياسة ترامب في مجال الهجرة، وقال بأنه سيرد عليها.", "ACCUSE");
  });

  it("gives a verb without a subject after it the clause's subject", () => {
    expectRel(
      "وانتقدت المكسيك الجدار الحدودي، ووصفت سياسة ترامب بأنها عنصرية.",
      "state:MX",
      "ACCUSE",
      "person:donald-trump",
    );
  });

  it("is no support when the praise is qualified away or contempt follows", () => {
    expectNone("وصف لافروف الولايات المتحدة بأنها حليف غير موثوق.", "SUPPORT");
    expectNone("وصف أردوغان نتنياهو بأنه صديق للإرهابيين.", "SUPPORT");
    expectNone("وصف الكرملين زيلينسكي بأنه ممثل كوميدي ناجح تحول إلى دمية بيد الغرب.", "SUPPORT");
  });

  it("is support, not criticism, when the description praises", () => {
    const text = "ووصف الرئيس الأمريكي دونالد ترامب اليابان بأنها حليف عظيم.";
    expectNone(text, "ACCUSE");
    expectRel(text, "person:donald-trump", "SUPPORT", "state:JP");
  });

  it("is no relation when what is described is no actor", () => {
    expectNone("ووصف وزير الخارجية الروسي سيرغي لافروف المحادثات بأنها صعبة.", "ACCUSE");
  });
});

describe("blame in a reported clause", () => {
  it("reads «إن Y هو المسؤول عن» as the speaker's accusation", () => {
    expectRel(
      "وقال وزير الخارجية البريطاني بوريس جونسون إن روسيا هي المسؤولة عن الهجوم الكيماوي.",
      "person:boris-johnson",
      "ACCUSE",
      "state:RU",
    );
  });

  it("reads «إن Y تتحمل المسؤولية»", () => {
    expectRel(
      "وقال المتحدث باسم الخارجية الصينية إن الولايات المتحدة تتحمل المسؤولية الكاملة عن التوتر.",
      "org:cn-foreign-ministry",
      "ACCUSE",
      "state:US",
    );
  });

  it("does not read a duty as blame", () => {
    expectNone(
      "وقال الرئيس الفرنسي إيمانويل ماكرون إن الحكومة الألمانية هي المسؤولة عن إدارة الملف.",
      "ACCUSE",
    );
  });
});

describe("casting doubt is criticism", () => {
  it("reads «شكك X في نزاهة الانتخابات الروسية», past a place after في", () => {
    expectRel(
      "وشكك وزير الخارجية الألماني هايكو ماس، خلال اجتماع في بروكسل، في نزاهة الانتخابات الرئاسية الروسية.",
      "person:heiko-maas",
      "ACCUSE",
      "state:RU",
    );
  });
});

describe("a participle whose clause has no verb subject", () => {
  it("takes the antecedent of the relative clause before it", () => {
    expectRel(
      "وخلف جيريمي هانت وزير الخارجية بوريس جونسون، الذي استقال الاثنين، متهما تيريزا ماي بالتخلي عن وعودها.",
      "person:boris-johnson",
      "ACCUSE",
      "person:theresa-may",
    );
  });
});

describe("a predicate split by a long subject", () => {
  it("reads «حملت S O مسؤولية» past the verb rules' window", () => {
    expectRel(
      "وحملت وزارة الخارجية الإيرانية الولايات المتحدة مسؤولية التصعيد في المنطقة.",
      "org:ir-foreign-ministry",
      "ACCUSE",
      "state:US",
    );
  });

  it("reads «شن S، الأحد، هجوما لاذعا على O»", () => {
    expectRel(
      "وشن الرئيس الأمريكي دونالد ترامب، الأحد، هجوما لاذعا على الصين.",
      "person:donald-trump",
      "ACCUSE",
      "state:CN",
    );
  });

  it("reads «قدمت S تنازلات لـ O» as a concession", () => {
    expectRel("وقدمت الحكومة الكولومبية تنازلات للمتمردين.", "state:CO", "CONCEDE", "group:rebels");
  });
});

describe("a nisba one word further", () => {
  it("reads «رفض X خطة السلام الأمريكية» as a rejection of the state", () => {
    expectRel(
      "ورفض الرئيس الفلسطيني محمود عباس خطة السلام الأمريكية.",
      "person:mahmoud-abbas",
      "REJECT",
      "state:US",
    );
  });

  it("does not take a plural nisba of people for the state", () => {
    expectNone("ونددت منظمة العفو الدولية ترحيل آلاف السوريين من المدن.", "ACCUSE");
  });
});

describe("new entries", () => {
  it("reads «دانت» as condemnation", () => {
    expectRel("ودانت فرنسا الغارات الروسية على إدلب.", "state:FR", "ACCUSE", "state:RU");
  });

  it("reads «أطلقت سراح» as a concession, not the passive «أطلق سراح»", () => {
    const text = "وأطلقت السلطات التركية سراح القس الأمريكي أندرو برانسون.";
    const rels = relationsOf(text);
    expect(
      rels.filter((r) => r.type === "CONCEDE" && r.source.id === "state:TR"),
      `${text}\n${show(rels)}`,
    ).not.toHaveLength(0);
    expectNone("وأطلق سراح القس الأمريكي أندرو برانسون بحكم قضائي.", "CONCEDE");
  });
});

describe("a retaliation announced is a threat", () => {
  it("reads «سترد بحزم على» against the owner of what is answered", () => {
    expectRel(
      "وأكدت الصين أنها سترد بحزم على أي عقوبات أمريكية جديدة.",
      "state:CN",
      "THREATEN",
      "state:US",
    );
  });

  it("does not read a plain reply as a threat", () => {
    expectNone(
      "وقالت وزارة الخارجية البريطانية إنها سترد على الطلب الروسي في الوقت المناسب.",
      "THREATEN",
    );
  });
});

describe("accusations levelled in a relative clause", () => {
  it("reads «الانتقادات التي وجهها X لـ Y»", () => {
    expectRel(
      "وأثارت الانتقادات التي وجهها الرئيس الإيراني حسن روحاني للولايات المتحدة جدلا واسعا.",
      "person:hassan-rouhani",
      "ACCUSE",
      "state:US",
    );
  });

  it("reads the rejection of those accusations as answering the accuser", () => {
    const text = "ورفضت الحكومة الإسرائيلية الاتهامات التي وجهتها الأمم المتحدة.";
    expectRel(text, "state:IL", "REJECT", "org:un");
    expectRel(text, "org:un", "ACCUSE", "state:IL");
  });
});

describe("condemnation as a noun", () => {
  it("reads «أعربت X عن استنكارها للهجوم الإسرائيلي»", () => {
    expectRel(
      "وأعربت تركيا عن استنكارها للهجوم الإسرائيلي على غزة.",
      "state:TR",
      "ACCUSE",
      "state:IL",
    );
  });
});

describe("an answer to accusations is a rejection", () => {
  it("reads «رد X على الاتهامات البريطانية» against the owner of the accusations", () => {
    expectRel(
      "ورد الكرملين على الاتهامات البريطانية بأنها لا أساس لها من الصحة.",
      "state:RU",
      "REJECT",
      "state:GB",
    );
  });

  it("does not read an answer to a question as a rejection", () => {
    expectNone("ورد وزير الخارجية الروسي سيرغي لافروف على سؤال الصحفيين الأمريكيين.", "REJECT");
  });
});

describe("misread accusations are corrected", () => {
  it("does not accuse the victim of a condemned act", () => {
    const text = "ونددت منظمة هيومن رايتس ووتش بطرد لاجئين سوريين من البلدات اللبنانية.";
    const rels = relationsOf(text).filter((r) => r.type === "ACCUSE");
    expect(
      rels.filter((r) => r.target.id.includes("refugee")),
      `${text}\n${show(rels)}`,
    ).toHaveLength(0);
  });

  it("reads criticism undergone as the critic's accusation of the subject", () => {
    const text = "وتعرضت ألمانيا لانتقادات حادة من الولايات المتحدة.";
    expectRel(text, "state:US", "ACCUSE", "state:DE");
    expect(find(relationsOf(text), "state:DE", "ACCUSE", "state:US")).toHaveLength(0);
  });

  it("reads the critic from the nisba after the criticism («لانتقادات أمريكية»)", () => {
    expectRel(
      "وتعرضت ألمانيا لانتقادات أمريكية حادة بسبب الغاز الروسي.",
      "state:US",
      "ACCUSE",
      "state:DE",
    );
  });

  it("reads criticism undergone with the subject between verb and noun", () => {
    expectRel(
      "وتعرضت الحكومة البريطانية لانتقادات من حزب العمال بسبب الخطة.",
      "org:gb-labour-party",
      "ACCUSE",
      "state:GB",
    );
  });

  it("reads pressure and sanctions faced without لـ («تواجه ألمانيا ضغوطا أمريكية»)", () => {
    const text = "وتواجه ألمانيا ضغوطا أمريكية لوقف مشروع نقل الغاز من روسيا.";
    expectRel(text, "state:US", "COERCE", "state:DE");
    expect(find(relationsOf(text), "state:DE", "ASSAULT", "state:US")).toHaveLength(0);
    expectRel("وواجهت إيران عقوبات أمريكية قاسية.", "state:US", "SANCTION", "state:IR");
    expectRel("وتتعرض تركيا لضغوط من الولايات المتحدة.", "state:US", "COERCE", "state:TR");
  });

  it("reads praise received as the praiser's support («حظي X بإشادة من Y»، «لقيت ... ترحيبا من»)", () => {
    expectRel(
      "حظي الرئيس السوري أحمد الشرع بإشادة لافتة من الرئيس الأمريكي دونالد ترامب.",
      "person:donald-trump",
      "SUPPORT",
      "person:ahmed-al-sharaa",
    );
    expectRel("ولقيت الخطة المصرية ترحيبا من الاتحاد الأوروبي.", "org:eu", "SUPPORT", "state:EG");
  });

  it("reads no praiser when none is named («نال الفيلم إشادة من النقاد»)", () => {
    expectNone("ونال الفيلم المصري إشادة واسعة من النقاد في مهرجان كان.", "SUPPORT");
  });

  it("reads no doer from a nisba that does not follow the act («تواجه تركيا أزمة»)", () => {
    expectNone("وتواجه تركيا ضغوطا اقتصادية كبيرة بسبب الأزمة السورية.", "COERCE");
  });
});

describe("blame in a speaker's words", () => {
  it("reads «إن X تقف وراء» as the speaker blaming X", () => {
    expectRel(
      "وقالت الحكومة البريطانية إن روسيا تقف وراء الهجوم.",
      "state:GB",
      "ACCUSE",
      "state:RU",
    );
    expectRel(
      "وتصر المملكة المتحدة على أن روسيا تقف وراء تسميم سكريبال.",
      "state:GB",
      "ACCUSE",
      "state:RU",
    );
  });

  it("reads standing behind an actor as backing, no blame («تقف وراء إسرائيل»)", () => {
    expectNone("قال بايدن إن الولايات المتحدة تقف وراء إسرائيل بشكل ثابت.", "ACCUSE");
  });

  it("reads standing beside someone as no blame («تقف إلى جانب»)", () => {
    expectNone("وقال الوزير الأمريكي إن بلاده تقف إلى جانب السعودية.", "ACCUSE");
  });

  it("reads a state's nisba on the subject of a wrongdoing verb as the blamed", () => {
    expectRel(
      "قالت إيران إن الحظر التجاري الأمريكي يخرق معاهدة تجارية دولية.",
      "state:IR",
      "ACCUSE",
      "state:US",
    );
  });
});

describe("a verbal noun of accusing with its doer and the accused", () => {
  it("reads «اتهام X Y بـ»: the genitive accuses the bare object", () => {
    expectRel(
      "وفي حديثه أمام الجمعية العامة بعد يومين من اتهام ترامب بكين بالتدخل في الانتخابات.",
      "person:donald-trump",
      "ACCUSE",
      "state:CN",
    );
  });

  it("needs the charge's بـ after the accused", () => {
    expectNone("جاء ذلك بعد اتهام الولايات المتحدة روسيا وحدها في التقرير.", "ACCUSE");
  });
});
