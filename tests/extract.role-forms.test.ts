// ROLE in the forms news writes besides "title + name": the title after the name, a dual title
// shared by two names, a possessive title ("وزير خارجيتها"), and appointments ("عُيّن X وزيرا
// للخارجية", "خلفا لـ Y"); and titles that must not swallow the next word as a name.
import { describe, expect, it } from "vitest";
import type { RelationMention } from "../src/schema.js";
import { expectRel, mentionsOf, relationsOf, run, show } from "./helpers/pipeline.js";

/** The ROLE relations of `text`, by the source's text as written and the target's id. */
function roles(text: string): Array<{ who: string; of: string; title: string | undefined }> {
  return relationsOf(text)
    .filter((r: RelationMention) => r.type === "ROLE")
    .map((r) => ({ who: r.source.text, of: r.target.id, title: r.title }));
}

function expectRole(text: string, who: string, of: string, title?: string): void {
  const all = roles(text);
  const hit = all.find((r) => r.who === who && r.of === of);
  expect(hit, `${text}\n${show(relationsOf(text))}`).toBeDefined();
  if (title) expect(hit?.title).toBe(title);
}

describe("the title after the name", () => {
  it("reads «X، وزير الخارجية الروسي،»", () => {
    expectRole(
      "قال سيرغي لافروف، وزير الخارجية الروسي، إن موسكو سترد على العقوبات.",
      "سيرغي لافروف",
      "state:RU",
      "وزير الخارجية الروسي",
    );
  });

  it("reads an unknown name with «الناطق باسم الخارجية الأميركية»", () => {
    expectRole(
      "وقال أحمد حسن، الناطق باسم الخارجية الأميركية، إن الأمر خطير.",
      "أحمد حسن",
      "state:US",
    );
  });

  it("reads an office that names an agency: «رئيس وكالة الاستخبارات الأمريكية»", () => {
    const all = roles("وقال مايك بومبيو، رئيس وكالة الاستخبارات الأمريكية، إن البلاد مستعدة.");
    expect(all.some((r) => r.who === "مايك بومبيو" && r.title?.startsWith("رئيس وكالة"))).toBe(
      true,
    );
  });

  it("keeps a given name whole: «كريم حسن، رئيس الوزراء العراقي»", () => {
    expectRole("وقال كريم حسن، رئيس الوزراء العراقي، إن الأمر خطير.", "كريم حسن", "state:IQ");
  });
});

describe("a dual title shared by two names", () => {
  it("gives each foreign minister his own state", () => {
    const text = "وقال وزيرا الخارجية الروسي سيرغي لافروف والأميركي مايك بومبيو إن الحوار ممكن.";
    expectRole(text, "سيرغي لافروف", "state:RU");
    expectRole(text, "مايك بومبيو", "state:US", "وزيرا الخارجية");
    expect(roles(text).filter((r) => r.who === "مايك بومبيو" && r.of === "state:RU")).toEqual([]);
  });

  it("gives each president his own state: «الرئيسان الروسي ... والصيني ...»", () => {
    const text = "التقى الرئيسان الروسي فلاديمير بوتين والصيني شي جين بينغ في موسكو.";
    expectRole(text, "فلاديمير بوتين", "state:RU");
    expectRole(text, "شي جين بينغ", "state:CN");
  });

  it("finds names the knowledge base does not know", () => {
    const text =
      "وقال وزيرا الدفاع الفرنسي جان ماري دوبون والألماني توماس فيبر إن التدريبات ستستمر.";
    expectRole(text, "جان ماري دوبون", "state:FR");
    expectRole(text, "توماس فيبر", "state:DE");
  });
});

describe("a possessive title", () => {
  it("refers «وزيرة خارجيتها» to the state before it", () => {
    expectRole(
      "أعلنت كوريا الجنوبية أن وزيرة خارجيتها كانغ كيونغ وا ستزور اليابان الأسبوع المقبل.",
      "كانغ كيونغ وا",
      "state:KR",
      "وزيرة خارجيتها",
    );
  });

  it("refers «رئيس وزرائها» to the state of the sentence before", () => {
    expectRole(
      "تستضيف العاصمة الإثيوبية قمة إقليمية. وقال رئيس وزرائها أبي أحمد إن القمة ستبحث السلام.",
      "أبي أحمد",
      "state:ET",
    );
  });
});

