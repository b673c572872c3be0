// Conflict frames of round 3: crowd dispersal as violent repression (ASSAULT), a victim noun
// that states the purpose of its clause ("لتفريق المتظاهرين", "في محاولة لإرغام"), and an
// attack named once and blamed or denied later with a bare reference ("تقف وراء الهجوم",
// "نفت أي ضلوع لها فيه"), which takes the victim of the attack the article named before.
import { describe, expect, it } from "vitest";
import { expectNone, expectRel, find, relationsOf, show } from "./helpers/pipeline.js";

/** These frames' relations are affirmed ones (a negated reading would be a wrong frame). */
const expectAffirmed = (text: string, source: string, type: string, target: string) =>
  expectRel(text, source, type, target, { polarity: "affirmed" });

describe("crowd dispersal is violent repression (ASSAULT)", () => {
  it("reads «فرقت الشرطة المتظاهرين بالغاز المسيل للدموع»", () => {
    expectAffirmed(
      "فرقت الشرطة المتظاهرين بالغاز المسيل للدموع في وسط المدينة.",
      "group:police",
      "ASSAULT",
      "group:protesters",
    );
  });

  it("reads «فضت قوات الأمن اعتصام المحتجين»", () => {
    expectAffirmed(
      "وفضت قوات الأمن بالقوة اعتصام المحتجين أمام مقر الحكومة.",
      "group:security-forces",
      "ASSAULT",
      "group:protesters",
    );
  });

  it("does not read teams as a dispersal: «فرق الإنقاذ»", () => {
    expectNone("وصلت فرق الإنقاذ إلى موقع الانفجار صباح اليوم.", "ASSAULT");
  });
});

describe("a claim of responsibility names the doer", () => {
  it("reads «أعلنت حركة طالبان مسؤوليتها عن اغتيال ...»", () => {
    const rels = relationsOf(
      "وأعلنت حركة طالبان مسؤوليتها عن اغتيال السفير الروسي أندريه كارلوف.",
    ).filter((r) => r.type === "ASSAULT");
    expect(
      rels.map((r) => `${r.source.id} ${r.target.text}`),
      show(rels),
    ).toEqual(["org:taliban أندريه كارلوف"]);
  });
});

describe("an unnamed official as the victim stands for his state", () => {
  it("reads «اغتيال السفير الروسي» as an attack on Russia", () => {
    expectAffirmed(
      "وأعلن تنظيم الدولة مسؤوليته عن اغتيال السفير الروسي في أنقرة.",
      "org:isis",
      "ASSAULT",
      "state:RU",
    );
  });

  it("is no victim of a person serving that same state", () => {
    expectNone("وبريطانيا تتهم بوتين باغتيال جاسوس روسي على أراضيها.", "ASSAULT");
  });
});

describe("a victim noun that states the clause's purpose has the clause's subject as doer", () => {
  it("reads «أطلقت الشرطة الغاز المسيل للدموع لتفريق آلاف المتظاهرين»", () => {
    expectAffirmed(
      "أطلقت الشرطة الغاز المسيل للدموع لتفريق آلاف المتظاهرين في العاصمة.",
      "group:police",
      "ASSAULT",
      "group:protesters",
    );
  });

  it("reads «استخدمت قوات الأمن خراطيم المياه لتفريق المحتجين»", () => {
    expectAffirmed(
      "استخدمت قوات الأمن خراطيم المياه لتفريق المحتجين قرب البرلمان.",
      "group:security-forces",
      "ASSAULT",
      "group:protesters",
    );
  });

  it("reads an arrest as the purpose: «داهمت الشرطة منزلا لاعتقال الناشطين»", () => {
    expectAffirmed(
      "داهمت الشرطة التركية منزلا في أنقرة لاعتقال عشرات المعارضين.",
      "state:TR",
      "COERCE",
      "group:opposition",
    );
  });

  it("gives no doer to a call or a condemnation: «دعت منظمة العفو إلى وضع حد لقمع المتظاهرين»", () => {
    expectNone("دعت منظمة العفو الدولية إلى وضع حد لقمع المتظاهرين في البلاد.", "COERCE", {
      source: "org:amnesty-international",
    });
  });
});

