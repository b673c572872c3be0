// The extractor on small constructed sentences with real KB names: argument order, lists,
// negation, modality, attribution, dates. Each relation's span must quote its trigger.
import { describe, expect, it } from "vitest";
import type { RelationMention } from "../src/schema.js";
import { find, relationsOf, run, show } from "./helpers/pipeline.js";

/** The one relation source -type-> target in `text`; fails with all relations shown. */
function one(text: string, source: string, type: string, target: string): RelationMention {
  const rels = relationsOf(text);
  const hits = find(rels, source, type, target);
  expect(hits, `${text}\n${show(rels)}`).toHaveLength(1);
  const r = hits[0] as RelationMention;
  expect(r.sentence).toContain(text.slice(...r.span));
  return r;
}

const quote = (text: string, r: RelationMention) => text.slice(...r.span);

describe("argument order", () => {
  it("reads verb-subject-object: هاجمت إسرائيل إيران", () => {
    const text = "هاجمت إسرائيل إيران.";
    const r = one(text, "state:IL", "ASSAULT", "state:IR");
    expect(quote(text, r)).toBe("هاجمت إسرائيل إيران");
    expect(find(relationsOf(text), "state:IR", "ASSAULT", "state:IL")).toEqual([]);
  });

  it("reads verb-subject-object with capitals standing for states: اتهمت واشنطن بيونغ يانغ", () => {
    const text = "اتهمت واشنطن بيونغ يانغ بتصعيد التوتر.";
    const r = one(text, "state:US", "ACCUSE", "state:KP");
    expect(r.source.text).toBe("واشنطن");
    expect(r.target.text).toBe("بيونغ يانغ");
  });

  it("reads subject-verb-object with a prepositional object: بوتين التقى مع شي جين بينغ", () => {
    const r = one(
      "بوتين التقى مع شي جين بينغ.",
      "person:vladimir-putin",
      "CONSULT",
      "person:xi-jinping",
    );
    expect(r.mode).toBe("meeting");
    expect(r.event).toBe("meeting");
  });

  it("reads a multi-word predicate after its subject: الولايات المتحدة فرضت عقوبات على إيران", () => {
    const text = "الولايات المتحدة فرضت عقوبات على إيران.";
    const r = one(text, "state:US", "SANCTION", "state:IR");
    expect(quote(text, r)).toContain("فرضت عقوبات");
  });

  it("reads the object after its preposition as a proclitic: سلمت كوريا الشمالية ذخائر لروسيا", () => {
    const r = one("سلمت كوريا الشمالية ذخائر لروسيا.", "state:KP", "AID", "state:RU");
    expect(r.mode).toBe("military");
  });

  it("reads a person with an office as one actor: زار وزير الخارجية الأمريكي أنتوني بلينكن سيول", () => {
    const text = "زار وزير الخارجية الأمريكي أنتوني بلينكن سيول.";
    const r = one(text, "person:antony-blinken", "CONSULT", "state:KR");
    expect(r.mode).toBe("visit");
    expect(r.target.text).toBe("سيول");
    const role = one(text, "person:antony-blinken", "ROLE", "state:US");
    expect(quote(text, role)).toBe("وزير الخارجية الأمريكي أنتوني بلينكن");
    expect(role.title).toBe("وزير الخارجية الأمريكي");
  });

  it("reads subject-verb-object with a direct object: إسرائيل هاجمت إيران", () => {
    one("إسرائيل هاجمت إيران.", "state:IL", "ASSAULT", "state:IR");
  });

  it("reads an object after إلى: قدمت روسيا أسلحة إلى كوريا الشمالية", () => {
    one("قدمت روسيا أسلحة إلى كوريا الشمالية.", "state:RU", "AID", "state:KP");
  });

  it("reads a jussive verb after لم as a negated relation: لم تلتق روسيا مع الصين", () => {
    expect(one("لم تلتق روسيا مع الصين.", "state:RU", "CONSULT", "state:CN").polarity).toBe(
      "negated",
    );
  });

  it("keeps the visited capital as the place: زار بلينكن سيول", () => {
    expect(one("زار بلينكن سيول.", "person:antony-blinken", "CONSULT", "state:KR").place?.id).toBe(
      "place:seoul",
    );
  });

  it("carries a dropped subject over from a long previous sentence, with a span in its own sentence", () => {
    const text =
      "في العاصمة الصينية بكين يوم الخميس الماضي التقى بوتين مع شي جين بينغ. ويناقش العلاقات مع اليابان.";
    const second = text.indexOf("ويناقش");
    one(text, "person:vladimir-putin", "CONSULT", "state:JP");
    for (const r of relationsOf(text).filter((x) => x.target.id === "state:JP")) {
      expect(r.span[0]).toBeGreaterThanOrEqual(second);
      expect(r.sentence).toBe("ويناقش العلاقات مع اليابان.");
    }
  });

  it("relates nothing when names merely co-occur", () => {
    expect(relationsOf("روسيا وأوكرانيا والصين دول كبيرة.")).toEqual([]);
    expect(relationsOf("قالت روسيا إنها قلقة من الوضع في أوكرانيا.")).toEqual([]);
  });
});

