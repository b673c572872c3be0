// Round 5 stance frames: withdrawing from an agreement or an organisation rejects its party
// (src/extract/frames-stance-withdraw.ts, "agreement_nouns" in lexicon/accusations.json), and
// a list opened by «كلا من» after a time phrase is the accused (timeSkipDrafts).
import { describe, expect, it } from "vitest";
import { expectNone, expectRel, find, relationsOf, show } from "./helpers/pipeline.js";

describe("withdrawing from an agreement rejects its party", () => {
  it("reads the party of a nisba after the agreement noun", () => {
    expectRel(
      "وقال الرئيس الإيراني حسن روحاني إن الولايات المتحدة ستنسحب من الاتفاق النووي الإيراني.",
      "state:US",
      "REJECT",
      "state:IR",
    );
  });

  it("reads the party after «مع»", () => {
    expectRel(
      "وانسحب الرئيس الأمريكي دونالد ترامب في مايو من الاتفاق النووي مع إيران.",
      "person:donald-trump",
      "REJECT",
      "state:IR",
    );
  });

  it("reads the withdrawer of a noun from its nisba", () => {
    expectRel(
      "وتدهورت العلاقات بعد الانسحاب الأمريكي من الاتفاق النووي مع إيران.",
      "state:US",
      "REJECT",
      "state:IR",
    );
  });

  it("reads a withdrawal from an organisation", () => {
    expectRel(
      "وانسحبت الولايات المتحدة من مجلس حقوق الإنسان التابع للأمم المتحدة في يونيو.",
      "state:US",
      "REJECT",
      "org:un-human-rights-council",
    );
  });

  it("keeps a negated withdrawal negated", () => {
    const rels = relationsOf("ولم تنسحب فرنسا من الاتفاق النووي الإيراني رغم الضغوط.");
    const hits = find(rels, "state:FR", "REJECT", "state:IR");
    expect(hits, show(rels)).not.toHaveLength(0);
    expect(
      hits.every((r) => r.polarity === "negated"),
      show(rels),
    ).toBe(true);
  });

  it("does not take an actor inside a parenthesis for the withdrawer", () => {
    const rels = relationsOf(
      "ودافع الرئيس الأمريكي دونالد ترامب، خلال كلمته أمام الجمعية العامة للأمم المتحدة، عن قراره بالانسحاب من الاتفاق النووي مع طهران.",
    );
    expect(
      rels.filter((r) => r.type === "REJECT" && r.source.id === "org:un-general-assembly"),
      show(rels),
    ).toHaveLength(0);
  });

  it("is no rejection when troops leave a country", () => {
    expectNone("وانسحبت القوات الأمريكية من سوريا الشهر الماضي.", "REJECT");
  });
});

describe("an accusation's object after a time phrase", () => {
  it("reads a list opened by «كلا من»", () => {
    const text =
      "واتهم مستشار الأمن القومي الأمريكي جون بولتون الشهر الماضي كلا من روسيا وإيران بالتخطيط للتدخل في الانتخابات.";
    expectRel(text, "person:john-bolton", "ACCUSE", "state:RU");
    expectRel(text, "person:john-bolton", "ACCUSE", "state:IR");
  });
});

describe("releasing a detainee is a concession to him", () => {
  const concessions = (text: string) =>
    relationsOf(text).filter((r) => r.type === "CONCEDE" && r.target.text.includes("برونسون"));

  it("reads a description between «عن» and the name", () => {
    const rels = concessions("وأفرجت تركيا عن القس الأمريكي أندرو برونسون بعد عامين من احتجازه.");
    expect(rels.map((r) => r.source.id)).toContain("state:TR");
  });

  it("reads the noun «إفراج» with its genitive as the releaser", () => {
    const rels = concessions("وتحسنت العلاقات بعد إفراج أنقرة عن القس الأمريكي أندرو برونسون.");
    expect(rels.map((r) => r.source.id)).toContain("state:TR");
  });

  it("is no release when a verb of demanding governs the noun", () => {
    expect(concessions("وطالبت واشنطن بالإفراج عن القس الأمريكي أندرو برونسون.")).toHaveLength(0);
  });
});

describe("charges and misread accusations", () => {
  it("reads a charge a few words after the arrest", () => {
    const rels = relationsOf(
      "واعتقلت السلطات الإيرانية الصحفي الأمريكي جيسون رضائيان واحتجزته في سجن إيفين بطهران أكثر من عام بتهمة التجسس.",
    );
    const hits = rels.filter(
      (r) => r.type === "ACCUSE" && r.source.id === "state:IR" && r.target.text.includes("رضائيان"),
    );
    expect(hits, show(rels)).not.toHaveLength(0);
  });

  it("does not accuse the victim of a condemned arrest behind a description", () => {
    const rels = relationsOf("ودانت منظمة العفو الدولية اعتقال المحامية نسرين ستوده.");
    expect(
      rels.filter((r) => r.type === "ACCUSE" && r.target.text.includes("ستوده")),
      show(rels),
    ).toHaveLength(0);
  });

  it("does not take who rejects criticism for the critic or the criticised for the rejected", () => {
    const text = "ألمانيا ترفض انتقادات لمنافستها إسرائيل على مقعد بمجلس الأمن.";
    expectNone(text, "REJECT");
    expectNone(text, "ACCUSE");
  });

  it("keeps the accuser named right after the accusations", () => {
    expectRel("ورفض الكرملين اتهامات الحكومة البريطانية.", "state:RU", "REJECT", "state:GB");
  });
});

describe("a stance on an act whose doer a relative clause names", () => {
  it("accuses the doer of a condemned attack", () => {
    expectRel(
      "وأدان مجلس الأمن الدولي الهجوم الذي شنته حركة طالبان على القاعدة العسكرية.",
      "org:un-security-council",
      "ACCUSE",
      "org:taliban",
    );
  });

  it("rejects the author of denied reports", () => {
    const rels = relationsOf("ونفت روسيا التقارير التي نشرتها صحيفة نيويورك تايمز أمس.");
    const hits = rels.filter(
      (r) => r.type === "REJECT" && r.source.id === "state:RU" && r.target.text.includes("نيويورك"),
    );
    expect(hits, show(rels)).not.toHaveLength(0);
  });

  it("accuses no one when the attack is the relative clause's subject", () => {
    const rels = relationsOf("وأدانت فرنسا الهجوم الذي استهدف السفارة الأمريكية في كابول.");
    expect(
      rels.filter((r) => r.type === "ACCUSE" && r.target.id === "state:US"),
      show(rels),
    ).toHaveLength(0);
  });
});
