// `evaluate` (src/eval/score.ts) on a tiny hand-made gold and prediction pair, counted by hand.
import { describe, expect, it } from "vitest";
import { type GoldDoc, parseGold } from "../src/eval/gold.js";
import { entityMatches, evaluate, prf, surfaceForms } from "../src/eval/score.js";
import type { Mention, MentionRef, RelationMention, Section } from "../src/schema.js";
import { normalizeForMatch } from "../src/text/normalize.js";
import {
  DOC,
  goldOf,
  mentionRef as ref,
  relationMention as triple,
} from "./helpers/eval-fixtures.js";

const gold: GoldDoc[] = goldOf([
  { kind: "entity", doc: DOC, entity: { en: "Russia", ar: ["روسيا", "موسكو"] } },
  { kind: "entity", doc: DOC, entity: { en: "North Korea", ar: ["كوريا الشمالية"] } },
  {
    kind: "entity",
    doc: DOC,
    entity: { en: "Antony Blinken", ar: ["بلينكن"], alt: ["United States"] },
  },
  { kind: "entity", doc: DOC, entity: { en: "José Raúl Mulino", ar: ["خوسيه راوول مولينو"] } },
  {
    kind: "relation",
    doc: DOC,
    source: { en: "North Korea", ar: ["كوريا الشمالية"] },
    type: "AID",
    target: { en: "Russia", ar: ["روسيا"] },
    polarity: "affirmed",
    attributed_to: { en: "United States", ar: ["الولايات المتحدة"] },
  },
  {
    kind: "relation",
    doc: DOC,
    source: { en: "Kim Jong Un", ar: ["كيم"] },
    type: "CONSULT",
    target: { en: "Vladimir Putin", ar: ["بوتين"] },
    polarity: "affirmed",
    attributed_to: null,
  },
  {
    kind: "relation",
    doc: DOC,
    source: { en: "United States", ar: ["الولايات المتحدة"] },
    type: "ACCUSE",
    alt_types: ["PROTEST"],
    target: { en: "North Korea", ar: ["كوريا الشمالية"] },
    polarity: "affirmed",
    attributed_to: null,
  },
  {
    kind: "relation",
    doc: DOC,
    source: { en: "North Korea", ar: ["كوريا الشمالية"] },
    type: "AGREE",
    target: { en: "Russia", ar: ["روسيا"] },
    polarity: "negated",
    attributed_to: null,
  },
]);

const KP = ref("state:KP", "كوريا الشمالية", "North Korea");
const RU = ref("state:RU", "روسيا", "Russia");
const US = ref("state:US", "الولايات المتحدة", "United States");
const KIM = ref("person:kim-jong-un", "كيم جونغ أون", "Kim Jong Un", "كيم");
const PUTIN = ref("person:vladimir-putin", "فلاديمير بوتين", "Vladimir Putin", "بوتين");

function mention(r: MentionRef, section: Section = "body"): Mention {
  const { text, ...entity } = r;
  return { doc: DOC, entity, text, span: [0, text.length], sentence: 0, section, rule: "kb" };
}

const mentions: Mention[] = [
  mention({ ...RU, text: "موسكو" }),
  mention(KP),
  mention(ref("state:JP", "اليابان", "Japan")), // not in gold: a false positive
  mention(ref("person:unk-1", "خوسيه راوول مولينو", null)), // matched by its Arabic label
  mention(ref("state:IR", "إيران", "Iran"), "related"), // teasers are not scored
  mention(ref("place:seoul", "سيول", "Seoul")), // places are not actors
];

const triples: RelationMention[] = [
  triple(KP, "AID", RU, { attributed_to: US }), // strict hit, attribution right
  triple(KP, "AID", RU, { attributed_to: US, sentence: "again" }), // same key: counted once
  triple(PUTIN, "CONSULT", KIM, { attributed_to: KP }), // symmetric: strict hit; attribution wrong
  triple(US, "PROTEST", KP), // an alt type: strict hit
  triple(KP, "AGREE", RU), // wrong polarity: relaxed only
  triple(RU, "THREATEN", US), // nothing in gold
  triple(KP, "ASSAULT", US, { section: "related" }), // teasers are not scored
];

