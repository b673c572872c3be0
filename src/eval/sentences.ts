// Sentence-level event detection, as event-data coders score it: a sentence holds an event of
// a type when a gold relation of that type has its evidence there; the build detects it when
// it extracts a relation of that type from the sentence, whoever its actors. Counted per
// distinct evidence (gold) and per distinct sentence (build), affirmed relations only.
import type { RelationMention } from "../schema.js";
import type { GoldDoc } from "./gold.js";
import { type Prf, prf } from "./score.js";

/** The types event-data sets code by sentence (issue 9's external set). */
export const EVENT_TYPES = ["ASSAULT", "PROTEST"] as const;

const spaced = (s: string) => s.replace(/\s+/g, " ").trim();

/** Whether a build's sentence and a gold evidence are the same place in the text. */
const holds = (sentence: string, evidence: string) =>
  sentence.includes(evidence) || evidence.includes(sentence);

export function sentenceDetection(
  gold: readonly GoldDoc[],
  triples: readonly RelationMention[],
  types: readonly string[] = EVENT_TYPES,
): Record<string, Prf> {
  const out: Record<string, Prf> = {};
  for (const type of types) {
    let [tp, fp, fn] = [0, 0, 0];
    for (const g of gold) {
      const evidence = new Set(
        g.relations
          .filter((r) => r.type === type && r.polarity === "affirmed" && r.evidence)
          .map((r) => spaced(r.evidence as string)),
      );
      const sentences = new Set(
        triples
          .filter(
            (t) =>
              t.doc === g.doc &&
              t.type === type &&
              t.polarity === "affirmed" &&
              t.section !== "related",
          )
          .map((t) => spaced(t.sentence)),
      );
      for (const e of evidence) {
        if ([...sentences].some((s) => holds(s, e))) tp++;
        else fn++;
      }
      for (const s of sentences) if (![...evidence].some((e) => holds(s, e))) fp++;
    }
    out[type] = prf(tp, fp, fn);
  }
  return out;
}