describe("casualties of an attack whose doer is named", () => {
  it("reads «قتل خمسة جنود في هجوم انتحاري» as the bombers' assault on the army", () => {
    expectAffirmed(
      "قتل خمسة جنود في هجوم انتحاري على قاعدة عسكرية شرق البلاد.",
      "group:attackers",
      "ASSAULT",
      "group:army",
    );
  });

  it("reads «أصيب ثلاثة من رجال الشرطة في هجوم لمسلحين»", () => {
    expectAffirmed(
      "أصيب ثلاثة من رجال الشرطة في هجوم لمسلحين على دورية في سيناء.",
      "group:militants",
      "ASSAULT",
      "group:police",
    );
  });

  it("reads the doer after a verb that carries the attack out: «في هجوم شنته حركة طالبان»", () => {
    expectAffirmed(
      "قتل عشرة جنود في هجوم شنته حركة طالبان على نقطة تفتيش.",
      "org:taliban",
      "ASSAULT",
      "group:army",
    );
  });

  it("gives no relation when no one attacks: «قتل 12 مدنيا في هجوم»", () => {
    expectNone("قتل 12 مدنيا في هجوم على سوق شعبي.", "ASSAULT");
  });
});

describe("objects a verb's own reading misses", () => {
  it("reads a number of a group: «اعتقلت قوات الأمن العشرات من المحتجين»", () => {
    expectAffirmed(
      "اعتقلت قوات الأمن العشرات من المحتجين في العاصمة.",
      "group:security-forces",
      "COERCE",
      "group:protesters",
    );
  });

  it("reads what a state owns by its nisba: «هاجم متظاهرون مقر السفارة الأمريكية»", () => {
    expectAffirmed(
      "هاجم متظاهرون غاضبون مقر السفارة الأمريكية في العاصمة.",
      "group:protesters",
      "ASSAULT",
      "state:US",
    );
  });

  it("reads a seizure: «احتجزت إيران ناقلة نفط بريطانية»", () => {
    expectAffirmed(
      "احتجزت إيران ناقلة نفط بريطانية في مضيق هرمز.",
      "state:IR",
      "COERCE",
      "state:GB",
    );
  });

  it("reads an attack amid a crowd: «فجر انتحاري نفسه وسط حشد من المتظاهرين»", () => {
    const text = "فجر انتحاري نفسه وسط حشد من المتظاهرين خارج مركز للشرطة.";
    expectAffirmed(text, "group:attackers", "ASSAULT", "group:protesters");
    // The police station is where it happened, not who was attacked.
    const rels = relationsOf(text);
    expect(find(rels, "group:attackers", "ASSAULT", "group:police"), show(rels)).toHaveLength(0);
  });

  it("reads «أطلقت الشرطة النار على حشد من المحتجين»", () => {
    expectAffirmed(
      "أطلقت الشرطة النار على حشد من المحتجين في وسط المدينة.",
      "group:police",
      "ASSAULT",
      "group:protesters",
    );
  });

  it("does not read sanctions as an attack: «استهدفت واشنطن الشركات الصينية بعقوبات»", () => {
    expectNone("استهدفت واشنطن الشركات الصينية بعقوبات جديدة.", "ASSAULT");
  });
});

