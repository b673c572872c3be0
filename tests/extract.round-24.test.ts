// Issue 9, the twenty-fourth round: a claimed attack on what a state owns («الهجوم على السفارة
// الأمريكية»), an attack its subject orders («أمر ترامب بشن ضربات على سوريا»), an office
// before the name that names its employer after في («الباحث في منظمة العفو الدولية، X»), and
// residents and a counted gunman («30 مسلحا») as actors, two counterparts named by their
// nisbas («نظيريه التركي X والإيراني Y»), a list opened by «كل من» before the verb's sense word,
// voters, tribes and religious communities as generic actors, and more verbs of reproach (عاتب،
// لام، اشتكى من، سخر من).
import { describe, expect, it } from "vitest";
import type { RelationMention } from "../src/schema.js";
import { expectNone, expectRel, mentionsOf, relationsOf, show } from "./helpers/pipeline.js";

const idsOf = (text: string): string[] => mentionsOf(text).map((m) => m.entity.id);

const roleOf = (text: string, who: string): RelationMention | undefined =>
  relationsOf(text).find((r) => r.type === "ROLE" && r.source.text === who);

describe("a claimed attack on what a state owns", () => {
  it("takes the state of the nisba after على as the target of a claimed attack", () => {
    expectRel(
      "وتبنى تنظيم داعش الهجوم على السفارة الأمريكية في كابول.",
      "org:isis",
      "ASSAULT",
      "state:US",
    );
  });

  it("takes the state of the nisba on the object of the attack verb after a claim", () => {
    expectRel(
      "وأعلنت حركة طالبان مسؤوليتها عن الهجوم الذي استهدف قاعدة عسكرية أمريكية في ولاية هلمند.",
      "org:taliban",
      "ASSAULT",
      "state:US",
    );
  });

  it("does not make a school or a hospital named after a country that country's own", () => {
    expectNone("وتبنى تنظيم داعش الهجوم على الجامعة الأمريكية في كابول.", "ASSAULT", {
      target: "state:US",
    });
    expectNone("وتبنت جماعة مسلحة الهجوم على المستشفى الفرنسي في بيروت.", "ASSAULT", {
      target: "state:FR",
    });
  });

  it("does not take the maker of the weapon for the owner of the target", () => {
    expectNone(
      "وتبنت حركة الشباب الهجوم على القاعدة العسكرية بطائرة مسيرة إيرانية الصنع.",
      "ASSAULT",
      { target: "state:IR" },
    );
  });

  it("still takes soldiers named with their nisba as their state", () => {
    expectRel(
      "تبنت حركة طالبان الهجوم الذي استهدف جنودا أمريكيين.",
      "org:taliban",
      "ASSAULT",
      "state:US",
    );
  });
});

describe("more ways a claim or an attack names its doer", () => {
  it("reads a claim of «the attack» told before in the sentence", () => {
    expectRel(
      "استهدف تفجير انتحاري سوقا في بغداد، وتبنى تنظيم داعش الهجوم.",
      "org:isis",
      "ASSAULT",
      "state:IQ",
    );
    expectRel(
      "قتل عشرة جنود باكستانيين في هجوم على قاعدة عسكرية، وتبنت حركة طالبان باكستان العملية.",
      "org:ttp",
      "ASSAULT",
      "state:PK",
    );
  });

  it("reads a claim whose subject comes first, as in a headline", () => {
    expectRel(
      "تنظيم داعش يتبنى الهجوم على السفارة الأمريكية في كابول.",
      "org:isis",
      "ASSAULT",
      "state:US",
    );
  });

  it("claims no policy or stance («تتبنى الخطة»، «العملية السياسية»)", () => {
    expectNone("وتبنت الحكومة العملية السياسية.", "ASSAULT");
    expectNone("وإيران تتبنى موقفا متشددا من الاتفاق.", "ASSAULT");
    expectNone(
      "قتل ثلاثة جنود في هجوم على دورية في درعا، بينما تبنت الحكومة السورية العملية السياسية التي ترعاها روسيا.",
      "ASSAULT",
      { source: "state:SY" },
    );
    expectNone("المعارضة السورية تتبنى الهجوم الدبلوماسي على النظام في جنيف.", "ASSAULT");
  });

  it("reads a split predicate past the subject's tie to a body («مرتبطون بتنظيم داعش»)", () => {
    expectRel(
      "شن متمردون مرتبطون بتنظيم داعش هجوما على بلدة بالما شمالي موزمبيق.",
      "group:rebels",
      "ASSAULT",
      "state:MZ",
    );
  });
});

