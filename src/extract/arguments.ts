// A trigger's arguments: the preposition an actor carries, the subject before or after a
// verb, the object after it (directly, after a preposition, or through a noun the actor owns),
// where a clause ends, and the pairs of a group.
import { adjacent } from "../recognize/found.js";
import { isCount, type Tok, tokStems } from "../recognize/segment.js";
import { normalizeForMatch } from "../text/normalize.js";
import type { Words } from "../text/words.js";
import {
  BETWEEN,
  commaBetween,
  constructOfficeWord,
  coordinatedAfter,
  coordinatedBefore,
  countedSingular,
  hasBare,
  headClitic,
  isTitleHead,
  opensList,
  ownTitleHead,
  type SentenceView,
  type Unit,
  unitOf,
} from "./units.js";

// The closed classes the rules read (negators, hypothetical and future words,
// complementizers, prepositions, clause breaks ...) are word lists in lexicon/words.json,
// carried by the sentence's view (`v.words`) and named there after what they hold.

/** Prepositions of the frames with one word ("between", "from", "with"); normalized. */
export { BETWEEN };
export const FROM: ReadonlySet<string> = new Set(["من"]);
export const WITH: ReadonlySet<string> = new Set(["مع"]);
export const EMPTY: ReadonlySet<string> = new Set();
/** «على»، «إلى» and «عن» as tokens write them (normalized). */
export const ON = normalizeForMatch("على");
export const TO = normalizeForMatch("إلى");
export const ABOUT = normalizeForMatch("عن");

const tok = (v: SentenceView, i: number) => v.tokens[i] as Tok;
/** A preposition without a conjunction before it: "وفي" -> "في", "في" stays "في". */
export const unconjoined = (word: string, w: Words) =>
  w.core_prepositions.has(word) || BETWEEN.has(word) ? word : word.replace(/^[وف]/, "");

/** The preposition word at token `k` (without a conjunction), or "" when it is none. */
function prepositionAt(v: SentenceView, k: number): string {
  const t = v.tokens[k];
  const b = t ? unconjoined(t.text, v.words) : "";
  return v.words.core_prepositions.has(b) ? b : "";
}

/**
 * The preposition a word's proclitics carry, without a conjunction or the article:
 * "وبال" -> ب, "لل" -> ل, "و" -> "" (other clitics come back as they are).
 */
function cliticPreposition(prefix: string): string {
  const p = prefix.replace(/^[وف]/, "").replace(/ال$/, "");
  return p === "لل" ? "ل" : p;
}
const PREP_NORM = new Map<string, string>();
export const normPrep = (p: string) => {
  let n = PREP_NORM.get(p);
  if (n === undefined) {
    n = normalizeForMatch(p);
    PREP_NORM.set(p, n);
  }
  return n;
};
/** Per sentence (its tokens) and word list: the indices of the words that break a clause. */
const breaksCache = new WeakMap<Tok[], Map<"clause_breaks" | "object_breaks", number[]>>();

/**
 * The first word at or after `from` that opens a new clause by the word list `list`: the
 * word itself or its reading without proclitics ("ولكن", "برغم"); the sentence's end if none.
 * The breaks are found once per sentence and list.
 */
export function breakAt(
  v: SentenceView,
  from: number,
  list: "clause_breaks" | "object_breaks",
): number {
  let byList = breaksCache.get(v.tokens);
  if (!byList) {
    byList = new Map();
    breaksCache.set(v.tokens, byList);
  }
  let breaks = byList.get(list);
  if (!breaks) {
    const words = v.words[list];
    breaks = [];
    for (let j = 0; j < v.tokens.length; j++) {
      if (tokStems(tok(v, j)).some((x) => words.has(x.stem))) breaks.push(j);
    }
    byList.set(list, breaks);
  }
  for (const j of breaks) if (j >= from) return j;
  return v.tokens.length;
}

/** Words that open a new clause: a reported claim or a denial does not reach past them. */
export const clauseEnd = (v: SentenceView, from: number): number =>
  breakAt(v, from, "clause_breaks");

/** The preposition a unit carries: a proclitic (لروسيا) or the word before it (مع بلينكن). */
export function prepOf(v: SentenceView, u: Unit): string {
  const t = tok(v, u.first);
  // The clitics before the phrase's first word: before the name itself, or before the office
  // or group word that opens it ("مع ولي العهد" has none: و and ل belong to ولي).
  const prefixLength =
    u.first === u.found.first ? Math.max(0, u.found.start - t.start) : headClitic(t, v.words);
  const prefix = t.text.slice(0, prefixLength);
  const p = cliticPreposition(prefix);
  if (p === "ب" || p === "ل" || p === "ك") return p;
  const before = v.tokens[u.first - 1];
  if (before) {
    // Normalized: إلى/الى -> الي, على -> علي. "في" itself starts with ف: only a ف or و
    // before a preposition is a conjunction ("وفي", "فمن").
    const b = unconjoined(before.text, v.words);
    if (v.words.core_prepositions.has(b) || BETWEEN.has(b)) {
      // "كلا من روسيا وإيران": a list, not a preposition (after a preposition, "في كل من
      // رومانيا والمجر", or a conjunction, "بين إيران وكل من ...", the list keeps من).
      const opener = v.tokens[u.first - 2];
      const outer = v.tokens[u.first - 3];
      const o = outer ? unconjoined(outer.text, v.words) : "";
      const afterPrep = v.words.core_prepositions.has(o) || BETWEEN.has(o);
      if (b === "من" && opener && v.words.list_openers.has(opener.text)) {
        if (!afterPrep) return "";
        // "عقوبات على كل من روسيا وإيران": the list stands where the preposition puts it.
        if (v.words.core_prepositions.has(o)) return o;
      }
      return b;
    }
    // A detached clitic ("لـ CNN", "بـ 13 صوتا"; the tatweel is normalized away).
    if (b === "ل" || b === "ب" || b === "ك") return b;
    // "برعاية الولايات المتحدة"، "بحضور ترامب": a sponsor or a witness, beside the act; so
    // is a court a case is brought before ("رفعت دعوى أمام محكمة العدل الدولية").
    if (v.words.presence_nouns.has(b) || b === FRONT) return b;
    // A count of the people a nisba names stands between them and the preposition: "أفرجت
    // كوريا الشمالية عن ثلاثة أمريكيين".
    const counted = countedPrep(v, u);
    if (counted) return counted;
    const through = u.place ? prepThroughPlaceHead(v, u.first - 1) : prepThroughMembers(v, u);
    if (through) return through;
    // A word of direction before the place or state carries the preposition: "انسحبت القوات
    // الإسرائيلية من جنوب لبنان"، "بشمال سوريا".
    const direction = prepThroughDirection(v, u.first - 1);
    if (direction) return direction;
    // "دعا آبي أحمد ورئيس إريتريا إلى": the office before the unit carries the و of a list;
    // "سيتواصل مع زعيم كوريا الشمالية"، "بوزير خارجية إيران": and the preposition.
    const office = officeHeadBefore(v, u.first);
    if (office) {
      const { head, title } = office;
      const clitic = tok(v, head).text.slice(0, title.prefixLength);
      if (clitic.startsWith("و")) return "و";
      const c = cliticPreposition(clitic);
      if (c === "ب" || c === "ك") return c;
      // ل on a longer office may be a genitive's after a noun ("يحضر اجتماعا لوزراء خارجية
      // مجموعة السبع": the meeting's owners, its object); it is the preposition on a one-word
      // office ("دعمه لرئيس فنزويلا") or after another actor ("المجلس الأوروبي لقادة الاتحاد").
      if (c === "ل" && (head === u.first - 1 || v.byLast.has(head - 1))) return "ل";
      const outer = v.tokens[head - 1];
      const o = outer ? unconjoined(outer.text, v.words) : "";
      if (clitic === "" && (v.words.core_prepositions.has(o) || BETWEEN.has(o))) return o;
    }
  }
  return prefix.startsWith("و") ? "و" : "";
}

