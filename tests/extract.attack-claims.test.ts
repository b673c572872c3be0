// Attacks told in more ways (issue 9, the sixteenth round): arson of homes, beheadings and
// slaughter, ambushes laid for a patrol; a strike with the nisba of the state that fired it
// as the subject («استهدفت غارة إسرائيلية سيارة»); a subject inside a split predicate that opens with a
// force's word («قطع مسلحو جماعة أبو سياف رأس»); and who carried out an attack when the
// sentence says it otherwise: responsibility for it («مسؤوليتها عنه»), an attack ascribed to
// its doer («نسب ... إلى»), or a doer charged with it («حملت ... مسؤوليته لـ»), the ascriber's
// claim. Not self-immolation, a feast's sacrifice, tyres burnt in a protest, or a crisis.
import { describe, expect, it } from "vitest";
import { expectNone, expectRel } from "./helpers/pipeline.js";

describe("attack verbs", () => {
  it("reads the burning of homes by settlers as an attack on the place's state", () => {
    expectRel(
      "أحرق مستوطنون منازل فلسطينية في قرية قرب نابلس بالضفة الغربية فجر الأحد.",
      "group:settlers",
      "ASSAULT",
      "state:PS",
    );
  });

  it("reads a beheading by a group's fighters, the subject inside the predicate", () => {
    // The victim is the Canadian hostage; the Philippines only say where the island lies.
    expectRel(
      "قطع مسلحو جماعة أبو سياف رأس رهينة كندي في جزيرة جولو جنوبي الفلبين.",
      "org:abu-sayyaf",
      "ASSAULT",
      "state:CA",
    );
  });

  it("reads an ambush laid for an army's patrol", () => {
    expectRel(
      "نصب عناصر من تنظيم القاعدة في بلاد المغرب الإسلامي كمينا لدورية للجيش الجزائري في منطقة القبائل.",
      "org:aqim",
      "ASSAULT",
      "org:dz-armed-forces",
    );
  });

  it("takes the state whose nisba follows a strike as the subject of the attack verb", () => {
    expectRel("استهدفت غارة إسرائيلية سيارة في جنوب لبنان.", "state:IL", "ASSAULT", "state:LB");
    expectRel(
      "استهدفت ضربة صاروخية روسية مبنى سكنيا في مدينة دنيبرو الأوكرانية.",
      "state:RU",
      "ASSAULT",
      "state:UA",
    );
  });

  it("does not read self-immolation, a feast's sacrifice or burnt tyres as an attack", () => {
    expectNone("أضرم شاب النار في نفسه أمام مقر الولاية في مدينة القصرين التونسية.", "ASSAULT");
    expectNone("ذبح المسلمون الأضاحي في مكة المكرمة في أول أيام عيد الأضحى.", "ASSAULT");
    expectNone("أحرق المتظاهرون الإطارات في شوارع بيروت احتجاجا على الضرائب.", "ASSAULT");
  });

  it("does not take the subject or what stands beside the act for what is burnt or slaughtered", () => {
    expectNone("ذبح المزارعون آلاف الدجاج المصاب بإنفلونزا الطيور في مصر.", "ASSAULT");
    expectNone(
      "أحرق متظاهرون العلم الأمريكي أمام البيت الأبيض احتجاجا على دعم إسرائيل.",
      "ASSAULT",
    );
    expectNone("أحرق عمال البلدية النفايات قرب منازل السكان في بيروت.", "ASSAULT");
  });

  it("does not read capital, a spearhead or a statue beheaded as an attack", () => {
    expectNone("قطعت السعودية رؤوس الأموال عن المشاريع المتعثرة في لبنان.", "ASSAULT");
    expectNone("قطع الجيش السوري رأس الحربة في هجوم المعارضة على حلب.", "ASSAULT", {
      source: "org:sy-armed-forces",
    });
    expectNone("قطع محتجون رأس تمثال في ساحة المدينة.", "ASSAULT");
  });

  it("reads a verbal noun after a preposition or after the subject of a verb as no verb", () => {
    expectNone("أدانت فرنسا قطع رأس المدرس صامويل باتي على يد متطرف شيشاني.", "ASSAULT", {
      source: "state:FR",
    });
    expectNone("أدانت فرنسا قتل الصحفي جمال خاشقجي.", "ASSAULT", { source: "state:FR" });
    expectNone("أقدم مسلحون على قطع رأس شرطي في ولاية كابو ديلغادو في موزمبيق.", "ASSAULT", {
      source: "group:police",
    });
  });

  it("keeps a verb of attack that a quotation opens after its speaker", () => {
    expectRel(
      'قالت رئيسة الوزراء البريطانية تيريزا ماي: "شنت روسيا هجوما متهورا ضد بريطانيا".',
      "state:RU",
      "ASSAULT",
      "state:GB",
    );
  });

  it("reads no ambush laid by the police for a dealer as an attack on the state", () => {
    expectNone("نصبت الشرطة كمينا لتاجر مخدرات في حي شعبي بالقاهرة واعتقلته.", "ASSAULT");
  });
});

describe("who carried out an attack", () => {
  it("is the group that claims the attack told before it («مسؤوليتها عنه»)", () => {
    expectRel(
      "استهدف تفجير سوقا مزدحمة في مدينة كويتا الباكستانية، وأعلنت جماعة عسكر جهنكوي مسؤوليتها عنه.",
      "org:lashkar-e-jhangvi",
      "ASSAULT",
      "state:PK",
    );
  });

  it("is the group a claim names, its target a state named after في", () => {
    expectRel("تبنى تنظيم داعش الهجوم على كنيسة في مصر.", "org:isis", "ASSAULT", "state:EG");
  });

  it("is the group authorities charge with it, as their claim", () => {
    const r = expectRel(
      "قتل ثمانية جنود أتراك في هجوم بعبوة ناسفة في ولاية هكاري جنوب شرقي تركيا، وحملت السلطات التركية مسؤوليته لمسلحي حزب العمال الكردستاني.",
      "org:pkk",
      "ASSAULT",
      "state:TR",
    );
    expect(r.attributed_to?.id).toBe("state:TR");
  });

  it("is the group a government ascribes it to after إلى", () => {
    const r = expectRel(
      "نسبت الحكومة الأفغانية الهجوم على فندق في كابل إلى حركة طالبان.",
      "org:taliban",
      "ASSAULT",
      "state:AF",
    );
    expect(r.attributed_to?.id).toBe("state:AF");
  });

  it("is the doer of an ascribed attack whose casualties are told before it the attack when the sentence ascribes it", () => {
    const r = expectRel(
      "قتل خمسة جنود أتراك في هجوم نسبته السلطات إلى حزب العمال الكردستاني.",
      "org:pkk",
      "ASSAULT",
      "state:TR",
    );
    expect(r.rule).toBe("conflict-claim");
  });

  it("does not take the doer's patron for its target", () => {
    expectNone(
      "سقطت ثلاثة صواريخ على قاعدة عسكرية في محافظة الأنبار، ونسب مسؤولون الهجوم إلى فصائل مسلحة موالية لإيران.",
      "ASSAULT",
      { target: "state:IR" },
    );
  });

  it("is no attack when the charge is for a crisis", () => {
    expectNone("حمّل الرئيس الفرنسي الحكومة السابقة مسؤولية الأزمة الاقتصادية.", "ASSAULT");
  });
});