describe("coordinated actors", () => {
  it("gives three relations for أدانت الولايات المتحدة وكوريا الجنوبية واليابان كوريا الشمالية", () => {
    const text = "أدانت الولايات المتحدة وكوريا الجنوبية واليابان كوريا الشمالية.";
    for (const s of ["state:US", "state:KR", "state:JP"]) {
      const r = one(text, s, "ACCUSE", "state:KP");
      expect(r.mode).toBe("disapprove");
      expect(quote(text, r)).toContain("أدانت");
    }
    expect(relationsOf(text).filter((r) => r.type === "ACCUSE")).toHaveLength(3);
  });

  it("finds the accused in what is condemned: the seeds' تدفق الأسلحة من كوريا الشمالية إلى روسيا", () => {
    const text =
      "وأدانت الولايات المتحدة وكوريا الجنوبية واليابان ما وصفوه بتدفق الأسلحة والمعدات العسكرية من كوريا الشمالية إلى روسيا.";
    for (const s of ["state:US", "state:KR", "state:JP"]) one(text, s, "ACCUSE", "state:KP");
    const aid = one(text, "state:KP", "AID", "state:RU");
    expect(aid.mode).toBe("military");
    expect(["state:US", "state:KR", "state:JP"]).toContain(aid.attributed_to?.id);
  });

  it("expands coordinated objects: التقى بوتين مع شي جين بينغ ورجب طيب أردوغان", () => {
    const text = "التقى بوتين مع شي جين بينغ ورجب طيب أردوغان.";
    one(text, "person:vladimir-putin", "CONSULT", "person:xi-jinping");
    one(text, "person:vladimir-putin", "CONSULT", "person:recep-tayyip-erdogan");
  });

  it("keeps two accusers apart from their target: اتهمت الصين واليابان الولايات المتحدة", () => {
    const text = "اتهمت الصين واليابان الولايات المتحدة بالتصعيد.";
    one(text, "state:CN", "ACCUSE", "state:US");
    one(text, "state:JP", "ACCUSE", "state:US");
    expect(find(relationsOf(text), "state:CN", "ACCUSE", "state:JP")).toEqual([]);
  });
});

describe("negation", () => {
  it.each([
    ["لم", "لم تهاجم روسيا أوكرانيا.", "state:RU", "ASSAULT", "state:UA"],
    ["لن", "لن تهاجم إسرائيل إيران.", "state:IL", "ASSAULT", "state:IR"],
    ["لا", "لا تدعم الصين روسيا.", "state:CN", "SUPPORT", "state:RU"],
  ])("marks a relation after %s as negated", (_, text, s, type, t) => {
    expect(one(text, s, type, t).polarity).toBe("negated");
  });

  it("keeps the same relation affirmed without the negator", () => {
    expect(one("هاجمت روسيا أوكرانيا.", "state:RU", "ASSAULT", "state:UA").polarity).toBe(
      "affirmed",
    );
    expect(one("تدعم الصين روسيا.", "state:CN", "SUPPORT", "state:RU").polarity).toBe("affirmed");
  });

  it("negates what a denial (تنفي) denies, attributed to the deniers", () => {
    const text = "وتنفي إيران وروسيا عقد أي صفقات أسلحة.";
    const rels = relationsOf(text);
    const denied = rels.filter(
      (r) =>
        new Set([r.source.id, r.target.id]).size === 2 &&
        [r.source.id, r.target.id].every((x) => ["state:IR", "state:RU"].includes(x)),
    );
    expect(denied, show(rels)).not.toHaveLength(0);
    for (const r of denied) {
      expect(r.polarity).toBe("negated");
      expect(["state:IR", "state:RU"]).toContain(r.attributed_to?.id);
    }
  });

  it('negates "إن بيونغ يانغ لم تقم مطلقا بصفقات أسلحة مع روسيا" (North Korea - Russia)', () => {
    const text =
      "وقال مسؤول بوزارة الدفاع الكورية الشمالية إن بيونغ يانغ لم تقم مطلقا بصفقات أسلحة مع روسيا.";
    const r = relationsOf(text).filter(
      (x) => x.source.id === "state:KP" && x.target.id === "state:RU",
    );
    expect(r, show(relationsOf(text))).not.toHaveLength(0);
    for (const x of r) expect(x.polarity).toBe("negated");
  });
});

