import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readArticles } from "../src/ingest/read.js";
import { recognize } from "../src/recognize/recognize.js";
import { Mention } from "../src/schema.js";
import { SEED_FILES, SEEDS } from "./helpers/paths.js";
import { bundledKb, mentionsOf } from "./helpers/pipeline.js";

/** The mentions of `text`, as "id|text" pairs. */
const pairs = (text: string) => mentionsOf(text).map((m) => `${m.entity.id}|${m.text}`);
const at = (text: string, word: string) => mentionsOf(text).find((m) => m.text === word);

describe("knowledge-base names through proclitics", () => {
  it('reaches Russia from "وروسيا" and "لروسيا", North Korea from "بكوريا الشمالية"', () => {
    const text =
      "التعاون العسكري بين كوريا الشمالية وروسيا، وتقديم الأسلحة لروسيا، ونشاطها بكوريا الشمالية.";
    const ms = mentionsOf(text);
    expect(ms.map((m) => `${m.entity.id}|${m.text}`)).toEqual([
      "state:KP|كوريا الشمالية",
      "state:RU|روسيا",
      "state:RU|روسيا",
      "state:KP|كوريا الشمالية",
    ]);
    // The span leaves the proclitic out and slices to the name as written.
    for (const m of ms) expect(text.slice(...m.span)).toBe(m.text);
    expect(ms[1]?.span[0]).toBe(text.indexOf("وروسيا") + 1);
    expect(ms[2]?.span[0]).toBe(text.indexOf("لروسيا") + 1);
    expect(ms[3]?.span[0]).toBe(text.indexOf("بكوريا") + 1);
  });

  it('reaches the United States from "وللولايات المتحدة" and Pyongyang from "وبيونغ يانغ"', () => {
    const ids = mentionsOf("رسالة وللولايات المتحدة ولموسكو وبيونغ يانغ.").map((m) => m.entity.id);
    expect(ids).toEqual(["state:US", "state:RU", "state:KP"]);
  });

  it("reads the seeds' Persian spelling کوریا الشمالیة and tashkeel as North Korea", () => {
    expect(pairs("حذرت کوریا الشمالیة اليوم.")).toEqual(["state:KP|کوریا الشمالیة"]);
    expect(pairs("هاجمت رُوسْيَا المدينة.")).toEqual(["state:RU|رُوسْيَا"]);
  });

  it("takes the longest name: كوريا الشمالية, not كوريا; مجلس الأمن الدولي, not الأمن", () => {
    expect(pairs("قالت كوريا الشمالية إن كوريا الجنوبية تستفزها.")).toEqual([
      "state:KP|كوريا الشمالية",
      "state:KR|كوريا الجنوبية",
    ]);
    expect(at("عقد مجلس الأمن الدولي جلسة طارئة.", "مجلس الأمن الدولي")?.entity.id).toBe(
      "org:un-security-council",
    );
  });
});

