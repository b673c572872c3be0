// Words between a verb with its subject and the object that are neither: manner and time
// («بشدة»، «مجددا»، «بأشد العبارات») and a cognate accusative with its adjective («رفضا قاطعا»).
import type { Tok } from "../recognize/segment.js";
import type { RelationType } from "../schema.js";
import { unconjoined } from "./arguments.js";
import type { Lexicon } from "./lexicon.js";
import type { SentenceView } from "./units.js";

const tok = (v: SentenceView, i: number) => v.tokens[i] as Tok;

/** How many manner words and cognate accusatives may stand before the object. */
const MANNER_REACH = 3;

/**
 * The first word after `from` past words of manner or time (words.json manner_words: «أدانت
 * فرنسا بشدة الهجوم التركي»، «أمس الثلاثاء»; manner_openers with their word: «بأشد
 * العبارات») and a cognate accusative with its adjective
 * («رفضت روسيا رفضا قاطعا العقوبات الأمريكية»، «أدانت مصر إدانة شديدة»).
 */
export function pastManner(
  v: SentenceView,
  lex: Lexicon,
  from: number,
  type: RelationType,
): number {
  let k = from;
  for (let step = 0; step < MANNER_REACH && k < v.tokens.length; step++) {
    // A word a nisba describes is a noun of its own («العبارات التركية»), no manner word.
    if (v.byFirst.has(k) || v.byFirst.get(k + 1)?.adjective) break;
    const text = unconjoined(tok(v, k).text, v.words);
    if (v.words.manner_openers.has(text) && !v.byFirst.has(k + 1)) k += 2;
    else if (v.words.manner_words.has(text) || v.words.weekdays.has(text)) k++;
    else if (cognateAccusative(v, lex, k, type)) k += 2;
    else break;
  }
  return k;
}

/**
 * Token `k` is an indefinite verbal noun of the verb's own type and the word after it an
 * indefinite adjective: "رفضا قاطعا", "إدانة شديدة".
 */
export function cognateAccusative(
  v: SentenceView,
  lex: Lexicon,
  k: number,
  type: RelationType,
): boolean {
  const t = v.tokens[k];
  const next = v.tokens[k + 1];
  if (!t || !next || t.text.startsWith("ال") || next.text.startsWith("ال")) return false;
  if (v.byFirst.has(k + 1)) return false;
  const stem = t.text.endsWith("ا") ? t.text.slice(0, -1) : t.text;
  return (lex.nouns.get(stem) ?? []).some((n) => n.tokens.length === 1 && n.entry.type === type);
}