/** The preposition before a count right before a nisba of people ("عن ثلاثة أمريكيين"). */
function countedPrep(v: SentenceView, u: Unit): string {
  const f = u.found;
  // The people a nisba names, without a head word or with a collective one ("عن خمسة مواطنين
  // أمريكيين"; not an office's: "100 خبير إيراني").
  if (!f.adjective || f.entity.kind !== "state") return "";
  if (u.first !== f.first && !v.words.group_heads.has(tok(v, u.first).text)) return "";
  const count = v.tokens[u.first - 1];
  const outer = v.tokens[u.first - 2];
  if (!count || !outer || !isCount(count, v.words)) return "";
  const o = unconjoined(outer.text, v.words);
  return v.words.core_prepositions.has(o) ? o : "";
}

/**
 * The head of an office in the construct state right before the unit at `first`: "زعيم" of
 * "مع زعيم كوريا الشمالية", "وزير" of "بوزير خارجية إيران", "ولي" of "مع ولي عهد أبوظبي"
 * (one office word may stand between, all written together).
 */
function officeHeadBefore(
  v: SentenceView,
  first: number,
): { head: number; title: NonNullable<ReturnType<typeof isTitleHead>> } | null {
  for (let k = first - 1; k >= 0 && first - k <= 2; k--) {
    const t = tok(v, k);
    if (!adjacent(v.norm, t.end, tok(v, k + 1).start) || v.byLast.has(k)) return null;
    const title = isTitleHead(t, v.words);
    if (title) return { head: k, title };
    const office = constructOfficeWord(t, v.words) || v.words.compound_office_words.has(t.text);
    if (t.text.startsWith("ال") || !office) return null;
  }
  return null;
}

/**
 * A place's preposition on the word of place before its name: "على مدينة دوما" (على),
 * "بمحافظة درعا" (ب); "" when the word at `k` is none or carries none.
 */
function prepThroughPlaceHead(v: SentenceView, k: number): string {
  const clitic = placeHeadClitic(v, k);
  if (clitic === null || clitic === "ك") return "";
  if (clitic !== "") return clitic;
  return prepositionAt(v, k - 1);
}

/** The preposition on or before a word of direction at `k` ("من جنوب"، "بشمال"), or "". */
function prepThroughDirection(v: SentenceView, k: number): string {
  const t = v.tokens[k];
  if (!t) return "";
  const st = tokStems(t).find((x) => v.words.directions.has(x.stem));
  if (!st) return "";
  const clitic = cliticPreposition(t.text.slice(0, st.prefixLength));
  if (clitic === "ب" || clitic === "ل") return clitic;
  const p = st.prefixLength === 0 ? prepositionAt(v, k - 1) : "";
  // "تحتل تركيا أجزاء من شمال سوريا": the من is the part's.
  const part = v.tokens[k - 2];
  return p === "من" && part && v.words.part_nouns.has(part.text) ? "" : p;
}

/**
 * The preposition on a word of place at `k` ("بمحافظة" -> ب, "لمدينة" -> ل, "مدينة" -> ""),
 * or null when the word is none ("place_heads").
 */
export function placeHeadClitic(v: SentenceView, k: number): string | null {
  const head = v.tokens[k];
  const st = head && tokStems(head).find((x) => v.words.place_heads.has(x.stem));
  if (!head || !st) return null;
  return cliticPreposition(head.text.slice(0, st.prefixLength));
}

/**
 * The preposition on the members or forces of an actor in the construct state before it:
 * "بين مقاتلي المعارضة وعناصر حزب الله" (بين), "على عناصر الجيش" (على); "" otherwise.
 */
function prepThroughMembers(v: SentenceView, u: Unit): string {
  const head = v.tokens[u.first - 1];
  if (!head || !adjacent(v.norm, head.end, tok(v, u.first).start)) return "";
  // A count of the group carries its preposition: "على آلاف المحتجين"، "بعشرات المتظاهرين".
  const count = /^[وف]?(ب|ل)?(.+)$/.exec(head.text);
  if (
    count?.[2] &&
    count[2] !== "من" &&
    v.words.quantities.has(count[2]) &&
    u.ref.kind === "group"
  ) {
    if (count[1]) return count[1];
    return prepositionAt(v, u.first - 2);
  }
  if (!v.words.member_nouns.has(head.text) && !v.words.force_heads.has(head.text)) return "";
  const before = v.tokens[u.first - 2];
  const b = before ? unconjoined(before.text, v.words) : "";
  // Not من: "خمسة من عناصر تنظيم داعش" counts the members; the body stays bare.
  return b !== "من" && (v.words.core_prepositions.has(b) || BETWEEN.has(b)) ? b : "";
}

