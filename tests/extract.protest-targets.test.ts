// Whom a crowd protests against when the sentence names no one (issue 9, the fifteenth round):
// a crowd of one state's people protests against its own state, a crowd of no state doing a
// protest's act against the one state named; a protest's purpose makes what a group does a
// protest («أغلق المزارعون الطرق احتجاجا على»); a march «نحو» a city places its crowd there;
// a crowd counted among the dead («القتلى في صفوف المعتصمين») is not reported protesting.
import { describe, it } from "vitest";
import { expectNone, expectNoRel, expectRel } from "./helpers/pipeline.js";

describe("a crowd of one state's people", () => {
  it("protests against its own state when no other state is named", () => {
    expectRel(
      "تجمع آلاف الكويتيين في ساحة الإرادة احتجاجا على تعديل قانون الانتخاب بمرسوم أميري.",
      "group:protesters-kw",
      "PROTEST",
      "state:KW",
    );
  });

  it("reads a sector tied to a state the same way", () => {
    expectRel(
      "أغلق مئات المزارعين الفرنسيين الطرق السريعة احتجاجا على تراجع دخلهم.",
      "group:workers-fr",
      "PROTEST",
      "state:FR",
    );
  });

  it("does not protest against its own state when another state is named", () => {
    expectNoRel(
      "تظاهر مئات الأردنيين تضامنا مع الشعب الفلسطيني في القدس.",
      "state:JO",
      "PROTEST",
      "state:JO",
    );
  });
});

describe("a crowd of no state doing a protest's act", () => {
  it("protests against the one state the sentence names", () => {
    expectRel(
      "قطع محتجون غاضبون الطريق الدولي الرابط بين بيروت والجنوب احتجاجا على انهيار سعر الليرة.",
      "group:protesters",
      "PROTEST",
      "state:LB",
    );
  });

  it("is no protest when the crowd is only spoken of", () => {
    expectNone(
      "وأصر رئيس الوزراء الإسرائيلي على أن المتظاهرين تدفع لهم حماس لمحاولة اختراق الحدود.",
      "PROTEST",
    );
  });

  it("is no protest when the word of protest names a sports event", () => {
    expectNone(
      "قال رئيس اللجنة المنظمة إن البطولة ستكون مظاهرة رياضية تجمع شعوب المنطقة على أرض قطر.",
      "PROTEST",
    );
  });
});

describe("where a crowd is", () => {
  it("places a march «نحو» a city in that city's state", () => {
    expectRel(
      "نظم أنصار المعارضة مسيرة حاشدة نحو العاصمة إسلام آباد للمطالبة بالإفراج عن المعتقلين.",
      "group:opposition",
      "PROTEST",
      "state:PK",
    );
  });
});

describe("a crowd counted among the dead", () => {
  it("is not reported protesting: «عشرات القتلى في صفوف المعتصمين»", () => {
    expectNone(
      "فضت قوات الدعم السريع بالقوة الاعتصام المقام أمام مقر القيادة العامة للجيش في الخرطوم، ما أسفر عن سقوط عشرات القتلى في صفوف المعتصمين.",
      "PROTEST",
    );
  });
});

describe("a crowd counted after «بين»", () => {
  it("is a casualty, not reported protesting: «الجرحى بين المتظاهرين»", () => {
    expectNone("سقط عدد من الجرحى بين المتظاهرين في بغداد.", "PROTEST");
  });
});

