// Verb triggers: where the subject stands (after the verb, before it, or carried from the
// clause), the object after it, and the pairs a symmetric verb makes.
import { describe, expect, it } from "vitest";
import { verbDrafts } from "../src/extract/verb-drafts.js";
import { verbSubject } from "../src/extract/verb-subject.js";
import { drafted, scopeOf } from "./helpers/sentence.js";

/** The verbs component alone on the first sentence: its drafts and their rules. */
function verbs(text: string) {
  const s = scopeOf(text);
  verbDrafts(s);
  return { drafts: drafted(s), rules: s.drafts.map((d) => d.rule), scope: s };
}

describe("verb subjects", () => {
  it("take the actor after the verb (VSO) and the one before it (SVO)", () => {
    expect(verbs("فرضت واشنطن عقوبات على طهران.").rules).toEqual(["verb-vso"]);
    const svo = verbs("إسرائيل هاجمت مواقع إيرانية في سوريا.");
    expect(svo.drafts).toEqual(["state:IL ASSAULT state:IR"]);
    expect(svo.rules).toEqual(["verb-svo"]);
  });

  it("carry the speaker into the clause after إنه", () => {
    const r = verbs("قال بوتين إنه سيزور الصين الشهر المقبل.");
    expect(r.drafts).toEqual(["person:vladimir-putin CONSULT state:CN"]);
    expect(r.rules).toEqual(["verb-svo-inferred"]);
  });

  it("carry the previous sentence's subject into a sentence-initial verb with none", () => {
    const s = scopeOf("وفرضت عقوبات جديدة على إيران.");
    const t = s.triggers[0];
    if (!t) throw new Error("no verb");
    const us = scopeOf("قالت الولايات المتحدة إن الاتفاق سيئ.").units.slice(0, 1);
    const carried = verbSubject({ ...s, previousSubject: us }, t, null);
    expect(carried.subject?.map((u) => u.ref.id)).toEqual(["state:US"]);
    expect(carried.inferred).toBe(true);
    expect(verbSubject(s, t, null).subject).toBeNull();
  });

  it("take a whole office phrase inside a multi-word predicate as the subject", () => {
    expect(verbs("فتحت الشرطة الأفغانية النار على مسلحين من طالبان.").drafts).toEqual([
      "state:AF ASSAULT org:taliban",
    ]);
    expect(verbs("فرض الرئيس الأمريكي دونالد ترامب عقوبات على إيران.").drafts).toEqual([
      "person:donald-trump SANCTION state:IR",
    ]);
  });

  it("reach the subject across a short relative clause that names no actor", () => {
    const r = verbs("الاتحاد الأوروبي الذي يضم 28 دولة فرض عقوبات على روسيا.");
    expect(r.drafts).toEqual(["org:eu SANCTION state:RU"]);
    expect(r.rules).toEqual(["verb-svo"]);
  });

  it("give the verb after a relative clause its head, not the clause's object", () => {
    expect(verbs("بوتين الذي التقى ماكرون اتهم أوكرانيا بالتصعيد.").drafts).toEqual([
      "person:vladimir-putin CONSULT person:emmanuel-macron",
      "person:vladimir-putin ACCUSE state:UA",
    ]);
  });

  it("take the object after the comma that closes the subject's relative clause", () => {
    const r = verbs(
      "ودعا بوتين الذي يدعم نظام الرئيس السوري بشار الأسد عسكريا، نتنياهو إلى عدم زعزعة الوضع.",
    );
    expect(r.drafts).toContain("person:vladimir-putin REQUEST person:benjamin-netanyahu");
    expect(r.drafts).not.toContain("person:vladimir-putin REQUEST person:bashar-al-assad");
  });

  it("take the actor whose forces a verb's subject names: طائرات التحالف", () => {
    expect(verbs("قصفت طائرات التحالف العربي مواقع للحوثيين في صعدة.").drafts).toEqual([
      "org:saudi-led-coalition ASSAULT org:houthis",
    ]);
  });

  it("take a list opened by «كل من» after the verb's preposition: «عقوبات على كل من»", () => {
    expect(
      verbs("وفرضت الولايات المتحدة عقوبات على كل من روسيا وإيران وكوريا الشمالية.").drafts,
    ).toEqual([
      "state:US SANCTION state:RU",
      "state:US SANCTION state:IR",
      "state:US SANCTION state:KP",
    ]);
  });

  it("reach a verb of saying's object past the place its subject is at", () => {
    expect(verbs("طلب السفير الروسي في لندن من بريطانيا تنظيم لقاء.").drafts).toEqual([
      "state:RU REQUEST state:GB",
    ]);
  });

  it("take members named by their organisation for it: «مسلحون من»، «عناصر من»", () => {
    expect(verbs("وقتلت القوات العراقية عناصر من تنظيم الدولة قرب الموصل.").drafts).toEqual([
      "org:iq-armed-forces ASSAULT org:isis",
    ]);
    expect(verbs("وهاجم مسلحون من حركة الشباب قاعدة للجيش الصومالي.").drafts).toEqual([
      "org:al-shabaab ASSAULT state:SO",
    ]);
  });

  it("reach the subject across one adjective right before the verb", () => {
    expect(verbs("الجيش السوداني الحاكم اتهم المعارضة بالتآمر.").drafts).toEqual([
      "org:sd-armed-forces ACCUSE group:opposition",
    ]);
    // Not across a comma: the adjective ends another clause.
    expect(verbs("أدان الجيش السوداني الحاكم، اتهم المعارضة بالتآمر.").rules).not.toContain(
      "verb-svo",
    );
  });
});