describe("appointments", () => {
  it("reads «عُين X، وزير الصحة، وزيرا للخارجية البريطانية، خلفا لـ Y»", () => {
    const text =
      "وعُين جيرمي هانت، وزير الصحة، وزيرا للخارجية البريطانية، خلفا لبوريس جونسون، الذي استقال.";
    expectRole(text, "جيرمي هانت", "state:GB", "وزيرا للخارجية البريطانية");
    expectRole(text, "بوريس جونسون", "state:GB");
  });

  it("takes the state of the one who appoints when the title names none", () => {
    const text = "وعين الرئيس الفرنسي إيمانويل ماكرون كريستوف كاستانير وزيرا للداخلية.";
    expectRole(text, "كريستوف كاستانير", "state:FR", "وزيرا للداخلية");
    expect(
      roles(text).filter((r) => r.who === "إيمانويل ماكرون" && r.title === "وزيرا للداخلية"),
    ).toEqual([]);
  });

  it("reads a headline without a verb: «X وزيرا لخارجية بريطانيا»", () => {
    expectRole("جيرمي هانت وزيرا لخارجية بريطانيا خلفا لبوريس جونسون", "جيرمي هانت", "state:GB");
  });

  it("gives nothing when no state or appointer is named", () => {
    expect(roles("وقد تم تعيين كريستوف كاستانير وزيرا للداخلية.")).toEqual([]);
  });
});

describe("a spokesman's office names whom he speaks for", () => {
  it("gives the named president his own title, not the spokesman's", () => {
    const text = "وقال المتحدث باسم الرئيس الروسي فلاديمير بوتين، ديميتري بيسكوف، إن موسكو سترد.";
    expectRole(text, "فلاديمير بوتين", "state:RU", "الرئيس الروسي");
    const spokesman = roles(text).filter((r) => r.title?.startsWith("المتحدث"));
    expect(spokesman.filter((r) => r.who === "فلاديمير بوتين")).toEqual([]);
  });

  it("gives the spokesman, not the one he speaks for, the office: «المتحدث باسم بوتين، دميتري بيسكوف»", () => {
    const text =
      "ونقلت وسائل إعلام روسية عن المتحدث باسم بوتين، دميتري بيسكوف، قوله إن الزيارة خاصة.";
    expectRole(text, "دميتري بيسكوف", "state:RU", "المتحدث باسم بوتين");
    expect(roles(text).filter((r) => r.who === "بوتين")).toEqual([]);
  });

  it("gives the spokesman his office when his rank follows the body he speaks for", () => {
    expectRole(
      "وقال المتحدث باسم الجيش الإسرائيلي اللفتنانت كولونيل جوناثان كونريكوس إن الوضع خطير.",
      "جوناثان كونريكوس",
      "state:IL",
    );
  });

  it("reads a seat of power in an office as the state it stands for", () => {
    expectRole(
      "وقالت مديرة الاتصالات بالبيت الأبيض هوب هيكس إن الرئيس سيرد.",
      "هوب هيكس",
      "state:US",
    );
  });

  it("still gives the spokesman of a ministry his office", () => {
    expectRole(
      "وقالت المتحدثة باسم الخارجية الأميركية، هيذر ناورت، إن واشنطن قلقة.",
      "هيذر ناورت",
      "state:US",
      "المتحدثة باسم الخارجية الأميركية",
    );
    expectRole(
      "وقال المتحدث باسم الكرملين ديميتري بيسكوف إن موسكو سترد.",
      "ديميتري بيسكوف",
      "state:RU",
    );
  });
});

describe("a title does not swallow the next word as a name", () => {
  const persons = (text: string) =>
    mentionsOf(text)
      .filter((m) => m.entity.kind === "person" && m.entity.id.startsWith("person:unk-"))
      .map((m) => m.text);

  it.each([
    "وقال ترامب إن الرئيس الأميركي يريد أن يرى نتائج ملموسة.",
    "قضية الجاسوس: السفير الروسي يطلب مقابلة وزير الخارجية البريطاني.",
    "وقال ترامب إن الزعيم الكوري الشمالي سيكون بإمكانه أن يفتخر بما فعله.",
    "ونقل مسؤول عن الزعيم الكوري الشمالي قوله: اتخذت قراري اليوم.",
    "أعلن رئيس الولايات المتحدة آنذاك، باراك أوباما، أن إيران أوفت بالتزاماتها.",
    "وقد شغل شريف منصب رئيس وزراء باكستان لثلاث دورات قبل أن يستقيل.",
    "قال يفغيني رويزمان، عمدة مدينة يكاترينبورغ، إن المدينة هادئة.",
  ])("%s", (text) => {
    const names = persons(text);
    for (const bad of ["يريد", "يطلب", "سيكون", "قوله", "آنذاك", "لثلاث", "مدينة"])
      expect(
        names.filter((n) => n.startsWith(bad)),
        names.join(", "),
      ).toEqual([]);
  });

  it("still reads a name after a definite title: «الرئيس الأميركي دونالد ترامب»", () => {
    expectRole("وقال الرئيس الأميركي دونالد ترامب إن الاتفاق سيئ.", "دونالد ترامب", "state:US");
  });
});