describe("two more attack verbs' senses", () => {
  it("reads a suicide vest blown up amid soldiers as an attack on them", () => {
    expectRel(
      "وفجر انتحاري سترته الناسفة وسط تجمع للجنود في مدينة بيشاور الباكستانية.",
      "group:attackers",
      "ASSAULT",
      "group:army",
    );
  });

  it("reads «انهال بالضرب على» as a beating, not a shower of congratulations", () => {
    expectRel(
      "وانهال عناصر الأمن بالضرب على المتظاهرين في الخرطوم.",
      "group:security-forces",
      "ASSAULT",
      "group:protesters",
    );
    expectNone("وانهالت الانتقادات على الحكومة الأردنية.", "ASSAULT");
  });
});

describe("an attack its subject orders", () => {
  it("reads a person's order to launch strikes as his attack", () => {
    expectRel("وأمر ترامب بشن ضربات على سوريا.", "person:donald-trump", "ASSAULT", "state:SY");
  });

  it("does not make a person who orders plans for strikes their doer", () => {
    expectNone("وأمر ترامب بإعداد خطط لشن ضربات على إيران.", "ASSAULT");
  });

  it("reads a trade or a diplomatic attack as no attack", () => {
    expectNone("وقرر ترامب شن هجوم تجاري على الصين.", "ASSAULT");
    expectNone("وشنت الصين هجوما تجاريا على الولايات المتحدة.", "ASSAULT");
  });

  it("does not make a person who calls for strikes their doer", () => {
    expectNone("ودعا ترامب إلى شن ضربات على سوريا.", "ASSAULT", {
      source: "person:donald-trump",
    });
  });
});

describe("an office before the name that names its employer after في", () => {
  it("gives a researcher the organisation she works in", () => {
    const r = roleOf("وقال الباحث في منظمة العفو الدولية، جون سميث، إن السجون مكتظة.", "جون سميث");
    expect(r?.target.id).toBe("org:amnesty-international");
  });

  it("gives an official of a state's ministry the ministry's state", () => {
    const text = "وقالت المسؤولة في وزارة الانتقال البيئي الفرنسية ماري لوران إن الخطة جاهزة.";
    const r = roleOf(text, "ماري لوران");
    expect(r?.target.id, show(relationsOf(text))).toBe("state:FR");
  });

  it("gives an envoy or a correspondent no employer where he is posted", () => {
    expect(roleOf("وقال السفير في الأمم المتحدة، جون سميث، إن.", "جون سميث")).toBeUndefined();
    expect(roleOf("وقال المراسل في الأمم المتحدة، جون سميث، إن.", "جون سميث")).toBeUndefined();
  });

  it("gives no employer a body read only by its head word", () => {
    expect(roleOf("وقال الباحث في جامعة أكسفورد، جون سميث، إن.", "جون سميث")).toBeUndefined();
  });

  it("keeps the nisba's state for an envoy who names it", () => {
    const r = roleOf("وقال السفير الأمريكي في الأمم المتحدة، جون بولتون، إن.", "جون بولتون");
    expect(r?.target.id).toBe("state:US");
  });
});

describe("residents and counted gunmen as actors", () => {
  it("reads residents who march as protesters against the authorities", () => {
    expectRel(
      "وخرج آلاف من سكان مدينة الحسيمة في مسيرة تطالب السلطات المغربية بالإفراج عن المعتقلين.",
      "group:residents",
      "PROTEST",
      "state:MA",
    );
  });

  it("reads the residents whose homes are shelled as the target", () => {
    expectRel(
      "وقصفت القوات السورية منازل السكان في درعا.",
      "org:sy-armed-forces",
      "ASSAULT",
      "group:residents",
    );
  });

  it("does not read the families of victims or a count of the population as residents", () => {
    for (const text of [
      "وطالب أهالي الضحايا الحكومة العراقية بالتحقيق.",
      "ويبلغ عدد سكان غزة مليوني نسمة.",
      "وحذر مجلس الأهالي من الفوضى.",
      "وحذرت لجنة الأهالي من الفوضى.",
    ])
      expect(idsOf(text)).not.toContain("group:residents");
  });

  it("reads civilian residents as civilians", () => {
    expectRel(
      "وقصفت القوات السورية منازل السكان المدنيين في درعا.",
      "org:sy-armed-forces",
      "ASSAULT",
      "group:civilians",
    );
  });

  it("reads «مسلحا» after a noun of struggle or assault as armed, not as gunmen", () => {
    for (const text of [
      "وخاض الحزب كفاحا مسلحا ضد الاحتلال.",
      "ونفذت العصابة اقتحاما مسلحا للبنك.",
      "وأحبط الجيش انقلابا مسلحا.",
    ])
      expect(idsOf(text)).not.toContain("group:militants");
  });

  it("reads a gunman the police killed as the police's target", () => {
    expectRel(
      "وقتلت الشرطة مسلحا هاجم كنيسا يهوديا.",
      "group:police",
      "ASSAULT",
      "group:militants",
    );
  });

  it("reads a number of gunmen in the accusative", () => {
    const ids = idsOf("هاجم 30 مسلحا الشرطة في كوسوفو.");
    expect(ids).toContain("group:militants");
    expectRel("هاجم 30 مسلحا الشرطة في كوسوفو.", "group:militants", "ASSAULT", "group:police");
  });
});

