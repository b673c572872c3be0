// Writers of Arabic drop a hamza (أحمد written احمد) but do not add one: a word written with
// a hamza where every listed spelling of a name has a bare alif is another word ("وأم", and a
// mother, is not "وام", the news agency; "بأول", with the first, is not "باول").
import { normalizeForMatch } from "./normalize.js";

const HAMZA_ALIFS = "أإآ";

/**
 * Whether `written` (a name's letters as the text has them, without proclitics) spells a
 * hamza that none of the name's `spellings` of the same letters has there. False when no
 * spelling has the same letters and length (nothing to compare).
 */
export function hamzaContradicts(written: string, spellings: Iterable<string>): boolean {
  if (![...HAMZA_ALIFS].some((h) => written.includes(h))) return false;
  const key = normalizeForMatch(written);
  let compared = 0;
  for (const s of spellings) {
    if (s.length !== written.length || normalizeForMatch(s) !== key) continue;
    compared++;
    const kept = [...written].every((ch, i) => !HAMZA_ALIFS.includes(ch) || s[i] !== "ا");
    if (kept) return false;
  }
  return compared > 0;
}
