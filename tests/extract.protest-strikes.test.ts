// Protests told in more ways (issue 9, the sixteenth round): a count of counts («عشرات الآلاف
// من العراقيين») is one crowd; a state's people by their nisba doing a protest's act are its
// protesters («قطع شبان كينيون الطرق ... احتجاجا»); a group that starts or holds a strike named
// after its light verb protests («دخل أطباء المستشفيات العامة في كينيا إضرابا»). Not a strike
// spoken of, and not a protest against the crowd's own state when another state's nisba names
// what it protests («احتجاجا على الحصار الإسرائيلي»).
import { describe, expect, it } from "vitest";
import { expectNone, expectRel, mentionsOf } from "./helpers/pipeline.js";

describe("crowds", () => {
  it("counts tens or hundreds of thousands of a state's people as one crowd", () => {
    const m = mentionsOf("تظاهر عشرات الآلاف من العراقيين في بغداد احتجاجا على الفساد.");
    expect(m.map((x) => `${x.entity.id} ${x.text}`)).toContain(
      "group:protesters-iq عشرات الآلاف من العراقيين",
    );
    expectRel(
      "تظاهر مئات الآلاف من البرازيليين في شوارع ساو باولو احتجاجا على الفساد.",
      "group:protesters-br",
      "PROTEST",
      "state:BR",
    );
  });

  it("reads those of a movement («أصحاب السترات الصفراء») counted in a protest as the movement", () => {
    expectRel(
      "تظاهر عشرات الآلاف من أصحاب السترات الصفراء في باريس احتجاجا على سياسات الرئيس إيمانويل ماكرون.",
      "org:fr-yellow-vests",
      "PROTEST",
      "person:emmanuel-macron",
    );
  });

  it("reads a state's young people blocking roads in protest as its protesters", () => {
    expectRel(
      "قطع شبان كينيون الطرق بالحجارة في نيروبي احتجاجا على مشروع قانون المالية.",
      "group:protesters-ke",
      "PROTEST",
      "state:KE",
    );
  });

  it("does not turn a people's protest against another state's act against its own", () => {
    expectNone("تظاهر فلسطينيون قرب السياج الحدودي احتجاجا على الحصار الإسرائيلي.", "PROTEST", {
      target: "state:PS",
    });
  });
});

describe("states acting, not their people", () => {
  it("keeps a government or a delegation acting in protest as its state", () => {
    expectRel(
      "أعلنت الحكومة الجزائرية استدعاء سفيرها في باريس احتجاجا على تصريحات ماكرون.",
      "state:DZ",
      "PROTEST",
      "person:emmanuel-macron",
    );
    expectNone("انسحب الوفد الروسي من الاجتماع احتجاجا على العقوبات الأوروبية.", "PROTEST", {
      target: "state:RU",
    });
  });

  it("keeps a crowd's protest against its own state when another state is named far on", () => {
    expectRel(
      "خرج آلاف العراقيين إلى الشوارع احتجاجا على انقطاع الكهرباء بعد توقف إمدادات الغاز الإيراني.",
      "group:protesters-iq",
      "PROTEST",
      "state:IQ",
    );
  });
});

describe("what a protest is against", () => {
  it("is the official whose statements it protests, who does not protest himself", () => {
    const text = "خرج آلاف المتظاهرين في دكا احتجاجا على تصريحات الرئيس الفرنسي.";
    expectRel(text, "group:protesters", "PROTEST", "person:emmanuel-macron");
    expectNone(text, "PROTEST", { source: "state:FR" });
    expectNone(text, "PROTEST", { source: "person:emmanuel-macron" });
  });
});

describe("strikes", () => {
  it("reads doctors who enter a strike in a state as protesting there", () => {
    expectRel(
      "دخل أطباء المستشفيات العامة في كينيا إضرابا مفتوحا عن العمل، مطالبين الحكومة بزيادة رواتبهم.",
      "group:workers",
      "PROTEST",
      "state:KE",
    );
    expectRel(
      "يواصل عمال الموانئ في فرنسا إضرابهم لليوم الخامس على التوالي.",
      "group:workers",
      "PROTEST",
      "state:FR",
    );
  });

  it("does not read a government negotiating to end or avoid a strike as striking", () => {
    expectNone(
      "بدأت الحكومة الكينية مفاوضات مع نقابة الأطباء لإنهاء إضراب مستمر منذ شهرين.",
      "PROTEST",
    );
    expectNone("بدأ مسؤولون مصريون محادثات لإنهاء إضراب عمال النسيج في المحلة.", "PROTEST", {
      target: "state:EG",
    });
    // The transport workers strike; the visiting president does not.
    expectNone("بدأ الرئيس الأمريكي زيارة إلى فرنسا وسط إضراب واسع لعمال النقل.", "PROTEST", {
      source: "group:protesters-us",
    });
  });

  it("does not read a strike spoken of as one held", () => {
    expectNone("بدأ العمال في فرنسا العودة إلى العمل بعد انتهاء الإضراب.", "PROTEST");
    expectNone("دخل الجنود الأمريكيون إلى العاصمة في اليوم الأول من الإضراب.", "PROTEST");
  });
});
