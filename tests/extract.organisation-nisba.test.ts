// An organisation that has a nisba in the KB (the EU's «الأوروبي», the UN's «الأممي») owns the
// noun it describes as a state's nisba does: «رفضت موسكو العقوبات الأوروبية» is Russia
// rejecting the EU, «رحبت دمشق بالقرار الأممي» Syria supporting the UN.
import { describe, expect, it } from "vitest";
import { expectNone, expectRel, mentionsOf } from "./helpers/pipeline.js";

describe("an organisation named by its nisba", () => {
  it("is the object of a stance on what it did («العقوبات الأوروبية»)", () => {
    expectRel(
      "وانتقدت إيران العقوبات الأوروبية الجديدة على شركاتها.",
      "state:IR",
      "ACCUSE",
      "org:eu",
    );
  });

  it("is welcomed through its decision («بالقرار الأممي»)", () => {
    expectRel("ورحبت الحكومة السورية بالقرار الأممي.", "state:SY", "SUPPORT", "org:un");
  });

  it("is recognized as the organisation, not as a state", () => {
    const m = mentionsOf("وقال مسؤول أوروبي إن الاتحاد سيدرس الطلب.");
    expect(m.map((x) => x.entity.id)).toContain("org:eu");
  });

  it("relates nothing where no actor stands by the noun («الأسهم الأوروبية»)", () => {
    expectNone("وتراجعت الأسهم الأوروبية في ختام تعاملات الأسبوع.", "ACCUSE");
  });

  it("leaves the full name to the KB («الاتحاد الأوروبي»)", () => {
    expectRel("وفرض الاتحاد الأوروبي عقوبات على روسيا.", "org:eu", "SANCTION", "state:RU");
  });
});