/** Subject after the verb (VSO), allowing time words between them. */
export function subjectAfter(v: SentenceView, units: Unit[], from: number): Unit[] | null {
  const { fillers, quantities, quantifiers, weekdays } = v.words;
  const fired = firedBy(v, from);
  if (fired) return [fired];
  for (let k = 0; k < units.length; k++) {
    const u = units[k] as Unit;
    if (u.first < from) continue;
    for (let j = from; j < u.first; j++) {
      const t = tok(v, j).text;
      // "التقى كل من بوتين وأردوغان": a list opener and its من right before the subject.
      if (j === u.first - 2 && opensList(v, j)) break;
      const filler = fillers.has(t) || quantities.has(t) || quantifiers.has(t) || /^\d+$/.test(t);
      if (filler || weekdays.has(t) || weekdays.has(t.replace(/^ال/, ""))) continue;
      if (officialsOf(v, j, u, units[k + 1]) || forcesOf(v, j, u)) break;
      if (affiliatedTo(v, j, u)) return coordinatedAfter(v, units, k);
      // "استقبل أمير قطر تميم بن حمد ...": the ruler named after his title and state.
      const holder = units[k + 1];
      if (
        v.words.construct_titles.has(t) &&
        u.first === j + 1 &&
        holder?.ref.kind === "person" &&
        holder.first === u.last + 1
      )
        return coordinatedAfter(v, units, k + 1);
      return null;
    }
    if (u.place || (prepOf(v, u) !== "" && prepOf(v, u) !== "و")) return null;
    // «تظاهر 30 إيرانيا»: people counted act as themselves, not as their state.
    if (u.found.adjective && countedSingular(v, u.found.first)) return null;
    return u.members ?? coordinatedAfter(v, units, k).flatMap((x) => x.members ?? [x]);
  }
  return null;
}

/** A unit named by a counterpart's office ("نظيره الصيني شي جين بينغ"). */
export const counterpart = (v: SentenceView, u: Unit) =>
  u.office !== undefined &&
  v.words.counterpart_heads.has(tok(v, u.office.first).text.replace(/^[وب]/, ""));

/**
 * An office in the construct state before a state or an organisation: "وزراء خارجية روسيا
 * وتركيا وإيران"، "رؤساء الدول"، "قائد الجيش". Its holders act for what they serve, so
 * after a verb that unit is the subject. At most one word between the title and the unit,
 * without the article ("خارجية", not "الخارجية الروسية", which an office reads itself).
 */
function officialsOf(v: SentenceView, j: number, u: Unit, next: Unit | undefined): boolean {
  if (u.ref.kind !== "state" && u.ref.kind !== "organization") return false;
  // "وزيرة الدفاع الفرنسية، فلورنس بارلي،": the office's holder is named; she is the subject.
  // Not another official with an office of its own ("استقبل أمير قطر وزير الخارجية الأمريكي").
  const ownOffice = next?.office !== undefined && next.office.first === next.first;
  if (next?.ref.kind === "person" && next.first - u.last <= 2 && !ownOffice) return false;
  // A ruler's title in the construct state ("أمير قطر"، "ملك الأردن"; words.json
  // construct_titles), which no name follows as its holder's.
  const ruler = v.words.construct_titles.has(tok(v, j).text) && u.first === j + 1;
  const head = isTitleHead(tok(v, j), v.words);
  if (!ruler && (!head || head.prefixLength > 0 || u.first - j > 2)) return false;
  for (let k = j + 1; k <= u.first; k++) {
    if (!adjacent(v.norm, tok(v, k - 1).end, tok(v, k).start)) return false;
    const t = tok(v, k).text;
    // (An office word in the construct state may be a stopword: "رئيس وزراء العراق".)
    const office = v.words.office_possessives.has(t);
    if (k < u.first && (t.startsWith("ال") || (v.words.stopwords.has(t) && !office))) return false;
  }
  return true;
}

/**
 * Forces or arms in the construct state right before an actor ("force_heads": "قصفت طائرات
 * التحالف"، "هاجمت قوات الحكومة"): the actor acts through them, so it is the subject.
 */
function forcesOf(v: SentenceView, j: number, u: Unit): boolean {
  if (j !== u.first - 1 || u.place || prepOf(v, u) !== "") return false;
  const t = tok(v, j);
  return v.words.force_heads.has(t.text) && adjacent(v.norm, t.end, tok(v, u.first).start);
}

/**
 * A strike or what is fired, with the nisba of the state that fired it ("words.json
 * strike_heads": "استهدفت غارة إسرائيلية سيارة"، "ضربة صاروخية روسية") right at `from`: that
 * state is the subject. One word of description may stand between; the words are adjacent. The
 * nisba describes a noun, so it is no unit of the sentence: it is made one here.
 */
function firedBy(v: SentenceView, from: number): Unit | null {
  const head = v.tokens[from];
  if (!head || !v.words.strike_heads.has(head.text)) return null;
  const f = v.found.find(
    (x) =>
      x.adjective === true &&
      x.entity.kind === "state" &&
      (x.first === from + 1 || (x.first === from + 2 && !tok(v, from + 1).text.startsWith("ال"))),
  );
  if (!f) return null;
  for (let k = from + 1; k <= f.first; k++)
    if (!adjacent(v.norm, tok(v, k - 1).end, tok(v, k).start)) return null;
  return unitOf(f);
}

/**
 * Forces or arms tied by a word of affiliation to the actor after لـ: "استهدفت طائرة مسيرة
 * تابعة للحوثيين"، "تمكنت القوات التابعة للنظام السوري". The head and at most one word
 * describing it stand from `j` to the affiliation word right before the actor.
 */
function affiliatedTo(v: SentenceView, j: number, u: Unit): boolean {
  const link = u.first - 1;
  if (link - j < 1 || link - j > 2 || u.place || prepOf(v, u) !== "ل") return false;
  if (!v.words.affiliated.has(tok(v, link).text)) return false;
  // Forces or arms only: "وسائل إعلام موالية للحكومة" that attack do so in words.
  if (!v.words.force_heads.has(tok(v, j).text.replace(/^ال(?=..)/, ""))) return false;
  for (let k = j + 1; k <= u.first; k++)
    if (!adjacent(v.norm, tok(v, k - 1).end, tok(v, k).start)) return false;
  return true;
}

