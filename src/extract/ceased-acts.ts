// Attacks and other acts of force that their doer stops are a de-escalation, not the act:
// «أوقف الحوثيون هجماتهم على السفن الأمريكية»، «أعلنت الجماعة وقف هجماتها على إسرائيل». The
// noun frames find the pair (who attacks, whom); the word of stopping right before the act's
// noun, or before the doer who stops it, turns it into a concession to the one attacked (PLOVER
// CONCEDE: de-escalation, a ceasefire), when the stop is stated as done (see stated()). A call
// to stop («دعت إلى وقف الهجمات الإسرائيلية على غزة»، «طالب بوقف»), a condition or an
// obligation states no stop, and the attacks go on: they stay. A negated stop («لم توقف
// هجماتها») leaves the attack standing (frames-conflict.ts unnegateEasing).
import type { Tok } from "../recognize/segment.js";
import { negatedAt } from "./modality.js";
import type { SentenceScope, Trigger } from "./scope.js";
import { hasBare, listWordBefore, type SentenceView } from "./units.js";

/** The acts of force a doer can stop. */
const CEASED_TYPES = new Set(["ASSAULT", "COERCE", "THREATEN", "MOBILIZE"]);

const tok = (v: SentenceView, i: number) => v.tokens[i] as Tok;

/**
 * Whether the stop at `k` is stated as done: a past verb of stopping (words.json
 * cease_verbs: «أوقف الحوثيون») with no condition or complementizer before it («إذا أوقفت»،
 * «يجب أن توقف»), or a verbal noun of stopping right after a verb of announcing or deciding
 * («أعلنت الجماعة وقف هجماتها»: cease_announcers). A call («إلى وقف»، «بوقف»), a condition
 * or talks about a stop («تبحث الوساطة وقف») state none.
 */
function stated(s: SentenceScope, k: number): boolean {
  const { v } = s;
  const w = v.words;
  const before = v.tokens[k - 1]?.text ?? "";
  if (hasBare(w.cease_verbs, tok(v, k).text))
    return (
      !w.conditionals.has(before) && !w.complementizers.has(before) && !w.hypothetical.has(before)
    );
  // The announcer's verb, right before the noun or before its subject («أعلنت جماعة الحوثي وقف»).
  const subject = s.units.find((u) => u.last === k - 1 && !u.place);
  return hasBare(w.cease_announcers, v.tokens[(subject ? subject.first : k) - 1]?.text ?? "");
}

/** No other act of the type between the trigger and the draft's end («وقف هجماتهم ... وبدء هجمات»). */
const alone = (s: SentenceScope, t: Trigger, last: number) =>
  !s.triggers.some(
    (x) =>
      x !== t &&
      x.kind === "noun" &&
      x.noun?.type === t.noun?.type &&
      x.first > t.first &&
      x.first <= last,
  );

export function ceasedActs(s: SentenceScope): void {
  const { v, drafts } = s;
  for (const t of s.triggers) {
    if (t.kind !== "noun" || !t.noun || !CEASED_TYPES.has(t.noun.type)) continue;
    // The word of stopping, before the act's noun or before the doer («أوقف الحوثيون هجماتهم»).
    const k = listWordBefore(v, t.first, v.words.cease_words);
    if (k < 0 || negatedAt(v, k) || !stated(s, k)) continue;
    for (const d of drafts) {
      if (!d.rule.startsWith("noun-") || d.type !== t.noun.type) continue;
      if (d.first > t.first || d.last < t.first || d.polarity !== "affirmed") continue;
      if (!alone(s, t, d.last)) continue;
      d.type = "CONCEDE";
      d.mode = null;
      d.rule = `${d.rule}-ceased`;
    }
  }
}
