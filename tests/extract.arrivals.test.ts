// Arrivals that are no visits (src/extract/arrivals.ts, lexicon/relations.json arrivals):
// refugees, gunmen or a state's troops reaching a place call on no one, while an official, a
// delegation or a force's commander who comes still visits.
import { describe, it } from "vitest";
import { expectNone, expectRel } from "./helpers/pipeline.js";

describe("a crowd or troops that arrive", () => {
  it("visit no one: refugees and migrants reaching a country («وصل 120 لاجئا إلى ألمانيا»)", () => {
    expectNone("وصل 120 لاجئا إلى ألمانيا أمس قادمين من ليبيا.", "CONSULT");
    expectNone("ووصل مئات المهاجرين إلى إيطاليا على متن قارب صيد.", "CONSULT");
  });

  it("visit no one: a state's troops, named by nisba or by the force's name", () => {
    expectNone("ووصلت قوات روسية إلى سوريا الأسبوع الماضي.", "CONSULT");
    expectNone("ووصلت أمس القوات الأمريكية إلى العراق.", "CONSULT");
  });
});

describe("those who come to call", () => {
  it("still visit: an official, a delegation, the commander of a force", () => {
    expectRel(
      "ووصل وزير الخارجية الأمريكي أنتوني بلينكن إلى بغداد في زيارة مفاجئة.",
      "person:antony-blinken",
      "CONSULT",
      "state:IQ",
    );
    expectRel(
      "ووصل وفد من المعارضة السورية إلى موسكو.",
      "group:opposition-sy",
      "CONSULT",
      "state:RU",
    );
    expectRel("وزار قائد الجيش الأمريكي العراق أمس.", "org:us-armed-forces", "CONSULT", "state:IQ");
  });
});

describe("a crowd's delegation", () => {
  it("visits: «زار وفد من الطلاب المصريين البرلمان الأوروبي»", () => {
    expectRel(
      "زار وفد من الطلاب المصريين البرلمان الأوروبي في بروكسل.",
      "group:students-eg",
      "CONSULT",
      "org:european-parliament",
    );
  });
});

describe("a visit to troops or a crowd", () => {
  it("calls on no state: «زار ترامب الجنود الأمريكيين في العراق»", () => {
    expectNone("زار ترامب الجنود الأمريكيين في العراق قبيل عيد الميلاد.", "CONSULT");
  });
});
