// A given name followed by any word reads as a two-word name ("نزار زكا"), and that misfires
// when the article already names the person and then uses one of his names before a verb or a
// noun: "نزار احترق"، "شريف بدفع" (after "نواز شريف"), "صالح رفض". Across the article such
// readings are checked once all sentences are read: a given-name reading is dropped when its
// first word is the surname of a known (KB) person of the article, or when another name with
// the same first word (found by any pattern) recurs while it occurs only once. The
// coreference pass then reads the bare name as that person.
import { normalizeForMatch } from "../text/normalize.js";
import type { Found } from "./found.js";

const words = (label: string) => normalizeForMatch(label).split(/\s+/).filter(Boolean);

export function dropStrayGivenNames(found: Found[][]): Found[][] {
  const kbWords = new Set<string>();
  const counts = new Map<string, Map<string, number>>();
  for (const inSentence of found) {
    for (const f of inSentence) {
      if (f.entity.kind !== "person") continue;
      // A known person's surname ("شريف" of "نواز شريف"), not his given name: two persons of
      // an article may share a given name ("فلاديمير بوتين"، "فلاديمير شيزوف").
      const last = words(f.entity.label_ar).pop();
      if (!f.provisional && last) kbWords.add(last);
      const [first] = words(f.entity.label_ar);
      if (!first) continue;
      const m = counts.get(first) ?? new Map<string, number>();
      m.set(f.entity.id, (m.get(f.entity.id) ?? 0) + 1);
      counts.set(first, m);
    }
  }
  if (counts.size === 0) return found;
  const stray = (f: Found): boolean => {
    if (f.rule !== "given-name") return false;
    const [first] = words(f.entity.label_ar);
    if (!first) return false;
    if (kbWords.has(first)) return true;
    const m = counts.get(first) as Map<string, number>;
    const mine = m.get(f.entity.id) ?? 0;
    return mine === 1 && [...m.values()].some((n) => n >= 2);
  };
  return found.map((inSentence) =>
    inSentence.some(stray) ? inSentence.filter((f) => !stray(f)) : inSentence,
  );
}
