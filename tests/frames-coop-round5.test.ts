// Cooperative and verbal frames of round 5: a list subject after «كل من», a verbal noun the
// object of a verb of saying («أعلنت واشنطن ... فرض عقوبات على»), congratulations from a
// state's leaders, two sides of «بين X من جهة وY», a symmetric verb with no subject and its
// «بين», reaching an agreement («توصل إلى اتفاق مع»), persuading («إقناع X بـ»), threatening
// by brandishing («لوح بفرض عقوبات»); and the senses of those words that are no relation.
import { describe, expect, it } from "vitest";
import { processArticle } from "../src/pipeline.js";
import type { RelationMention } from "../src/schema.js";
import {
  bodyArticle,
  bundledKb,
  expectNone,
  expectRel,
  find,
  relationsOf,
  show,
} from "./helpers/pipeline.js";

describe("list subjects", () => {
  it("reads a subject list after «كل من» («التقى كل من X وY»)", () => {
    expectRel(
      "والتقى كل من الرئيس الروسي فلاديمير بوتين والرئيس التركي رجب طيب أردوغان في أنقرة.",
      "person:vladimir-putin",
      "CONSULT",
      "person:recep-tayyip-erdogan",
      { peer: true },
    );
  });
});

describe("verbal nouns after a verb of saying", () => {
  it("gives the announcer's subject to the sanction it announces", () => {
    expectRel(
      "وأعلنت واشنطن في الأول من أغسطس الجاري، فرض عقوبات على تركيا.",
      "state:US",
      "SANCTION",
      "state:TR",
    );
  });

  it("does not read a verbal noun across a complementizer as the speaker's", () => {
    const rels = relationsOf("وقال ترامب إن فرض عقوبات على الصين ليس مطروحا.");
    expect(find(rels, "person:donald-trump", "SANCTION", "state:CN"), show(rels)).toHaveLength(0);
  });
});

describe("congratulations", () => {
  it("reads the states whose leaders sent congratulations («التهاني من قادة X وY»)", () => {
    const text =
      "وتلقى الرئيس الروسي فلاديمير بوتين التهاني من قادة كازاخستان، وبيلاروسيا، وفنزويلا.";
    expectRel(text, "state:KZ", "SUPPORT", "person:vladimir-putin");
    expectRel(text, "state:VE", "SUPPORT", "person:vladimir-putin");
  });
});

describe("two sides of «بين»", () => {
  it("pairs each side with the other («بين X من جهة وY من جهة أخرى»)", () => {
    const text = "وتجري مفاوضات بين الحكومة اليمنية من جهة، والحوثيين والإمارات من جهة أخرى.";
    expectRel(text, "state:YE", "CONSULT", "org:houthis", { peer: true });
    expectRel(text, "state:YE", "CONSULT", "state:AE", { peer: true });
    const rels = relationsOf(text);
    expect(find(rels, "org:houthis", "CONSULT", "state:AE"), show(rels)).toHaveLength(0);
    expect(find(rels, "state:AE", "CONSULT", "org:houthis"), show(rels)).toHaveLength(0);
  });

  it("reads the parties of a deal a relative clause describes («الذي أبرم بين X وكل من»)", () => {
    const text =
      "وانتقد الوزير الاتفاق الذي أبرم في عام 2015 بين إيران من جهة وكل من بريطانيا والصين وفرنسا.";
    expectRel(text, "state:IR", "AGREE", "state:GB", { peer: true });
    expectRel(text, "state:IR", "AGREE", "state:FR", { peer: true });
  });

  it("does not make the deal's parties the object of a call to cancel it (rules)", () => {
    const text =
      "ودعا نتنياهو مرارا إلى إلغاء الاتفاق الذي أبرم في عام 2015 بين إيران من جهة وكل من بريطانيا وفرنسا.";
    const rels = processArticle(bodyArticle(text), bundledKb(), { relations: "rules" }).relations;
    expect(
      rels.filter((r) => r.type === "REQUEST"),
      show(rels),
    ).toHaveLength(0);
  });
});

