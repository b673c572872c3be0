// A speaker's judgment of an actor's act as wrongdoing (src/extract/frames-stance.ts
// blameDrafts, accusations.json wrongdoing_nouns, unlawful_adjectives, predicate_copulas):
// «قالت روسيا إن الضربات الأمريكية تمثل انتهاكا للقانون الدولي» is Russia accusing the United
// States, as «إن واشنطن تنتهك القانون» is.
import { describe, it } from "vitest";
import { expectNone, expectRel } from "./helpers/pipeline.js";

describe("an act judged as wrongdoing in a speaker's words", () => {
  it("accuses the state whose nisba names the act («الضربات الأمريكية تمثل انتهاكا»)", () => {
    expectRel(
      "وقالت روسيا إن الضربات الأمريكية تمثل انتهاكا للقانون الدولي.",
      "state:RU",
      "ACCUSE",
      "state:US",
    );
    expectRel(
      "واعتبرت روسيا الضربات الأمريكية انتهاكا للقانون الدولي.",
      "state:RU",
      "ACCUSE",
      "state:US",
    );
  });

  it("reads غير before an adjective of lawfulness («العقوبات الأمريكية غير قانونية»)", () => {
    expectRel(
      "وقالت الخارجية الإيرانية إن العقوبات الأمريكية غير قانونية.",
      "org:ir-foreign-ministry",
      "ACCUSE",
      "state:US",
    );
  });

  it("reads the act past a prepositional phrase that closes it («في سوريا غير شرعي»)", () => {
    expectRel(
      "وقال لافروف إن وجود القوات الأمريكية في سوريا غير شرعي.",
      "person:sergey-lavrov",
      "ACCUSE",
      "org:us-armed-forces",
    );
  });

  it("accuses an actor said to be a threat («إن إيران تشكل تهديدا»)", () => {
    expectRel(
      "وقال نتنياهو إن إيران تشكل تهديدا للمنطقة.",
      "person:benjamin-netanyahu",
      "ACCUSE",
      "state:IR",
    );
  });

  it("is none when denied or set off by a comma", () => {
    expectNone("وقال بوتين إن روسيا لا تشكل تهديدا لأحد.", "ACCUSE");
    expectNone(
      "وقالت المتحدثة إن الاتهامات التي وجهتها الحكومة، والتي دفعتها إلى طرد الدبلوماسيين الأمريكيين، غير مبررة.",
      "ACCUSE",
      { target: "state:US" },
    );
  });
});