describe("a former office holder", () => {
  it("keeps an office begun by the article's date, never one taken up later", () => {
    // Luigi Di Maio was Italy's foreign minister from 2019 and the EU's Gulf envoy from 2023.
    const text = "وقال الوزير السابق لويجي دي مايو إن الحكومة ستصمد.";
    const of = (date: string) =>
      run(text, date)
        .relations.filter((r) => r.type === "ROLE" && r.source.id === "person:luigi-di-maio")
        .map((r) => r.target.id);
    expect(of("2018-05-03")).not.toContain("org:eu");
    expect(of("2022-12-01")).toEqual(["state:IT"]);
  });
});

describe("a local office", () => {
  it("reads its holder's unknown name and gives him the place: «رئيس بلدية إسطنبول مولود أويسال»", () => {
    expectRole(
      "وقال رئيس بلدية إسطنبول مولود أويسال إن المدينة ستستضيف المؤتمر.",
      "مولود أويسال",
      "place:istanbul",
    );
  });
});

describe("an agent or an officer of a state", () => {
  it("serves the state of his nisba: «العميل الروسي السابق سيرغي سكريبال»", () => {
    expectRole(
      "وتتهم لندن موسكو بتسميم العميل الروسي السابق سيرغي سكريبال في سالزبري.",
      "سيرغي سكريبال",
      "state:RU",
    );
  });

  it("serves the state of the service he was an officer in", () => {
    expectRole(
      "ورأى الضابط السابق في المخابرات الجزائرية محمد إلياس رحماني أن الانتخابات مزورة.",
      "محمد إلياس رحماني",
      "state:DZ",
    );
  });
});

describe("an honorific between the office and the name", () => {
  it("is passed over and left out of the title: «آية الله»، «السيد»", () => {
    expectRole(
      "وقال مرشد الثورة الإسلامية في إيران، آية الله علي خامنئي، إن واشنطن تكذب.",
      "علي خامنئي",
      "state:IR",
    );
    expectRole(
      "وجاء ذلك تجسيدا لمسعى رئيس الجمهورية، السيد عبد العزيز بوتفليقة، لتعزيز الوحدة.",
      "عبد العزيز بوتفليقة",
      "state:DZ",
      "رئيس الجمهورية",
    );
  });
});

describe("an office stated after «وهو»", () => {
  it("reads an indefinite title, its «سابق» and membership of a body after «في»", () => {
    expectRole(
      "وقال فيليب إنغرام، وهو ضابط مخابرات سابق في الجيش البريطاني، إن الهجوم معقد.",
      "فيليب إنغرام",
      "state:GB",
    );
  });

  it("keeps a state after «في» a posting, not the office's owner", () => {
    expect(roles("وقال جون سميث، وهو سفير في إسرائيل، إن المحادثات مستمرة.")).toEqual([]);
  });
});

describe("a title in the construct state before a name", () => {
  it("is the named person's subordinate, not an office he holds: «مستشار ترامب»", () => {
    for (const text of [
      "وقال مستشار ترامب إن الاتفاق سيئ.",
      "وسوف يقف المرشح الديمقراطي ضد مرشح ترامب المفضل.",
    ])
      expect(
        roles(text).filter((r) => r.who.includes("ترامب")),
        text,
      ).toEqual([]);
    const rels = relationsOf("واتهم مستشار ترامب الصين بسرقة التكنولوجيا.");
    expect(
      rels.filter((r) => r.source.id === "person:donald-trump"),
      show(rels),
    ).toEqual([]);
  });

  it("names its holder when it has the article: «للرئيس ترامب»", () => {
    expectRole("وقالت المتحدثة إن رسالة وصلت للرئيس ترامب أمس.", "ترامب", "state:US");
  });
});

describe("titles of candidates and women holders", () => {
  it("reads «سفيرة الولايات المتحدة» and «مرشح المعارضة»", () => {
    expectRole(
      "وقالت سفيرة الولايات المتحدة في الأمم المتحدة نيكي هايلي إن بلادها سترد.",
      "نيكي هايلي",
      "state:US",
    );
    expectRole(
      "وكتب مرشح المعارضة نلسون تشاميسا على تويتر إن الحملة مستمرة.",
      "نلسون تشاميسا",
      "org:zw-mdc",
    );
  });
});