describe("a protest in front of what an actor owns", () => {
  it("reads «تظاهر آلاف الطلاب أمام السفارة الأمريكية في القاهرة» as a protest to the US", () => {
    const text = "تظاهر آلاف الطلاب أمام السفارة الأمريكية في القاهرة احتجاجا على القرار.";
    expectAffirmed(text, "group:students", "PROTEST", "state:US");
    // The city it happened in names no second target.
    const rels = relationsOf(text);
    expect(find(rels, "group:students", "PROTEST", "state:EG"), show(rels)).toHaveLength(0);
  });

  it("reads «اعتصم المحتجون أمام مقر البرلمان التونسي» as a protest to the parliament", () => {
    // A parliament the KB names (Tunisia's Assembly of the Representatives of the People) is
    // the most specific actor: the protest is to it, not to its state.
    expectAffirmed(
      "اعتصم المحتجون أمام مقر البرلمان التونسي.",
      "group:protesters",
      "PROTEST",
      "org:tn-arp",
    );
  });
});

describe("a passive verb with its agent", () => {
  it("reads «اعتقل الناشط ... من قبل السلطات البحرينية» as Bahrain's arrest of him", () => {
    const text = "اعتقل الناشط نبيل رجب من قبل السلطات البحرينية في المنامة.";
    const rels = relationsOf(text).filter((r) => r.type === "COERCE");
    expect(
      rels.map((r) => `${r.source.id} ${r.target.text}`),
      show(rels),
    ).toEqual(["state:BH نبيل رجب"]);
  });

  it("keeps only the agent's assault: «اختطف الصحفي الأمريكي على أيدي مسلحين»", () => {
    const rels = relationsOf("اختطف الصحفي الأمريكي على أيدي مسلحين في سوريا.");
    expect(find(rels, "group:militants", "ASSAULT", "state:US"), show(rels)).not.toHaveLength(0);
    expect(find(rels, "state:US", "ASSAULT", "group:militants"), show(rels)).toHaveLength(0);
  });
});

describe("a reference back to an attack takes the victim named before", () => {
  const named = "اتهمت بريطانيا روسيا بتسميم الجاسوس الروسي السابق سيرغي سكريبال في سالزبري.";

  function skripal(text: string): string {
    const rels = relationsOf(text);
    const r = rels.find((x) => x.type === "ASSAULT" && x.rule === "conflict-attack-reference");
    return r ? `${r.source.id} ${r.target.text} ${r.polarity}` : show(rels);
  }

  it("reads «تقف روسيا وراء الهجوم» in a later sentence", () => {
    expect(skripal(`${named} وقالت لندن إن روسيا تقف وراء الهجوم.`)).toBe(
      "state:RU سيرغي سكريبال affirmed",
    );
  });

  it("negates a denied involvement: «نفت موسكو أي ضلوع لها فيه»", () => {
    expect(skripal(`${named} لكن موسكو نفت أي ضلوع لها فيه.`)).toBe(
      "state:RU سيرغي سكريبال negated",
    );
  });

  it("reads «أي علاقة لها بالحادث» after the denier", () => {
    expect(skripal(`${named} وأنكرت الحكومة الروسية، الأسبوع الماضي، أي علاقة لها بالحادث.`)).toBe(
      "state:RU سيرغي سكريبال negated",
    );
  });

  it("takes no victim across a new attack named without one: «ووقع هجوم جديد»", () => {
    const rels = relationsOf(
      `${named} ووقع هجوم جديد في العاصمة الأفغانية كابول. ونفت طالبان أي علاقة لها بالهجوم.`,
    );
    const wrong = rels.filter((r) => r.rule === "conflict-attack-reference");
    expect(wrong, show(rels)).toHaveLength(0);
  });

  it("gives no reference without an attack named before", () => {
    const rels = relationsOf("وقالت لندن إن روسيا تقف وراء الهجوم.");
    expect(
      rels.filter((r) => r.type === "ASSAULT"),
      show(rels),
    ).toHaveLength(0);
  });

  it("does not take a reference with its own doer: «الهجوم الإسرائيلي»", () => {
    const rels = relationsOf(`${named} ونفت إيران أي علاقة لها بالهجوم الإسرائيلي على سوريا.`);
    const wrong = rels.filter((r) => r.rule === "conflict-attack-reference");
    expect(wrong, show(rels)).toHaveLength(0);
  });
});
