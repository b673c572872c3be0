// A crowd of protesters that the sentence gives nothing to protest against protests against
// the state it is in; the state of its nisba is not that target, nor is a sentence with two.
import { describe, expect, it } from "vitest";
import { find, mentionsOf, relationsOf, show } from "./helpers/pipeline.js";

describe("a crowd protesting where it is", () => {
  it("protests against the state of the city it is in: في شوارع بغداد", () => {
    const rels = relationsOf("خرج آلاف المتظاهرين في شوارع بغداد للمطالبة بإسقاط الحكومة.");
    const r = find(rels, "group:protesters", "PROTEST", "state:IQ");
    expect(r.length, show(rels)).toBe(1);
    // The government it would bring down is that state's («بإسقاط الحكومة»).
    expect(r[0]?.rule).toBe("crowd-protest-government");
  });

  it("protests against the state named after في: محتجون في أرمينيا", () => {
    const rels = relationsOf("أغلق محتجون في أرمينيا بعض مداخل العاصمة يريفان.");
    expect(find(rels, "group:protesters", "PROTEST", "state:AM").length, show(rels)).toBe(1);
  });

  it("keeps the negation: لم يخرج المتظاهرون", () => {
    const rels = relationsOf("لم يخرج المتظاهرون في القاهرة اليوم.");
    expect(find(rels, "group:protesters", "PROTEST", "state:EG")[0]?.polarity, show(rels)).toBe(
      "negated",
    );
  });

  it("protests against the owner of what it stands in front of, not the city's state", () => {
    const rels = relationsOf("ونظم أنصار المعارضة وقفة احتجاجية أمام السفارة الأمريكية في أنقرة.");
    const p = rels.filter((r) => r.type === "PROTEST");
    expect(
      p.map((r) => `${r.source.id} ${r.target.id}`),
      show(rels),
    ).toEqual(["group:opposition state:US"]);
  });

  it("protests against the one whose ouster it demands", () => {
    const crowd = relationsOf("وخرج آلاف المتظاهرين في الخرطوم للمطالبة برحيل الرئيس عمر البشير.");
    expect(
      find(crowd, "group:protesters", "PROTEST", "person:omar-al-bashir").length,
      show(crowd),
    ).toBe(1);
    const verb = relationsOf(
      "وتظاهر الآلاف في يريفان للمطالبة باستقالة رئيس الوزراء سيرج سركيسيان.",
    );
    expect(
      find(verb, "group:protesters", "PROTEST", "person:serzh-sargsyan").length,
      show(verb),
    ).toBe(1);
  });

  it("reads every protest verb of a sentence in front of its own building", () => {
    const rels = relationsOf(
      "وتظاهر الطلاب أمام السفارة الأمريكية، واعتصمت حركة حماس أمام السفارة البريطانية.",
    );
    expect(find(rels, "group:students", "PROTEST", "state:US").length, show(rels)).toBe(1);
    expect(find(rels, "org:hamas", "PROTEST", "state:GB").length, show(rels)).toBe(1);
  });

  it("names no target when the sentence places the crowd in two states", () => {
    const rels = relationsOf("قال المتحدث إن المتظاهرين في باريس وبرلين طالبوا بوقف الحرب.");
    expect(
      rels.filter((r) => r.type === "PROTEST"),
      show(rels),
    ).toEqual([]);
  });

  it("does not take the crowd's own nisba for its target", () => {
    const rels = relationsOf(
      "اقتحم متظاهرون فلسطينيون السياج الحدودي واشتبكوا مع الجنود الإسرائيليين.",
    );
    expect(find(rels, "group:protesters-ps", "PROTEST", "state:PS"), show(rels)).toEqual([]);
  });
});

