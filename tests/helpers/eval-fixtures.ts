// Hand-made gold and predictions for the evaluation's tests: gold lines parsed as one file,
// mention references by id, and relation mentions with every field but the ones a test sets.
import { type GoldDoc, parseGold } from "../../src/eval/gold.js";
import type { MentionRef, RelationMention } from "../../src/schema.js";

export const DOC = "t.txt";

/** Gold lines (ANNOTATION.md's format) read as one annotation file. */
export function goldOf(lines: readonly object[]): GoldDoc[] {
  return parseGold("t.jsonl", lines.map((l) => JSON.stringify(l)).join("\n"));
}

const KINDS = {
  state: "state",
  person: "person",
  org: "organization",
  place: "place",
  group: "group",
} as const;

/** A mention's entity by id, its kind from the id's prefix; its text is its label unless given. */
export function mentionRef(
  id: string,
  label_ar: string,
  label_en: string | null = null,
  text = label_ar,
): MentionRef {
  return { id, kind: KINDS[id.split(":")[0] as keyof typeof KINDS], label_ar, label_en, text };
}

/** A relation mention in DOC, affirmed and asserted, with `more` set over the defaults. */
export function relationMention(
  source: MentionRef,
  type: RelationMention["type"],
  target: MentionRef,
  more: Partial<RelationMention> = {},
): RelationMention {
  return {
    doc: DOC,
    source,
    target,
    type,
    mode: null,
    polarity: "affirmed",
    modality: "asserted",
    attributed_to: null,
    date: null,
    sentence: "s",
    span: [0, 1],
    confidence: 0.8,
    rule: "test",
    section: "body",
    ...more,
  };
}