describe("agreements reached", () => {
  it("reads reaching an agreement with someone («توصلت X إلى اتفاق مع Y»)", () => {
    expectRel(
      "وتوصلت الحكومة الإثيوبية إلى اتفاق سلام مع إريتريا بعد عقدين من العداء.",
      "state:ET",
      "AGREE",
      "state:ER",
      { peer: true },
    );
  });

  it("reads two parties that reached an agreement («توصلت روسيا وتركيا إلى اتفاق»)", () => {
    expectRel("وتوصلت روسيا وتركيا إلى اتفاق بشأن إدلب.", "state:RU", "AGREE", "state:TR", {
      peer: true,
    });
  });

  it("does not read reaching a finding as an agreement («توصلت الدراسة إلى أن»)", () => {
    expectNone("وتوصلت لجنة التحقيق الروسية إلى أن الحادث كان مدبرا.", "AGREE");
  });
});

describe("persuading", () => {
  it("reads persuading someone as a request («حاولت X إقناع Y بـ»)", () => {
    expectRel(
      "وسعت فرنسا لإقناع ألمانيا بالانضمام إلى المبادرة الأوروبية.",
      "state:FR",
      "REQUEST",
      "state:DE",
    );
  });

  it("reads the past verb with its object («أقنع X Y بـ»)", () => {
    expectRel(
      "وأقنع الرئيس الفرنسي إيمانويل ماكرون نظيره الأمريكي دونالد ترامب بالبقاء في سوريا.",
      "person:emmanuel-macron",
      "REQUEST",
      "person:donald-trump",
    );
  });

  it("does not read masks («أقنعة») as persuading", () => {
    expectNone("وارتدى المحتجون في طهران أقنعة واقية من الغاز أمام السفارة البريطانية.", "REQUEST");
  });
});

describe("signing, with long subjects", () => {
  it("finds the signed agreement after a subject list of offices and names", () => {
    expectRel(
      "وقع وزير الخارجية الإيراني عباس عراقجي والمدير العام للوكالة الدولية للطاقة الذرية رافائيل غروسي اتفاقا جديدا.",
      "person:abbas-araghchi",
      "AGREE",
      "person:rafael-grossi",
      { peer: true },
    );
  });

  it("reads memoranda as what three states sign («وقعت مصر والأردن والعراق مذكرات تفاهم»)", () => {
    const text = "وقعت مصر والأردن والعراق مذكرات تفاهم في مجالات الطاقة.";
    expectRel(text, "state:EG", "AGREE", "state:JO", { peer: true });
    expectRel(text, "state:JO", "AGREE", "state:IQ", { peer: true });
  });

  it("finds the sense word past an aside after the subjects («، في ختام قمة ثلاثية،»)", () => {
    expectRel(
      "وقعت مصر والأردن والعراق، في ختام قمة ثلاثية في بغداد، مذكرات تفاهم في مجالات الطاقة.",
      "state:EG",
      "AGREE",
      "state:IQ",
      { peer: true },
    );
    expectRel(
      "وقالت المفوضية إن الاتحاد الأوروبي والمملكة المتحدة توصلا، بمشاركة إسبانيا، إلى اتفاق سياسي.",
      "org:eu",
      "AGREE",
      "state:GB",
      { peer: true },
    );
  });

  it("reads no signing in a falling out («وقعت الصين وروسيا في خلاف على»)", () => {
    expectNone("وقعت الصين وروسيا في خلاف على حصص الغاز.", "AGREE");
  });

  it("reads no name in an object and the verb of its relative clause («مرسوما يقضي»)", () => {
    const rels = relationsOf("ووقع الرئيس الأمريكي مرسوما يقضي بفرض رسوم على الصين.");
    expect(
      rels.filter((r) => r.source.id.startsWith("person:unk-")),
      show(rels),
    ).toEqual([]);
  });
});

