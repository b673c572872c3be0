// Entities and ROLE, round 3: foreign given names open a name, hyphenated name parts, a lone
// name after a title is the article's person of that name, sector actors (kidnappers,
// hackers, religious communities), unknown organisations that stop at time words and generic
// nouns, well-known parties and companies, and offices stated outside appositions
// (leadership clauses, "وهو" appositions, a KB name that holds its title, "حينها").
import { describe, expect, it } from "vitest";
import type { RelationMention } from "../src/schema.js";
import { mentionsOf, relationsOf } from "./helpers/pipeline.js";

const ids = (text: string) => mentionsOf(text).map((m) => `${m.entity.id} ${m.text}`);
const roles = (text: string) =>
  relationsOf(text)
    .filter((r: RelationMention) => r.type === "ROLE")
    .map((r) => `${r.source.text} -> ${r.target.id}`);

describe("person names the knowledge base does not know", () => {
  it("opens a name with a foreign given name", () => {
    const m = mentionsOf("وقالت يوليا نافالنايا في بيان إن زوجها بريء.");
    expect(m.find((x) => x.entity.kind === "person")?.entity.label_ar).toBe("يوليا نافالنايا");
  });

  it("reads a known given name after a title although it starts like و + verb", () => {
    const m = mentionsOf("وقال النائب البريطاني ويليام راغ إن لندن لن تتراجع.");
    expect(m.find((x) => x.entity.kind === "person")?.entity.label_ar).toBe("ويليام راغ");
  });

  it("keeps a hyphenated part inside the name", () => {
    const m = mentionsOf(
      "وقال الناطق باسم الحكومة الكورية الجنوبية كيم يو-جين إن المحادثات مستمرة.",
    );
    expect(m.find((x) => x.entity.kind === "person")?.entity.label_ar).toBe("كيم يو-جين");
  });

  it("grows a known person's name over his own given names, not over another man's", () => {
    expect(ids("وقال الرئيس الأسبق باراك حسين أوباما إن الاتفاق تاريخي.")).toContain(
      "person:barack-obama باراك حسين أوباما",
    );
    const m = ids("وقال مايكل كوهين محامي ترامب إنه سيتعاون مع المحققين.");
    expect(
      m.some((x) => x.startsWith("person:donald-trump مايكل")),
      m.join("\n"),
    ).toBe(false);
  });

  it("grows a known surname over its given name in another transliteration", () => {
    expect(ids("وقال المتحدث باسم الكرملين ديميتري بيسكوف إن موسكو سترد.")).toContain(
      "person:dmitry-peskov ديميتري بيسكوف",
    );
    // Another given name before the surname is another member of the family.
    const m = ids("وقالت إيفانكا ترامب إن والدها سيزور المدينة.");
    expect(
      m.some((x) => x.startsWith("person:donald-trump إيفانكا")),
      m.join("\n"),
    ).toBe(false);
  });

  it("makes another given name before a known surname another person", () => {
    const m = ids("وقالت ماري ترامب إن عمها خطير.");
    expect(
      m.filter((x) => x.startsWith("person:donald-trump")),
      m.join("\n"),
    ).toEqual([]);
    expect(
      m.some((x) => x.endsWith(" ماري ترامب")),
      m.join("\n"),
    ).toBe(true);
  });

  it("gives a lone name after a title the article's person of that name", () => {
    const m = mentionsOf(
      "واستقبل الرئيس الفلسطيني محمود عباس الوفد في رام الله. وقال الرئيس الفلسطيني عباس إن المفاوضات متوقفة.",
    );
    const persons = m.filter((x) => x.entity.kind === "person").map((x) => x.entity.id);
    expect(new Set(persons).size, persons.join(" ")).toBe(1);
  });
});

describe("sector actors and organisations", () => {
  it("finds kidnappers, hackers and a religious community as groups", () => {
    expect(ids("وأفرج الخاطفون عن الصحفي بعد أسبوعين.")).toContain("group:kidnappers الخاطفون");
    expect(ids("واتهمت الشركة قراصنة باختراق حساباتها.")).toContain("group:hackers قراصنة");
    expect(ids("وطالب الإيزيديون بحماية دولية.").some((x) => x.startsWith("group:yazidis"))).toBe(
      true,
    );
  });

  it("ends an unknown organisation's name at a time word", () => {
    const m = ids("وأقر مجلس الأمناء الجديد الأسبوع الماضي الخطة.");
    expect(
      m.some((x) => x.includes("الأسبوع")),
      m.join("\n"),
    ).toBe(false);
  });

  it("takes no generic collocation for an organisation", () => {
    const m = ids("ونقلت وكالة أنباء محلية عن مصادر قولها إن الهجوم فشل.");
    expect(
      m.some((x) => x.startsWith("org:")),
      m.join("\n"),
    ).toBe(false);
  });

  it("knows well-known parties and companies", () => {
    expect(ids("وفازت حركة خمس نجوم بأكبر عدد من المقاعد.")).toContain("org:it-m5s حركة خمس نجوم");
    expect(ids("وقالت شركة بوينغ إنها ستسلم الطائرات.")).toContain("org:boeing شركة بوينغ");
  });
});

