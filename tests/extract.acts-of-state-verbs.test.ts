// Verbs and nouns of acts news reports every day, each with the sense word that tells it from
// its other readings (lexicon/relations.json): a court's sentence without على, closing an
// organisation's offices, deporting migrants, dismantling a cell, suspending flights or
// trade, evacuating nationals, training an army, joint patrols, an appeal, an ultimatum, and
// accepting a state's proposal (src/extract/nisba.ts).
import { describe, expect, it } from "vitest";
import { run, show } from "./helpers/pipeline.js";

const rels = (text: string) => run(text, "2019-06-01").relations;
const has = (text: string, type: string, source: string, target: string) => {
  const out = rels(text);
  expect(
    out.filter((r) => r.type === type && r.source.id === source && r.target.id === target),
    show(out),
  ).toHaveLength(1);
};
const none = (text: string, type: string) => {
  const out = rels(text);
  expect(
    out.filter((r) => r.type === type),
    show(out),
  ).toHaveLength(0);
};

describe("coercion verbs", () => {
  it("read a court's sentence, closed offices, deportations and dismantled cells", () => {
    const court = rels("وقضت محكمة روسية بسجن المعارض أليكسي نافالني.");
    expect(
      court.filter((r) => r.type === "COERCE" && r.target.id === "person:alexei-navalny"),
      show(court),
    ).toHaveLength(1);
    const closed = rels("وأغلقت السلطات الروسية مكاتب منظمة ميموريال.");
    expect(
      closed.filter((r) => r.type === "COERCE" && r.source.id === "state:RU"),
      show(closed),
    ).toHaveLength(1);
    has(
      "وفككت الشرطة الإسبانية خلية تابعة لتنظيم الدولة الإسلامية.",
      "COERCE",
      "state:ES",
      "org:isis",
    );
    has("ورحلت السلطات التونسية مئات المهاجرين الأفارقة.", "COERCE", "state:TN", "group:refugees");
  });

  it("take no object from what a charge names", () => {
    none("قضت محكمة ألمانية بسجن رجل بتهمة التجسس لصالح الصين.", "COERCE");
    none("قضت محكمة ألمانية بسجن رجل بتهمة التجسس لصالح الصين.", "ACCUSE");
  });

  it("leave a president who passed away and closed schools alone", () => {
    none("ورحل الرئيس الجزائري السابق عن عمر ناهز 84 عاما.", "COERCE");
    none("وأغلقت المدارس أبوابها في العاصمة الفرنسية باريس.", "COERCE");
  });
});

describe("sanctions, withdrawals and aid", () => {
  it("read suspended flights and trade towards a state", () => {
    has("وعلقت روسيا الرحلات الجوية إلى جورجيا.", "SANCTION", "state:RU", "state:GE");
    has("وأوقفت تركيا الواردات من إسرائيل.", "SANCTION", "state:TR", "state:IL");
    none("وقطع الرئيس الفرنسي زيارته إلى الجزائر.", "SANCTION");
  });

  it("read an evacuation of nationals as a retreat, not a postponement", () => {
    has("وأجلت الهند رعاياها من السودان.", "RETREAT", "state:IN", "state:SD");
    // Others evacuated with one's own are not what is left, nor a body withdrawn from.
    has("أجلت إيطاليا رعاياها وعددا من الأمريكيين من الخرطوم.", "RETREAT", "state:IT", "state:SD");
    none("أجلت فرنسا رعاياها والعديد من الأوروبيين من النيجر بعد الانقلاب.", "REJECT");
    none("وأجلت الحكومة العراقية الانتخابات المحلية إلى العام المقبل.", "RETREAT");
  });

  it("read training another's army as aid", () => {
    has("ودربت الولايات المتحدة الجيش الصومالي.", "AID", "state:US", "state:SO");
  });
});

describe("joint patrols, appeals, ultimatums and accepted proposals", () => {
  it("pair the forces on a joint patrol", () => {
    const out = rels("وسيرت القوات الروسية والتركية دورية مشتركة في إدلب.");
    expect(
      out.filter((r) => r.type === "COOPERATE"),
      show(out),
    ).toHaveLength(1);
  });

  it("read an appeal as a request and an ultimatum as a threat", () => {
    has(
      "وأطلقت منظمة الصحة العالمية نداء إلى الدول المانحة.",
      "REQUEST",
      "org:who",
      "group:donors",
    );
    has("ووجهت الولايات المتحدة إنذارا إلى إيران.", "THREATEN", "state:US", "state:IR");
  });

  it("read accepting a state's proposal as agreeing with it", () => {
    has("ووافقت إسرائيل على المقترح المصري.", "AGREE", "state:IL", "state:EG");
    none("ووافق البرلمان العراقي على الموازنة العامة.", "AGREE");
  });
});