/** How far a relative clause may reach before the verb its head is the subject of. */
const RELATIVE_REACH = 6;

/**
 * Where a relative clause at `rel` ends when it runs, unbroken, to the verb at `verbFirst`
 * within RELATIVE_REACH words and names no actor: the verb itself; else `rel`.
 */
function relativeClauseEnd(v: SentenceView, rel: number, verbFirst: number): number {
  if (verbFirst - rel > RELATIVE_REACH || verbFirst - rel < 3) return rel;
  for (let j = rel + 1; j < verbFirst; j++) {
    if (!adjacent(v.norm, tok(v, j - 1).end, tok(v, j).start) || v.byFirst.has(j)) return rel;
  }
  return adjacent(v.norm, tok(v, verbFirst - 1).end, tok(v, verbFirst).start) ? verbFirst : rel;
}

/** How far a relative clause set off by commas may reach from its head to the verb. */
const SET_OFF_REACH = 16;

/**
 * «إن الصين، التي تعتبر تايوان جزءا من أراضيها، هددت الفلبين»: a subject opening a reported
 * clause (or the sentence), a relative clause on it set off by commas, and the verb right
 * after the second comma. The actors inside the relative clause are its own. Not a verb
 * joined by و, which continues the main clause («التقى بوتين ماكرون، الذي ...، وبحث»).
 */
function setOffRelativeSubject(v: SentenceView, units: Unit[], verbFirst: number): Unit[] | null {
  if (verbFirst < 3 || !commaBetween(v, verbFirst - 1, verbFirst)) return null;
  if (/^[وف]/.test(tok(v, verbFirst).text)) return null;
  for (let r = verbFirst - 2; r >= 1 && verbFirst - r <= SET_OFF_REACH; r--) {
    if (commaBetween(v, r, r + 1)) return null;
    if (!v.words.relatives.has(tok(v, r).text) || !commaBetween(v, r - 1, r)) continue;
    const k = units.findIndex((u) => u.last === r - 1 && !u.place);
    const u = units[k];
    if (!u) return null;
    const before = v.tokens[u.first - 1];
    const opens = !before || v.words.complementizers.has(unconjoined(before.text, v.words));
    if (!opens || (prepOf(v, u) !== "" && prepOf(v, u) !== "و")) return null;
    return coordinatedBefore(v, units, k).flatMap((x) => x.members ?? [x]);
  }
  return null;
}

/** Subject before the verb (SVO): the nearest unit ending right before it. */
export function subjectBefore(v: SentenceView, units: Unit[], verbFirst: number): Unit[] | null {
  const w = v.words;
  const setOff = setOffRelativeSubject(v, units, verbFirst);
  if (setOff) return setOff;
  for (let k = units.length - 1; k >= 0; k--) {
    const u = units[k] as Unit;
    if (u.last >= verbFirst) continue;
    // Punctuation between them ends the subject's clause, but for a relative clause
    // ("سيرغي شويغو، الذي زار بيونغ يانغ").
    const relative = w.relatives.has(tok(v, u.last + 1).text);
    // "زعيم كوريا الشمالية، كيم جونغ أون، ناقش": the comma closes an apposition.
    const closesApposition =
      u.found.first > u.first &&
      !adjacent(v.norm, tok(v, u.found.first - 1).end, tok(v, u.found.first).start);
    if (
      !relative &&
      !closesApposition &&
      !adjacent(v.norm, tok(v, u.last).end, tok(v, u.last + 1).start) &&
      !quotedPredicate(v, u, verbFirst)
    )
      return null;
    // "المجلس الذي يتألف من 180 عضوا اختار": a short relative clause, no actor in it, stands
    // between the subject and its verb.
    const gap = relative ? relativeClauseEnd(v, u.last + 1, verbFirst) : u.last + 1;
    for (let j = gap; j < verbFirst; j++) {
      if (j > u.last + 1 && !adjacent(v.norm, tok(v, j - 1).end, tok(v, j).start)) return null;
      const t = tok(v, j).text;
      // "الائتلاف الحاكم دعا": one adjective of the subject, right before its verb (not the
      // object of an earlier verb before a conjoined one: "أدان ماكرون الهجوم ودعت").
      const adjective =
        j === u.last + 1 &&
        j === verbFirst - 1 &&
        t.startsWith("ال") &&
        !/^[وف]/.test(tok(v, verbFirst).text) &&
        !v.byFirst.has(j) &&
        adjacent(v.norm, tok(v, j).end, tok(v, verbFirst).start);
      if (
        !adjective &&
        !w.negators.has(t) &&
        !w.hypothetical.has(t) &&
        !w.future.has(t) &&
        !w.relatives_before_verb.has(t)
      )
        return null;
    }
    // "بوتين الذي التقى ماكرون اتهم": the actor inside a relative clause is its object; the
    // verb after the clause is its head's.
    const h = relativeHead(v, units, k);
    const s = h === null ? u : (units[h] as Unit);
    if (s.place) return null;
    // «قتل 21 فلسطينيا واتهمت إسرائيل»: people counted in the accusative are no subject
    // before a verb (units.ts countedSingular).
    if (s.found.adjective && countedSingular(v, s.found.first)) return null;
    // "زوجة مينغ اتصلت": the kin or the lawyer of an actor acts, not the actor.
    if (w.kin_construct.has(v.tokens[s.first - 1]?.text ?? "")) return null;
    const p = prepOf(v, s);
    if (p !== "" && p !== "و" && !(s.members && p === "")) return null;
    return s.members ?? coordinatedBefore(v, units, h ?? k).flatMap((x) => x.members ?? [x]);
  }
  return null;
}