describe("two counterparts named by their nisbas", () => {
  it("meets each of «نظيريه التركي X والإيراني Y», each in his own state's office", () => {
    const text =
      "والتقى الرئيس الروسي فلاديمير بوتين نظيريه التركي رجب طيب أردوغان والإيراني حسن روحاني.";
    expectRel(text, "person:vladimir-putin", "CONSULT", "person:hassan-rouhani", { peer: true });
    expectRel(text, "person:hassan-rouhani", "ROLE", "state:IR");
    expectRel(text, "person:recep-tayyip-erdogan", "ROLE", "state:TR");
  });
});

describe("a list opened by «كل من» before the sense word of its verb", () => {
  it("reads «وقعت كل من مصر والسودان وإثيوبيا اتفاقا» as an agreement of each pair", () => {
    const text = "ووقعت كل من مصر والسودان وإثيوبيا اتفاقا بشأن سد النهضة.";
    expectRel(text, "state:EG", "AGREE", "state:ET", { peer: true });
    expectRel(text, "state:SD", "AGREE", "state:ET", { peer: true });
  });
});

describe("voters, tribes and religious communities as generic actors", () => {
  it("reads voters tied to their state by the nisba", () => {
    const ids = idsOf("وتوجه الناخبون الروس إلى صناديق الاقتراع.");
    expect(ids).toContain("group:voters-ru");
  });

  it("reads a clash between Muslims and Christians both ways", () => {
    const text = "وشهدت المدينة مواجهات دينية بين المسلمين والمسيحيين.";
    expectRel(text, "group:muslims", "ASSAULT", "group:christians");
    expectRel(text, "group:christians", "ASSAULT", "group:muslims");
  });

  it("reads an attack on Shia villages as on the Shia, and a meeting with tribal elders", () => {
    expectRel("وهاجم مسلحون قرى الشيعة في باكستان.", "group:militants", "ASSAULT", "group:shia");
    expectRel(
      "والتقى رئيس الوزراء العراقي شيوخ العشائر في الأنبار.",
      "state:IQ",
      "CONSULT",
      "group:tribes",
    );
  });

  it("does not read a region, non-Muslims, a clerics' body or intimidated voters as actors", () => {
    for (const [text, id] of [
      ["وقصفت طائرات باكستانية مناطق القبائل شمال غرب البلاد.", "group:tribes"],
      ["وقال إن القانون يميز ضد غير المسلمين.", "group:muslims"],
      ["وقالت هيئة علماء المسلمين إن الانتخابات مزورة.", "group:muslims"],
      ["وقال إن بلاد المسلمين تواجه أزمة اقتصادية.", "group:muslims"],
      ["واتهمت المعارضة الحكومة بترهيب الناخبين.", "group:voters"],
    ] as const)
      expect(idsOf(text), text).not.toContain(id);
  });

  it("lets the Rohingya after «المسلمين» be the group named", () => {
    const ids = idsOf("وتتهم الأمم المتحدة جيش ميانمار باضطهاد المسلمين الروهينغا.");
    expect(ids).toContain("group:rohingya");
    expect(ids).not.toContain("group:muslims");
  });

  it("reads a number of migrants in the accusative as refugees", () => {
    expectRel("وقتل خفر السواحل الليبي 20 مهاجرا.", "state:LY", "ASSAULT", "group:refugees");
  });
});

describe("verbs of reproach and complaint", () => {
  it("reads «عاتب» and «لام» with their object as criticism", () => {
    expectRel("وعاتب نصر الله تنظيم القاعدة.", "person:hassan-nasrallah", "ACCUSE", "org:al-qaeda");
    expectRel("ويلوم الفلسطينيون إسرائيل على انهيار المفاوضات.", "state:PS", "ACCUSE", "state:IL");
  });

  it("reads a complaint about and mockery of someone after من", () => {
    expectRel("واشتكى ترامب من ألمانيا.", "person:donald-trump", "ACCUSE", "state:DE");
    expectRel(
      "وسخر الرئيس الأمريكي دونالد ترامب من كيم جونغ أون.",
      "person:donald-trump",
      "ACCUSE",
      "person:kim-jong-un",
    );
  });
});
