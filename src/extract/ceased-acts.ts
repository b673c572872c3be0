// Attacks and other acts of force that their doer stops are a de-escalation, not the act:
// «أوقف الحوثيون هجماتهم على السفن الأمريكية»، «أعلنت الجماعة وقف هجماتها على إسرائيل». The
// noun frames find the pair (who attacks, whom); the word of stopping right before the act's
// noun, or before the doer who stops it, turns it into a concession to the one attacked (PLOVER
// CONCEDE: de-escalation, a ceasefire). A call to stop («دعت إلى وقف الهجمات الإسرائيلية على
// غزة»، «طالب بوقف») states no stop, and the attacks it asks to end go on: they stay. A negated
// stop («لم توقف هجماتها») leaves the attack standing (frames-conflict.ts unnegateEasing).
import type { Tok } from "../recognize/segment.js";
import { negatedAt } from "./modality.js";
import type { SentenceScope, Trigger } from "./scope.js";
import { hasBare, type SentenceView } from "./units.js";

/** The acts of force a doer can stop. */
const CEASED_TYPES = new Set(["ASSAULT", "COERCE", "THREATEN", "MOBILIZE"]);

const tok = (v: SentenceView, i: number) => v.tokens[i] as Tok;

/**
 * The word of stopping right before the trigger's noun or before the doer between them
 * («أوقف الحوثيون هجماتهم»), in one stretch without punctuation; -1 when none.
 */
function ceaseWordAt(v: SentenceView, t: Trigger): number {
  const doer = v.byLast.get(t.first - 1);
  const k = doer ? doer.first - 1 : t.first - 1;
  const word = v.tokens[k];
  if (!word || /[.،,؛;:!?؟]/.test(v.norm.slice(word.end, tok(v, t.first).start))) return -1;
  const bare = word.text.replace(/^[بل]/, "");
  return hasBare(v.words.cease_words, word.text) || v.words.cease_words.has(bare) ? k : -1;
}

/** Whether the word of stopping at `k` is what a call asks for («إلى وقف»، «بوقف»). */
function called(v: SentenceView, k: number): boolean {
  if (/^[وف]?[بل]/.test(tok(v, k).text) && !hasBare(v.words.cease_words, tok(v, k).text))
    return true;
  return k > 0 && v.words.core_prepositions.has(tok(v, k - 1).text);
}

export function ceasedActs(s: SentenceScope): void {
  const { v, drafts } = s;
  for (const t of s.triggers) {
    if (t.kind !== "noun" || !t.noun || !CEASED_TYPES.has(t.noun.type)) continue;
    const k = ceaseWordAt(v, t);
    if (k < 0 || negatedAt(v, k) || called(v, k)) continue;
    for (const d of drafts) {
      if (!d.rule.startsWith("noun-") || d.type !== t.noun.type) continue;
      if (d.first > t.first || d.last < t.first || d.polarity !== "affirmed") continue;
      d.type = "CONCEDE";
      d.mode = null;
      d.rule = `${d.rule}-ceased`;
    }
  }
}