/** Whitespace and one opening quotation mark: the reported words begin there. */
const OPENING_QUOTE = /^\s*["«“]$/;

/**
 * «أن روسيا "رفضت العقوبات"»: a report quotes the predicate after a complementizer and its
 * subject, so the quotation mark opening before the verb does not part them.
 */
function quotedPredicate(v: SentenceView, u: Unit, verbFirst: number): boolean {
  // A negation or the future may open the quotation: «إن واشنطن "لم تتهم موسكو"».
  for (let k = u.last + 1; k < verbFirst; k++) {
    const t = tok(v, k).text;
    if (!v.words.negators.has(t) && !v.words.future.has(t)) return false;
  }
  const before = v.tokens[u.first - 1];
  if (!before || !v.words.complementizers.has(unconjoined(before.text, v.words))) return false;
  return OPENING_QUOTE.test(v.norm.slice(tok(v, u.last).end, tok(v, u.last + 1).start));
}

/**
 * The head of the relative clause unit `k` stands in ("بوتين الذي التقى ماكرون"): the unit
 * ending right before a relative word at most three words before it, with no break or other
 * actor between; null when `k` is in no such clause.
 */
function relativeHead(v: SentenceView, units: Unit[], k: number): number | null {
  const u = units[k] as Unit;
  for (let r = u.first - 1; r >= 0 && u.first - r <= 3; r--) {
    if (!adjacent(v.norm, tok(v, r).end, tok(v, r + 1).start) || v.byLast.has(r)) return null;
    if (!v.words.relatives.has(tok(v, r).text)) continue;
    for (let j = k - 1; j >= 0; j--) if ((units[j] as Unit).last === r - 1) return j;
    return null;
  }
  return null;
}

/** How many words may stand between a vehicle's verb of carrying and whom it carries. */
const CARRIED_REACH = 4;

/**
 * An attack on a vehicle hits whom it carries: "استهدفت سيارة تقل قياديين في تنظيم القاعدة"،
 * "أطلقوا النار على حافلة تقل عناصر من الحرس الثوري". Returns the preposition before the
 * vehicle (words.json vehicles, carrying_verbs), "" when none, or null when `u` is not carried.
 * Between the verb and `u` stand only words of members and counts, and من or في.
 */
function carriedPrep(v: SentenceView, u: Unit): string | null {
  const w = v.words;
  const own = prepOf(v, u);
  if (own !== "" && own !== "من" && own !== "في") return null;
  for (let k = u.first - 1; k >= 1 && u.first - k <= CARRIED_REACH; k--) {
    if (v.byLast.has(k) || commaBetween(v, k, k + 1)) return null;
    if (!hasBare(w.carrying_verbs, tok(v, k).text)) continue;
    // "حافلة كانت تقل": the past of the carrying may stand between.
    const at = w.past_of_being.has(v.tokens[k - 1]?.text ?? "") ? k - 2 : k - 1;
    const vehicle = v.tokens[at];
    if (!vehicle) return null;
    const st = tokStems(vehicle).find((x) => w.vehicles.has(x.stem.replace(/^ال(?=...)/, "")));
    if (!st) return null;
    const clitic = vehicle.text.slice(0, st.prefixLength).replace(/^[وف]/, "").replace(/ال$/, "");
    if (clitic === "ب" || clitic === "ل") return clitic;
    return prepositionAt(v, at - 1);
  }
  return null;
}

/** How far before a word of affiliation the preposition of what it ties may stand. */
const TIED_REACH = 4;

/**
 * The preposition before what a word of affiliation ties to the unit («فرضت عقوبات على شركات
 * مرتبطة بالحرس الثوري»، «على ستة أشخاص وكيانات مرتبطين بحزب الله»): what is done to them is
 * done to it. Only a preposition standing as a word, with no actor or comma between; null
 * when none.
 */
function tiedPrep(v: SentenceView, u: Unit): string | null {
  const own = prepOf(v, u);
  const link = u.first - 1;
  if ((own !== "ب" && own !== "ل") || u.place || link < 2) return null;
  if (!v.words.affiliated.has(tok(v, link).text)) return null;
  for (let k = link - 1; k >= 1 && link - k <= TIED_REACH; k--) {
    if (v.byLast.has(k) || !adjacent(v.norm, tok(v, k).end, tok(v, k + 1).start)) return null;
    const p = prepositionAt(v, k - 1);
    if (p) return adjacent(v.norm, tok(v, k - 1).end, tok(v, k).start) ? p : null;
  }
  return null;
}

/** What targetPrep returns for a target noun after a word of place: no object at all. */
const AT_PLACE = "@place";

/** A word of place at `j` ("خارج", "وسط"), or من after one at `j - 1` ("بالقرب من"). */
function placeBefore(v: SentenceView, j: number): boolean {
  const places = v.words.place_before_target;
  const at = (i: number) => {
    const t = v.tokens[i];
    return t !== undefined && tokStems(t).some((x) => places.has(x.stem));
  };
  return at(j) || (tok(v, j).text === "من" && at(j - 1));
}

/**
 * An attack on what an actor owns: a target noun ("targetNouns": مقر، مواقع، دورية) up to
 * three words before `u`, owned by it through لـ or a genitive ("مقرا للشرطة", "مواقع
 * المسلحين", "نقطة تفتيش للشرطة"), or standing in its state ("مواقع في سوريا"). Returns the preposition the target noun carries (what
 * the attack word governs), null when no target noun stands there, and AT_PLACE when a word
 * of place stands before it ("خارج مركز للشرطة": where the attack was, not what it hit).
 */
function targetPrep(v: SentenceView, u: Unit, targets: ReadonlySet<string>): string | null {
  if (targets.size === 0) return null;
  const carried = carriedPrep(v, u);
  if (carried !== null) return carried;
  const own = prepOf(v, u);
  // "مواقع في سوريا": the state the targets stand in, right after them.
  const within = own === "في" && u.ref.kind === "state" && !u.place;
  // "كمينا لدورية من الشرطة": the body a target noun right before من belongs to; "على الحدود
  // مع أوكرانيا": the state a frontier is shared with.
  const of = (own === "من" || own === "مع") && !u.place;
  if (own !== "ل" && own !== "" && !within && !of) return null;
  for (let k = u.first - 1; k >= 0 && u.first - k <= 3; k--) {
    const t = tok(v, k);
    if (!adjacent(v.norm, t.end, tok(v, k + 1).start) || v.byLast.has(k)) return null;
    // A part of a state by its direction is a target too: "على جنوب إسرائيل".
    const target = (stem: string) => targets.has(stem) || v.words.directions.has(stem);
    const st = tokStems(t).find((x) => target(x.stem.replace(/^ال(?=...)/, "")));
    if (!st) continue;
    // A genitive owner right after its noun, or لـ on the owner (one word may stand between).
    if (own === "" && k !== u.first - 1) return null;
    if ((within || of) && k !== u.first - 2) return null;
    const clitic = t.text.slice(0, st.prefixLength).replace(/^[وف]/, "").replace(/ال$/, "");
    if (clitic === "ب" || clitic === "ل" || clitic === "ك") return clitic;
    const before = v.tokens[k - 1];
    // "خارج مركز للشرطة", "بالقرب من مقر الحكومة": the place of the attack, not its object.
    // (A frontier shared with the unit is what a mobilisation faces, near it or on it: «قرب
    // الحدود مع كوريا الجنوبية».)
    if (before && placeBefore(v, k - 1)) return of && own === "مع" ? "" : AT_PLACE;
    if (before) {
      const b = unconjoined(before.text, v.words);
      if (v.words.core_prepositions.has(b)) return b;
    }
    return "";
  }
  return null;
}

/** "أمام" (before): the court, the crowd or the building in front of which an act is done. */
export const FRONT = "امام";

/** A verb with the pronoun of its object ("شنته"، "تنفذها"، "اتخذتهما"). */
export const RESUMPTIVE = /[\u0621-\u064a]{2,}(ه|ها|هم|هما)$/;
/**
 * The same with a pronoun no ة can be read as: normalized, ة is ه ("مواجهة" is "مواجهه"), so
 * only ها، هم، هما, or ه after the ت of a feminine verb or the و of a plural one ("شنته"،
 * "نفذوه") are sure.
 */
export const SURE_PRONOUN = /[\u0621-\u064a]{2,}(ها|هم|هما|ته|وه)$/;

/** The object: the first unit after `from` with an allowed preposition, before `limit`. */
export function objectAfter(
  v: SentenceView,
  units: Unit[],
  from: number,
  limit: number,
  preps: string[],
  exclude: Set<Unit>,
  targets: ReadonlySet<string> = EMPTY,
): Unit[] | null {
  for (let k = 0; k < units.length; k++) {
    const u = units[k] as Unit;
    if (u.first < from || exclude.has(u)) continue;
    if (u.first > limit) return null;
    const p = prepOf(v, u);
    const allowed = (q: string | null) => q !== null && preps.some((x) => normPrep(x) === q);
    // Or on a noun the object owns ("احتجوا على تعيين سركيسيان", "على قرار الحكومة").
    const bridged = () => p === "" && bridgedPrep(v, u, new Set(preps.map(normPrep)));
    const tp = targetPrep(v, u, targets);
    if (tp === AT_PLACE || (p === "" && locatesPlaceBefore(v, u))) continue;
    if (
      !allowed(p) &&
      !allowed(tp) &&
      !bridged() &&
      !allowed(prepBeforeCount(v, u)) &&
      !allowed(tiedPrep(v, u))
    )
      continue;
    // "استقبل الرئيس الأمريكي بالبيت الأبيض الرئيس البرازيلي": a ب phrase right before a bare
    // actor says where; the bare actor is the object.
    if (p === "ب" && bareRightAfter(v, units, k)) continue;
    // A verb that governs في may reach its object through the noun ("يشارك في قمة الناتو").
    const plainObject = p === "" && tp === null && !allowed("في") && !bridged();
    if (plainObject && (inPrepositionalPhrase(v, u) || afterNonObjectWord(v, u))) continue;
    return u.members ?? coordinatedAfter(v, units, k).flatMap((x) => x.members ?? [x]);
  }
  return null;
}

/**
 * The preposition before a count right before the unit, which carries no preposition of its
 * own («اتهامات إلى ثلاثة عناصر من الحرس الثوري»: prepOf's countedPrep reads it only for a
 * people's nisba), normalized; null when none.
 */
function prepBeforeCount(v: SentenceView, u: Unit): string | null {
  if (u.first < 2 || prepOf(v, u) !== "" || !isCount(tok(v, u.first - 1), v.words)) return null;
  return normPrep(tok(v, u.first - 2).text);
}

/**
 * Whether the unit stands right after a word no bare object follows: one that opens what an
 * act is about (words.json topic_words: «رحبت تركيا بالاتفاق حول سوريا» welcomes no Syria) or
 * an office's destination (destinations: «اتهم مندوب السودان لدى الأمم المتحدة الإمارات»
 * accuses the Emirates, not the United Nations).
 */
function afterNonObjectWord(v: SentenceView, u: Unit): boolean {
  const before = v.tokens[u.first - 1];
  if (!before) return false;
  return hasBare(v.words.topic_words, before.text) || v.words.destinations.has(before.text);
}

/**
 * Whether the unit only says where a place named before it lies: words of direction right
 * before it, and «في» a few words before them («قافلة في إقليم بلوشستان جنوب غربي
 * باكستان»، «قرية في ولاية بورنو شمال شرق نيجيريا»). Such a state is no bare object; a
 * direction right after the verb still is («قصفت إسرائيل جنوب لبنان»).
 */
function locatesPlaceBefore(v: SentenceView, u: Unit): boolean {
  let k = u.first - 1;
  while (k > u.first - 4 && k >= 0 && v.words.directions.has(tok(v, k).text)) {
    if (!adjacent(v.norm, tok(v, k).end, tok(v, k + 1).start)) return false;
    k--;
  }
  if (k === u.first - 1 || k < 0) return false;
  for (let j = k; j >= 0 && j >= k - 3; j--) {
    if (j < k && !adjacent(v.norm, tok(v, j).end, tok(v, j + 1).start)) return false;
    if (unconjoined(tok(v, j).text, v.words) === "في") return true;
  }
  return false;
}

/** Whether the unit after `units[k]` opens right after it with no preposition. */
function bareRightAfter(v: SentenceView, units: Unit[], k: number): boolean {
  const u = units[k] as Unit;
  const next = units[k + 1];
  return next !== undefined && next.first === u.last + 1 && !next.place && prepOf(v, next) === "";
}

/**
 * A bare word after a noun that في governs is that noun's adjective or owner, not the
 * verb's object: "قتل شرطيان في هجوم انتحاري" (the attack is suicidal; no bomber is killed).
 */
function inPrepositionalPhrase(v: SentenceView, u: Unit): boolean {
  const k = u.first - 1;
  const before = v.tokens[k];
  if (!before || v.byLast.has(k) || !adjacent(v.norm, before.end, tok(v, u.first).start))
    return false;
  // "استقبل الملك في قصره الرئيس الفرنسي": a noun with its owner's pronoun takes no other.
  if (/(ها|هم|هما)$/.test(before.text) && !u.found.adjective) return false;
  const prev = v.tokens[k - 1];
  return prev !== undefined && unconjoined(prev.text, v.words) === "في";
}

/** The first unit after `from` with one of the (normalized) prepositions `prep`. */
export function unitAfterPrep(
  v: SentenceView,
  units: Unit[],
  from: number,
  limit: number,
  prep: ReadonlySet<string>,
  targets: ReadonlySet<string> = EMPTY,
  relative = false,
): { unit: Unit; group: Unit[] } | null {
  for (let k = 0; k < units.length; k++) {
    const u = units[k] as Unit;
    if (u.first < from) continue;
    if (u.first > limit) return null;
    const p = prepOf(v, u);
    // Or the preposition sits on a noun the actor owns: "رفضه لعقوبات إدارة ترامب",
    // "عقوبات على حكومة كوريا الشمالية", "غارات على مواقع المسلحين"; or, when asked, on a
    // noun whose relative clause the actor does ("احتجاجا على الحصار الذي تفرضه إسرائيل").
    const tp = targetPrep(v, u, targets);
    if (tp === AT_PLACE) continue;
    // A protest (relative) reaches through two bridging nouns: "احتجاجا على رفض حكومة الشاهد".
    const counted = prepBeforeCount(v, u);
    const viaNoun =
      (counted !== null && prep.has(counted)) ||
      (p === "" && bridgedPrep(v, u, prep, relative ? 2 : 1)) ||
      (tp !== null && prep.has(tp)) ||
      (relative && p === "" && relativeDoer(v, u, from, prep));
    if (prep.has(p) || viaNoun) {
      return {
        unit: u,
        group: u.members ?? coordinatedAfter(v, units, k).flatMap((x) => x.members ?? [x]),
      };
    }
  }
  return null;
}

/** How far after a protest's word the group that called it may stand. */
export const CALLER_REACH = 5;

/**
 * Whether a word between `a` and `b` is a verb's "إليه" or a verb that organised the protest
 * with its pronoun (words.json organizer_verbs: "مسيرة نظمتها حركة بيغيدا").
 */
export function calledTo(v: SentenceView, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) {
    const text = (v.tokens[k] as Tok).text;
    if (v.words.to_it.has(text) || hasBare(v.words.organizer_verbs, text)) return true;
  }
  return false;
}