describe("a crowd gathered for a protest", () => {
  it("is counted at a verb of gathering before a word of protest: «شارك عشرات الآلاف في مسيرة»", () => {
    expectRel(
      "شارك عشرات الآلاف في مسيرة مليونية بالخرطوم دعت إليها لجان المقاومة للمطالبة بعودة الحكم المدني.",
      "group:protesters",
      "PROTEST",
      "state:SD",
    );
  });

  it("takes a demand past a comma and past quotation marks", () => {
    expectRel(
      'احتشد الملايين في ميدان التحرير ومحيط قصر الاتحادية استجابة لدعوة حملة "تمرد" للمطالبة برحيل الحكومة.',
      "group:protesters",
      "PROTEST",
      "state:EG",
    );
    expectRel(
      "احتشد الآلاف من أنصار التيار الصدري في ساحة التحرير وسط بغداد استجابة لدعوة زعيمهم، مطالبين بمحاربة الفساد.",
      "org:sadrist-movement",
      "PROTEST",
      "state:IQ",
    );
  });

  it("is no protest when past the comma stands only a manner: «مرددين الأغاني»", () => {
    expectNone("خرج الآلاف لاستقبال المنتخب الوطني في مطار القاهرة، مرددين الأغاني.", "PROTEST");
  });

  it("reads the protesters of a body as its followers: «متظاهرو المعارضة»", () => {
    expectRel(
      "خرج متظاهرو المعارضة في شوارع بغداد للمطالبة بإجراء انتخابات مبكرة.",
      "group:opposition",
      "PROTEST",
      "state:IQ",
    );
  });

  it("places a crowd before a building of a city: «أمام مبنى بلدية إسطنبول»", () => {
    expectRel(
      "تظاهر عشرات الآلاف أمام مبنى بلدية إسطنبول احتجاجا على توقيف رئيسها.",
      "group:protesters",
      "PROTEST",
      "state:TR",
    );
  });

  it("reads a protest's purpose further into the clause: «مسيرة بالسيارات جابت شوارع المدينة احتجاجا»", () => {
    expectRel(
      "نظم سائقو سيارات الأجرة في الدار البيضاء مسيرة بالسيارات جابت شوارع المدينة احتجاجا على عمل تطبيقات النقل.",
      "group:workers",
      "PROTEST",
      "state:MA",
    );
  });
});

describe("a crowd of a place's residents", () => {
  it("is counted and placed by its place: «تظاهر المئات من أهالي البصرة»", () => {
    // The residents protest (a generic actor since the twenty-fourth round; a crowd before).
    expectRel(
      "تظاهر المئات من أهالي البصرة أمام مبنى المحافظة احتجاجا على انقطاع التيار الكهربائي.",
      "group:residents",
      "PROTEST",
      "state:IQ",
    );
  });

  it("is counted in thousands: «يعتصم عشرات الآلاف من المزارعين الهنود»", () => {
    expectRel(
      "يعتصم عشرات الآلاف من المزارعين الهنود منذ ثلاثة أشهر على مشارف العاصمة نيودلهي، للمطالبة بإلغاء قوانين زراعية.",
      "group:workers-in",
      "PROTEST",
      "state:IN",
    );
  });

  it("holds a stand before an embassy: «نفذ المئات من الأردنيين وقفة أمام السفارة»", () => {
    expectRel(
      "نفذ المئات من الأردنيين وقفة أمام السفارة الإسرائيلية في عمان، مطالبين بطرد السفير.",
      "group:protesters-jo",
      "PROTEST",
      "state:IL",
    );
  });

  it("is no crowd when the count is of what a verb carries out", () => {
    expectNone("نفذت الطائرات المئات من الغارات على مواقع التنظيم في الرقة.", "PROTEST");
  });
});