describe("a title in the plural", () => {
  it("is a group of holders: it introduces no unknown name", () => {
    const names = mentionsOf("وسيعقد وزراء خارجية ألمانيا والنمسا وإيطاليا لقاءات ثنائية وثلاثية.")
      .filter((m) => m.entity.kind === "person")
      .map((m) => m.text);
    expect(names).toEqual([]);
  });

  it("lets the states it names meet: «التقى قادة مصر والأردن والعراق»", () => {
    const rels = relationsOf("والتقى قادة مصر والأردن والعراق في القاهرة.");
    const pairs = rels
      .filter((r) => r.type === "CONSULT")
      .map((r) => `${r.source.id} ${r.target.id}`);
    expect(pairs, show(rels)).toEqual([
      "state:EG state:JO",
      "state:EG state:IQ",
      "state:JO state:IQ",
    ]);
  });
});

describe("a possessive title before a name the KB knows", () => {
  it("serves the state the KB gives the holder («كوبا ... وزير خارجيتها برونو رودريغيز»)", () => {
    expectRel(
      "كما نددت كوبا بالعقوبات على فنزويلا، وقال وزير خارجيتها برونو رودريغيز إن هافانا تقف إلى جانب كاراكاس.",
      "person:bruno-rodriguez-parrilla",
      "ROLE",
      "state:CU",
    );
  });
});

describe("an office after «وهو» / «وهي»", () => {
  it("is the office of the person before it, with the office's owner in construct", () => {
    expectRole(
      "وقالت تيريزا ماي، وهي رئيسة وزراء بريطانيا، إن الاتفاق لن يمر.",
      "تيريزا ماي",
      "state:GB",
      "رئيسة وزراء بريطانيا",
    );
    expectRole(
      "وقال جان إيف لودريان، وزير خارجية فرنسا، إن باريس تدعم الحوار.",
      "جان إيف لودريان",
      "state:FR",
      "وزير خارجية فرنسا",
    );
  });

  it("is that person's with a nisba, not the office's holder by the KB («وهو وزير ... السابق»)", () => {
    const text = "وقال جون كيري، وهو وزير الخارجية الأمريكي السابق، إن الاتفاق النووي كان جيدا.";
    expectRole(text, "جون كيري", "state:US", "وزير الخارجية الأمريكي");
    const who = relationsOf(text).map((r) => r.source.id);
    expect(who, show(relationsOf(text))).not.toContain("person:antony-blinken");
  });

  it("is not given to a person the KB knows in another state's offices («كيم ...، وهو الرئيس الأمريكي»)", () => {
    const text =
      "وصافح ترامب كيم جونغ أون، وهو الرئيس الأمريكي الأول الذي يلتقي زعيما كوريا شماليا.";
    const kim = relationsOf(text).filter(
      (r) =>
        r.type === "ROLE" && r.source.id === "person:kim-jong-un" && r.target.id === "state:US",
    );
    expect(kim, show(relationsOf(text))).toEqual([]);
    expectRole(
      "وقال كريستوفر راي، وهو مدير مكتب التحقيقات الفيدرالي، إن روسيا لا تزال تتدخل.",
      "كريستوفر راي",
      "state:US",
    );
  });

  it("gives no state for a nationality («وهو الباحث الأمريكي»)", () => {
    expect(roles("وقال محمد جونز، وهو الباحث الأمريكي في شؤون الطاقة، إن الأسعار سترتفع.")).toEqual(
      [],
    );
  });
});

describe("a name behind a preposition", () => {
  it("is no holder of the title before it: «أشاد الرئيس المصري، بجون سميث»، «وزير بريطاني لترمب»", () => {
    expect(roles("أشاد محمد البرادعي، نائب الرئيس المصري السابق، بجون سميث.")).not.toContainEqual(
      expect.objectContaining({ who: "جون سميث" }),
    );
    expect(roles("وزير بريطاني لترمب: أين اللياقة؟")).toEqual([]);
  });
});

describe("a title right after a name and a comma", () => {
  it("is that person's, not another official acting beside him", () => {
    const text = "أشاد محمد البرادعي، نائب الرئيس المصري السابق، بجون سميث.";
    expectRole(text, "محمد البرادعي", "state:EG", "نائب الرئيس المصري السابق");
    const support = relationsOf(text).filter((r) => r.type === "SUPPORT");
    expect(
      support.map((r) => r.source.id),
      show(support),
    ).toEqual(["person:mohamed-elbaradei"]);
  });
});

