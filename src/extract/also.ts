// "أدان وزير الخارجية السعودي الهجوم، كما دعا إلى التهدئة": after a comma, an "also"
// connector (words.json "also_connectors") adds a second act of the main clause. It ends a
// reported claim before it, unless أن/إن follows ("كما أن ..." goes on with the claim), and a
// verb right after it with no subject of its own has the main clause's.
import type { Frame, SentenceScope, Trigger } from "./scope.js";
import { commaBetween, type SentenceView, type Unit } from "./units.js";

/** Whether token `k` is an "also" connector after a comma, with no أن/إن after it. */
function alsoAt(v: SentenceView, k: number): boolean {
  const t = v.tokens[k];
  if (!t || k === 0) return false;
  const word = t.text.startsWith("و") ? t.text.slice(1) : t.text;
  if (!v.words.also_connectors.has(word) && !v.words.also_connectors.has(t.text)) return false;
  if (!commaBetween(v, k - 1, k)) return false;
  const next = v.tokens[k + 1]?.text ?? "";
  return !v.words.complementizers.has(next) && !v.words.pronoun_complementizers.has(next);
}

/** The first "also" connector at or after `from` (the sentence's end if none). */
export function alsoBreak(v: SentenceView, from: number): number {
  for (let k = Math.max(from, 1); k < v.tokens.length; k++) if (alsoAt(v, k)) return k;
  return v.tokens.length;
}

/**
 * The main clause's subject for a verb right after an "also" connector: the subject of the
 * nearest verb or verb of saying before it whose claim does not hold it (a verb inside a
 * reported claim that ended before the connector speaks of others). Null when `t` stands
 * elsewhere or no such subject is found.
 */
export function alsoSubject(s: SentenceScope, t: Trigger): Unit[] | null {
  if (t.kind !== "verb" || t.verb?.participle || !alsoAt(s.v, t.first - 1)) return null;
  const closed = (at: number) =>
    s.frames.some(
      (fr: Frame) => fr.verbFirst !== at && fr.from <= at && at < fr.to && fr.to <= t.first,
    );
  for (let i = s.triggers.indexOf(t) - 1; i >= 0; i--) {
    const x = s.triggers[i] as Trigger;
    if (x.kind === "noun" || closed(x.first)) continue;
    if (x.kind === "speech") {
      const fr = s.frames.find((f) => f.verbFirst === x.first);
      return fr && fr.subjects.length > 0 ? fr.subjects : null;
    }
    return s.verbSubjects.find((vs) => vs.at === x.first)?.subject ?? null;
  }
  return null;
}
