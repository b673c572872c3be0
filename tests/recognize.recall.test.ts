// Entity recall and ROLE recall: offices that run through a body word (الحكومة، الدولة), a
// hashtag after the office's comma, former office holders, name-first offices without a comma,
// a party's leader, a state's bodies named with its nisba, media that only report, the name
// Ali written with ي, and well-known former leaders of the knowledge base.
import { describe, expect, it } from "vitest";
import { find, mentionsOf, relationsOf, run, show } from "./helpers/pipeline.js";

const ids = (text: string) => mentionsOf(text).map((m) => `${m.entity.id} ${m.text}`);

describe("ROLE from offices", () => {
  it("keeps an office whose body ends in «الله» («الأمين العام لحزب الله نعيم قاسم»)", () => {
    const r = relationsOf("وقال الأمين العام لحزب الله نعيم قاسم إن المقاومة مستعدة.");
    expect(find(r, "person:naim-qassem", "ROLE", "org:hezbollah").length, show(r)).toBe(1);
    const k = relationsOf("وقال مرشد الثورة الإسلامية في إيران، آية الله علي خامنئي، إن");
    expect(find(k, "person:ali-khamenei", "ROLE", "state:IR").length, show(k)).toBe(1);
  });

  it("runs an office through «الحكومة» and «الدولة»", () => {
    const a = relationsOf("وقال رئيس الحكومة الأردنية عمر الرزاز إن بلاده ستواصل الإصلاحات.");
    expect(find(a, "person:omar-razzaz", "ROLE", "state:JO").length, show(a)).toBe(1);
    const b = relationsOf("وأكد وزير الدولة الإماراتي للشؤون الخارجية أنور قرقاش دعم بلاده للحل.");
    expect(find(b, "person:anwar-gargash", "ROLE", "state:AE").length, show(b)).toBe(1);
  });

  it("reads a hashtag name after the office's comma", () => {
    const r = relationsOf("وكتب الرئيس الأميركي، #دونالد_ترمب على تويتر أن المفاوضات تتقدم.");
    expect(find(r, "person:donald-trump", "ROLE", "state:US").length, show(r)).toBe(1);
  });

  it("gives a former holder the office he held last", () => {
    const r = relationsOf("وانتقد الرئيس السابق باراك أوباما قرار الانسحاب من الاتفاق.");
    expect(find(r, "person:barack-obama", "ROLE", "state:US").length, show(r)).toBe(1);
    const w = relationsOf("وكان الرئيس الأسبق جورج دبليو بوش قد أعلن الحرب على الإرهاب.");
    expect(find(w, "person:george-w-bush", "ROLE", "state:US").length, show(w)).toBe(1);
  });

  it("reads a leader's office after the name without a comma", () => {
    const r = relationsOf(
      "وقال كمال قليجدار أوغلو زعيم حزب الشعب الجمهوري إن الانتخابات لم تكن نزيهة.",
    );
    expect(find(r, "person:kemal-kilicdaroglu", "ROLE", "org:tr-chp").length, show(r)).toBe(1);
  });

  it("leaves an office to the name after it, not to the name before it", () => {
    const r = relationsOf(
      "ويلتقي مون جاي إن رئيس الوزراء الياباني شينزو آبي في طوكيو الأسبوع المقبل.",
    );
    expect(find(r, "person:moon-jae-in", "ROLE", "state:JP"), show(r)).toEqual([]);
  });

  it("gives a party's leader the party, not its state", () => {
    const r = relationsOf("وقال زعيم حزب العمال جيريمي كوربن إن الحكومة فشلت في إدارة الأزمة.");
    expect(find(r, "person:jeremy-corbyn", "ROLE", "org:gb-labour-party").length, show(r)).toBe(1);
    expect(find(r, "person:jeremy-corbyn", "ROLE", "state:GB"), show(r)).toEqual([]);
  });
});

describe("names the knowledge base does not know", () => {
  it("finds a name after an office that names a body in the construct state", () => {
    const m = mentionsOf("وقال المتحدث باسم حكومة بوركينا فاسو ريمي داندجينو إن الهجوم فشل.");
    const p = m.find((x) => x.entity.kind === "person");
    expect(p?.entity.label_ar).toBe("ريمي داندجينو");
    expect(p?.entity.id).toMatch(/^person:unk-/);
  });

  it("writes a hashtag name's label with spaces", () => {
    const m = mentionsOf("وقال رئيس جنوب السودان #سلفا_كير إن الاتفاق سيصمد.");
    expect(m.find((x) => x.entity.kind === "person")?.entity.label_ar).toBe("سلفا كير");
  });

  it("reads «علي» written with ي as the name Ali, and «على» as the preposition", () => {
    const ali = mentionsOf("وقال علي العبوس إن الحكومة لم ترد على المطالب.");
    expect(ali.map((m) => m.text)).toEqual(["علي العبوس"]);
    expect(ali[0]?.entity.id).toMatch(/^person:unk-/);
    expect(mentionsOf("وأكد علي أن المفاوضات مستمرة.")).toEqual([]);
    expect(mentionsOf("وحصل على دعم واسع في البرلمان.")).toEqual([]);
  });
});