describe("ROLE outside appositions", () => {
  it("reads «Y الذي يقوده X» and «Y برئاسة X»", () => {
    const a = roles("وفاز حزب المؤتمر الوطني الأفريقي الذي يقوده سيريل رامافوزا بالانتخابات.");
    expect(
      a.some((r) => r.endsWith("-> org:za-anc")),
      a.join("\n"),
    ).toBe(true);
    const b = roles("وشكلت حركة التغيير الديمقراطي برئاسة نلسون تشاميسا وفدا للمفاوضات.");
    expect(
      b.some((r) => r.endsWith("-> org:zw-mdc")),
      b.join("\n"),
    ).toBe(true);
  });

  it("reads «X الذي يقود Y»", () => {
    const r = roles("وقال كيم جونغ أون الذي يقود كوريا الشمالية إن بلاده مستعدة للحوار.");
    expect(r, r.join("\n")).toContain("كيم جونغ أون -> state:KP");
  });

  it("reads «X، وهو رئيس ...»", () => {
    const r = roles("وقال روبرتو فيكو، وهو رئيس حزب المؤتمر الوطني الأفريقي، إن الحزب موحد.");
    expect(
      r.some((x) => x.endsWith("-> org:za-anc")),
      r.join("\n"),
    ).toBe(true);
  });

  it("gives a KB name that opens with a king's title his office", () => {
    expect(roles("وأمر الملك سلمان بصرف راتب شهر للموظفين.")).toContain("الملك سلمان -> state:SA");
  });

  it("does not take an honorific for an office", () => {
    expect(roles("وهنأ الشيخ تميم الفائزين بالبطولة.")).toEqual([]);
  });

  it("does not take a nisba for the body a person leads", () => {
    const r = roles("وواصل التحقيق الروسي الذي يقوده روبرت مولر عمله.");
    expect(
      r.some((x) => x.endsWith("state:RU")),
      r.join("\n"),
    ).toBe(false);
  });

  it("reads an office whose body's abbreviation stands in brackets", () => {
    expect(
      roles("وقال الأمين العام لحلف شمال الأطلسي (ناتو) ينس ستولتنبرغ إن الحلف سيرد."),
    ).toContain("ينس ستولتنبرغ -> org:nato");
  });

  it("reads an office that a quotation mark parts from the name or the body", () => {
    expect(roles('وقال رئيس الوزراء الإثيوبي "هايلي مريام ديسالين" إن البلاد مستقرة.')).toContain(
      "هايلي مريام ديسالين -> state:ET",
    );
    const r = roles('وقالت إينيس إريماداس، زعيمة حزب "سيودادانوس"، إن الحكومة فشلت.');
    expect(
      r.some((x) => x.endsWith("-> org:es-ciudadanos")),
      r.join("\n"),
    ).toBe(true);
  });

  it("reads an office with «حينها» before the name", () => {
    expect(roles("والتقى الرئيس الأميركي حينها جورج دبليو بوش بالملك عبد الله.")).toContain(
      "جورج دبليو بوش -> state:US",
    );
  });
});

describe("organisations named in quotes after their head", () => {
  it("reads the quoted name, closing quote and all, without the quotes in its label", () => {
    const m = mentionsOf(
      'وقال خلدون الزعبي، نائب رئيس مجلس إدارة شركة "أمان القابضة"، إن الأرباح ارتفعت.',
    );
    const org = m.find((x) => x.entity.kind === "organization");
    expect(org?.entity.label_ar).toBe("شركة أمان القابضة");
    expect(org?.text).toBe('شركة "أمان القابضة"');
  });

  it("is the KB's organisation when the KB knows the name without its quotes", () => {
    const m = mentionsOf('إذ سمت حركة "أمل" وزير المال ياسين جابر.');
    expect(m.find((x) => x.entity.kind === "organization")?.entity.id).toBe("org:lb-amal-movement");
    expect(ids('وقالت منظمة "أنقذوا الأطفال" إن الوضع كارثي.')).toContain(
      'org:save-the-children منظمة "أنقذوا الأطفال"',
    );
  });

  it("leaves a quoted name the KB knows to the KB", () => {
    const m = ids('وقالت صحيفة "نيويورك تايمز" إن ترامب غاضب.');
    expect(
      m.filter((x) => x.startsWith("org:unk-")),
      m.join("\n"),
    ).toEqual([]);
  });
});
