// Whether a relation is asserted, hypothetical or future, and whether it is negated, from
// the words before its trigger.
import type { Tok } from "../recognize/segment.js";
import type { Modality } from "../schema.js";
import type { Trigger } from "./scope.js";
import type { SentenceView } from "./units.js";

const tok = (v: SentenceView, i: number) => v.tokens[i] as Tok;

/** How far after an imperfect verb a word of a time to come may stand in its clause. */
const FUTURE_AFTER_REACH = 12;

/**
 * "يزور أردوغان الأسبوع المقبل بغداد": the present of news that names a time to come. Not a
 * verb of saying, demanding or threatening (speech events), whose complement holds the time.
 */
function futureAfter(v: SentenceView, first: number, t: Pick<Trigger, "verb">): boolean {
  if (!t.verb?.imperfect || t.verb.participle || t.verb.entry.speech_event) return false;
  for (let j = first + 1; j < v.tokens.length && j - first <= FUTURE_AFTER_REACH; j++) {
    if (/[،,.:؛]/.test(v.norm.slice(tok(v, j - 1).end, tok(v, j).start))) return false;
    const text = tok(v, j).text;
    if (v.words.future_after_stops.has(text)) return false;
    if (v.words.future_after.has(text)) return true;
  }
  return false;
}

export function modalityAt(
  v: SentenceView,
  first: number,
  t: Pick<Trigger, "future"> & Partial<Pick<Trigger, "verb">>,
): Modality {
  if (t.future || futureAfter(v, first, t)) return "future";
  const { conditionals, hypothetical, future } = v.words;
  // A condition governs its clause: "وإذا مضى البلدان في التوصل إلى اتفاق".
  for (let j = first - 1; j >= 0 && first - j <= 10; j--) {
    if (conditionals.has(tok(v, j).text)) return "hypothetical";
    if (/[،,.:؛]/.test(v.norm.slice(tok(v, j).end, tok(v, j + 1).start))) break;
  }
  for (let j = Math.max(0, first - 3); j < first; j++) {
    const w = tok(v, j).text;
    if (hypothetical.has(w)) return "hypothetical";
    if (future.has(w)) return "future";
  }
  return "asserted";
}

/** A noun negator at `j` before the noun at `first`, not a fixed phrase's ("بدون طيار"). */
function nounNegator(v: SentenceView, j: number, first: number): boolean {
  if (!v.words.noun_negators.has(tok(v, j).text)) return false;
  return j + 1 === first || !v.words.negator_compounds.has(tok(v, j + 1).text);
}

export function negatedAt(v: SentenceView, first: number, noun = false): boolean {
  const { light_verb_negators, noun_negators, negators } = v.words;
  // Before a noun, a negated light verb counts too: "لم تقم مطلقا بصفقات أسلحة".
  if (noun) {
    for (let j = Math.max(0, first - 4); j < first - 1; j++) {
      const w = tok(v, j).text;
      if (light_verb_negators.has(w)) return true;
      // "لا وجود لأي مفاوضات"
      if (w === "وجود" && j > 0 && noun_negators.has(tok(v, j - 1).text)) return true;
    }
  }
  // Not across a comma or a full stop: "إن التلويح لن يفيد، متهما الدول الأوروبية".
  let from = Math.max(0, first - 2);
  for (let j = first - 1; j >= from && j >= 0; j--)
    if (j + 1 < v.tokens.length && /[،,.:؛]/.test(v.norm.slice(tok(v, j).end, tok(v, j + 1).start)))
      from = j + 1;
  for (let j = from; j < first; j++) {
    const w = tok(v, j).text;
    // "ما" negates only right before a verb; before a noun it is "what" (ما وصفوه بـ).
    if (noun ? nounNegator(v, j, first) : negators.has(w) && (w !== "ما" || j === first - 1))
      return true;
  }
  return false;
}