describe("offices, nisba adjectives and persons", () => {
  it('finds Blinken and the United States in "وزير الخارجية الأمريكي أنتوني بلينكن"', () => {
    const ms = mentionsOf("قال وزير الخارجية الأمريكي أنتوني بلينكن، الخميس، إنه قلق.");
    expect(ms.map((m) => [m.entity.id, m.text, m.rule])).toEqual([
      ["state:US", "الأمريكي", "kb-nisba"],
      ["person:antony-blinken", "أنتوني بلينكن", "kb"],
    ]);
    expect(ms[1]?.entity.label_en).toBe("Antony Blinken");
  });

  it("reads the nisba in its variants: الأميركي, الكوري الجنوبي, الروسية", () => {
    expect(at("ندد وزير الخارجية الأميركي أنتوني بلينكن", "الأميركي")?.entity.id).toBe("state:US");
    expect(at("ونظيره الكوري الجنوبي بارك جين", "الكوري الجنوبي")?.entity.id).toBe("state:KR");
    expect(at("مع استمرار الغزو الروسي لأوكرانيا", "الروسي")?.entity.id).toBe("state:RU");
    expect(at("إن العلاقات الروسية تتحسن", "الروسية")?.entity.id).toBe("state:RU");
  });

  it("reaches one person through transliteration variants (كيم جونج أون, شويجو)", () => {
    expect(at("وصل كيم جونج أون إلى فلاديفوستوك.", "كيم جونج أون")?.entity.id).toBe(
      "person:kim-jong-un",
    );
    expect(at("وقال شويجو إن الجيش جاهز.", "شويجو")?.entity.id).toBe("person:sergei-shoigu");
  });

  it('links a bare "كيم" to Kim Jong Un once the article has named him', () => {
    const ms = mentionsOf("حضر الزعيم كيم جونغ أون الحفل. وأشار كيم إلى أهمية المدمرة.");
    expect(ms.filter((m) => m.entity.id === "person:kim-jong-un").map((m) => m.text)).toEqual([
      "كيم جونغ أون",
      "كيم",
    ]);
  });

  it('makes an unknown name after a title a provisional person: "قال وزير الخارجية البنمي خافيير مارتينيز أتشا،"', () => {
    const ms = mentionsOf("قال وزير الخارجية البنمي خافيير مارتينيز أتشا، إن القناة مملوكة لبنما.");
    expect(ms.find((m) => m.text === "البنمي")?.entity.id).toBe("state:PA");
    const p = ms.find((m) => m.text === "خافيير مارتينيز أتشا");
    expect(p?.entity.kind).toBe("person");
    expect(p?.entity.id).toMatch(/^person:unk-/);
    expect(p?.entity.label_ar).toBe("خافيير مارتينيز أتشا");
    expect(p?.entity.label_en).toBeNull();
  });

  it("gives a provisional person the same id in every article", () => {
    const a = mentionsOf("وقال الخبير الروسي أندريه كورتونوف، إن العلاقات تتحسن.");
    const b = mentionsOf("وأضاف الباحث أندريه كورتونوف، أن موسكو لن تتراجع.");
    const ida = a.find((m) => m.text === "أندريه كورتونوف")?.entity.id;
    expect(ida).toMatch(/^person:unk-/);
    expect(b.find((m) => m.text === "أندريه كورتونوف")?.entity.id).toBe(ida);
  });

  it('finds a name after a speech verb: "وقال كير جايلز، زميل استشاري"', () => {
    const p = at("وقال كير جايلز، زميل استشاري أول في برنامج روسيا.", "كير جايلز");
    expect(p?.entity.kind).toBe("person");
    expect(p?.rule).toBe("speech-name");
  });

  it("makes an unknown organisation from its head noun: مركز الدراسات ..., جامعة كوكمين", () => {
    for (const [s, name] of [
      [
        "يتحدث أمام مؤتمر مركز الدراسات الآسيوية والأفريقية في واشنطن.",
        "مركز الدراسات الآسيوية والأفريقية",
      ],
      ["وقال أندريه لانكوف، خبير في جامعة كوكمين في سيول، إن ...", "جامعة كوكمين"],
    ] as const) {
      const o = at(s, name);
      expect(o?.entity.kind, s).toBe("organization");
      expect(o?.entity.id, s).toMatch(/^org:unk-/);
      expect(o?.rule, s).toBe("org-head");
    }
  });

  it("invents no names from ordinary words", () => {
    const ms = mentionsOf(
      "وقال إن الوضع في المنطقة خطير، وأضاف أن الحكومة ستدرس الخيارات المتاحة.",
    );
    expect(ms).toEqual([]);
  });

  it("reads a common noun after an office as the verb's object, not a name: accusatives, words with ة, a preposition on a verbal noun", () => {
    const ms = mentionsOf("قدم الرئيس الفرنسي اقتراحا جديدا لحل الأزمة.");
    expect(ms.filter((m) => m.entity.kind === "person")).toEqual([]);
    const visit = mentionsOf("أجرى وزير الدفاع الأمريكي زيارة مفاجئة إلى كابل.");
    expect(visit.filter((m) => m.entity.kind === "person")).toEqual([]);
    const toll = mentionsOf("وقال المتحدث باسم الشرطة حصيلة أولية تشير إلى سقوط قتلى.");
    expect(toll.filter((m) => m.entity.kind === "person")).toEqual([]);
    const recall = mentionsOf("واستدعى الاتحاد الأوروبي سفيره في موسكو لإجراء مشاورات.");
    expect(recall.filter((m) => m.entity.kind === "person")).toEqual([]);
    const resigned = mentionsOf(
      "وقال راخوي إن رئيسة الحكومة الإقليمية لمدريد، أحسنت بتقديم استقالتها.",
    );
    expect(resigned.filter((m) => m.entity.kind === "person" && m.text.includes("أحسنت"))).toEqual(
      [],
    );
    // A given name that is also a common word before a preposition on a noun: no name.
    const sole = mentionsOf("واختار البرلمان ميغيل دياز كانيل كمرشح وحيد لرئاسة البلاد.");
    expect(sole.filter((m) => m.text.includes("لرئاسة"))).toEqual([]);
    // A given name that is also a common word before a definite word with ة: no name.
    const city = mentionsOf("ويتميز جمال المدينة القديمة بأسواقها.");
    expect(city.filter((m) => m.entity.kind === "person")).toEqual([]);
    // A known given name before a family name in the same shape is still a person.
    const named = mentionsOf("قالت الصحفية البلغارية فيكتوريا مارينوفا إن التحقيق مستمر.");
    expect(named.some((m) => m.entity.kind === "person")).toBe(true);
  });

  it("reads «سوقا» as a market, not as a spelling of Suga's name", () => {
    const ms = mentionsOf("استهدف تفجير سوقا شعبية في المدينة.");
    expect(ms.filter((m) => m.entity.kind === "person")).toEqual([]);
  });
});