describe("verb drafts", () => {
  it("pair every member of a coordinated subject of a symmetric verb", () => {
    expect(verbs("التقى ماكرون وميركل في برلين.").drafts).toEqual([
      "person:emmanuel-macron CONSULT person:angela-merkel",
    ]);
  });

  it("read the officials of a list of states as the list itself: every pair meets", () => {
    const r = verbs("والتقى وزراء خارجية روسيا وتركيا وإيران في موسكو.");
    expect(r.drafts).toEqual([
      "state:RU CONSULT state:TR",
      "state:RU CONSULT state:IR",
      "state:TR CONSULT state:IR",
    ]);
    expect(r.rules).toEqual(["verb-vso", "verb-vso", "verb-vso"]);
  });

  it("leave a named office holder the subject, not the body in her title", () => {
    const r = verbs("اتهمت وزيرة الدفاع الفرنسية، فلورنس بارلي، روسيا بالتجسس.");
    expect(r.drafts.filter((d) => d.includes(" ACCUSE person:"))).toEqual([]);
  });

  it("seek no object past a conjunction that opens an adverbial clause", () => {
    expect(
      verbs(
        "وسيلتقي زعيما الولايات المتحدة وكوريا الشمالية للمرة الأولى عندما يعقد الرئيس دونالد ترامب قمة في سنغافورة.",
      ).drafts,
    ).toEqual(["state:US CONSULT state:KP"]);
  });

  it("give a state's nisba on the object of a stance as its target", () => {
    expect(verbs("رفضت إيران العقوبات الأمريكية.").drafts).toEqual(["state:IR REJECT state:US"]);
  });

  it("record each verb's subject for the nouns that follow", () => {
    const { scope } = verbs("وقعت روسيا والصين اتفاقا للتعاون.");
    expect(scope.verbSubjects.map((x) => x.subject.map((u) => u.ref.id))).toEqual([
      ["state:RU", "state:CN"],
    ]);
    expect(scope.sentenceSubject?.map((u) => u.ref.id)).toEqual(["state:RU", "state:CN"]);
  });

  it("open a frame for a verb of saying and make no relation of it", () => {
    const { scope, drafts } = verbs("قال وزير الخارجية الروسي سيرغي لافروف إن الوضع خطير.");
    expect(drafts).toEqual([]);
    expect(scope.frames.map((f) => f.speaker?.ref.id)).toEqual(["person:sergey-lavrov"]);
  });

  it("take no object where a word of place stands before the target noun", () => {
    expect(verbs("هاجم مسلحون مقر الشرطة الأفغانية في كابول.").drafts).toEqual([
      "group:militants ASSAULT state:AF",
    ]);
    expect(verbs("هاجم مسلحون خارج مقر الشرطة الأفغانية في كابول.").drafts).toEqual([]);
  });
});

