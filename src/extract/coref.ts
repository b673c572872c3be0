// Conservative in-article coreference for actor phrases that name no one: "البلدين" (the last
// two states mentioned), "زعيمي البلدين" (their leaders, when the article names them),
// "الوزيران" (the last two persons). A wrong link is worse than none: when in doubt, nothing.
// "The two sides" are first the two states the article just named together ("تعهدت الولايات
// المتحدة وكوريا الجنوبية ..." then "التعاون بين الطرفين"), not whichever two came last.
import type { Kb } from "../kb/kb.js";
import { refOf, rolesOn } from "../kb/kb.js";
import { bundledActors } from "../recognize/actors.js";
import type { Found } from "../recognize/found.js";
import { adjacent } from "../recognize/found.js";
import { type Tok, tokStems } from "../recognize/segment.js";
import type { EntityRef } from "../schema.js";
import { normalizeForMatch } from "../text/normalize.js";
import type { Words } from "../text/words.js";
import { coordinatedAfter, heldOffice, type SentenceView, type Unit } from "./units.js";

// The phrases are word lists (lexicon/words.json): "pair_words" (البلدين), "pair_leaders"
// (زعيمي before a pair word) and "two_persons" (الوزيران).
const NOT_LEADER = /vice|deputy|opposition|former/i;
const LEADER_TITLE = /president|leader|chairman|king|emir|supreme|prime minister|chancellor/i;

export interface ArticleMemory {
  /** States in order of mention, most recent last. */
  states: EntityRef[];
  persons: EntityRef[];
  /** The last two states named together ("A وB"), and the sentence that named them. */
  pair?: { states: EntityRef[]; sentence: number };
  /** The sentence each state of `states` was last named in. */
  stateSeen?: Map<string, number>;
  /** `states` as they stood before the sentence last remembered, and that sentence's index. */
  statesBefore?: { states: EntityRef[]; sentence: number };
  /** `persons` likewise. */
  personsBefore?: { persons: EntityRef[]; sentence: number };
  /** Organisations in order of mention, for "التحالف"، "الحركة" (orgAnaphor). */
  orgs: EntityRef[];
  /** The offices each person was introduced with, for "الوزير" (title-anaphor.ts). */
  titles?: Map<string, Set<string>>;
}

/** How many sentences a pair named together stays the referent of "the two sides". */
const PAIR_SENTENCES = 2;

/** Notes two states coordinated in sentence `index` ("الولايات المتحدة وكوريا الجنوبية"). */
export function rememberPair(
  memory: ArticleMemory,
  v: SentenceView,
  units: Unit[],
  index: number,
): void {
  for (let k = 0; k < units.length; k++) {
    const group = coordinatedAfter(v, units, k);
    const ids = new Set(group.map((u) => u.ref.id));
    if (group.length === 2 && ids.size === 2 && group.every((u) => u.ref.kind === "state")) {
      memory.pair = { states: group.map((u) => u.ref), sentence: index };
    }
    k += group.length - 1;
  }
}

/**
 * The pair "the two sides" names in sentence `index`: the last two named together, else the
 * last two named at all; either only when named within the last few sentences.
 */
function sidesOf(
  memory: ArticleMemory,
  index: number,
  /** Whether the sentence names a state before the word ("ودعت إيران الطرفين"). */
  stateBefore = false,
): EntityRef[] | null {
  const p = memory.pair;
  if (p && index - p.sentence <= PAIR_SENTENCES) return p.states;
  // A state the sentence names before the word is no side unless it was one already: the two
  // are the last named before this sentence. Else the sentence's own later states count ("وإذا
  // مضى البلدان في التوصل إلى اتفاق، فستكون روسيا قد انتهكت ...").
  const before =
    stateBefore && memory.statesBefore?.sentence === index ? memory.statesBefore.states : null;
  const two = lastTwo(before ?? memory.states);
  const recent = (e: EntityRef) =>
    index - (memory.stateSeen?.get(e.id) ?? Number.NEGATIVE_INFINITY) <= PAIR_SENTENCES;
  return two && (index === Number.POSITIVE_INFINITY || two.every(recent)) ? two : null;
}

/**
 * The states the sentence names before `i`, as states or as what its officials serve. Two of
 * them are the two sides ("التقى الرئيسان الأميركي جو بايدن والكوري الجنوبي يون سوك يول ...
 * بتعزيز العلاقات بين البلدين"): the two countries are these, not a pair named sentences before.
 */
function statesBefore(units: readonly Unit[], i: number): EntityRef[] {
  const states = new Map<string, EntityRef>();
  for (const u of units) {
    if (u.last >= i || u.place) continue;
    const of = u.ref.kind === "state" ? u.ref : heldOffice(u);
    if (of?.kind === "state") states.set(of.id, of);
  }
  return [...states.values()];
}