describe("names read with care", () => {
  it("keeps a name's own letters after a hamza: «ألبيرق» is no article", () => {
    const m = mentionsOf("وقال وزير المالية براءت ألبيرق إن الليرة ستتعافى.");
    expect(m.find((x) => x.entity.kind === "person")?.entity.label_ar).toBe("براءت ألبيرق");
    expect(
      mentionsOf("وقال الرئيس الأمريكي ألقى خطابا.").some((x) => x.entity.kind === "person"),
    ).toBe(false);
  });

  it("does not read a known person's name before a verb as another name", () => {
    const m = mentionsOf(
      "وصل نواز شريف إلى لاهور. وقال شريف بدفع الأموال إنه بريء، ثم رد شريف على خصومه.",
    );
    expect(m.filter((x) => x.entity.kind === "person").map((x) => x.entity.id)).toEqual([
      "person:nawaz-sharif",
      "person:nawaz-sharif",
      "person:nawaz-sharif",
    ]);
  });

  it("drops a one-off reading of a given name when another reading of it recurs", () => {
    const text =
      "أفرجت السلطات عن رجل الأعمال نزار زكا. وقال نزار زكا إنه تعرض للتعذيب. " +
      "وأضاف أن نزار احترق في السجن مرات.";
    const labels = mentionsOf(text)
      .filter((x) => x.entity.kind === "person")
      .map((x) => x.entity.label_ar);
    expect(labels).not.toContain("نزار احترق");
    expect(labels).toContain("نزار زكا");
  });

  it("does not take a verb after an organisation's head for its name", () => {
    const m = mentionsOf("وقال التحالف إن شركة تعمل في المدينة تعرضت للقصف.");
    expect(m.some((x) => x.entity.kind === "organization")).toBe(false);
  });
});

describe("a state's bodies and collectives", () => {
  it("names the government with its nisba, and the state still acts for it", () => {
    const out = run("ورحبت الحكومة البريطانية بقرار المحكمة الفرنسية.");
    const body = out.mentions.find((m) => m.entity.id === "group:government-gb");
    expect(body?.text).toBe("الحكومة البريطانية");
    expect(body?.entity.kind).toBe("organization");
    expect(out.relations.some((r) => r.source.id === "group:government-gb")).toBe(false);
    expect(out.mentions.some((m) => m.entity.id === "state:GB")).toBe(true);
  });

  it("names a body after the person who leads it, and the person still acts", () => {
    const out = run("وفرضت إدارة ترامب عقوبات جديدة على شركات إيرانية.");
    const body = out.mentions.find((m) => m.rule === "person-body");
    expect(body?.text).toBe("إدارة ترامب");
    expect(body?.entity.kind).toBe("organization");
    expect(out.mentions.some((m) => m.entity.id === "person:donald-trump")).toBe(true);
  });

  it("does not name a bare government: «الحكومة» alone names no one", () => {
    expect(ids("وأضاف أن الحكومة ستدرس الخيارات.")).toEqual([]);
  });

  it("reads «الغرب» as the Western states", () => {
    expect(ids("واتهم المسؤول الإيراني الغرب بتأجيج الأزمة.")).toContain(
      "group:western-states الغرب",
    );
  });
});

describe("media that only report", () => {
  it("drops a dateline's medium and keeps its place a place", () => {
    const m = mentionsOf("بيروت، لبنان (CNN) -- التقى الرئيس اللبناني ميشال عون وفدا أوروبيا.");
    expect(m.some((x) => x.entity.id === "org:cnn")).toBe(false);
    expect(m.find((x) => x.text === "بيروت")?.entity.kind).toBe("place");
  });

  it("keeps the medium a speaker talks to, as the body names it, and one that reports on its own", () => {
    expect(ids("وقالت المتحدثة لوكالة فرانس برس إن المحادثات ستستأنف.")).toContain(
      "org:afp وكالة فرانس برس",
    );
    expect(ids("وقال دبلوماسي لرويترز إن المشاورات مستمرة.")).toContain("org:reuters رويترز");
    expect(ids("وذكرت وكالة فرانس برس أن المحادثات ستستأنف.")).toContain("org:afp وكالة فرانس برس");
  });

  it("keeps an agency that is no news medium after لـ («قال لوكالة المخابرات المركزية»)", () => {
    expect(ids("وقال مسؤول لوكالة المخابرات المركزية إن التقرير صحيح.")).toContain(
      "org:us-cia وكالة المخابرات المركزية",
    );
    const r = relationsOf("وقال جيمس كلابر، المدير السابق للمخابرات الأمريكية، إن ترامب مخطئ.");
    expect(find(r, "person:james-clapper", "ROLE", "state:US").length, show(r)).toBe(1);
  });

  it("reads «مالي» as Mali where a state stands, not as the adjective «financial»", () => {
    expect(ids("قطعت مالي علاقاتها الدبلوماسية مع أوكرانيا.")).toContain("state:ML مالي");
    expect(ids("وأرسلت فرنسا قوات إلى مالي والنيجر.")).toContain("state:ML مالي");
    expect(ids("وتشهد شمال مالي هجمات متكررة.")).toContain("state:ML مالي");
    expect(ids("وقدمت فرنسا دعما مالي كبيرا للبنان.")).not.toContain("state:ML مالي");
    expect(ids("وتعاني البلاد من عجز مالي كبير.")).not.toContain("state:ML مالي");
    expect(ids("تعهدت السعودية بتقديم دعم عسكري ومالي لأوكرانيا.")).not.toContain("state:ML مالي");
    expect(ids("وأرسلت فرنسا قوات إلى النيجر ومالي.")).toContain("state:ML مالي");
  });

  it("does not read the verb «أفاد» as an organisation", () => {
    expect(ids("وأفاد شهود عيان بسماع انفجارات قرب المطار.")).toEqual([]);
  });
});
