// "وقال وزير الخارجية الروسي سيرغي لافروف ... واتهم الوزير واشنطن بدعم الإرهاب": a bare
// definite title standing alone (words.json "title_anaphors": الوزير، الرئيس، المتحدث ...)
// refers back to the one person the article has named with that title so far, by an office
// in the text or by the KB's roles on the article's date. With none, or two or more, it names
// no one (a wrong antecedent is worse than none, as in coref.ts). A title qualified by the word
// after it ("الوزير الأول") or owned by the word before it ("نائب الرئيس"، "المتحدث باسم
// الرئيس") is another office.
import type { Kb } from "../kb/kb.js";
import { rolesOn } from "../kb/kb.js";
import { adjacent, type Found } from "../recognize/found.js";
import { type Tok, tokStems } from "../recognize/segment.js";
import { wordTest } from "../recognize/word-test.js";
import type { EntityRef } from "../schema.js";
import { normalizeForMatch } from "../text/normalize.js";
import type { Words } from "../text/words.js";
import { type ArticleMemory, synthetic } from "./coref.js";
import { isTitleHead, type SentenceView, type Unit } from "./units.js";

/**
 * The key of an office: its head without the article, or none for an office whose second word
 * makes it another ("compound_office_words": رئيس الوزراء is no «الرئيس»).
 */
function officeKey(head: string, second: string | undefined, w: Words): string | null {
  if (second && w.compound_office_words.has(second)) return null;
  return normalizeForMatch(head).replace(/^ال/, "");
}

/** Notes the title each person of the sentence is introduced with ("وزير الخارجية ... X"). */
export function rememberTitles(memory: ArticleMemory, v: SentenceView, units: readonly Unit[]) {
  for (const u of units) {
    if (u.ref.kind !== "person" || !u.office) continue;
    const headTok = v.tokens[u.office.first] as Tok;
    const head = isTitleHead(headTok, v.words);
    if (!head) continue;
    const key = officeKey(head.stem, v.tokens[u.office.first + 1]?.text, v.words);
    if (!key) continue;
    memory.titles ??= new Map();
    const keys = memory.titles.get(u.ref.id) ?? new Set<string>();
    keys.add(key);
    memory.titles.set(u.ref.id, keys);
  }
}

/** The keys of the offices a person holds by the KB on the date. */
function kbKeys(kb: Kb, person: EntityRef, date: string | null, w: Words): string[] {
  const e = kb.entities.get(person.id);
  if (!e) return [];
  return rolesOn(e, date).flatMap((r) => {
    const [head, second] = normalizeForMatch(r.title_ar).split(" ");
    const key = head ? officeKey(head, second, w) : null;
    return key ? [key] : [];
  });
}

/** The one person named so far with the office `key`, or null. */
function holderOf(kb: Kb, v: SentenceView, memory: ArticleMemory, key: string) {
  const holders = memory.persons.filter(
    (p) => memory.titles?.get(p.id)?.has(key) || kbKeys(kb, p, v.date, v.words).includes(key),
  );
  return holders.length === 1 ? (holders[0] as EntityRef) : null;
}

const anaphorStem = (t: Tok, w: Words) => tokStems(t).find((x) => w.title_anaphors.has(x.stem));
// Asked of every word of every sentence, which almost none is: answered once per distinct word.
const mayBeAnaphor = wordTest((t: Tok, w: Words) => anaphorStem(t, w) !== undefined);

/** The anaphor's title word ("الوزير" in "واتهم الوزير"), or null. */
function anaphorKey(t: Tok, w: Words): string | null {
  const s = mayBeAnaphor(t, w) ? anaphorStem(t, w) : undefined;
  return s ? s.stem.replace(/^ال/, "") : null;
}

/** Units for the bare titles of a sentence that refer back to one person. */
export function titleAnaphors(
  kb: Kb,
  v: SentenceView,
  covered: Array<Found | undefined>,
  memory: ArticleMemory,
  units: readonly Unit[],
): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < v.tokens.length; i++) {
    if (covered[i]) continue;
    const t = v.tokens[i] as Tok;
    const key = anaphorKey(t, v.words);
    if (!key || units.some((u) => u.first <= i && i <= u.last)) continue;
    const next = v.tokens[i + 1];
    const prev = v.tokens[i - 1];
    const qualified =
      next?.text.startsWith("ال") &&
      !v.words.relatives.has(next.text) &&
      adjacent(v.norm, t.end, next.start);
    const owned =
      prev &&
      adjacent(v.norm, prev.end, t.start) &&
      (isTitleHead(prev, v.words) || v.words.title_links.has(prev.text));
    if (qualified || owned) continue;
    const holder = holderOf(kb, v, memory, key);
    if (holder) out.push(synthetic(v, i, i, [holder], "coref-title"));
  }
  return out;
}
