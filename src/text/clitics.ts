// Proclitics: و ف (conjunctions), ب ل ك (prepositions), ال (article) and لل (ل + ال with the
// alef dropped), in their legal orders. A name keeps its entity whatever is glued before it.

export interface Stem {
  /** The token without its proclitics (with ال restored where لل hid it). */
  stem: string;
  /** How many characters of the token the proclitics took. */
  prefixLength: number;
}

/**
 * Candidate stems of a normalized token, the token itself first. A stem must keep at least
 * two letters, so short words are not torn apart.
 */
// Tokens repeat a lot: the stems of each distinct token are computed once.
const cache = new Map<string, Stem[]>();
const CACHE_LIMIT = 200_000;

export function stems(token: string): Stem[] {
  let hit = cache.get(token);
  if (!hit) {
    hit = computeStems(token);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(token, hit);
  }
  return hit;
}

// Character codes of the proclitics.
const WAW = 0x0648;
const FA = 0x0641;
const BA = 0x0628;
const LAM = 0x0644;
const KAF = 0x0643;

/**
 * The readings without the cache, for callers that keep them themselves (one record per
 * distinct token). Written with character codes and no closures or sets.
 */
export function computeStems(token: string): Stem[] {
  const out: Stem[] = [{ stem: token, prefixLength: 0 }];
  const c0 = token.charCodeAt(0);
  // The conjunction (none, و or ف), then the preposition (none, ب, ل or ك); at least one.
  const conjLengths = c0 === WAW || c0 === FA ? [0, 1] : [0];
  for (const cl of conjLengths) {
    if (cl > 0) addStem(out, token.slice(cl), cl);
    const p = token.charCodeAt(cl);
    if (p !== BA && p !== LAM && p !== KAF) continue;
    const rest = token.slice(cl + 1);
    addStem(out, rest, cl + 1);
    // لل = ل + ال: "للولايات" is "ل" + "الولايات".
    if (p === LAM && rest.charCodeAt(0) === LAM && rest.length > 2) {
      addStem(out, `ا${rest}`, cl + 1);
    }
  }
  return out;
}

/** Adds a reading of at least two letters that is not there yet. */
function addStem(out: Stem[], stem: string, prefixLength: number): void {
  if (stem.length < 2) return;
  for (const s of out) if (s.stem === stem) return;
  out.push({ stem, prefixLength });
}

/** The token without a leading article, for nisba adjectives (الروسي -> روسي). */
export function withoutArticle(stem: string): string | null {
  return stem.startsWith("ال") && stem.length > 3 ? stem.slice(2) : null;
}

/** Whether `stem` is ال then a word starting with `w` (startsWith(`ال${w}`), no string made). */
export const alThen = (stem: string, w: string): boolean =>
  stem.startsWith("ال") && stem.startsWith(w, 2);

/** Whether `stem` is exactly ال + `w` (stem === `ال${w}`, no string made). */
export const isAlPlus = (stem: string, w: string): boolean =>
  stem.length === w.length + 2 && alThen(stem, w);