describe("what these protest phrasings do not read (review of the fifteenth round)", () => {
  it("does not make a people shown solidarity, or refugees acted on, protesters", () => {
    expectNoRel(
      "نظم مئات الأتراك وقفة تضامنية مع الشعب الفلسطيني تنديدا بالعدوان على غزة.",
      "group:people-ps",
      "PROTEST",
      "state:PS",
    );
    expectNone("أعلنت الحكومة إغلاق مخيمات اللاجئين الأفغان تنديدا بتقاعس المانحين.", "PROTEST");
    expectNone(
      "تظاهر مئات اللاجئين السوريين في مخيم الزعتري احتجاجا على تقليص المساعدات الغذائية.",
      "PROTEST",
    );
  });

  it("does not read pilgrims, drones or the dispersal of a sit-in as a march", () => {
    expectNone("شارك آلاف الحجاج في وقفة عرفات في السعودية يوم الاثنين.", "PROTEST");
    expectNone("خرج عشرات الصيادين إلى البحر في غزة رغم تحليق طائرات مسيرة.", "PROTEST");
    expectNone("شارك الآلاف في فض اعتصام ميدان رابعة العدوية في القاهرة.", "PROTEST");
  });

  it("does not place a crowd by «نحو» as about, or «أمام» before a state's name", () => {
    expectNone("تظاهر المئات احتجاجا على ترحيل نحو خمسين مهاجرا أفغانيا.", "PROTEST");
    expectNone(
      "أحرق متظاهرون إطارات السيارات احتجاجا على نتائج مباراة المنتخب أمام البرازيل.",
      "PROTEST",
    );
  });

  it("does not take a state named as where goods came from for the one protested", () => {
    expectNone(
      "أغلق سائقو الشاحنات الطرق احتجاجا على ارتفاع أسعار الديزل المستورد من روسيا.",
      "PROTEST",
    );
  });
});

describe("a crowd answering a call to demonstrate", () => {
  it("reads «للتظاهر» as a protest's purpose: «خرج الآلاف للتظاهر»", () => {
    expectRel("خرج الآلاف للتظاهر في شوارع بغداد.", "group:protesters", "PROTEST", "state:IQ");
  });

  it("reads a count after «استجاب» as a crowd when it answers a call to demonstrate", () => {
    expectRel(
      "استجاب آلاف الشباب لدعوات حركة جيل زد للتظاهر في الرباط، مطالبين بإصلاح التعليم.",
      "group:protesters",
      "PROTEST",
      "state:MA",
    );
    expectNone("استجاب المئات لدعوة الحكومة للتبرع بالدم في القاهرة.", "PROTEST");
    expectNone("توافد آلاف المصلين إلى المسجد الأقصى لأداء صلاة الجمعة.", "PROTEST");
  });
});

describe("a protest against what someone does", () => {
  it("is against the doer of the relative clause after على or لـ", () => {
    expectRel(
      "خرج آلاف المتظاهرين احتجاجا على الحصار الذي تفرضه إسرائيل على القطاع.",
      "group:protesters",
      "PROTEST",
      "state:IL",
    );
    expectRel(
      "نظم الأكراد احتجاجا ضد الهجمات التي يشنها الجيش التركي.",
      "group:kurds",
      "PROTEST",
      "org:tr-armed-forces",
    );
  });

  it("takes its doer from لـ before ضد: «احتجاج للأكراد ضد ...»", () => {
    expectRel(
      "وشارك الآلاف في احتجاج للأكراد ضد الهجمات العسكرية التي يشنها الجيش التركي في شمال سوريا.",
      "group:kurds",
      "PROTEST",
      "org:tr-armed-forces",
    );
  });

  it("does not reach through a relative clause for sanctions", () => {
    expectNoRel(
      "فرضت واشنطن عقوبات على الشركات التي تتعامل مع إيران.",
      "state:US",
      "SANCTION",
      "state:IR",
    );
  });
});

describe("a crowd that is fired on", () => {
  it("still protests when the sentence says what against: «..., رفضا لزيادات ضريبية»", () => {
    expectRel(
      "أطلقت الشرطة الكينية الغاز على آلاف المحتجين الذين تجمعوا قرب مبنى البرلمان في نيروبي يوم الثلاثاء، رفضا لزيادات ضريبية.",
      "group:protesters",
      "PROTEST",
      "state:KE",
    );
  });

  it("still protests when it demands an ouster: «الذين كانوا يطالبون بإسقاط الحكومة»", () => {
    expectRel(
      "استخدمت قوات الأمن العراقية الرصاص الحي لتفريق آلاف المحتجين في ساحة التحرير ببغداد، الذين كانوا يطالبون بإسقاط الحكومة.",
      "group:protesters",
      "PROTEST",
      "state:IQ",
    );
  });

  it("still protests when a verb of its stance follows: «على محتجين يرفضون حكم المجلس العسكري»", () => {
    expectRel(
      "أطلقت قوات الأمن في ميانمار الرصاص الحي على محتجين يرفضون حكم المجلس العسكري في مدينة ماندالاي.",
      "group:protesters",
      "PROTEST",
      "state:MM",
    );
  });

  it("is not reported protesting when nothing says so: «لتفريق آلاف المحتجين»", () => {
    expectNone("استخدمت الشرطة الغاز لتفريق آلاف المحتجين في نيروبي.", "PROTEST");
  });
});