describe("aid approved, sent and sanctions by suspension or expulsion", () => {
  it("reads a grant or loan approved for a state («وافق البنك الدولي على منحة ... للصومال»)", () => {
    expectRel(
      "وافق البنك الدولي على منحة بقيمة 100 مليون دولار للصومال.",
      "org:world-bank",
      "AID",
      "state:SO",
    );
    expectNone("وافقت إيران على المقترح الروسي بشأن الاتفاق.", "AID");
  });

  it("reads aid dispatched («سيّرت الإمارات طائرة مساعدات إلى لبنان»)", () => {
    expectRel("سيّرت دولة الإمارات طائرة مساعدات جديدة إلى لبنان.", "state:AE", "AID", "state:LB");
  });

  it("reads a comment on a treaty as no sanction («علق الوزير على المعاهدة الموقعة مع»)", () => {
    expectNone(
      "علق وزير الخارجية الروسي على المعاهدة الموقعة مع الولايات المتحدة قائلا إنها انتهت.",
      "SANCTION",
    );
  });

  it("reads no aid in an approval of others' aid or in flights («وافقت إسرائيل على إدخال»)", () => {
    expectNone("وافقت إسرائيل على إدخال شحنات مساعدات إلى غزة عبر معبر كرم أبو سالم.", "AID");
    expectNone("سيرت الولايات المتحدة طائرات استطلاع فوق سوريا والعراق.", "AID");
  });

  it("reads staff of a mission expelled by the mission's nisba («موظفا في السفارة الفرنسية»)", () => {
    expectRel(
      "قررت الجزائر طرد اثني عشر موظفا في السفارة الفرنسية.",
      "state:DZ",
      "SANCTION",
      "state:FR",
    );
    expectNone("طردت الشركة عشرة موظفين في فرعها الفرنسي.", "SANCTION");
  });
});

describe("brandishing a threat", () => {
  it("reads «لوح بفرض عقوبات على X» as a threat to X", () => {
    expectRel(
      "ولوح الرئيس الأمريكي دونالد ترامب بفرض عقوبات على الصين.",
      "person:donald-trump",
      "THREATEN",
      "state:CN",
    );
  });

  it("does not read waving flags as a threat («لوح المتظاهرون بالأعلام»)", () => {
    expectNone("ولوح المتظاهرون بالأعلام الفلسطينية أمام السفارة الأمريكية في عمان.", "THREATEN");
  });
});

describe("sanctions that did not happen", () => {
  it("reads a threatened sanction as the threat, not as a sanction", () => {
    const text =
      "وقال ترامب في كلمة له إن بلاده ستنسحب من الاتفاق، متوعدا بعقوبات اقتصادية قاسية ضد طهران.";
    expectRel(text, "person:donald-trump", "THREATEN", "state:IR");
    const rels = relationsOf(text);
    expect(find(rels, "person:donald-trump", "SANCTION", "state:IR"), show(rels)).toHaveLength(0);
  });

  it("drafts no sanction a threat names («هددت X بفرض عقوبات على Y»)", () => {
    const text = "وهددت الولايات المتحدة بفرض عقوبات جديدة على تركيا.";
    expectRel(text, "state:US", "THREATEN", "state:TR");
    const rels = processArticle(bodyArticle(text), bundledKb(), { relations: "rules" }).relations;
    expect(find(rels, "state:US", "SANCTION", "state:TR"), show(rels)).toHaveLength(0);
  });

  it("reads a threatened attack as the threat, not as an attack («هدد X بشن هجمات ضد Y»)", () => {
    const text = "وهدد تنظيم داعش بشن هجمات ضد العراق قبل الانتخابات.";
    expectRel(text, "org:isis", "THREATEN", "state:IQ");
    const rels = relationsOf(text);
    expect(find(rels, "org:isis", "ASSAULT", "state:IQ"), show(rels)).toHaveLength(0);
  });

  it("reads a threat whose act is a short verbal noun after بـ («هدد أردوغان بشن عملية عسكرية ضد»)", () => {
    expectRel(
      "هدد أردوغان بشن عملية عسكرية ضد وحدات حماية الشعب الكردية.",
      "person:recep-tayyip-erdogan",
      "THREATEN",
      "org:ypg",
    );
  });

  it("reads the threatened act past an aside after the subject («هدد الحوثي، في خطاب متلفز، باستهداف»)", () => {
    expectRel(
      "هدد زعيم جماعة أنصار الله عبد الملك الحوثي، في خطاب متلفز، باستهداف السفن والبوارج الأمريكية.",
      "person:abdul-malik-al-houthi",
      "THREATEN",
      "state:US",
    );
  });

  it("keeps an attack that happened when the threat is to answer it («بالرد على الهجوم على»)", () => {
    const rels = relationsOf("وتوعدت إيران بالرد على الهجوم الإسرائيلي على سوريا.");
    expect(find(rels, "state:IL", "ASSAULT", "state:SY"), show(rels)).toHaveLength(1);
  });

  it("drafts no sanction a condition supposes («إذا قررت واشنطن تجديد العقوبات»)", () => {
    const text = "وقال ماكرون إنه لا يملك خطة بديلة إذا قررت واشنطن تجديد العقوبات على طهران.";
    const rels = processArticle(bodyArticle(text), bundledKb(), { relations: "rules" }).relations;
    expect(
      rels.filter((r) => r.type === "SANCTION"),
      show(rels),
    ).toHaveLength(0);
  });

  it("still reads a sanction imposed («فرضت X عقوبات على Y»)", () => {
    expectRel("وفرضت الولايات المتحدة عقوبات جديدة على تركيا.", "state:US", "SANCTION", "state:TR");
  });
});