describe("modality", () => {
  it.each([
    ["سـ", "ستزور روسيا الصين.", "state:RU", "state:CN", "future"],
    ["سوف", "سوف يزور بوتين الصين.", "person:vladimir-putin", "state:CN", "future"],
    [
      "سيلتقي",
      "سيلتقي بوتين مع شي جين بينغ.",
      "person:vladimir-putin",
      "person:xi-jinping",
      "future",
    ],
    ["قد", "قد يزور بوتين كوريا الشمالية.", "person:vladimir-putin", "state:KP", "hypothetical"],
    ["(none)", "زار بوتين الصين.", "person:vladimir-putin", "state:CN", "asserted"],
  ])("gives %s its modality", (_, text, s, t, modality) => {
    expect(one(text, s, "CONSULT", t).modality).toBe(modality);
  });

  it("marks قد before an attack hypothetical and leaves its polarity affirmed", () => {
    const r = one("قد تهاجم روسيا أوكرانيا.", "state:RU", "ASSAULT", "state:UA");
    expect(r.modality).toBe("hypothetical");
    expect(r.polarity).toBe("affirmed");
  });

  it("marks an intention (يعتزم بوتين زيارة الصين) as future", () => {
    expect(
      one("يعتزم بوتين زيارة الصين.", "person:vladimir-putin", "CONSULT", "state:CN").modality,
    ).toBe("future");
  });

  it("marks a plan under study (تدرس) as future, attributed to who says so", () => {
    const text = "وقال شويغو إن موسكو تدرس إجراء تدريبات عسكرية مشتركة مع كوريا الشمالية.";
    const r = one(text, "state:RU", "COOPERATE", "state:KP");
    expect(r.modality).toBe("future");
    expect(r.attributed_to?.id).toBe("person:sergei-shoigu");
  });
});

describe("attribution", () => {
  it("attributes what follows قال X إن to X, and keeps the speaker out of the relation", () => {
    const text = "وقال بلينكن إن روسيا تقدم الأسلحة لكوريا الشمالية.";
    const r = one(text, "state:RU", "AID", "state:KP");
    expect(r.attributed_to?.id).toBe("person:antony-blinken");
    expect(r.attributed_to?.text).toBe("بلينكن");
    expect(relationsOf(text).filter((x) => x.source.id === "person:antony-blinken")).toEqual([]);
  });

  it("attributes a sentence opened by وبحسب X to X", () => {
    const r = one(
      "وبحسب وكالة يونهاب، زار شويغو بيونغ يانغ.",
      "person:sergei-shoigu",
      "CONSULT",
      "state:KP",
    );
    expect(r.attributed_to?.id).toBe("org:kr-yonhap");
  });

  it("leaves a relation the outlet states itself unattributed", () => {
    expect(
      one("زار شويغو بيونغ يانغ.", "person:sergei-shoigu", "CONSULT", "state:KP").attributed_to,
    ).toBeNull();
  });

  it("gives an accusing speech verb its own relation (اتهمت)", () => {
    const text = "اتهمت الولايات المتحدة كوريا الشمالية بتزويد روسيا بالأسلحة.";
    const r = one(text, "state:US", "ACCUSE", "state:KP");
    expect(r.attributed_to).toBeNull();
    expect(quote(text, r)).toContain("اتهمت");
  });
});

describe("dates", () => {
  // The article is dated Sunday 17 September 2023.
  const at = (text: string) => run(text, "2023-09-17").relations;

  it("resolves a weekday against the article date (الأربعاء -> 2023-09-13)", () => {
    const rels = at("واجتمع كيم جونغ أون مع الرئيس الروسي فلاديمير بوتين الأربعاء.");
    const r = find(rels, "person:kim-jong-un", "CONSULT", "person:vladimir-putin")[0];
    expect(r?.date, show(rels)).toBe("2023-09-13");
  });

  it('resolves "الشهر الماضي" to the month before', () => {
    const r = find(
      at("والتقى بوتين مع كيم جونغ أون الشهر الماضي."),
      "person:vladimir-putin",
      "CONSULT",
      "person:kim-jong-un",
    )[0];
    expect(r?.date).toBe("2023-08");
  });

  it("resolves a month name without a year to that month of the article's year", () => {
    const r = find(
      at("زار شويغو بيونغ يانغ في يوليو."),
      "person:sergei-shoigu",
      "CONSULT",
      "state:KP",
    )[0];
    expect(r?.date).toBe("2023-07");
  });

  it("leaves the date null when the sentence gives none and there is no article date", () => {
    const r = find(
      run("زار شويغو بيونغ يانغ في يوليو.", null).relations,
      "person:sergei-shoigu",
      "CONSULT",
      "state:KP",
    )[0];
    expect(r?.date ?? null).toBeNull();
  });
});

describe("a name that starts with و", () => {
  it("is the object after a subject, not a second subject: اتهمت روسيا واشنطن", () => {
    const r = one("اتهمت روسيا واشنطن بتأجيج التوتر.", "state:RU", "ACCUSE", "state:US");
    expect(r.target.text).toBe("واشنطن");
  });

  it("still joins a list when و is a clitic: أدانت فرنسا وألمانيا وواشنطن", () => {
    const rels = relationsOf("أدانت فرنسا وألمانيا وواشنطن كوريا الشمالية لإطلاقها صاروخا.");
    for (const s of ["state:FR", "state:DE", "state:US"])
      expect(find(rels, s, "ACCUSE", "state:KP").length, show(rels)).toBe(1);
  });
});
