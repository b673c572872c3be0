// Proclitics: و ف (conjunctions), ب ل ك (prepositions), ال (article) and لل (ل + ال with the
// alef dropped), in their legal orders. A name keeps its entity whatever is glued before it.

export interface Stem {
  /** The token without its proclitics (with ال restored where لل hid it). */
  stem: string;
  /** How many characters of the token the proclitics took. */
  prefixLength: number;
}

const CONJ = ["", "و", "ف"];
const PREP = ["", "ب", "ل", "ك"];

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

function computeStems(token: string): Stem[] {
  const out: Stem[] = [{ stem: token, prefixLength: 0 }];
  const seen = new Set([token]);
  const add = (stem: string, prefixLength: number) => {
    if (stem.length >= 2 && !seen.has(stem)) {
      seen.add(stem);
      out.push({ stem, prefixLength });
    }
  };
  for (const c of CONJ) {
    if (!token.startsWith(c)) continue;
    for (const p of PREP) {
      const pre = c + p;
      if (pre === "" || !token.startsWith(pre)) continue;
      const rest = token.slice(pre.length);
      add(rest, pre.length);
      // لل = ل + ال: "للولايات" is "ل" + "الولايات".
      if (p === "ل" && rest.startsWith("ل") && rest.length > 2) add(`ا${rest}`, pre.length);
    }
  }
  return out;
}

/** The token without a leading article, for nisba adjectives (الروسي -> روسي). */
export function withoutArticle(stem: string): string | null {
  return stem.startsWith("ال") && stem.length > 3 ? stem.slice(2) : null;
}
