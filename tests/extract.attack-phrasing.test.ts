// Attacks phrased in ways the earlier rounds missed (issue 9, the fifteenth round): the doer's
// fighters after لـ on an attack noun («في هجوم لمسلحي بوكو حرام»), a stabbing («طعن ...
// بسكين», not an appeal in court), a person named by a word of person and a nisba («شاب
// فلسطيني»), and a subject whose body follows من inside a split predicate («فتح جنود من جيش
// ميانمار النار»).
import { describe, expect, it } from "vitest";
import { expectNone, expectNoRel, expectRel, relationsOf } from "./helpers/pipeline.js";

describe("the doer of a casualties' attack", () => {
  it("is the actor whose fighters carry لـ after the noun", () => {
    expectRel(
      "مقتل 11 جنديا في هجوم لمسلحي بوكو حرام على قاعدة عسكرية.",
      "org:boko-haram",
      "ASSAULT",
      "group:army",
    );
  });

  it("wins over reading the counted dead as a verb's subject", () => {
    const text = "قتل 11 جنديا في هجوم لمسلحي حركة الشباب.";
    expectRel(text, "org:al-shabaab", "ASSAULT", "group:army");
    expectNoRel(text, "group:army", "ASSAULT", "org:al-shabaab");
  });
});

describe("a stabbing", () => {
  it("is an attack when a blade is named", () => {
    expectRel(
      "طعن شاب فلسطيني جنديا إسرائيليا بسكين عند حاجز قلنديا.",
      "state:PS",
      "ASSAULT",
      "state:IL",
    );
  });

  it("is no attack in its sense of an appeal", () => {
    expectNone(
      "طعنت حركة التغيير الديموقراطي المعارضة في زيمبابوي الجمعة أمام المحكمة الدستورية على نتيجة الانتخابات.",
      "ASSAULT",
    );
  });
});

describe("a person of a state named by a word of person", () => {
  it("is the state when acted on: «ألقت القبض على رجل بلغاري»", () => {
    expectRel(
      "أعلنت الشرطة أن السلطات الألمانية ألقت القبض على رجل بلغاري في برلين.",
      "state:DE",
      "COERCE",
      "state:BG",
    );
  });
});

describe("a subject inside a split predicate", () => {
  it("may carry its body after من: «فتح جنود من جيش ميانمار النار»", () => {
    expectRel(
      "فتح جنود من جيش ميانمار النار على متظاهرين في مدينة ماندالاي.",
      "group:army",
      "ASSAULT",
      "group:protesters",
    );
  });

  it("may end the sentence without the predicate's rest", () => {
    expect(() => relationsOf("وصلت التعزيزات إلى المدينة ثم فتح جنود من")).not.toThrow();
    expect(() => relationsOf("وصلت التعزيزات ثم فتحت الشرطة")).not.toThrow();
  });
});
