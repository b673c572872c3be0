// Entities, round 4: a counterpart ("نظيره الروسي") is an actor of its own, not part of the
// office before it, and holds that office in its own state; indefinite accusatives and adverbs after a title are no names; activists
// are a sector; a relative's given name after a kinship word is a person; a surname two
// persons of the article share stands for the one who leads a state.
import { describe, expect, it } from "vitest";
import { mentionsOf, personsOf, relationsOf, run } from "./helpers/pipeline.js";

const persons = personsOf;

describe("a counterpart opens its own actor", () => {
  it("keeps the president before a named counterpart apart from him", () => {
    const rels = relationsOf("هنأ الرئيس المصري نظيره الروسي فلاديمير بوتين بفوزه في الانتخابات.");
    const role = rels.find((r) => r.type === "ROLE" && r.source.id === "person:vladimir-putin");
    expect(role?.target.id).toBe("state:RU");
    expect(role?.target.text).not.toContain("المصري");
    expect(rels.some((r) => r.source.text === "الرئيس المصري")).toBe(true);
  });

  it("keeps the caller and an unnamed counterpart as two actors, each his office's holder", () => {
    const rels = relationsOf("واتصل الرئيس الفرنسي بنظيره الروسي لبحث الأزمة في أوكرانيا.");
    const call = rels.find((r) => r.type === "CONSULT");
    expect(call?.source.text).toBe("الرئيس الفرنسي");
    expect(call?.source.id).toBe("person:emmanuel-macron");
    expect(call?.target.id).toBe("person:vladimir-putin");
  });

  it("gives a counterpart the holder of the same office in its state", () => {
    const rels = run(
      "والتقى وزير الخارجية الأمريكي نظيره الروسي في جنيف لبحث الأزمة.",
      "2018-07-06",
    ).relations;
    expect(rels.find((r) => r.type === "CONSULT")?.target.id).toBe("person:sergey-lavrov");
  });
});

describe("common words after a title are no names", () => {
  it("does not read a preposition on a short verbal noun as a name («الرئيس الأمريكي بشن»)", () => {
    expect(persons("وهدد الرئيس الأمريكي بشن ضربات عسكرية على سوريا.")).toEqual([]);
    expect(persons("واتهم الرئيس السابق المرشد الأعلى بنهب أموال الإيرانيين.")).toEqual([]);
  });

  it("reads a listed given name with the article as a name («الطيب لوح»)", () => {
    expect(persons("وقال وزير العدل الجزائري الطيب لوح إن العدالة لن تتسامح.")).toEqual([
      "الطيب لوح",
    ]);
  });

  it("keeps a listed Arabic given name of that shape («بكر بوزداغ»)", () => {
    expect(persons("وقال وزير العدل التركي بكر بوزداغ إن المحكمة ستنظر في القضية.")).toEqual([
      "بكر بوزداغ",
    ]);
  });

  it("does not read an indefinite noun and its nisba as a person", () => {
    expect(persons("وأجرى الرئيس التركي اتصالا هاتفيا مع نظيره الأمريكي.")).toEqual([]);
    expect(persons("وأصدر الرئيس الأمريكي عفوا رئاسيا عن سجين سابق.")).toEqual([]);
  });

  it("does not read words with tanween as a name", () => {
    expect(persons("وشن الرئيس التركي هجوماً حاداً على الاتحاد الأوروبي.")).toEqual([]);
  });

  it("does not read an adverb with a preposition as a name", () => {
    expect(persons("وانتقد الرئيس التركي بشدة، القرار الأمريكي.")).toEqual([]);
  });
});

describe("activists are a sector", () => {
  it("names activists as a group", () => {
    const m = mentionsOf("وقالت الشرطة إنها اعتقلت ثلاثة نشطاء في العاصمة.");
    expect(m.some((x) => x.entity.id === "group:activists")).toBe(true);
  });
});

describe("a relative named by a given name", () => {
  it("reads a given name after a kinship word as a person", () => {
    expect(persons("وتعرض العميل السابق وابنته يوليا للتسميم في المدينة.")).toContain("يوليا");
  });

  it("takes the family name when punctuation closes it", () => {
    expect(persons('وكتب زوجها رضا خندان "لقد اعتقلوها".')).toContain("رضا خندان");
  });

  it("does not read a construct with ة as a kinship pronoun", () => {
    expect(persons("وقالت ابنة شقيقة سيرغي إن العائلة قلقة.")).not.toContain("سيرغي");
  });
});

describe("a surname two persons share", () => {
  it("stands for the state's leader among them", () => {
    const m = run(
      "واستقبل الزعيم الكوري الشمالي كيم جونغ أون نائب الرئيس كيم يونغ تشول. وقال كيم إن المحادثات جيدة.",
      "2018-07-06",
    ).mentions;
    const lone = m.filter((x) => x.text === "كيم");
    expect(lone.length).toBeGreaterThan(0);
    expect(lone.every((x) => x.entity.id === "person:kim-jong-un")).toBe(true);
  });
});