describe("retaliation announced", () => {
  it("reads a retaliation to come as a threat («سترد على قرار X»)", () => {
    const text = "وأعلنت المكسيك والصين أنها سترد على قرار ترامب بإجراءات مناسبة.";
    expectRel(text, "state:MX", "THREATEN", "person:donald-trump");
    expectRel(text, "state:CN", "THREATEN", "person:donald-trump");
  });

  it("does not read a reply now as a threat («ترد روسيا على الاتهامات»)", () => {
    const rels = processArticle(
      bodyArticle("وترد روسيا على الاتهامات البريطانية بالتشكيك في الأدلة."),
      bundledKb(),
      { relations: "rules" },
    ).relations;
    expect(
      rels.filter((r) => r.type === "THREATEN"),
      show(rels),
    ).toHaveLength(0);
  });
});

describe("a verb after a connector", () => {
  it("continues the clause's subject after «حيث» («وصلت X إلى أكرا، حيث تزور غانا وكينيا»)", () => {
    const text = "ووصلت ميلانيا ترامب إلى أكرا، حيث تزور غانا وملاوي وكينيا ومصر.";
    expectRel(text, "person:melania-trump", "CONSULT", "state:GH");
    expectRel(text, "person:melania-trump", "CONSULT", "state:KE");
  });

  it("keeps a dual subject after «حيث» («حيث التقى بوتين وأردوغان»)", () => {
    const text = "ووصل الرئيس الإيراني حسن روحاني إلى سوتشي حيث التقى بوتين وأردوغان.";
    expectRel(text, "person:vladimir-putin", "CONSULT", "person:recep-tayyip-erdogan", {
      peer: true,
    });
  });

  it("does not carry a subject into a quotation («حيث قال: عندما يوقع رئيس على اتفاق»)", () => {
    const text =
      "وانتقد الرئيس الأمريكي الأسبق جيمي كارتر القرار، حيث قال: عندما يوقع الرئيس الأمريكي دونالد ترامب على اتفاق يجب أن يلتزم به.";
    const rels = processArticle(bodyArticle(text), bundledKb(), { relations: "rules" }).relations;
    expect(
      find(rels, "person:jimmy-carter", "AGREE", "person:donald-trump"),
      show(rels),
    ).toHaveLength(0);
  });
});

describe("sanction nouns", () => {
  it("reads breaking off relations with someone («قررت X تجميد العلاقات مع Y»)", () => {
    expectRel(
      "وقررت السعودية تجميد العلاقات التجارية مع كندا.",
      "state:SA",
      "SANCTION",
      "state:CA",
    );
  });

  it("reads sanctions with a pronoun owner («وسعت X عقوباتها على Y»)", () => {
    expectRel("ووسعت واشنطن عقوباتها على موسكو.", "state:US", "SANCTION", "state:RU");
  });

  it("reads tariffs against a state («تعريفات جديدة ضد الصين»)", () => {
    expectRel(
      "وأعلنت الحكومة الأمريكية عن تعريفات جديدة ضد الصين.",
      "state:US",
      "SANCTION",
      "state:CN",
    );
  });
});

describe("a verb after a connector", () => {
  it("keeps an office after the verb as its subject, never the previous sentence's actor", () => {
    const text =
      "فرضت الولايات المتحدة عقوبات على إيران. ويأتي هذا بعدما هدد الرئيس الأميركي بالسيطرة عليها.";
    const threats = processArticle(bodyArticle(text, "2019-05-01"), bundledKb()).relations.filter(
      (r: RelationMention) => r.type === "THREATEN",
    );
    expect(threats.map((r) => r.target.id)).not.toContain("person:donald-trump");
    expect(threats.map((r) => r.source.id)).not.toContain("state:US");
  });
});
