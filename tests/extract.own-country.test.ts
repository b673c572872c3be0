// «بلاده» in what a verb of saying reports is the state the speaker speaks for
// (src/extract/own-country.ts).
import { describe, expect, it } from "vitest";
import { expectNoRel, expectRel, find, relationsOf, run, show } from "./helpers/pipeline.js";

/** Fails unless `text`, dated `date`, relates `source` to `target` by `type`. */
function expectOn(date: string, text: string, source: string, type: string, target: string) {
  const rels = run(text, date).relations;
  expect(find(rels, source, type, target), show(rels)).not.toHaveLength(0);
}

describe("his or her country in reported speech", () => {
  it("is the state of the speaker's office in the KB that day («قال ترامب إن بلاده تدعم»)", () => {
    const text = "وقال ترامب إن بلاده تدعم إسرائيل في حربها.";
    expectOn("2018-05-08", text, "state:US", "SUPPORT", "state:IL");
    // Out of office, and no office named in the sentence: his country is unknown.
    expect(find(run(text, "2023-11-09").relations, "state:US", "SUPPORT", "state:IL")).toEqual([]);
  });

  it("is the state of the speaker's office in the sentence («وأكد وزير الخارجية الروسي»)", () => {
    expectRel(
      "وأكد وزير الخارجية الروسي أن بلاده تدعم الحكومة السورية.",
      "state:RU",
      "SUPPORT",
      "state:SY",
    );
  });

  it("is the state a noun's genitive names («أعلن ترامب انسحاب بلاده من الاتفاق»)", () => {
    expectRel(
      "أعلن الرئيس الأمريكي دونالد ترامب انسحاب بلاده من الاتفاق النووي الإيراني.",
      "state:US",
      "REJECT",
      "state:IR",
    );
  });

  it("is the object after a preposition («تفرض عقوبات على بلاده»)", () => {
    const text = "وقال ظريف إن الولايات المتحدة تفرض عقوبات على بلاده.";
    expectOn("2018-05-08", text, "state:US", "SANCTION", "state:IR");
  });

  it("names no one when another actor stands between the speaker and it («أبلغه بأن بلاده»)", () => {
    const rels = run(
      "قال ترامب إن بوتين أبلغه بأن بلاده ستوقف الهجمات على أوكرانيا.",
      "2018-05-08",
    ).relations;
    expect(
      rels.filter((r) => r.source.text === "بلاده"),
      show(rels),
    ).toEqual([]);
  });

  it("is no genitive of another's noun («تدعم أعداء بلاده»)", () => {
    const rels = run(
      "قال أردوغان إن الولايات المتحدة تدعم أعداء بلاده في سوريا.",
      "2018-05-08",
    ).relations;
    expect(
      rels.filter((r) => r.target.text === "بلاده"),
      show(rels),
    ).toEqual([]);
  });

  it("names no one after a locative word («عاد إلى بلاده»)", () => {
    expectNoRel(
      "وقال اللاجئ إنه عاد إلى بلاده بعد أن هاجمت الشرطة منزله.",
      "group:police",
      "ASSAULT",
      "state:SY",
    );
    const rels = relationsOf("وقال ترامب إنه سيعود إلى بلاده بعد لقاء الرئيس الصيني.");
    expect(rels.filter((r) => r.source.text === "بلاده" || r.target.text === "بلاده")).toEqual([]);
  });

  it("names no one with no verb of saying before it («عاد الجنود إلى بلاده»)", () => {
    const rels = relationsOf("ووصل الرئيس الإيراني حسن روحاني إلى طهران وأعادت بلاده فتح السفارة.");
    expect(rels.filter((r) => r.source.text === "بلاده")).toEqual([]);
  });
});
