// "بحسب X" / "وفقا لـ X": a sentence that names its source is X's claim as a whole.
import type { Tok } from "../recognize/segment.js";
import { wordTest } from "../recognize/word-test.js";
import type { Lexicon } from "./lexicon.js";
import type { Draft } from "./scope.js";
import type { SentenceView, Unit } from "./units.js";

const accordingCache = new WeakMap<Lexicon, Set<string>>();

/** First words of "بحسب", "وفقا لـ" ...: most tokens are ruled out by one lookup. */
function accordingFirst(lex: Lexicon): Set<string> {
  let s = accordingCache.get(lex);
  if (!s) {
    s = new Set(lex.accordingTo.map((a) => a[0] as string));
    accordingCache.set(lex, s);
  }
  return s;
}

/** Whether the word, or the word after a leading و, is a first word of "بحسب", "وفقا لـ" ... */
const mayStartAccording = wordTest((t: Tok, lex: Lexicon) => {
  const firsts = accordingFirst(lex);
  return firsts.has(t.text) || (t.text.charCodeAt(0) === 0x648 && firsts.has(t.text.slice(1)));
});

/** The actor a "بحسب" phrase names (within a word or two after it), or null. */
export function accordingSource(v: SentenceView, lex: Lexicon, units: Unit[]): Unit | null {
  const firsts = accordingFirst(lex);
  for (let i = 0; i < v.tokens.length; i++) {
    // Most words start no "بحسب": a yes/no kept per distinct word rules them out.
    if (!mayStartAccording(v.tokens[i] as Tok, lex)) continue;
    const t = (v.tokens[i] as Tok).text;
    const first = firsts.has(t)
      ? t
      : t.charCodeAt(0) === 0x648 && firsts.has(t.slice(1))
        ? t.slice(1)
        : null;
    if (first === null) continue;
    for (const a of lex.accordingTo) {
      // A word may carry "and" (وبحسب), and a phrase's own first letter may be و (وفقا).
      const w = a.every((x, k) => {
        const t = v.tokens[i + k]?.text;
        return [t, t?.replace(/^و/, "")].some(
          (r) => r === x || (k === a.length - 1 && r?.startsWith(x)),
        );
      });
      if (!w) continue;
      // A phrase that names no actor there leaves the search going ("بحسب التقارير"). The
      // source follows it at once (its لـ may sit on the source's first word: «وفقا لوزارة»),
      // or after «ما» and a verb ("بحسب ما أعلنته وزارة"); not after another noun ("وفقا
      // للاتفاق بين مصر وقطر" names no source).
      const end = i + a.length;
      const clitic = (v.tokens[end - 1]?.text.length ?? 0) > (a[a.length - 1]?.length ?? 0);
      const starts = new Set([clitic ? end - 1 : end, end]);
      if (v.tokens[end]?.text === "ما") starts.add(end + 2);
      const source = units.find((u) => starts.has(u.first) && !u.place);
      if (source) return source;
      break;
    }
  }
  return null;
}

/**
 * "إذا نفذ ترامب تهديده وانسحب من الاتفاق، وفقا لوكالة رويترز للأنباء": the source a
 * "بحسب" phrase names tells the sentence; it is no end of a relation the sentence states.
 */
export function dropAccordingEnds(according: Unit | null, drafts: Draft[]): void {
  if (!according) return;
  const at = (u: Unit) => u.first === according.first && u.ref.id === according.ref.id;
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i] as Draft;
    if (at(d.source) || at(d.target)) drafts.splice(i, 1);
  }
}