describe("a form that names a state and another state's capital", () => {
  it("reads «عمان» as Amman in a story about Jordan, and as Oman otherwise", () => {
    const jordan = mentionsOf(
      "تظاهر المئات أمام السفارة الإسرائيلية في عمان احتجاجا على قرار الحكومة الأردنية.",
    );
    expect(jordan.find((m) => m.text === "عمان")?.entity.id).toBe("place:amman");
    const oman = mentionsOf("زار وزير الخارجية الإيراني مسقط ثم غادر عمان إلى طهران.");
    expect(oman.find((m) => m.text === "عمان")?.entity.id).toBe("state:OM");
  });
});

describe("metonymy: capitals and seats that act", () => {
  it("reads بيونغ يانغ as an actor as North Korea, keeping the place", () => {
    const m = at("وقالت بيونغ يانغ إنها سترد على المناورات.", "بيونغ يانغ");
    expect(m?.entity.id).toBe("state:KP");
    expect(m?.place?.id).toBe("place:pyongyang");
    expect(m?.rule).toBe("kb-seat");
  });

  it('keeps بيونغ يانغ a place after "في" and "إلى"', () => {
    for (const s of ["عقد الاجتماع في بيونغ يانغ.", "وصل شويغو إلى بيونغ يانغ."]) {
      const m = at(s, "بيونغ يانغ");
      expect(m?.entity.id, s).toBe("place:pyongyang");
      expect(m?.place, s).toBeUndefined();
    }
  });

  it("keeps a capital a place in a university's, prison's or port's name", () => {
    for (const [s, word, id] of [
      ["نظم طلاب جامعة الخرطوم وقفة احتجاجية.", "الخرطوم", "place:khartoum"],
      ["ألقى خطابه الشهير من جامعة القاهرة عام 2009.", "القاهرة", "place:cairo"],
      ["ويعقد اللقاء في ضواحي هلسنكي.", "هلسنكي", "place:helsinki"],
    ]) {
      const m = at(s as string, word as string);
      expect(m?.entity.id, s).toBe(id);
      expect(m?.place, s).toBeUndefined();
    }
  });

  it("keeps a capital joined by و to a place a place, but reads «كل من» as the states acting", () => {
    const both = mentionsOf("أغلق محتجون طرقا رئيسية في بيروت وطرابلس.");
    expect(both.find((m) => m.text === "طرابلس")?.entity.id).toBe("place:tripoli");
    const acting = mentionsOf("ولقي القرار ترحيبا من قبل كل من سول وواشنطن.");
    expect(acting.map((m) => m.entity.id)).toEqual(["state:KR", "state:US"]);
  });

  it("reads the nisbas of Zimbabwe and Burundi, whose singular is the state's name", () => {
    const ms = mentionsOf("قال الرئيس الزيمبابوي إن جنودا بورونديين انتشروا في زيمبابوي.");
    expect(ms.map((m) => [m.text, m.entity.id])).toEqual(
      expect.arrayContaining([
        ["الزيمبابوي", "state:ZW"],
        ["زيمبابوي", "state:ZW"],
      ]),
    );
    expect(ms.some((m) => m.entity.id.endsWith("-bi") || m.entity.id === "state:BI")).toBe(true);
  });

  it("reads the written-together and ج forms: بيونغيانغ, بيونج يانج", () => {
    expect(at("أعلنت بيونغيانغ أنها سترد.", "بيونغيانغ")?.entity.id).toBe("state:KP");
    expect(at("قالت بيونج يانج إنها سترد.", "بيونج يانج")?.entity.id).toBe("state:KP");
  });

  it("reads موسكو, واشنطن, البيت الأبيض and الكرملين acting as their states", () => {
    const text = "وقالت موسكو إن واشنطن تصعد، بينما قال البيت الأبيض إن الكرملين يماطل.";
    expect(mentionsOf(text).map((m) => [m.text, m.entity.id, m.place?.id])).toEqual([
      ["موسكو", "state:RU", "place:moscow"],
      ["واشنطن", "state:US", "place:washington"],
      ["البيت الأبيض", "state:US", "place:white-house"],
      ["الكرملين", "state:RU", "place:kremlin"],
    ]);
  });
});

