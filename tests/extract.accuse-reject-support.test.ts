// ACCUSE, REJECT and SUPPORT (issue 9): holding someone responsible («حمّل X Y مسؤولية»),
// pointing the finger («وجه أصابع الاتهام إلى»), denial by أنكر, a stance on what a state did
// named by its nisba («رفض لافروف العقوبات الأمريكية», «رفضها للعقوبات الأمريكية»), a list
// opened by «كلا من», and a detached clitic («لـ CNN») that is no subject.
import { describe, expect, it } from "vitest";
import { expectNone, expectRel, find, relationsOf, show } from "./helpers/pipeline.js";

describe("accusation triggers", () => {
  it("reads «حمّل X Y مسؤولية ...»", () => {
    expectRel(
      "وحمّل الحوثيون التحالف العربي مسؤولية القصف الذي استهدف سوقا شعبية.",
      "org:houthis",
      "ACCUSE",
      "org:saudi-led-coalition",
    );
  });

  it("reads «حملت السعودية الحوثيين المسؤولية عن ...»", () => {
    expectRel(
      "وحملت السعودية الحوثيين المسؤولية عن الهجوم الصاروخي على الرياض.",
      "state:SA",
      "ACCUSE",
      "org:houthis",
    );
  });

  it("does not read «حمل» in its other sense", () => {
    expectNone("وحمل المتظاهرون الأعلام الإيرانية في شوارع طهران.", "ACCUSE");
  });

  it("reads «وجه أصابع الاتهام إلى»", () => {
    expectRel(
      "ووجهت بريطانيا أصابع الاتهام إلى روسيا بعد تسميم الجاسوس السابق.",
      "state:GB",
      "ACCUSE",
      "state:RU",
    );
  });

  it("reads a list after «كلا من»", () => {
    const text =
      "واتهم جون بولتون كلا من روسيا وكوريا الشمالية وإيران بالتخطيط للتدخل في الانتخابات الأمريكية.";
    for (const target of ["state:RU", "state:KP", "state:IR"])
      expectRel(text, "person:john-bolton", "ACCUSE", target);
  });

  it("reads the condemned state from the nisba of what it did", () => {
    expectRel("وأدانت مصر القصف الإسرائيلي على قطاع غزة.", "state:EG", "ACCUSE", "state:IL");
  });
});

describe("rejection and denial", () => {
  it("reads «رفض X العقوبات الأمريكية»", () => {
    expectRel(
      "ورفض لافروف العقوبات الأمريكية الجديدة خلال مؤتمر صحفي في موسكو.",
      "person:sergey-lavrov",
      "REJECT",
      "state:US",
    );
  });

  it("reads «نفت X الاتهامات البريطانية»", () => {
    expectRel("ونفت روسيا الاتهامات البريطانية بشأن الهجوم.", "state:RU", "REJECT", "state:GB");
  });

  it("reads «أنكر X اتهامات Y»", () => {
    expectRel(
      "أنكر المتحدث باسم الكرملين، دميتري بيسكوف، اتهامات بريطانيا.",
      "person:dmitry-peskov",
      "REJECT",
      "state:GB",
    );
  });

  it("reads the verbal noun with a nisba after لـ: «رفضها للعقوبات الأمريكية»", () => {
    expectRel(
      "وأعربت روسيا عن رفضها للعقوبات الأمريكية على شركاتها.",
      "state:RU",
      "REJECT",
      "state:US",
    );
  });

  it("takes no subject after a detached لـ: «في تعليق لـ CNN أنكر ...»", () => {
    const rels = relationsOf(
      "وفي تعليق لـ CNN أنكر المتحدث باسم الكرملين، دميتري بيسكوف، اتهامات بريطانيا.",
    );
    expect(
      rels.filter((r) => r.type === "REJECT" && r.source.id === "org:cnn"),
      show(rels),
    ).toHaveLength(0);
    expect(find(rels, "person:dmitry-peskov", "REJECT", "state:GB"), show(rels)).not.toHaveLength(
      0,
    );
  });
});

describe("support", () => {
  it("reads «رحب X بالقرار الفرنسي»", () => {
    expectRel("ورحبت الحكومة العراقية بالقرار الفرنسي.", "state:IQ", "SUPPORT", "state:FR");
  });

  it("reads «أيدت X الموقف الفرنسي»", () => {
    expectRel("وأيدت ألمانيا الموقف الفرنسي في مجلس الأمن.", "state:DE", "SUPPORT", "state:FR");
  });

  it("reads «أعرب عن دعمه لـ»", () => {
    expectRel(
      "وأعرب الرئيس الفرنسي إيمانويل ماكرون عن دعمه للحكومة العراقية.",
      "person:emmanuel-macron",
      "SUPPORT",
      "state:IQ",
    );
  });

  it("does not take a deal for the state of its nisba: «تأييدها للاتفاق النووي الإيراني»", () => {
    expectNone("وأكدت روسيا تأييدها للاتفاق النووي الإيراني.", "SUPPORT", { target: "state:IR" });
  });

  it("does not read a nisba further off: «أيدت X الاتفاق النووي الإيراني»", () => {
    expectNone("وأيدت فرنسا الاتفاق النووي الإيراني.", "SUPPORT", { target: "state:IR" });
  });
});