/**
 * The group that called or organised the protest whose noun ends at `last`: "مظاهرات حاشدة
 * دعت إليها المعارضة"، "مسيرة نظمتها حركة بيغيدا".
 */
export function protestCaller(
  v: SentenceView,
  units: readonly Unit[],
  last: number,
): Unit | undefined {
  return units.find(
    (u) =>
      u.first > last &&
      u.first - last <= CALLER_REACH &&
      prepOf(v, u) === "" &&
      !u.place &&
      calledTo(v, last, u.first),
  );
}

/** How many words (the noun and its adjectives) may stand between a preposition and الذي. */
const ANTECEDENT_REACH = 3;

/**
 * `u` is the subject right after the verb of a relative clause ("الذي تفرضه إسرائيل"، "التي
 * فرضتها حركة طالبان") whose noun, at or after `from`, carries one of `prep`: "احتجاجا على
 * الحصار الذي تفرضه إسرائيل"، "رفضا للقيود التي فرضتها حركة طالبان". No actor, comma or
 * other preposition stands between the preposition and the relative pronoun.
 */
function relativeDoer(v: SentenceView, u: Unit, from: number, prep: ReadonlySet<string>): boolean {
  const rel = u.first - 2;
  const verb = v.tokens[u.first - 1];
  if (rel < from || !verb || !v.words.relatives.has(tok(v, rel).text)) return false;
  if (v.words.core_prepositions.has(unconjoined(verb.text, v.words))) return false;
  if (v.found.some((f) => f.first <= rel && rel <= f.last)) return false;
  for (let k = rel - 1; k >= from && rel - k <= ANTECEDENT_REACH; k--) {
    if (v.found.some((f) => f.first <= k && k <= f.last) || v.byLast.has(k)) return false;
    if (commaBetween(v, k, k + 1)) return false;
    const word = tok(v, k).text;
    const clitic = /^[وف]?(لل|ل|ب)(?=..)/.exec(word)?.[1];
    if (clitic && prep.has(clitic === "لل" ? "ل" : clitic)) return true;
    const before = v.tokens[k - 1];
    if (before && prep.has(unconjoined(before.text, v.words))) return true;
    if (before && v.words.core_prepositions.has(unconjoined(before.text, v.words))) return false;
  }
  return false;
}