describe("a verb's subject with its title set off by commas", () => {
  it("takes its object after the title, and the title names no second subject", () => {
    const text = "انتقد جون سميث، وزير الخارجية البريطاني، روسيا بسبب الهجوم.";
    const accuse = relationsOf(text).filter((r) => r.type === "ACCUSE");
    expect(
      accuse.map((r) => `${r.source.text} -> ${r.target.id}`),
      show(accuse),
    ).toEqual(["جون سميث -> state:RU"]);
  });

  it("leaves a title that the next name holds to that name: «ترامب، رئيس الوزراء الياباني شينزو آبي»", () => {
    const all = roles("التقى ترامب، رئيس الوزراء الياباني شينزو آبي، في البيت الأبيض.");
    expect(all.filter((r) => r.of === "state:JP").map((r) => r.who)).toEqual(["شينزو آبي"]);
  });
});

describe("an office after a comma that is not the subject's", () => {
  it("opens the object when a name follows it: «صافح ترامب، الزعيم الكوري الشمالي كيم جونغ أون»", () => {
    expectRel(
      "صافح ترامب، الزعيم الكوري الشمالي كيم جونغ أون، في المنطقة منزوعة السلاح.",
      "person:donald-trump",
      "CONSULT",
      "person:kim-jong-un",
    );
  });

  it("is no title of a subject the KB gives no office of that state", () => {
    expect(roles("التقى ترامب، رئيس الوزراء الياباني، في البيت الأبيض.")).not.toContainEqual(
      expect.objectContaining({ who: "ترامب", of: "state:JP" }),
    );
  });

  it("does not run on over a comma into the next person's title («زعيم حزب الشعب الجمهوري، الرئيس أردوغان»)", () => {
    const text = "هاجم كمال كليتشدار أوغلو، زعيم حزب الشعب الجمهوري، الرئيس أردوغان.";
    expectRel(text, "person:kemal-kilicdaroglu", "ACCUSE", "person:recep-tayyip-erdogan");
    expect(roles(text)).not.toContainEqual(
      expect.objectContaining({ who: "أردوغان", of: "org:tr-chp" }),
    );
  });

  it("still names the subject's office for a counterpart after it: «نظيره الروسي»", () => {
    expectRel(
      "التقى سامح شكري، وزير الخارجية المصري، نظيره الروسي في موسكو.",
      "person:sameh-shoukry",
      "CONSULT",
      "person:sergey-lavrov",
    );
  });

  it("as a kin's office describes the subject: «حضر جون سميث، نجل الرئيس الأمريكي، مؤتمرا»", () => {
    const consult = relationsOf("حضر جون سميث، نجل الرئيس الأمريكي، مؤتمرا في القدس.").filter(
      (r) => r.type === "CONSULT",
    );
    expect(consult, show(consult)).toEqual([]);
  });
});

describe("the KB's word against a title after a comma", () => {
  it("vetoes only an office of another state the person holds now, not a former one nor one the KB keeps on a body", () => {
    expectRole(
      "قال رياض المالكي، وزير الخارجية الفلسطيني، إن الخطة مرفوضة.",
      "رياض المالكي",
      "state:PS",
    );
    expectRole(
      "قال الأخضر الإبراهيمي، وزير الخارجية الجزائري الأسبق، إن الأزمة عميقة.",
      "الأخضر الإبراهيمي",
      "state:DZ",
    );
  });

  it("leaves a late ruler a word of kin owns to the kin's father: «نجل الزعيم الليبي الراحل، خليفة حفتر»", () => {
    const text = "انتقد سيف الإسلام القذافي، نجل الزعيم الليبي الراحل، خليفة حفتر.";
    expectRel(text, "person:saif-al-islam-gaddafi", "ACCUSE", "person:khalifa-haftar");
  });
});

describe("a verb joined by و after an office and its state", () => {
  it("is no holder's name: «استقبل بوتين رئيس تركيا ووقع اتفاقيات»، «التقى ماكرون رئيس مصر وبحث معه»", () => {
    for (const text of [
      "استقبل بوتين رئيس تركيا ووقع اتفاقيات عدة.",
      "التقى ماكرون رئيس مصر وبحث معه الأزمة الليبية.",
    ]) {
      const persons = mentionsOf(text).filter((m) => m.entity.kind === "person");
      expect(persons.map((m) => m.text)).not.toContainEqual(expect.stringMatching(/^و/));
    }
  });
});

describe("an office of another state written against the name", () => {
  it("is the verb's object, no title of the subject, whatever place follows it: «التقى ترامب زعيم كوريا الشمالية في سنغافورة»", () => {
    const text = "التقى ترامب زعيم كوريا الشمالية في سنغافورة.";
    expectRel(text, "person:donald-trump", "CONSULT", "state:KP");
    expect(roles(text)).not.toContainEqual(expect.objectContaining({ who: "ترامب" }));
  });
});
