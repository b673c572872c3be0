// Name keys for lookup: Arabic orthography folded (normalizeForMatch), Latin accents and case
// folded, punctuation dropped, so "Kim Jong-un", "kim jong un" and "كيم جونغ أون" each meet
// the key of the name they spell.
import { stems } from "../text/clitics.js";
import { normalizeForMatch } from "../text/normalize.js";

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a name, normalized for matching. */
export function nameTokens(name: string): string[] {
  // Plain ASCII (most English names) needs only lower case; the rest goes the full way.
  const folded = isPlainAscii(name)
    ? name.toLowerCase()
    : normalizeForMatch(name).normalize("NFKD").replace(/\p{M}/gu, "");
  return folded.match(WORD) ?? [];
}

function isPlainAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7e || c < 0x20) return false;
  }
  return true;
}

/** One string per name: its normalized words joined by single spaces. */
export function nameKey(name: string): string {
  return nameTokens(name).join(" ");
}

/**
 * Keys a query may stand for, the query itself first: proclitics (و ف ب ل ك لل) glued to the
 * first word are stripped, as in "وروسيا" or "لكوريا الشمالية".
 */
export function queryKeys(query: string): string[] {
  const tokens = nameTokens(query);
  const first = tokens[0];
  if (first === undefined) return [];
  const rest = tokens.slice(1);
  return stems(first).map((s) => [s.stem, ...rest].join(" "));
}

/** Forms one query word may stand for: itself, then without proclitics. */
export function tokenForms(token: string): string[] {
  return stems(token).map((s) => s.stem);
}

/**
 * Levenshtein distance, giving up (returning `max + 1`) once it must exceed `max`: suggestion
 * search compares a name with every name in the graph, and most are far off.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] ?? 0;
}