describe("evaluate on a hand-made pair", () => {
  const r = evaluate(gold, mentions, triples);

  it("scores entities: actors of the body only, by English label or Arabic form", () => {
    // Russia (via موسكو), North Korea, Mulino (Arabic) match; Japan is extra; Blinken is missed.
    expect(r.entities).toMatchObject({ tp: 3, fp: 1, fn: 1 });
    expect(r.entities.precision).toBeCloseTo(0.75);
    expect(r.entities.recall).toBeCloseTo(0.75);
  });

  it("scores strict relations: type (or an alt type), polarity, and direction unless symmetric", () => {
    // 5 distinct predictions in the body: AID, CONSULT (reversed, symmetric), PROTEST (alt type)
    // match; AGREE has the wrong polarity; THREATEN is unknown. The negated AGREE is missed.
    expect(r.strict).toMatchObject({ tp: 3, fp: 2, fn: 1 });
    expect(r.strict.f1).toBeCloseTo(prf(3, 2, 1).f1);
  });

  it("scores relaxed relations on the pair alone, either direction", () => {
    // AGREE matches the negated gold pair; RU-US has no gold pair.
    expect(r.relaxed).toMatchObject({ tp: 4, fp: 1, fn: 0 });
  });

  it("scores attribution over strict matches", () => {
    // AID: US = US; CONSULT: KP for none; PROTEST: none = none.
    expect(r.attribution).toEqual({ correct: 2, total: 3, accuracy: 2 / 3 });
  });

  it("reports figures per article", () => {
    expect(r.docs).toBe(1);
    expect(r.perDoc[0]?.doc).toBe(DOC);
    expect(r.perDoc[0]?.strict.tp).toBe(3);
  });

  it("counts a gold article absent from the build as all missed", () => {
    const other = gold.map((g) => ({ ...g, doc: "missing.txt" }));
    const m = evaluate(other, mentions, triples);
    expect(m.entities).toMatchObject({ tp: 0, fp: 0, fn: 4 });
    expect(m.strict).toMatchObject({ tp: 0, fp: 0, fn: 4 });
  });

  it("scores a perfect prediction 1.0", () => {
    const perfect = evaluate(
      gold.map((g) => ({
        ...g,
        entities: g.entities.slice(0, 2),
        relations: g.relations.slice(0, 1),
      })),
      [mention(RU), mention(KP)],
      [triple(KP, "AID", RU, { attributed_to: US })],
    );
    expect([
      perfect.entities.f1,
      perfect.strict.f1,
      perfect.relaxed.f1,
      perfect.attribution.accuracy,
    ]).toEqual([1, 1, 1, 1]);
  });
});

describe("one-to-one matching", () => {
  it("finds the largest matching, not the first come: a state with an alt gold line leaves the state's own", () => {
    // Gold lists the Algerian government (alt: Algeria) before Algeria itself; the build names
    // Algeria and the Algerian government. Taking gold lines first come would give Algeria the
    // government's line and leave the government's prediction with nothing.
    const g = parseGold(
      "a.jsonl",
      [
        {
          kind: "entity",
          doc: DOC,
          entity: { en: "Algerian government", ar: ["الحكومة الجزائرية"], alt: ["Algeria"] },
        },
        { kind: "entity", doc: DOC, entity: { en: "Algeria", ar: ["الجزائر"] } },
      ]
        .map((l) => JSON.stringify(l))
        .join("\n"),
    );
    const found = [
      mention(ref("state:DZ", "الجزائر", "Algeria")),
      mention(ref("org:dz-government", "الحكومة الجزائرية", "Algerian government")),
    ];
    const r = evaluate(g, found, []);
    expect(r.entities).toMatchObject({ tp: 2, fp: 0, fn: 0 });
  });
});

