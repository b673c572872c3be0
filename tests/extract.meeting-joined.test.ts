// A meeting that brought its sides together («اجتماع جمعه بـ»: src/extract/frames-meeting-
// joined.ts), and relations strengthened with another (COOPERATE heads «تعزيز العلاقات»).
import { describe, expect, it } from "vitest";
import { find, relationsOf, show } from "./helpers/pipeline.js";

describe("a meeting that joined its sides", () => {
  it("relates the clause's subject, through the pronoun, to each one joined, and them to each other", () => {
    const r = relationsOf(
      "وأعلن نواف سلام تشكيل الحكومة إثر اجتماع جمعه برئيس الجمهورية جوزاف عون ورئيس مجلس النواب نبيه بري.",
    );
    const met = (a: string, b: string) =>
      find(r, a, "CONSULT", b).length + find(r, b, "CONSULT", a).length;
    expect(met("person:nawaf-salam", "person:joseph-aoun"), show(r)).toBe(1);
    expect(met("person:nawaf-salam", "person:nabih-berri"), show(r)).toBe(1);
    expect(met("person:joseph-aoun", "person:nabih-berri"), show(r)).toBe(1);
  });

  it("reads nothing from «تجمع» as a gathering of a crowd", () => {
    const r = relationsOf("وتجمع المتظاهرون أمام السفارة الأمريكية.");
    expect(
      r.filter((t) => t.type === "CONSULT"),
      show(r),
    ).toEqual([]);
  });
});

describe("relations strengthened", () => {
  it("are cooperation with the one after مع, or between two", () => {
    const r = relationsOf("وتسعى نيامي إلى تعزيز علاقاتها مع موسكو.");
    expect(find(r, "state:NE", "COOPERATE", "state:RU").length, show(r)).toBe(1);
    const b = relationsOf("وبحث الوزيران سبل تعزيز العلاقات بين مصر وتركيا.");
    expect(find(b, "state:EG", "COOPERATE", "state:TR").length, show(b)).toBe(1);
    const tense = relationsOf("وقال إن العلاقات مع واشنطن متوترة.");
    expect(
      tense.filter((t) => t.type === "COOPERATE"),
      show(tense),
    ).toEqual([]);
  });

  it("between «البلدين» relates the two states this sentence's officials serve, not a pair named before", () => {
    const r = relationsOf(
      "ووقعت روسيا وكوريا الشمالية معاهدة دفاع. وفي أبريل الماضي، التقى الرئيسان الأميركي جو بايدن والكوري الجنوبي يون سوك يول والتعهد كذلك بتعزيز العلاقات بين البلدين.",
    );
    expect(find(r, "state:US", "COOPERATE", "state:KR").length, show(r)).toBe(1);
    expect(find(r, "state:RU", "COOPERATE", "state:KP"), show(r)).toEqual([]);
  });
});

describe("an organisation named again by its head", () => {
  it("is the object of a verb with «إلى» after it («ودعت الصين الحلف إلى»)", () => {
    const r = relationsOf(
      "وأكد حلف شمال الأطلسي دعمه لأوكرانيا. ودعت الصين الحلف إلى الكف عن إثارة المواجهة.",
    );
    expect(find(r, "state:CN", "REQUEST", "org:nato").length, show(r)).toBe(1);
  });

  it("reads the Western allies as the Western states", () => {
    const r = relationsOf(
      "ودعا زيلينسكي الحلفاء الغربيين إلى تزويد بلاده بمزيد من منظومات الدفاع الجوي.",
    );
    expect(
      find(r, "person:volodymyr-zelensky", "REQUEST", "group:western-states").length,
      show(r),
    ).toBe(1);
  });
});
