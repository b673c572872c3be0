// Generic and collective actors: sector words tied to a state by a nisba, the bare sector,
// and collectives standing for a group or an organisation (lexicon/actors.json).
import { describe, expect, it } from "vitest";
import { ActorsFile, buildActors } from "../src/recognize/actors.js";
import { recognize } from "../src/recognize/recognize.js";
import { bodyArticle, bundledKb, find, mentionsOf, relationsOf, run } from "./helpers/pipeline.js";

const ids = (text: string) => run(text).mentions.map((m) => `${m.entity.id} ${m.text}`);

describe("generic actors", () => {
  it("ties a sector word to the state of the nisba after it, as one mention", () => {
    const m = run("فتحت الشرطة النار على المتظاهرين الفلسطينيين في رام الله.").mentions;
    const protesters = m.find((x) => x.entity.id === "group:protesters-ps");
    expect(protesters?.text).toBe("المتظاهرين الفلسطينيين");
    expect(protesters?.entity.kind).toBe("group");
    expect(protesters?.entity.label_en).toBe("Palestinian protesters");
    // The nisba is inside the protesters' mention, not a mention of Palestine of its own.
    expect(m.some((x) => x.entity.id === "state:PS")).toBe(false);
  });

  it("names the bare sector when no state is named", () => {
    expect(ids("اقتحم مسلحون مقر البلدية واشتبكوا مع الشرطة.")).toEqual(
      expect.arrayContaining(["group:militants مسلحون", "group:police الشرطة"]),
    );
  });

  it("reads the accusative after a number and the feminine plural: «عشرين مدنيا»، «الطالبات»", () => {
    expect(ids("وقتل عشرين مدنيا في القصف.")).toContain("group:civilians مدنيا");
    const rels = relationsOf("اختطف مسلحون في نيجيريا عشرات الطالبات من مدرسة.");
    expect(find(rels, "group:militants", "ASSAULT", "group:students").length).toBe(1);
  });

  it("reads worshippers as civilians, fighters as militants, and the Kurds as a group", () => {
    const rels = relationsOf("فجر انتحاري نفسه وسط حشد من المصلين في مسجد بمدينة كويتا.");
    expect(find(rels, "group:attackers", "ASSAULT", "group:civilians").length).toBe(1);
    const strikes = relationsOf(
      "نفذت القوات التركية عملية عسكرية ضد مقاتلين أكراد في شمال العراق.",
    );
    expect(find(strikes, "org:tr-armed-forces", "ASSAULT", "group:militants").length).toBe(1);
    const arrests = relationsOf("اعتقلت الشرطة التركية عشرات الأكراد في إسطنبول.");
    expect(find(arrests, "state:TR", "COERCE", "group:kurds").length).toBe(1);
  });

  it("reads «القوات الأمنية» and «أفراد أمن» as the security forces, and border guards with a nisba as their state", () => {
    const clash = relationsOf("قتل خمسة من عناصر تنظيم داعش في اشتباك مع القوات الأمنية.");
    expect(find(clash, "org:isis", "ASSAULT", "group:security-forces").length).toBe(1);
    const members = relationsOf("استهدف المتطرفون أفراد أمن من بوركينا فاسو.");
    expect(find(members, "group:terrorists", "ASSAULT", "group:security-forces").length).toBe(1);
    const fire = relationsOf("أطلق حرس الحدود الإيراني النار على قارب صيد باكستاني.");
    expect(find(fire, "state:IR", "ASSAULT", "state:PK").length).toBe(1);
  });

  it("reads prisoners, lawyers, villagers and the national guard as sectors", () => {
    const strike = relationsOf(
      "بدأ مئات الأسرى الفلسطينيين إضرابا عن الطعام احتجاجا على سياسة إسرائيل.",
    );
    expect(find(strike, "group:prisoners-ps", "PROTEST", "state:IL").length).toBe(1);
    expect(ids("قاطع المحامون جلسات المحاكم.")).toContain("group:lawyers المحامون");
    const fire = relationsOf("أطلق الجنود النار على قرويين في ولاية راخين.");
    expect(find(fire, "group:army", "ASSAULT", "group:civilians").length).toBe(1);
    expect(ids("فرقت عناصر الحرس الوطني مسيرة في كراكاس.")).toContain(
      "group:security-forces عناصر الحرس الوطني",
    );
  });

  it("reads «طالبة»، «طالبا» as students only after a count", () => {
    expect(ids("اختطف مسلحون أكثر من 200 طالبة من مدرسة ثانوية.")).toContain(
      "group:students طالبة",
    );
    expect(ids("اعتقلت الشرطة خمسين طالبا.")).toContain("group:students طالبا");
    expect(
      ids("شاهد.. شرطة بريطانيا طالبة مساعدة العامة.").some((x) => x.includes("students")),
    ).toBe(false);
  });

  it("reads a police force in the construct state («شرطة ولاية ...») as the police", () => {
    const ambush = relationsOf(
      "نصب مسلحون كمينا لقافلة تقل عناصر من شرطة ولاية ميتشواكان غربي المكسيك.",
    );
    expect(find(ambush, "group:militants", "ASSAULT", "group:police").length).toBe(1);
  });

  it("reads a sports or cultural «مظاهرة» as no crowd and no protest", () => {
    const music = run("اختتمت في مدينة الصويرة فعاليات تظاهرة موسيقى كناوة بحضور الآلاف.");
    expect(music.mentions.some((m) => m.entity.id === "group:protesters")).toBe(false);
    const sport = run(
      "شهد المجمع الرياضي في الرباط مساء الجمعة مظاهرة رياضية حاشدة بمشاركة آلاف الرياضيين.",
    );
    expect(sport.mentions.some((m) => m.entity.id === "group:protesters")).toBe(false);
    expect(sport.relations.filter((r) => r.type === "PROTEST")).toEqual([]);
    const protest = relationsOf("خرجت مظاهرة حاشدة في الرباط ضد الحكومة.");
    expect(protest.filter((r) => r.type === "PROTEST").length).toBe(1);
  });

  it("leaves a state's soldiers and police to the state: they act for it", () => {
    const rels = relationsOf("هاجم جنود إسرائيليون متظاهرين فلسطينيين قرب الحدود.");
    expect(find(rels, "state:IL", "ASSAULT", "group:protesters-ps").length).toBe(1);
    const arrests = relationsOf("اعتقلت الشرطة التركية عشرات الطلاب.");
    expect(find(arrests, "state:TR", "COERCE", "group:students").length).toBe(1);
  });

  it("reads a collective as the organisation it stands for, or as its own group", () => {
    const m = ids("دعت الدول الأوروبية ودول الخليج والدول الغربية إلى الحوار مع الدول الست.");
    expect(m).toEqual(
      expect.arrayContaining([
        "org:eu الدول الأوروبية",
        "org:gcc دول الخليج",
        "group:western-states الدول الغربية",
        "group:p5-plus-1 الدول الست",
      ]),
    );
  });

  it("does not read a press conference or opposing a decision as actors", () => {
    const m = ids("وقال في مؤتمر صحفي إن معارضة القرار لن تغير شيئا.");
    expect(m.filter((x) => x.startsWith("group:"))).toEqual([]);
  });

  it("needs a nisba for the people: الشعب اليمني, not الشعب alone", () => {
    expect(ids("وقف الشعب اليمني مع الحكومة.")).toContain("group:people-ye الشعب اليمني");
    expect(ids("وقف الشعب مع الحكومة.").filter((x) => x.startsWith("group:"))).toEqual([]);
  });

  it("refuses an actors file whose crowds name no sector of its own, as an issue with its path", () => {
    const sector = {
      id: "protesters",
      en: "protesters",
      ar: "المتظاهرون",
      kind: "group",
      forms: ["متظاهرون"],
    };
    const crowds = { sector: "marchers", verbs: ["تظاهر"], counts: ["آلاف"] };
    const bad = ActorsFile.safeParse({ sectors: [sector], collectives: [], crowds });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["crowds.sector", '"marchers" is not the id of one of the sectors'],
    ]);
    const good = { sector: "protesters", verbs: ["تظاهر"], counts: ["آلاف"] };
    expect(ActorsFile.safeParse({ sectors: [sector], collectives: [], crowds: good }).success).toBe(
      true,
    );
  });

  it("takes the actors it is given: a language resource passed in, not read from disk", () => {
    const actors = buildActors({
      sectors: [
        {
          id: "farmers",
          en: "farmers",
          ar: "المزارعون",
          kind: "group",
          attach: true,
          attach_only: false,
          forms: ["مزارعون"],
          indefinite_forms: [],
          describes: [],
          other_sense_after: [],
          other_sense_before: [],
          counted_forms: [],
        },
      ],
      collectives: [],
    });
    const rec = recognize(bodyArticle("احتج مزارعون فرنسيون أمام البرلمان."), bundledKb(), actors);
    expect(rec.mentions.map((m) => m.entity.id)).toContain("group:farmers-fr");
    expect(rec.mentions.map((m) => m.entity.id)).not.toContain("group:protesters");
  });
});