describe("unnamed groups", () => {
  it("counts a generic or collective actor as an entity only when a relation names it", () => {
    // ANNOTATION.md: a group without a name is an actor when it acts or is acted upon. The
    // protesters are attacked; the refugees are only mentioned.
    const g = parseGold(
      "g.jsonl",
      [
        { kind: "entity", doc: DOC, entity: { en: "Iraq", ar: ["العراق"] } },
        { kind: "entity", doc: DOC, entity: { en: "protesters", ar: ["المتظاهرين"] } },
      ]
        .map((l) => JSON.stringify(l))
        .join("\n"),
    );
    const IQ = ref("state:IQ", "العراق", "Iraq");
    const PROTESTERS = ref("group:protesters", "المتظاهرون", "protesters", "المتظاهرين");
    const found = [
      mention(IQ),
      mention(PROTESTERS),
      mention(ref("group:refugees", "اللاجئون", "refugees", "اللاجئين")),
    ];
    const r = evaluate(g, found, [triple(IQ, "ASSAULT", PROTESTERS)]);
    expect(r.entities).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    // Without the relation, the protesters are no actor of the build's either.
    expect(evaluate(g, found, []).entities).toMatchObject({ tp: 1, fp: 0, fn: 1 });
  });

  it("counts a state's body as an entity when a relation's end is written as it", () => {
    // "ورفضت الحكومة اليونانية الاتفاق التركي": the end is Greece, written as its government.
    const g = parseGold(
      "g.jsonl",
      [
        { kind: "entity", doc: DOC, entity: { en: "Turkey", ar: ["التركي"] } },
        {
          kind: "entity",
          doc: DOC,
          entity: { en: "Government of Greece", ar: ["الحكومة اليونانية"], type: "organization" },
        },
      ]
        .map((l) => JSON.stringify(l))
        .join("\n"),
    );
    const TR = ref("state:TR", "تركيا", "Turkey", "التركي");
    const body = {
      ...ref("group:government-gr", "الحكومة اليونانية", "Greek government"),
      kind: "organization" as const,
    };
    const GR = ref("state:GR", "اليونان", "Greece", "الحكومة اليونانية");
    const found = [mention(TR), mention(body)];
    expect(evaluate(g, found, [triple(GR, "REJECT", TR)]).entities).toMatchObject({
      tp: 2,
      fp: 0,
      fn: 0,
    });
    expect(evaluate(g, found, []).entities).toMatchObject({ tp: 1, fp: 0, fn: 1 });
  });
});

describe("entity matching and gold parsing", () => {
  it("matches on English labels ignoring case and punctuation, and on alt names", () => {
    const p = { id: "x", label_en: "Kim Jong-un", arabic: new Set<string>() };
    expect(entityMatches(p, { en: "kim jong un", ar: [], alt: [] })).toBe(true);
    const blinken = { id: "y", label_en: "United States", arabic: new Set<string>() };
    expect(entityMatches(blinken, { en: "Antony Blinken", ar: [], alt: ["United States"] })).toBe(
      true,
    );
  });

  it("matches Arabic forms after normalization (hamza, ta marbuta)", () => {
    const p = { id: "x", label_en: null, arabic: new Set(["كوريا الشماليه"]) };
    expect(entityMatches(p, { en: "North Korea", ar: ["كوريا الشمالية"], alt: [] })).toBe(true);
    expect(entityMatches(p, { en: "South Korea", ar: ["كوريا الجنوبية"], alt: [] })).toBe(false);
  });

  it("computes precision, recall and F1, and 0 (not NaN) on empty sets", () => {
    expect(prf(2, 1, 1)).toMatchObject({ precision: 2 / 3, recall: 2 / 3 });
    expect(prf(0, 0, 0)).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });

  it("names the file and line of a malformed gold line", () => {
    expect(() => parseGold("g.jsonl", '{"kind":"entity","doc":"a"}\n{bad')).toThrow(/g\.jsonl:1/);
    expect(() =>
      parseGold(
        "g.jsonl",
        `${JSON.stringify({ kind: "entity", doc: "a", entity: { en: "X" } })}\n{bad`,
      ),
    ).toThrow(/g\.jsonl:2: invalid JSON/);
  });
});

describe("a surface after لـ", () => {
  it("also offers the definite form gold writes («لبيت الأبيض» -> «البيت الأبيض»)", () => {
    expect(surfaceForms("لبيت الأبيض")).toContain(normalizeForMatch("البيت الأبيض"));
    expect(surfaceForms("لبنان")).toContain(normalizeForMatch("لبنان"));
    expect(surfaceForms("الأمم المتحدة")).toEqual([normalizeForMatch("الأمم المتحدة")]);
  });
});