export function remember(memory: ArticleMemory, found: Found[], sentence = 0): void {
  if (memory.statesBefore?.sentence !== sentence)
    memory.statesBefore = { states: [...memory.states], sentence };
  if (memory.personsBefore?.sentence !== sentence)
    memory.personsBefore = { persons: [...memory.persons], sentence };
  for (const f of found) {
    if (f.entity.kind === "state") {
      memory.stateSeen ??= new Map();
      memory.stateSeen.set(f.entity.id, sentence);
    }
    const list =
      f.entity.kind === "state"
        ? memory.states
        : f.entity.kind === "person"
          ? memory.persons
          : f.entity.kind === "organization"
            ? memory.orgs
            : null;
    if (!list) continue;
    const i = list.findIndex((e) => e.id === f.entity.id);
    if (i >= 0) list.splice(i, 1);
    list.push(f.entity);
  }
}

const lastTwo = (list: EntityRef[]) => (list.length >= 2 ? list.slice(-2) : null);

/**
 * The two persons "الوزيران" or "الرئيسين" at `i` stands for: the two the sentence names before
 * it; with one named before it, who is then its speaker ("وصرح المتحدث أحمد فهمي بأن الرئيسين
 * عقدا"), the last two named before the sentence; else the last two named.
 */
function twoPersons(
  memory: ArticleMemory,
  units: readonly Unit[],
  i: number,
  index: number,
): EntityRef[] | null {
  const before = new Map<string, EntityRef>();
  for (const u of units) if (u.last < i && u.ref.kind === "person") before.set(u.ref.id, u.ref);
  if (before.size === 2) return [...before.values()];
  const earlier = memory.personsBefore?.sentence === index ? memory.personsBefore.persons : null;
  return lastTwo(before.size === 1 && earlier ? earlier : memory.persons);
}

function leaderOf(kb: Kb, state: EntityRef, persons: EntityRef[], date: string | null): EntityRef {
  const p = persons.filter((x) => {
    const e = kb.entities.get(x.id);
    return (
      e &&
      rolesOn(e, date).some(
        (r) => r.of === state.id && LEADER_TITLE.test(r.title_en) && !NOT_LEADER.test(r.title_en),
      )
    );
  });
  return p.length === 1 ? (p[0] as EntityRef) : state;
}

export function synthetic(
  v: SentenceView,
  i: number,
  j: number,
  refs: EntityRef[],
  rule: string,
): Unit {
  const a = v.tokens[i] as Tok;
  const b = v.tokens[j] as Tok;
  const members = refs.map((ref): Unit => {
    const found: Found = { entity: ref, rule, first: i, last: j, start: a.start, end: b.end };
    return { ref, first: i, last: j, start: a.start, end: b.end, place: false, found };
  });
  return { ...(members[0] as Unit), members };
}

const LEADERS = 1;
const PAIR = 2;
const PERSONS = 4;
// Most words are none of the coreferent words: each distinct word's answer is kept on its
// info record (TokInfo.corefMemo), for the word lists it was worked out with.

/** A dual that names its two states (الكوريتين; lexicon/actors.json's named_pairs). */
const DUAL = 8;
/** The head of an organisation's name standing alone (التحالف; words.json's org_anaphors). */
const ORG = 16;
const REFERS_BACK = LEADERS | PAIR | PERSONS;

/**
 * Whether the word is a leaders' (زعيمي), a pair's (البلدين) or two persons' word (الوزيران),
 * a dual or an organisation's head. The duals are the bundled actors', the same for any list.
 */
function corefClass(t: Tok, w: Words): number {
  const hit = t.info?.corefMemo;
  if (hit && hit.words === w) return hit.flags;
  const duals = bundledActors().namedPairs;
  let flags = 0;
  for (const r of tokStems(t)) {
    if (w.pair_leaders.has(r.stem)) flags |= LEADERS;
    if (w.pair_words.has(r.stem)) flags |= PAIR;
    if (w.two_persons.has(r.stem)) flags |= PERSONS;
    if (duals.has(r.stem)) flags |= DUAL;
    if (w.org_anaphors.has(r.stem)) flags |= ORG;
  }
  if (t.info) t.info.corefMemo = { words: w, flags };
  return flags;
}

/**
 * A pair word that names its two states by their nisbas: "الجانبين الأمريكي والصيني"،
 * "الوفدين الأميركي والكوري الشمالي". Returns the two states and the last token, or null.
 */
function nisbaPair(v: SentenceView, i: number): { states: EntityRef[]; last: number } | null {
  const first = v.byFirst.get(i + 1);
  if (!first?.adjective || first.entity.kind !== "state") return null;
  const second = v.byFirst.get(first.last + 1);
  const wa = v.tokens[first.last + 1];
  if (!second?.adjective || second.entity.kind !== "state" || !wa?.text.startsWith("و"))
    return null;
  if (second.entity.id === first.entity.id) return null;
  return { states: [first.entity, second.entity], last: second.last };
}

/** The two states a dual names ("الكوريتين", "للكوريتين"), from the KB; null if none. */
function namedPair(kb: Kb, t: Tok, w: Words): EntityRef[] | null {
  if ((corefClass(t, w) & DUAL) === 0) return null;
  const pairs = bundledActors().namedPairs;
  for (const r of tokStems(t)) {
    const ids = pairs.get(r.stem);
    if (!ids) continue;
    const refs = ids.flatMap((id) => {
      const e = kb.entities.get(id);
      return e ? [refOf(e)] : [];
    });
    return refs.length === 2 ? refs : null;
  }
  return null;
}