/**
 * The word before `u` carries one of `prep` and is a bridging noun ("bridge_nouns", that
 * stand between a relation word and the actor that owns them: "لعقوبات", "على حكومة").
 */
function bridgedPrep(v: SentenceView, u: Unit, prep: ReadonlySet<string>, depth = 1): boolean {
  return bridgedAt(v, u.first - 1, prep, depth);
}

/**
 * The word at `k` is a bridging noun carrying one of `prep`, or standing right after it; or,
 * `depth` allowing, right after another bridging noun that does ("على رفض حكومة يوسف الشاهد").
 */
function bridgedAt(v: SentenceView, k: number, prep: ReadonlySet<string>, depth: number): boolean {
  const before = v.tokens[k];
  if (!before || depth === 0) return false;
  const bridges = v.words.bridge_nouns;
  for (const st of tokStems(before)) {
    if (!bridges.has(st.stem)) continue;
    const clitic = before.text.slice(0, st.prefixLength).replace(/^[وف]/, "");
    if (clitic && prep.has(clitic)) return true;
    const prevTok = v.tokens[k - 1];
    const prev = prevTok ? unconjoined(prevTok.text, v.words) : undefined;
    if (!clitic && prev && prep.has(prev)) return true;
    if (!clitic && !v.byLast.has(k - 1) && bridgedAt(v, k - 1, prep, depth - 1)) return true;
  }
  return false;
}