describe("the three European states", () => {
  it("are the E3, not the EU («الدول الأوروبية الثلاث»), and hold the EU's nisba inside", () => {
    const ids = mentionsOf("واتهم بقائي الدول الأوروبية الثلاث بالإخلال بالتزاماتها.").map(
      (m) => m.entity.id,
    );
    expect(ids).toContain("group:e3");
    expect(ids).not.toContain("org:eu");
    expect(mentionsOf("وقالت الدول الأوروبية إن الاتفاق مهم.").map((m) => m.entity.id)).toEqual([
      "org:eu",
    ]);
  });
});

describe("donors, warring parties and peacekeepers", () => {
  it("are actors one may ask or be asked by («الدول المانحة»، «الأطراف المتحاربة»)", () => {
    const who = relationsOf("وناشدت منظمة الصحة العالمية الدول المانحة تقديم 500 مليون دولار.");
    expect(find(who, "org:who", "REQUEST", "group:donors").length).toBeGreaterThan(0);
    const un = relationsOf(
      "دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش الأطراف المتحاربة في السودان إلى وقف إطلاق النار.",
    );
    expect(find(un, "person:antonio-guterres", "REQUEST", "group:warring-parties").length).toBe(1);
  });

  it("ties peacekeepers to the state of their nisba («قوات حفظ السلام الروسية»)", () => {
    expect(
      mentionsOf("وانسحبت قوات حفظ السلام الروسية من الإقليم.").map((m) => m.entity.id),
    ).toContain("group:peacekeepers-ru");
  });

  it("reads government forces as the army, of the state a nisba after them names", () => {
    const rels = relationsOf("ونشبت اشتباكات عنيفة بين القوات الحكومية ومسلحي حركة الشباب.");
    expect(find(rels, "group:army", "ASSAULT", "org:al-shabaab").length).toBe(1);
    expect(
      mentionsOf("وقصفت قوات الحكومة السورية مواقع المعارضة.").map((m) => m.entity.id),
    ).toContain("org:sy-armed-forces");
  });
});