describe("the group that called a protest", () => {
  it("protests: «إضراب عام دعت إليه النقابات»، «مظاهرات دعت إليها المعارضة ... ضد الرئيس»", () => {
    expectRel(
      "شل إضراب عام دعت إليه النقابات العمالية الفرنسية حركة القطارات في باريس يوم الخميس، رفضا لمشروع الحكومة رفع سن التقاعد.",
      "group:workers",
      "PROTEST",
      "state:FR",
    );
    expectRel(
      "خرجت مظاهرات حاشدة دعت إليها المعارضة في كراكاس ضد الرئيس نيكولاس مادورو.",
      "group:opposition",
      "PROTEST",
      "person:nicolas-maduro",
    );
    expectRel(
      "خرجت مسيرة نظمتها المعارضة ضد الرئيس نيكولاس مادورو.",
      "group:opposition",
      "PROTEST",
      "person:nicolas-maduro",
    );
    expectRel(
      "شارك نحو 25 ألف شخص في مسيرة نظمتها حركة بيغيدا المعادية للإسلام في مدينة دريسدن الألمانية.",
      "org:de-pegida",
      "PROTEST",
      "state:DE",
    );
  });
});

describe("a union, party or movement", () => {
  it("holds a strike or a sit-in it is the clause's subject of: «نفذ الاتحاد العام التونسي للشغل إضرابا»", () => {
    expectRel(
      "نفذ الاتحاد العام التونسي للشغل إضرابا عاما في الوظيفة العمومية شمل مختلف الولايات، احتجاجا على رفض حكومة يوسف الشاهد الزيادة في الأجور.",
      "org:tn-ugtt",
      "PROTEST",
      "person:youssef-chahed",
    );
    expectRel(
      "أغلق محتجو السترات الصفراء طرقا سريعة في أنحاء فرنسا، تنديدا بزيادة الضرائب على المحروقات.",
      "org:fr-yellow-vests",
      "PROTEST",
      "state:FR",
    );
    expectRel(
      "نظم حزب العمال وقفة احتجاجية ضد الحكومة البريطانية.",
      "org:gb-labour-party",
      "PROTEST",
      "state:GB",
    );
  });
});

describe("a crowd chanting against someone", () => {
  it("protests against them: «مرددين هتافات ضد المرشد»، «هاتفين ضد الرئيس»", () => {
    expectRel(
      "خرج مئات الطلاب إلى شوارع مدينة سنندج مرددين هتافات ضد المرشد الأعلى علي خامنئي.",
      "group:students",
      "PROTEST",
      "person:ali-khamenei",
    );
    expectRel(
      "خرج آلاف الطلاب إلى الشوارع هاتفين ضد الرئيس عمر البشير.",
      "group:students",
      "PROTEST",
      "person:omar-al-bashir",
    );
  });
});

describe("a protest against what a state did or holds", () => {
  it("is against the state of the nisba after على or ضد", () => {
    expectRel(
      "كذلك احتج المتظاهرون على صفقة بيع أسلحة ألمانية لتركيا.",
      "group:protesters",
      "PROTEST",
      "state:DE",
    );
    expectRel(
      "نظم الطلاب احتجاجا ضد العملية العسكرية التركية في شمال سوريا.",
      "group:students",
      "PROTEST",
      "state:TR",
    );
  });
});