/** An organisation's name without its article, first word only ("تحالف" of التحالف العربي). */
function headOf(label: string): string {
  return (normalizeForMatch(label).split(" ")[0] ?? "").replace(/^ال/, "");
}

/**
 * "قصفت طائرات التحالف مواقع للحوثيين": the head of an organisation's name standing alone
 * (org_anaphors: التحالف، الحركة ...) refers to the one organisation of that head the article
 * has named so far; with none, or two or more, it names no one. A word after it that opens a
 * new name ("التحالف الحاكم") makes it another organisation.
 */
function orgAnaphor(
  kb: Kb,
  v: SentenceView,
  i: number,
  covered: Array<Found | undefined>,
  unitStarts: ReadonlySet<number>,
  memory: ArticleMemory,
): EntityRef | null {
  const orgs = memory.orgs;
  if (orgs.length === 0) return null;
  const t = v.tokens[i] as Tok;
  const stem = tokStems(t).find((r) => v.words.org_anaphors.has(r.stem))?.stem;
  if (!stem) return null;
  // A qualifier right after it ("الحزب الحاكم"، "الحركة الإسلامية") names another; an actor
  // there ("واتهمت الحركة الحكومة") is the verb's object.
  const next = v.tokens[i + 1];
  // ("إلى" reads "الى" once normalized: a preposition, no qualifier.)
  const qualified =
    next?.text.startsWith("ال") &&
    !v.words.relatives.has(next.text) &&
    !v.words.stopwords.has(next.text) &&
    !covered[i + 1] &&
    !unitStarts.has(i + 1) &&
    adjacent(v.norm, t.end, next.start);
  if (qualified) return null;
  const head = stem.replace(/^ال/, "");
  const matches = orgs.filter((o) => {
    const e = kb.entities.get(o.id);
    const labels = e ? [e.label_ar, ...e.aliases] : [o.label_ar];
    return labels.some((l) => headOf(l) === head);
  });
  return matches.length === 1 ? (matches[0] as EntityRef) : null;
}

/** Units for the coreferent phrases of a sentence; `memory` holds what came before. */
export function corefUnits(
  kb: Kb,
  v: SentenceView,
  covered: Array<Found | undefined>,
  memory: ArticleMemory,
  index = Number.POSITIVE_INFINITY,
  units: readonly Unit[] = [],
): Unit[] {
  const w = v.words;
  const unitStarts = new Set(units.map((u) => u.first));
  const out: Unit[] = [];
  for (let i = 0; i < v.tokens.length; i++) {
    if (covered[i]) continue;
    const flags = corefClass(v.tokens[i] as Tok, w);
    if (flags === 0) continue;
    if ((flags & REFERS_BACK) === 0) {
      // "القمة بين الكوريتين": a dual that names its two states itself.
      const named = namedPair(kb, v.tokens[i] as Tok, w);
      if (named) out.push(synthetic(v, i, i, named, "named-pair"));
      const org =
        named || (flags & ORG) === 0 ? null : orgAnaphor(kb, v, i, covered, unitStarts, memory);
      if (org) out.push(synthetic(v, i, i, [org], "coref-org"));
      continue;
    }
    const leaders = (flags & LEADERS) !== 0;
    const pairWord = (flags & PAIR) !== 0;
    const persons = (flags & PERSONS) !== 0;
    const nextTok = v.tokens[i + 1];
    const next = nextTok?.text;
    const namedNext = leaders && nextTok && !covered[i + 1] ? namedPair(kb, nextTok, w) : null;
    if (namedNext) {
      // "زعيمي الكوريتين": the two states' leaders, when the article names them.
      const leadersOf = namedNext.map((s) => leaderOf(kb, s, memory.persons, v.date));
      out.push(synthetic(v, i, i + 1, leadersOf, "named-pair-leaders"));
      i++;
    } else if (leaders && next && w.pair_words.has(next)) {
      const pair = lastTwo(memory.states);
      if (pair)
        out.push(
          synthetic(
            v,
            i,
            i + 1,
            pair.map((s) => leaderOf(kb, s, memory.persons, v.date)),
            "coref-leaders",
          ),
        );
      i++;
    } else if (pairWord) {
      const named = nisbaPair(v, i);
      if (named) {
        out.push(synthetic(v, i, named.last, named.states, "coref-nisba-pair"));
        i = named.last;
      } else {
        const named = statesBefore(units, i);
        const pair = named.length === 2 ? named : sidesOf(memory, index, named.length > 0);
        if (pair) out.push(synthetic(v, i, i, pair, "coref-pair"));
      }
    } else if (persons && !v.byFirst.get(i + 1)?.adjective) {
      // "الرئيسان الروسي ... والصيني ..." names its two holders: a dual title, not a reference.
      const pair = twoPersons(memory, units, i, index);
      if (pair) out.push(synthetic(v, i, i, pair, "coref-persons"));
    }
  }
  return out;
}