describe("a protest named by its noun", () => {
  const protests = (text: string) =>
    relationsOf(text)
      .filter((r) => r.type === "PROTEST")
      .map((r) => `${r.source.id} ${r.target.id} ${r.rule}`);

  it("is its crowd protesting against the actor after ضد", () => {
    expect(protests("وخرجت مظاهرات حاشدة ضد الحكومة الأردنية في عمان.")).toEqual([
      "group:protesters state:JO protest-noun-target",
    ]);
  });

  it("reads «المناهضة لـ» and a protest march", () => {
    expect(protests("وتواصلت الاحتجاجات المناهضة للحكومة الإثيوبية.")).toEqual([
      "group:protesters state:ET protest-noun-target",
    ]);
    const march = protests("وشارك الآلاف في مسيرة احتجاجية ضد الرئيس الفنزويلي نيكولاس مادورو.");
    expect(march).toEqual(["group:protesters person:nicolas-maduro protest-noun-target"]);
  });

  it("gives the protest to the group named right after its noun", () => {
    expect(protests("خرجت مظاهرات الطلاب ضد الحكومة الإيرانية في طهران.")).toEqual([
      "group:students state:IR protest-noun-target",
    ]);
  });

  it("reads لـ right after the noun as who protests, not what against", () => {
    expect(protests("خرجت مظاهرة للطلاب ضد الحكومة الإيرانية في طهران.")).toEqual([
      "group:students state:IR protest-noun-target",
    ]);
    expect(protests("فرقت الشرطة مظاهرة لطلاب جامعة القاهرة.")).toEqual([]);
  });

  it("makes no protest of a noun with nothing to protest against", () => {
    expect(protests("وشهدت المدينة مظاهرات حاشدة يوم الجمعة.")).toEqual([]);
  });
});

describe("a group that protests without being called protesters", () => {
  it("protests where it is when it organises a protest: نظم الطلاب وقفة احتجاجية", () => {
    const rels = relationsOf("نظم الطلاب وقفة احتجاجية أمام مقر وزارة التربية في الخرطوم.");
    expect(find(rels, "group:students", "PROTEST", "state:SD").length, show(rels)).toBe(1);
  });

  it("protests by going on strike: أضرب الطلاب في تونس", () => {
    const rels = relationsOf("أضرب الطلاب في تونس عن الدراسة للمطالبة بتحسين المنح.");
    expect(find(rels, "group:students", "PROTEST", "state:TN").length, show(rels)).toBe(1);
  });

  it("does not protest when no word of protest stands near it", () => {
    const rels = relationsOf("وصل الطلاب إلى المدارس في الخرطوم صباح الأحد.");
    expect(
      rels.filter((r) => r.type === "PROTEST"),
      show(rels),
    ).toEqual([]);
  });
});

describe("a protest verb's target", () => {
  it("is who the protest is against, past the place it is held in", () => {
    const rels = relationsOf("احتج المتظاهرون في بغداد على قرار الحكومة العراقية.");
    expect(find(rels, "group:protesters", "PROTEST", "state:IQ").length, show(rels)).toBe(1);
    const sudan = relationsOf("تظاهر الطلاب في الخرطوم ضد الرئيس عمر البشير.");
    expect(
      find(sudan, "group:students", "PROTEST", "person:omar-al-bashir").length,
      show(sudan),
    ).toBe(1);
  });
});

describe("a counted crowd after a verb of protest", () => {
  it("reads «تظاهر المئات ... ضد الحكومة الإيرانية» as protesters against Iran", () => {
    const r = relationsOf("تظاهر المئات في طهران ضد الحكومة الإيرانية.");
    expect(r.map((x) => `${x.source.id} ${x.type} ${x.target.id}`)).toContain(
      "group:protesters PROTEST state:IR",
    );
  });

  it("ties the crowd to the state of its nisba: «آلاف الأردنيين» are Jordanian protesters", () => {
    const m = mentionsOf("وتظاهر آلاف الأردنيين احتجاجا على قرار الحكومة رفع الأسعار.");
    const crowd = m.find((x) => x.entity.id === "group:protesters-jo");
    expect(crowd?.text).toBe("آلاف الأردنيين");
    expect(crowd?.entity.label_en).toBe("Jordanian protesters");
  });

  it("leaves a count after another verb alone: «قتل المئات»", () => {
    expect(mentionsOf("قتل المئات في القصف على المدينة.").map((x) => x.entity.id)).not.toContain(
      "group:protesters",
    );
  });
});