/** Every pair of distinct actors of a group, in order ("A وB وC": A–B, A–C, B–C). */
export function everyPair(group: readonly Unit[]): Array<[Unit, Unit]> {
  const out: Array<[Unit, Unit]> = [];
  for (let i = 0; i < group.length; i++)
    for (let j = i + 1; j < group.length; j++) {
      const a = group[i] as Unit;
      const b = group[j] as Unit;
      if (a.ref.id !== b.ref.id) out.push([a, b]);
    }
  return out;
}

/** "من جهة": the noun that, after من, closes the first side of a "between" (normalized). */
const SIDE_NOUN = "جهه";
/** How far the second side may start after "من جهة" ("، وكل من"). */
const SIDE_REACH = 4;

/**
 * "بين إيران من جهة وكل من بريطانيا والصين": two sides, each a list, every actor of one
 * with every actor of the other. Null unless "من جهة" closes the first list and a list
 * joined by و follows it.
 */
export function sidesOf(v: SentenceView, units: Unit[], first: Unit[]): [Unit[], Unit[]] | null {
  const end = (first[first.length - 1] as Unit).last;
  if (!FROM.has(v.tokens[end + 1]?.text ?? "") || v.tokens[end + 2]?.text !== SIDE_NOUN)
    return null;
  const k = units.findIndex((u) => u.first > end + 2);
  const u = units[k];
  if (!u || u.first > end + 2 + SIDE_REACH || u.place) return null;
  // Only "و", "كل من" / "وكل من" between: no other word, no other clause.
  for (let j = end + 3; j < u.first; j++) {
    const w = (v.tokens[j] as Tok).text;
    const opener = v.words.list_openers.has(w.replace(/^و/, "")) && v.tokens[j + 1]?.text === "من";
    if (opener) j++;
    else if (w !== "و") return null;
  }
  if (u.first === end + 3 && !(v.tokens[u.first] as Tok).text.startsWith("و")) return null;
  const second = u.members ?? coordinatedAfter(v, units, k).flatMap((x) => x.members ?? [x]);
  return [first, second];
}

const ousterNoun = (v: SentenceView, stem: string) =>
  v.words.ouster_nouns.has(stem) || v.words.ouster_nouns.has(stem.replace(/^ال(?=..)/, ""));

/**
 * The actor whose ouster a protest demands, named right after the noun of ouster between
 * `from` and `to`: "للمطالبة برحيل الرئيس عمر البشير"، "باستقالة رئيس الوزراء" (words.json's
 * ouster_nouns).
 */
export function oustedAfter(v: SentenceView, units: Unit[], from: number, to: number): Unit | null {
  for (let k = from; k <= to && k + 1 < v.tokens.length; k++) {
    if (!tokStems(tok(v, k)).some((x) => ousterNoun(v, x.stem))) continue;
    const genitive = units.find((u) => u.first === k + 1 && !u.place && prepOf(v, u) === "");
    if (genitive) return genitive;
  }
  // "مطالبين الرئيس حسني مبارك بالتنحي": the one asked to go, before the noun with بـ.
  return (
    units.find(
      (u) =>
        u.first >= from &&
        u.last < to &&
        !u.place &&
        prepOf(v, u) === "" &&
        v.tokens[u.last + 1] !== undefined &&
        tokStems(tok(v, u.last + 1)).some(
          (x) => ousterNoun(v, x.stem) && /^[وف]?ب/.test(tok(v, u.last + 1).text),
        ),
    ) ?? null
  );
}

/**
 * A description of the subject set off by commas, opened by a definite noun or an elative
 * ("كوبا، أبرز حلفاء مادورو في المنطقة،"، "روسيا، الحليف الأبرز لسوريا،"): no actor, no و
 * and no verb of saying at its start.
 */
export function describesSubject(v: SentenceView, at: number): boolean {
  const t = tok(v, at).text;
  if (v.byFirst.has(at)) return false;
  // An office without و ("جون سميث، وزير الخارجية البريطاني،") is the subject's title, and
  // a word of kin before another's name or office ("X، نجل الرئيس الأمريكي،") describes him.
  if (ownTitleHead(tok(v, at), v.words)) return true;
  if (v.words.kin_construct.has(t)) return !nameBeforeComma(v, at);
  // "وأدانت عدة دول عربية، بينها مصر والأردن، الهجوم": the subject's members.
  const { member_openers } = v.words;
  if (member_openers.has(t) || (t === "من" && member_openers.has(v.tokens[at + 1]?.text ?? "")))
    return true;
  if (v.words.stopwords.has(t) || v.words.speech_verbs.has(t)) return false;
  return (t.startsWith("ال") && t.length > 4) || /^[اأ][\u0621-\u064a]{3}$/.test(t);
}

/**
 * Whether a person is named after `at` before the next comma: "التقى السيسي، نجل الرئيس
 * الأمريكي دونالد ترامب جونيور،" names the one met, no description of the subject.
 */
function nameBeforeComma(v: SentenceView, at: number): boolean {
  for (let k = at + 1; k < v.tokens.length && k <= at + ASIDE_REACH; k++) {
    if (v.byFirst.get(k)?.entity.kind === "person") return true;
    if (commaBetween(v, k, k + 1)) return false;
  }
  return false;
}

/** The longest aside between commas after a verb's subject ("، في مؤتمرها الصحفي الصباحي،"). */
const ASIDE_REACH = 10;

/**
 * Where what follows a comma-set aside begins, when one opens at `at` (a comma before it, an
 * opener or a weekday first: words.json "aside_openers"; a comma within ASIDE_REACH words);
 * `at` otherwise.
 */
export function asideEnd(v: SentenceView, at: number): number {
  const first = v.tokens[at];
  if (!first || at === 0 || !commaBetween(v, at - 1, at)) return at;
  const opener = v.words.aside_openers.has(first.text) || v.words.weekdays.has(first.text);
  if (!opener && !describesSubject(v, at)) return at;
  for (let k = at; k < v.tokens.length - 1 && k <= at + ASIDE_REACH; k++) {
    if (!commaBetween(v, k, k + 1)) continue;
    // "جيش الإسلام، ومنظمة الخوذ البيضاء، الدفاع المدني ...، و"الائتلاف"": a list goes on.
    if (!opener && tok(v, k + 1).text.startsWith("و")) return at;
    return k + 1;
  }
  return at;
}
