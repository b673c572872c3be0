// `sentenceDetection` (src/eval/sentences.ts): event sentences found by type, counted by hand.
import { describe, expect, it } from "vitest";
import type { GoldDoc } from "../src/eval/gold.js";
import { sentenceDetection } from "../src/eval/sentences.js";
import type { RelationMention } from "../src/schema.js";
import { DOC, goldOf, mentionRef, relationMention } from "./helpers/eval-fixtures.js";

const FIRE = "أطلق مسلحون النار على دورية للشرطة في بغداد";
const MARCH = "تظاهر آلاف الطلاب أمام البرلمان احتجاجا على القانون";
const gold: GoldDoc[] = goldOf([
  {
    kind: "relation",
    doc: DOC,
    source: { en: "gunmen", ar: ["مسلحون"] },
    type: "ASSAULT",
    target: { en: "Iraqi police", ar: ["الشرطة"] },
    polarity: "affirmed",
    evidence: FIRE,
  },
  {
    kind: "relation",
    doc: DOC,
    source: { en: "students", ar: ["الطلاب"] },
    type: "PROTEST",
    target: { en: "Parliament", ar: ["البرلمان"] },
    polarity: "affirmed",
    evidence: MARCH,
  },
]);

/** An attack or protest by militants on the police, from `sentence`. */
const triple = (
  type: RelationMention["type"],
  sentence: string,
  more: Partial<RelationMention> = {},
) =>
  relationMention(
    mentionRef("group:militants", "مسلحون"),
    type,
    mentionRef("group:police", "الشرطة"),
    {
      sentence,
      ...more,
    },
  );

describe("sentence-level event detection", () => {
  it("counts a sentence holding the gold evidence as detected, whoever the actors", () => {
    const r = sentenceDetection(gold, [triple("ASSAULT", `وقال مصدر أمني إن ${FIRE}.`)]);
    expect(r.ASSAULT).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(r.PROTEST).toMatchObject({ tp: 0, fp: 0, fn: 1 });
  });

  it("counts a sentence without an event of the type as a false detection, once", () => {
    const other = "قصفت الطائرات مواقع المسلحين";
    const r = sentenceDetection(gold, [triple("ASSAULT", other), triple("ASSAULT", other)]);
    expect(r.ASSAULT).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it("leaves out negated relations and another type in the sentence", () => {
    const r = sentenceDetection(gold, [
      triple("ASSAULT", FIRE, { polarity: "negated" }),
      triple("ACCUSE", MARCH),
    ]);
    expect(r.ASSAULT).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(r.PROTEST).toMatchObject({ tp: 0, fp: 0, fn: 1 });
  });
});
