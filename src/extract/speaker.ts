// An unnamed speaker's affiliation: "وقال مسؤول بوزارة الدفاع الكورية الشمالية ... إن",
// "قال مصدر دبلوماسي روسي إن". The claim is attributed to the one organisation, or state named
// by a nisba, in the speaker's description, between the verb of saying and its إن / أن; with
// none, or with two, to no one (the outlet asserts it).
import type { Found } from "../recognize/found.js";
import { prepOf } from "./arguments.js";
import { type SentenceView, type Unit, unitOf } from "./units.js";

/** How far after the verb the complementizer may stand for the words between to be its subject. */
const DESCRIPTION_WORDS = 14;

export function describedSpeaker(v: SentenceView, verbLast: number): Unit | null {
  const w = v.words;
  let end = -1;
  for (let j = verbLast + 1; j < v.tokens.length && j <= verbLast + DESCRIPTION_WORDS; j++) {
    const text = v.tokens[j]?.text ?? "";
    if (w.complementizers.has(text) || w.pronoun_complementizers.has(text)) {
      end = j;
      break;
    }
  }
  if (end < 0) return null;
  const affiliations = v.found.filter(
    (f: Found) =>
      ((f.adjective && f.entity.kind === "state") || f.entity.kind === "organization") &&
      f.first > verbLast &&
      f.last < end &&
      // Not the one spoken to ("قال مصدر لوكالة الأناضول").
      prepOf(v, unitOf(f)) !== "ل",
  );
  const f = affiliations[0];
  if (!f || new Set(affiliations.map((x) => x.entity.id)).size !== 1) return null;
  return unitOf(f);
}