describe("mentions of the seed articles", () => {
  const kb = bundledKb();
  const seeds = SEED_FILES.map((name) => {
    const a = readArticles({ path: join(SEEDS, name), doc: name }, new Map()).articles[0];
    if (!a) throw new Error(`cannot read ${name}`);
    return { a, rec: recognize(a, kb) };
  });

  it("slices every mention's span from the file to exactly its text", () => {
    for (const { a, rec } of seeds) {
      expect(rec.mentions.length).toBeGreaterThan(10);
      for (const m of rec.mentions)
        expect(a.text.slice(...m.span), `${a.doc} ${m.span}`).toBe(m.text);
    }
  });

  it("writes mentions that validate as mentions.jsonl lines, in document order", () => {
    for (const { rec } of seeds) {
      let prev = -1;
      for (const m of rec.mentions) {
        expect(Mention.safeParse(m).success).toBe(true);
        expect(m.span[0]).toBeGreaterThanOrEqual(prev);
        prev = m.span[0];
      }
    }
  });

  it("puts no mention outside the article's pieces (no keywords, no furniture)", () => {
    for (const { a, rec } of seeds) {
      for (const m of rec.mentions) {
        const inside = a.pieces.some((p) => p.start <= m.span[0] && m.span[1] <= p.end);
        expect(inside, `${a.doc}: ${m.text} at ${m.span}`).toBe(true);
        const piece = a.pieces.find((p) => p.start <= m.span[0] && m.span[1] <= p.end);
        expect(m.section).toBe(piece?.section);
      }
    }
  });

  it("finds the seeds' main actors", () => {
    const ids = (name: string) =>
      new Set(seeds.find((s) => s.a.doc === name)?.rec.mentions.map((m) => m.entity.id));
    const s0 = ids("000_77e392895dce245a.txt");
    for (const id of [
      "person:antony-blinken",
      "person:park-jin",
      "state:KP",
      "state:RU",
      "state:US",
      "state:KR",
      "state:JP",
    ])
      expect(s0, id).toContain(id);
    const s1 = ids("001_d06de67a4468fdf3.txt");
    for (const id of [
      "person:kim-jong-un",
      "person:vladimir-putin",
      "person:sergei-shoigu",
      "org:kp-kcna",
    ])
      expect(s1, id).toContain(id);
    const s3 = ids("003_53c4675156747ac2.txt");
    expect(s3).toContain("person:john-kirby");
    const s2 = ids("002_a7bbb34af9144896.txt");
    expect(s2).toContain("person:jake-sullivan");
  });
});