describe("objects of verbs of saying", () => {
  it("follow an aside the subject's commas set off («، في مؤتمرها الصحفي الصباحي،»)", () => {
    expect(
      verbs(
        "طالبت رئيسة المكسيك كلاوديا شينباوم، في مؤتمرها الصحفي الصباحي، الولايات المتحدة بوقف تدفق الأسلحة.",
      ).drafts,
    ).toContain("person:claudia-sheinbaum REQUEST state:US");
  });

  it("follow a longer aside («، في قرار غير ملزم صوت عليه الخميس في ستراسبورغ،»)", () => {
    expect(
      verbs(
        "طالب البرلمان الأوروبي، في قرار غير ملزم صوت عليه الخميس في ستراسبورغ، السلطات الجورجية بإجراء انتخابات جديدة.",
      ).drafts,
    ).toContain("org:european-parliament REQUEST state:GE");
  });

  it("are the state a body's head in the construct state names («حكومة جنوب السودان»)", () => {
    expect(verbs("اتهمت حكومة جنوب السودان أوغندا بدعم المتمردين.").drafts).toContain(
      "state:SS ACCUSE state:UG",
    );
  });

  it("are the owner of a role praised («أشاد ... بدور جاكرتا»)", () => {
    expect(
      verbs("وأشاد رئيس الوزراء الماليزي أنور إبراهيم بدور جاكرتا في تعزيز الاستقرار.").drafts,
    ).toContain("person:anwar-ibrahim SUPPORT state:ID");
  });

  it("are not an actor inside the aside («، في بيان لأمينه العام جاسم البديوي،»)", () => {
    const r = verbs("طالب مجلس التعاون، في بيان لأمينه العام جاسم البديوي، إيران بالكف عن التدخل.");
    expect(r.drafts).toContain("org:gcc REQUEST state:IR");
    expect(r.drafts.filter((d) => d.includes("REQUEST person:"))).toEqual([]);
  });

  it("stay in the aside when no actor follows it («، خلال استدعاء السفير الأمريكي، بالإفراج»)", () => {
    expect(
      verbs("طالبت الخارجية الروسية، خلال استدعاء السفير الأمريكي، بالإفراج عن المواطنين الروس.")
        .drafts,
    ).toContain("org:ru-foreign-ministry REQUEST state:US");
  });

  it("are no state for authorities in a city that is not its seat («السلطات في الرقة»)", () => {
    expect(verbs("اتهمت السلطات في الرقة تركيا بقصف محطة مياه.").drafts).not.toContain(
      "state:SY ACCUSE state:TR",
    );
  });

  it("are the state whose authorities a place after في names («السلطات العسكرية في ميانمار»)", () => {
    expect(
      verbs("ناشدت منظمة الصحة العالمية السلطات العسكرية في ميانمار السماح لفرقها بالوصول.").drafts,
    ).toContain("org:who REQUEST state:MM");
    expect(
      verbs("دعا المبعوث الأممي غير بيدرسن السلطات الانتقالية في دمشق إلى إطلاق عملية سياسية.")
        .drafts,
    ).toContain("person:geir-pedersen REQUEST state:SY");
  });
});

describe("a clause of the result after a comma", () => {
  it("holds no object of the verb before it: «لم يوقع ترامب على الاتفاق، ما يوفر الأسس لمحاولات أفيناتي»", () => {
    const drafts = verbs(
      "لم يوقع الرئيس دونالد ترامب على الاتفاق مطلقا، ما يوفر الأسس القانونية لمحاولات مايكل أفيناتي إلغاءه.",
    ).drafts;
    expect(drafts.filter((d) => d.startsWith("person:donald-trump AGREE"))).toEqual([]);
  });
});

describe("a second subject joined by و through its office", () => {
  it("is no object: «دعا آبي أحمد ورئيس إريتريا إلى الحب والوحدة»", () => {
    const drafts = verbs(
      "دعا رئيس الوزراء الإثيوبي آبي أحمد ورئيس إريتريا إلى الحب والوحدة.",
    ).drafts;
    expect(drafts.filter((d) => d.endsWith("state:ER"))).toEqual([]);
  });
});
