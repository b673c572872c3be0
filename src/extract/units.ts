// Actor units of a sentence: mentions grown to their full noun phrase (an office before a
// name, "وزير الخارجية الأمريكي أنتوني بلينكن"; an unnamed official, "الرئيس الروسي"), with
// the office kept for ROLE relations, and coordinated units grouped ("X وY وZ").
import type { Kb, KbEntity } from "../kb/kb.js";
import { refOf, rolesOn } from "../kb/kb.js";
import { bundledActors } from "../recognize/actors.js";
import { adjacent, type Found } from "../recognize/found.js";
import { imperfectVerb, isPartyLabel, officeBody } from "../recognize/office-words.js";
import { isCount, type Tok, tokStems } from "../recognize/segment.js";
import { wordTest } from "../recognize/word-test.js";
import type { EntityRef } from "../schema.js";
import { stems } from "../text/clitics.js";
import { normalizeForMatch } from "../text/normalize.js";
import type { Words } from "../text/words.js";
import { isAudience } from "./audience.js";

export interface Unit {
  ref: EntityRef;
  /** Token range of the whole phrase (office included). */
  first: number;
  last: number;
  /** The mention itself (normalized offsets). */
  start: number;
  end: number;
  /** The office, for persons introduced by one (or unnamed officials). */
  office?: {
    first: number;
    last: number;
    of: EntityRef | null;
    after?: boolean;
    /** The title's tokens when they are not the office's own (a dual title's later names). */
    title?: [number, number];
  };
  /** An unnamed official standing for the state ("وزير الخارجية الإيراني"): acts as a person. */
  official?: boolean;
  /** An official named by a bare noun and the state's nisba alone ("مسؤول إيراني"). */
  bareOfficial?: boolean;
  /** Places that are not actors can still be visited or host events. */
  place: boolean;
  found: Found;
  /** Coreference: "البلدين" stands for these units together. */
  members?: Unit[];
}

/**
 * What a person the sentence names in an office serves ("وزير الدفاع الروسي سيرغي شويغو":
 * Russia): a ROLE relation (article.ts), and a pair the relation model leaves alone (pairs.ts).
 * Null for anyone else, and for an office of the person itself.
 */
export function heldOffice(u: Unit): EntityRef | null {
  const of = u.office?.of;
  return of && u.ref.kind === "person" && of.id !== u.ref.id ? of : null;
}

export interface SentenceView {
  /** The word lists of the language the sentence is read in (language.ts). */
  words: Words;
  norm: string;
  tokens: Tok[];
  found: Found[];
  date: string | null;
  /** Persons the article names (for unnamed officials resolved to a named one). */
  persons: EntityRef[];
  /** Mentions by their last and first token. */
  byLast: Map<number, Found>;
  byFirst: Map<number, Found>;
  /** States the previous sentence mentions, last mentioned last ("وزير خارجيتها" refers back). */
  antecedents?: EntityRef[];
  /** The persons the previous sentence named, in order (an object pronoun's antecedents). */
  antecedentPersons?: EntityRef[];
}

// Word lists (lexicon/words.json) read here: "title_heads" and "title_links" (an office's
// words), "destinations" (المبعوث الدولي إلى اليمن), "un_words" (المبعوث الأممي),
// "no_comma_heads", "group_heads" (القوات الروسية), "state_words", "weekdays", "stopwords".

/**
 * A dual head stands bare («وزيرا»), or definite after a preposition («بالزعيمين»،
 * «للرئيسين»): «لرئيسي» or «ورئيسي» may be a main one's, no dual.
 */
const dualPrefix = (t: Tok, s: { stem: string; prefixLength: number }) =>
  s.prefixLength === 0 ||
  t.text.slice(0, s.prefixLength).endsWith("ال") ||
  (s.stem.startsWith("ال") && /^[بلو]+$/.test(t.text.slice(0, s.prefixLength)));

/**
 * The reading of a token that is an office's head ("كزعيم", as a leader, is not one); a dual
 * head ("وزيرا الخارجية الروسي ...") is one for its first holder.
 */
const titleHeadOf = (t: Tok, w: Words) =>
  tokStems(t).find(
    (s) =>
      (w.title_heads.has(s.stem) || (dualPrefix(t, s) && w.dual_title_heads.has(s.stem))) &&
      !t.text.slice(0, s.prefixLength).endsWith("ك"),
  );
/** A name right after a spokesman's link is the one spoken for: "المتحدث باسم بوتين". */
const spokenFor = (v: SentenceView, f: Found) =>
  v.words.spokesman_links.has(v.tokens[f.first - 1]?.text ?? "");

/**
 * A title without the article right before a name is in the construct state, and the name is
 * its owner, not its holder: "مستشار ترامب"، "مبعوث بوتين"، "مرشح ترامب المفضل" (against
 * "الرئيس ترامب", "للرئيس ترامب").
 */
function ownedTitle(v: SentenceView, f: Found): boolean {
  const t = v.tokens[f.first - 1];
  const name = v.tokens[f.first] as Tok;
  if (!t || f.start > name.start || !adjacent(v.norm, t.end, name.start)) return false;
  const title = isTitleHead(t, v.words);
  if (!title) return false;
  const prefix = t.text.slice(0, title.prefixLength);
  return !title.stem.startsWith("ال") && !prefix.endsWith("ال") && !prefix.endsWith("لل");
}

// Asked of most words of a sentence, which most are no head of: a yes/no kept per word rules
// them out; the reading itself is looked up only for the heads.
const mayBeTitleHead = wordTest((t: Tok, w: Words) => titleHeadOf(t, w) !== undefined);
export const isTitleHead = (t: Tok, w: Words) =>
  mayBeTitleHead(t, w) ? titleHeadOf(t, w) : undefined;

/**
 * What the office with its head at `head` serves: `of`, or none when the title names what a
 * person does, not an office ("الناشطة الأيزيدية العراقية"، "الكاتب الأمريكي"; words.json
 * nationality_heads) and `of` is a state: the nisba is the person's nationality.
 */
function served(v: SentenceView, head: number, of: EntityRef | null): EntityRef | null {
  if (of?.kind !== "state") return of;
  const t = v.tokens[head] as Tok;
  return tokStems(t).some((x) => v.words.nationality_heads.has(x.stem)) ? null : of;
}

/** The office head at a token whose proclitics hold no و ("وزير"، "بوزير"; not "ووزير"). */
export function ownTitleHead(t: Tok, w: Words): boolean {
  const title = isTitleHead(t, w);
  return !!title && !t.text.slice(0, title.prefixLength).includes("و");
}

/** Whether a list opener and its من stand at token `k` ("كل من X وY"، "كلا من"): no preposition. */
export function opensList(v: SentenceView, k: number): boolean {
  return v.words.list_openers.has(v.tokens[k]?.text ?? "") && v.tokens[k + 1]?.text === "من";
}

/** No punctuation from token `a` to token `b`. */
export function unbroken(v: SentenceView, a: number, b: number): boolean {
  const [x, y] = [v.tokens[a], v.tokens[b]];
  return !!x && !!y && !/[.،,؛;:!?؟]/.test(v.norm.slice(x.end, y.start));
}

/**
 * A word of `list` right before token `first`, or before the actor that ends right before it
 * («رفع مجلس الأمن حظر»، «أوقف الحوثيون هجماتهم»), with no punctuation from it to `first`;
 * -1 when none.
 */
export function listWordBefore(v: SentenceView, first: number, list: ReadonlySet<string>): number {
  const owner = v.byLast.get(first - 1);
  const k = owner ? owner.first - 1 : first - 1;
  const word = v.tokens[k];
  return word && hasBare(list, word.text) && unbroken(v, k, first) ? k : -1;
}

/** Whether `text`, or `text` without a leading و/ف, is in `set` (no string made when not). */
export function hasBare(set: ReadonlySet<string>, text: string): boolean {
  if (set.has(text)) return true;
  const c = text.charCodeAt(0);
  return (c === 0x648 || c === 0x641) && set.has(text.slice(1));
}

/** hasBare for one word: `text` is `word`, or `word` with a leading و/ف. */
export function isBare(word: string, text: string): boolean {
  if (text === word) return true;
  const c = text.charCodeAt(0);
  return (c === 0x648 || c === 0x641) && text.length === word.length + 1 && text.endsWith(word);
}

/**
 * A state named at `u` by one of the masculine names (words.json masculine_states: العراق،
 * لبنان), read as written without a proclitic; every other state's name is feminine.
 */
export function masculineStateName(v: SentenceView, u: { start: number; end: number }): boolean {
  return v.words.masculine_states.has(v.norm.slice(u.start, u.end).replace(/^[وفبل]/, ""));
}

/** Whether a comma or a semicolon stands between tokens `a` and `b` (the clause ends there). */
export function commaBetween(v: SentenceView, a: number, b: number): boolean {
  const [x, y] = [v.tokens[a], v.tokens[b]];
  // Past either end of the sentence there is no comma to read.
  return !!x && !!y && /[،,؛;]/.test(v.norm.slice(x.end, y.start));
}

/** "between", the preposition of the frames of two sides (arguments.ts); normalized. */
export const BETWEEN: ReadonlySet<string> = new Set(["بين"]);

/** The clitics before a mention in its first word, which the mention leaves out ("لل"). */
export function mentionClitics(v: SentenceView, f: Found): string {
  const t = v.tokens[f.first] as Tok;
  return t.text.slice(0, f.start - t.start);
}

/**
 * Whether `u` is one of this sentence's units: a subject carried over from the sentence before
 * holds token indexes of that sentence, which may fall outside this one or on another word.
 */
export function ofSentence(v: SentenceView, u: Unit): boolean {
  const t = v.tokens[u.first];
  return t !== undefined && t.start <= u.start && u.start < t.end;
}

/**
 * A nisba adjective that names an actor owning the noun before it: a state's ("العقوبات
 * الأمريكية") or an organisation's that has one in the KB ("العقوبات الأوروبية", "دعوات أممية").
 */
export const actorNisba = (f: Found | undefined): f is Found =>
  f?.adjective === true && (f.entity.kind === "state" || f.entity.kind === "organization");

/** The unit of a recognized mention as written (a capital or seat is a place standing in). */
export function unitOf(f: Found): Unit {
  const place = f.entity.kind === "place";
  return {
    ref: f.entity,
    first: f.first,
    last: f.last,
    start: f.start,
    end: f.end,
    place,
    found: f,
  };
}

/**
 * An office word in the construct state with its owner after it ("رئيس وزراء بريطانيا"، "وزير
 * خارجية فرنسا"): office_possessives as it stands before a noun (ة for the list's ت).
 */
export function constructOfficeWord(t: Tok, w: Words): boolean {
  if (w.office_possessives.has(t.text)) return true;
  return t.text.endsWith("ه") && w.office_possessives.has(`${t.text.slice(0, -1)}ت`);
}

/** "خارجيتها"، "وزرائه": an office word with a pronoun for its owner ("office_possessives"). */
export function possessiveOffice(t: Tok, w: Words): boolean {
  const m = /^(.+?)(ه|ها|هم|هما)$/.exec(t.text);
  return !!m && w.office_possessives.has(m[1] as string);
}

/** An organisation's head inside an office ("رئيس وكالة ..."، "الرئيس السابق لوكالة ..."). */
const orgHeadWord = (t: Tok, w: Words) =>
  tokStems(t).some(
    (s) => w.org_heads.has(s.stem) && /^[وبل]?$/.test(t.text.slice(0, s.prefixLength)),
  );

/**
 * A word in the construct state inside an office, made definite by what follows it: a body's
 * head before a definite word ("رئيس مجلس النواب"), or any word before a state or an
 * organisation the text names ("وزير خارجية ألمانيا"، "رئيس وزراء إثيوبيا").
 */
function constructBefore(v: SentenceView, k: number, w: Words): boolean {
  const t = v.tokens[k] as Tok;
  const next = v.tokens[k + 1];
  if (!next || t.text.startsWith("ال") || !adjacent(v.norm, t.end, next.start)) return false;
  if (w.stopwords.has(t.text) || !/^[\u0621-\u064a]{3,}$/.test(t.text)) return false;
  if (imperfectVerb(t.text)) return false;
  const owner = v.byFirst.get(k + 1);
  if (owner)
    return (
      owner.entity.kind === "state" ||
      owner.entity.kind === "organization" ||
      (owner.entity.kind === "place" && w.local_bodies.has(t.text))
    );
  return (
    (w.org_heads.has(t.text) || w.group_heads.has(t.text)) &&
    next.text.startsWith("ال") &&
    !w.stopwords.has(next.text)
  );
}

const NO_OFFICE: ReturnType<typeof officeBefore> = {
  head: -1,
  last: -1,
  inner: [],
  un: false,
  possessive: false,
  employers: [],
};

/**
 * The office words just before token `at`: the head index (or -1) and the office's last token,
 * before any honorific.
 */
function officeBefore(
  v: SentenceView,
  at: number,
  /** Walk on past an actor that stands before the office's head (one person's two offices). */
  crossOwner = false,
): {
  head: number;
  last: number;
  inner: Found[];
  un: boolean;
  possessive: boolean;
  /** Organisations after في inside the office ("الباحث في منظمة العفو الدولية"). */
  employers: Found[];
  /** The actor before the head that closed the walk: another office's owner. */
  closedBy?: Found;
} {
  const w = v.words;
  // "مرشد الثورة الإسلامية في إيران، آية الله علي خامنئي": honorifics before a name belong to
  // neither the office nor the name.
  // The second word of a compound honorific only after its first ("آية الله"; not the
  // "الله" that ends "لحزب الله").
  const honorific = (k: number) => {
    const t = (v.tokens[k] as Tok).text;
    if (!w.honorifics.has(t)) return false;
    return (
      !w.honorific_seconds.has(t) || (k > 0 && w.honorifics.has((v.tokens[k - 1] as Tok).text))
    );
  };
  while (at > 0 && honorific(at - 1)) at--;
  const last = at - 1;
  const inner: Found[] = [];
  const employers: Found[] = [];
  let un = false;
  let possessive = false;
  let k = at - 1;
  let head = -1;
  // A plain word stood between a nisba of the office and the place the walk reached.
  let wordAfterNisba = false;
  let closedBy: Found | undefined;
  while (k >= 0 && at - k <= 8) {
    const t = v.tokens[k] as Tok;
    const nextTok = v.tokens[k + 1] ?? { start: t.end, end: t.end, text: "" };
    // A comma may separate the office from the name: "وزير الدفاع الروسي، سيرغي شويغو".
    const gap = v.norm.slice(t.end, nextTok.start);
    // A comma may also part an office from a rank before the name ("المتحدث باسم التحالف،
    // العقيد تركي المالكي").
    // "الرئيس الأميركي، #دونالد_ترمب": a hashtag's sign may follow the comma.
    // Only a rank: "زعيم حزب الشعب الجمهوري، الرئيس أردوغان" is two persons' offices.
    const rankAfter = head === k + 1 && k + 2 === at && hasBare(w.ranks, nextTok.text);
    const commaOk = /^\s*[،,]\s*#?$/.test(gap) && (k + 1 === at || rankAfter);
    // A body quoted inside the office: "رئيس حركة "حماس" في غزة خليل الحية" (not one after a
    // destination, "المسؤول في "جيش الإسلام"", which office-roles.ts reads as membership).
    const quoted = v.byLast.get(k);
    const quoteOk =
      /["«»“”]/.test(gap) &&
      gap.replace(/["«»“”\s]/g, "") === "" &&
      !(quoted && w.destinations.has(v.tokens[quoted.first - 1]?.text ?? ""));
    if (!adjacent(v.norm, t.end, nextTok.start) && !commaOk && !quoteOk) break;
    const f = v.byLast.get(k);
    if (f) {
      // "نظيره الأمريكي الأزمة السورية": a nisba before a word that another nisba describes
      // closes the office; the later nisba is that word's, not the office's.
      // So does any actor before such a word: "الأمين العام للأمم المتحدة الحكومة السورية".
      if (wordAfterNisba) break;
      // "رئيس الوزراء الياباني الرئيس الأمريكي": an actor before the office's head closes
      // another office; two officials stand there, not one. (A title of address right before
      // the name goes on: "العاهل الأردني الملك عبد الله الثاني".)
      if (head >= 0 && head < last && !crossOwner) {
        closedBy = f;
        break;
      }
      // "المتحدث باسم بوتين، دميتري بيسكوف": the one spoken for is inside the office.
      if (f.entity.kind === "person" && !spokenFor(v, f)) break;
      // "المبعوث الدولي إلى اليمن", "السفير لدى الأمم المتحدة": a destination, not an owner.
      const before = v.tokens[f.first - 1]?.text;
      if (!(before && w.destinations.has(before))) inner.push(f);
      else if (before === IN && f.entity.kind === "organization") employers.push(f);
      k = f.first - 1;
      continue;
    }
    if (w.un_words.has(t.text)) un = true;
    const title = isTitleHead(t, w);
    if (title) {
      head = k;
      k--;
      // A counterpart ("نظيره الروسي"، "نظيرته") names its owner by its pronoun: the words
      // before it are another actor's ("الرئيس المصري نظيره الروسي"), not an outer office.
      if (w.counterpart_heads.has(title.stem)) break;
      // "بنظيره الأمريكي والمستشارة الألمانية": a title after و opens another office in a
      // list, not one inside an outer office.
      if (t.text.slice(0, title.prefixLength).startsWith("و")) break;
      // "نائب وزير", "رئيس الوزراء": keep looking for an outer head.
      continue;
    }
    // "المتحدث باسم الرئيس الروسي فلاديمير بوتين": the name holds the title right after the
    // link; the spokesman before it is someone else. A rank further on is the spokesman's own
    // ("المتحدث باسم الجيش الإسرائيلي اللفتنانت كولونيل X").
    if (head === k + 1 && w.spokesman_links.has(t.text)) break;
    if (
      (/^(ال|لل|وال|بال)/.test(t.text) &&
        !w.weekdays.has(t.text) &&
        (!w.stopwords.has(t.text) || officeBody(t.text, w))) ||
      w.title_links.has(t.text) ||
      (inner.length > 0 && orgHeadWord(t, w)) ||
      constructBefore(v, k, w) ||
      // "وزيرة الخارجية اليابانية المعينة حديثا كاميكاوا": an adverb after a participle.
      (w.office_adverbs.has(t.text) && (v.tokens[k - 1]?.text ?? "").startsWith("ال"))
    ) {
      if (inner.some((x) => x.adjective)) wordAfterNisba = true;
      k--;
      continue;
    }
    // "وزير خارجيتها"، "رئيس وزرائها": the pronoun names the owner (see pronounOwner).
    if (possessiveOffice(t, w) && head < 0) {
      possessive = true;
      k--;
      continue;
    }
    break;
  }
  return {
    head,
    last,
    inner: head >= 0 ? inner.filter((f) => f.first > head) : [],
    un: head >= 0 && un,
    possessive: head >= 0 && possessive,
    employers: head >= 0 ? employers.filter((f) => f.first > head) : [],
    ...(closedBy && head >= 0 ? { closedBy } : {}),
  };
}

/** في as tokens are written. */
const IN = normalizeForMatch("في");

/**
 * "الباحث في منظمة العفو الدولية، جون سميث": with no owner named, the organisation after في
 * employs the person, unless the title is an envoy's (posted there: السفير في الأمم المتحدة).
 */
function employerIn(
  kb: Kb,
  v: SentenceView,
  head: number,
  employers: readonly Found[],
): EntityRef | null {
  const title = isTitleHead(v.tokens[head] as Tok, v.words);
  const employer = employers[0];
  if (!title || !employer || v.words.posted_heads.has(title.stem)) return null;
  // A state's ministry or agency stands for the state, as inside any office; so does one the
  // KB does not know that names its state ("وزارة الانتقال البيئي الفرنسية"). Another body
  // the KB does not know ("جامعة أكسفورد" read by its head word) is too unsure an employer.
  if (kb.entities.has(employer.entity.id)) return officeOf(kb, [employer], null, v.date);
  const state = kb.entities.get(employer.partOf ?? "");
  return state?.kind === "state" ? refOf(state) : null;
}

/**
 * The office words right after a person's name: returns its token range, or null. The office
 * follows a comma ("مايك بنس، نائب الرئيس الأمريكي"); a spokesman's or a correspondent's
 * ("no_comma_heads") also follows without one ("محمد عبد السلام المتحدث باسم الحوثيين").
 */
function officeAfter(
  v: SentenceView,
  last: number,
  /** The person's offices in the KB (their titles are read only when no owner is named). */
  roles: KbEntity["roles"] = [],
): { first: number; last: number; inner: Found[] } | null {
  const w = v.words;
  const head = last + 1;
  const h = v.tokens[head];
  if (!h) return null;
  const gap = v.norm.slice((v.tokens[last] as Tok).end, h.start);
  const comma = /^\s*[،,]\s*$/.test(gap);
  if (
    !comma &&
    !(adjacent(v.norm, (v.tokens[last] as Tok).end, h.start) && w.no_comma_heads.has(h.text))
  )
    return null;
  if (!isTitleHead(h, w) || v.found.some((f) => f.first <= head && head <= f.last)) return null;
  const inner: Found[] = [];
  let k = head + 1;
  while (k < v.tokens.length && k - head <= 8) {
    const t = v.tokens[k] as Tok;
    if (!adjacent(v.norm, (v.tokens[k - 1] as Tok).end, t.start)) break;
    const f = v.byFirst.get(k);
    if (f) {
      if (f.entity.kind === "person") break;
      inner.push(f);
      k = f.last + 1;
      continue;
    }
    if (
      isTitleHead(t, w) ||
      constructOfficeWord(t, w) ||
      // "الرئيس السابق للمخابرات الأمريكية": the body may take لـ after a qualifier (not
      // right after the head: "المرشحة للانتخابات" is what she runs in).
      ((t.text.startsWith("ال") ||
        (t.text.startsWith("لل") && w.title_links.has((v.tokens[k - 1] as Tok).text))) &&
        !w.weekdays.has(t.text) &&
        (!w.stopwords.has(t.text) || officeBody(t.text, w))) ||
      w.title_links.has(t.text) ||
      (orgHeadWord(t, w) && v.byFirst.has(k + 1))
    ) {
      k++;
      continue;
    }
    break;
  }
  // Without a comma, an office that a name follows is that name's ("استقبل مون رئيس الوزراء
  // الياباني شينزو آبي"), not an apposition to the name before it.
  if (!comma && v.byFirst.get(k)?.entity.kind === "person") return null;
  if (inner.some((f) => f.entity.kind === "state" || f.entity.kind === "organization"))
    return { first: head, last: k - 1, inner };
  // "سامح شكري، وزير الخارجية، إن": an office set off by commas that names no owner is an
  // office the KB knows the person in by that title (officeOf reads it); else a description.
  const closing = v.tokens[k]
    ? v.norm.slice((v.tokens[k - 1] as Tok).end, (v.tokens[k] as Tok).start)
    : "،";
  if (!comma || !/^\s*[،,]/.test(closing)) return null;
  const title = normalizeForMatch(officeText(v, { first: head, last: k - 1 }));
  const known = (roles ?? []).some((r) => normalizeForMatch(r.title_ar ?? "").startsWith(title));
  return known ? { first: head, last: k - 1, inner } : null;
}

/** The office right after a person's name ("مايك بنس، نائب الرئيس الأمريكي"), if any. */
function officeAfterName(kb: Kb, v: SentenceView, f: Found): Unit["office"] | null {
  const after = officeAfter(v, f.last, kb.entities.get(f.entity.id)?.roles);
  if (!after) return null;
  const of = officeOf(kb, after.inner, f.entity, v.date, false, officeText(v, after));
  // An office of a state the KB gives the person no office in is not the person's: it is the
  // next name's ("التقى ترامب، رئيس الوزراء الياباني شينزو آبي") or the verb's object
  // ("التقى ترامب رئيس إريتريا"، "التقى ترامب، رئيس الوزراء الياباني، في").
  // (An envoy's destination is no office of that state: "دي ميستورا، مبعوث الأمين العام
  // الخاص إلى سوريا".)
  const owner = after.inner.find((x) => x.entity.id === of?.id);
  const sent = !!owner && v.words.destinations.has(v.tokens[owner.first - 1]?.text ?? "");
  if (of && !sent && servesElsewhere(kb, v, unitOf(f), of, after)) return null;
  return { first: after.first, last: after.last, of: served(v, after.first, of), after: true };
}

/** Tokens `first`..`last` are ranks only ("اللفتنانت كولونيل"، "الفريق أول ركن"). */
function rankOnly(v: SentenceView, first: number, last: number): boolean {
  for (let k = first; k <= last; k++)
    if (!hasBare(v.words.ranks, (v.tokens[k] as Tok).text)) return false;
  return true;
}

/** The office after a person's name when it names whom the person serves. */
function ownedOfficeAfter(kb: Kb, v: SentenceView, f: Found): Unit["office"] | null {
  const after = officeAfterName(kb, v, f);
  return after?.of ? after : null;
}

/** An office's words as written, without the head's proclitics ("الأمين العام"). */
function officeText(v: SentenceView, o: { first: number; last: number }): string {
  const head = v.tokens[o.first] as Tok;
  const stem = isTitleHead(head, v.words);
  const first = stem ? head.text.slice(stem.prefixLength) : head.text;
  const rest = v.tokens.slice(o.first + 1, o.last + 1).map((t) => t.text);
  return [first, ...rest].join(" ");
}

/** The state or organisation an office belongs to: a nisba or name inside it, else the KB. */
export function officeOf(
  kb: Kb,
  inner: Found[],
  person: EntityRef | null,
  date: string | null,
  un = false,
  /** The office's words as written ("الأمين العام"): the KB role they name is preferred. */
  title?: string,
): EntityRef | null {
  const own =
    inner.find((f) => f.entity.kind === "state" || f.entity.kind === "organization") ??
    seatIn(kb, inner);
  if (own) {
    // A state's ministry or army stands for the state the person serves.
    const org = own.entity.kind === "organization" ? kb.entities.get(own.entity.id) : undefined;
    const state =
      org && !isPartyLabel(normalizeForMatch(org.label_ar))
        ? kb.entities.get(org.part_of ?? "")
        : undefined;
    return state?.kind === "state" ? refOf(state) : own.entity;
  }
  const unEntity = un ? kb.entities.get("org:un") : undefined;
  if (unEntity) return refOf(unEntity);
  if (!person) return null;
  const e = kb.entities.get(person.id);
  // A former office holder ("الرئيس السابق باراك أوباما") keeps his latest office.
  const named = title ? normalizeForMatch(title) : "";
  const titled = named
    ? e?.roles?.find((r) => normalizeForMatch(r.title_ar ?? "").startsWith(named))
    : undefined;
  const current = e ? rolesOn(e, date) : [];
  const role =
    (titled && current.includes(titled) ? titled : undefined) ??
    current[0] ??
    titled ??
    (e ? latestRole(e, date) : undefined);
  const of = role ? kb.entities.get(role.of) : undefined;
  return of ? refOf(of) : null;
}

/** The place of a local office ("رئيس بلدية إسطنبول"): a place right after a local body word. */
function localPlace(v: SentenceView, inner: Found[]): EntityRef | null {
  const f = inner.find(
    (x) => x.entity.kind === "place" && v.words.local_bodies.has(v.tokens[x.first - 1]?.text ?? ""),
  );
  return f ? f.entity : null;
}

/**
 * A seat of power inside an office ("مديرة الاتصالات بالبيت الأبيض"): the office serves the
 * state or body it stands for (the KB's stands_for), as a mention of that state.
 */
function seatIn(kb: Kb, inner: Found[]): Found | undefined {
  for (const f of inner) {
    const of = kb.entities.get(kb.entities.get(f.entity.id)?.stands_for ?? "");
    if (f.entity.kind === "place" && of) return { ...f, entity: refOf(of) };
  }
  return undefined;
}

/**
 * The office a person held last (the latest start) for one who no longer holds any, among
 * those begun by the article's date: an office taken up later is not the one the text means.
 */
function latestRole(e: KbEntity, date: string | null): KbEntity["roles"][number] | undefined {
  let best: KbEntity["roles"][number] | undefined;
  for (const r of e.roles) {
    if (date && r.from && r.from.slice(0, date.length) > date) continue;
    if (!best || (r.from ?? "") > (best.from ?? "")) best = r;
  }
  return best;
}

/**
 * The one state or organisation whose office of the title's head word («وزير» of «وزير
 * خارجيتها») the KB gives the person on the date (at any time when none then), if only one.
 */
function possessiveHolder(
  kb: Kb,
  v: SentenceView,
  person: EntityRef,
  head: number,
): EntityRef | null {
  const e = kb.entities.get(person.id);
  if (!e) return null;
  const word = normalizeForMatch(
    (isTitleHead(v.tokens[head] as Tok, v.words)?.stem ?? "").replace(/^ال/, ""),
  );
  if (!word) return null;
  const fits = (roles: readonly { of: string; title_ar: string }[]) =>
    new Set(
      roles.filter((r) => normalizeForMatch(r.title_ar).split(" ")[0] === word).map((r) => r.of),
    );
  let ids = fits(rolesOn(e, v.date));
  if (ids.size === 0) ids = fits(e.roles);
  const [only] = ids;
  const of = ids.size === 1 && only ? kb.entities.get(only) : undefined;
  return of ? refOf(of) : null;
}

/**
 * Whether a role is an office of `of` whose Arabic title holds one of the head's readings
 * (stems, with or without the article): "رئيس" in "رئيس الجمهورية".
 */
const officeOfTitled = (r: KbEntity["roles"][number], of: EntityRef, head: readonly string[]) =>
  r.of === of.id &&
  head.some((h) =>
    r.title_ar.replace(/[أإآ]/g, "ا").replace(/ة/g, "ه").includes(h.replace(/^ال/, "")),
  );

/** Whether the KB gives the person, at any time, an office of `of` whose title has `head`. */
function everHeld(kb: Kb, person: Found, of: EntityRef, head: readonly string[]): boolean {
  const e = kb.entities.get(person.entity.id);
  return (e?.roles ?? []).some((r) => officeOfTitled(r, of, head));
}

/** Whether the KB gives the person roles on the article's date. */
function holdsRoles(kb: Kb, v: SentenceView, person: Found): boolean {
  const e = person.provisional ? undefined : kb.entities.get(person.entity.id);
  return e !== undefined && rolesOn(e, v.date).length > 0;
}

/**
 * The token after "، وهو" (or وهي, and a filler such as أيضا) that follows token `last`, where
 * an office describing what stands at `last` would open; null when no such apposition follows
 * (lexicon/actors.json office_roles apposition, fillers).
 */
export function headAfterApposition(v: SentenceView, last: number): number | null {
  const lists = bundledActors().officeRoles;
  const pron = v.tokens[last + 1];
  const before = v.tokens[last];
  if (!pron || !before || !lists.apposition.has(pron.text)) return null;
  if (!/^\s*[،,]?\s*$/.test(v.norm.slice(before.end, pron.start))) return null;
  const filler = v.tokens[last + 2];
  const head = filler && lists.fillers.has(filler.text) ? last + 3 : last + 2;
  return v.tokens[head] ? head : null;
}

/**
 * "جون كيري، وهو وزير الخارجية الأمريكي السابق": an office after وهو describes the person
 * named right before it: that person's unit, if there is one.
 */
function apposedPerson(units: readonly Unit[], v: SentenceView, head: number): Unit | undefined {
  return units.findLast(
    (u) =>
      u.ref.kind === "person" &&
      u.last < head &&
      (headAfterApposition(v, u.last) === head || commaApposed(v, u.last, head)),
  );
}

/**
 * "محمد البرادعي، نائب الرئيس المصري السابق، ...": an office right after a name and a comma,
 * with no و before it, describes that name (not another official in a list).
 */
function commaApposed(v: SentenceView, last: number, head: number): boolean {
  if (head !== last + 1) return false;
  const between = v.norm.slice((v.tokens[last] as Tok).end, (v.tokens[head] as Tok).start);
  if (!/^\s*[،,]\s*$/.test(between)) return false;
  return ownTitleHead(v.tokens[head] as Tok, v.words);
}

/**
 * Whether the KB lets the person of `u` hold an office of `of`: `of` is no state, or the KB
 * knows no offices of theirs, or one of that state (or of a body of it) at some time. "صافح
 * ترامب كيم جونغ أون، وهو الرئيس الأمريكي" does not make Kim an American office holder: وهو
 * refers back past him.
 */
export function mayHold(kb: Kb, u: Unit, of: EntityRef): boolean {
  // A party or an international body may take anyone; a state's offices, its own people.
  if (of.kind !== "state") return true;
  const e = u.found.provisional ? undefined : kb.entities.get(u.ref.id);
  const roles = e?.roles ?? [];
  return roles.length === 0 || roles.some((r) => stateServed(kb, r.of) === of.id);
}

/**
 * Whether the KB gives the person offices, none of them of `owner` (or of a body of that
 * state) at any time: then an office of `owner` before his own is someone else's.
 */
function servesOthers(kb: Kb, person: Found, owner: EntityRef): boolean {
  const e = person.provisional ? undefined : kb.entities.get(person.entity.id);
  const roles = e?.roles ?? [];
  return (
    roles.length > 0 && !roles.some((r) => r.of === owner.id || stateServed(kb, r.of) === owner.id)
  );
}

/**
 * The state an office's owner stands for: a state itself, or the state a body is part of
 * ("مدير مكتب التحقيقات الفيدرالي" serves the United States); undefined for a body of none.
 */
function stateServed(kb: Kb, id: string): string | undefined {
  const s = id.startsWith("state:") ? id : kb.entities.get(id)?.part_of;
  return s?.startsWith("state:") ? s : undefined;
}

/**
 * Whether the KB says the person of `u` serves other states than the state of an office put
 * after his name ("التقى ترامب، رئيس الوزراء الياباني"): that office is then someone else's.
 * Offices the KB keeps only on bodies with no state veto nothing (the KB may not know the
 * person's state), nor does a former office («السابق»، «الأسبق»), which the KB may lack.
 */
export function servesElsewhere(
  kb: Kb,
  v: SentenceView,
  u: Unit,
  of: EntityRef,
  office: { first: number; last: number },
): boolean {
  if (of.kind !== "state" || mayHold(kb, u, of)) return false;
  for (let k = office.first; k <= office.last + 1 && k < v.tokens.length; k++)
    if (v.words.former_titles.has((v.tokens[k] as Tok).text)) return false;
  const e = u.found.provisional ? undefined : kb.entities.get(u.ref.id);
  if (!e) return false;
  return (e.roles ?? []).some((r) => {
    const s = stateServed(kb, r.of);
    return s !== undefined && s !== of.id;
  });
}

/** A person of the article holding an office of `state` on the date (for "الرئيس الروسي"). */
function officeHolder(
  kb: Kb,
  v: SentenceView,
  state: EntityRef,
  headText: string,
  officeWords: string[],
): EntityRef | null {
  const head = stems(headText).map((s) => s.stem);
  const matches = v.persons.filter((p) => {
    const e = kb.entities.get(p.id);
    return e && rolesOn(e, v.date).some((r) => officeOfTitled(r, state, head));
  });
  if (matches.length === 1) return matches[0] as EntityRef;
  if (matches.length > 1 || !v.date) return null;
  // Nobody the article names holds it: the KB's holder of that office on the article's date
  // ("الزعيم الكوري الشمالي" in 2023 is Kim Jong Un), when exactly one person does.
  const holders = holdersOf(kb, state.id).filter((e) =>
    rolesOn(e, v.date).some((r) => r.of === state.id && titleFits(kb, v, r.title_ar, officeWords)),
  );
  return holders.length === 1 ? refOf(holders[0] as KbEntity) : null;
}

const bare = (w: string) => normalizeForMatch(w).replace(/^ال/, "");
const holderIndex = new WeakMap<Kb, Map<string, KbEntity[]>>();
// Per KB and word lists: another Language's state_words give another set.
const stateWordsIndex = new WeakMap<Kb, WeakMap<Words, Set<string>>>();

/** Persons with any role in a state (indexed once per KB). */
function holdersOf(kb: Kb, state: string): KbEntity[] {
  let index = holderIndex.get(kb);
  if (!index) {
    index = new Map();
    for (const e of kb.entities.values()) {
      for (const r of e.roles) {
        const list = index.get(r.of) ?? [];
        if (!list.includes(e)) list.push(e);
        index.set(r.of, list);
      }
    }
    holderIndex.set(kb, index);
  }
  return index.get(state) ?? [];
}

/**
 * Words of state names and nisbas, and "state_words" (جمهورية، دولة): what may follow an
 * office's words.
 */
function stateWords(kb: Kb, w: Words): Set<string> {
  let byWords = stateWordsIndex.get(kb);
  if (!byWords) {
    byWords = new WeakMap();
    stateWordsIndex.set(kb, byWords);
  }
  let words = byWords.get(w);
  if (!words) {
    words = new Set(w.state_words);
    for (const e of kb.entities.values()) {
      if (e.kind !== "state") continue;
      for (const form of [e.label_ar, ...e.aliases, ...e.nisba]) {
        // Not "في" of "الجمهورية الإسلامية في إيران": a title's host follows it (titleFits).
        for (const word of normalizeForMatch(form).split(" "))
          if (!w.destinations.has(word)) words.add(word.replace(/^ال/, ""));
      }
    }
    byWords.set(w, words);
  }
  return words;
}

/**
 * "ولي العهد" fits the title "ولي العهد"; "زعيم" fits "زعيم كوريا الشمالية"; "رئيس" does not
 * fit "رئيس الوزراء". A title that names where its holder serves ("السفير الروسي في بريطانيا")
 * fits only where the sentence or the one before names that state: the Russian ambassador the
 * German foreign ministry summons is another man.
 */
function titleFits(kb: Kb, v: SentenceView, title: string, officeWords: string[]): boolean {
  const t = normalizeForMatch(title).split(" ").map(bare);
  if (officeWords.length === 0 || t.length < officeWords.length) return false;
  if (!officeWords.every((w, i) => t[i] === w)) return false;
  const words = stateWords(kb, v.words);
  const rest = t.slice(officeWords.length);
  const at = rest.findIndex((x) => hasBare(v.words.destinations, x));
  const own = at < 0 ? rest : rest.slice(0, at);
  if (!own.every((x) => words.has(x))) return false;
  return at < 0 || hostNamed(kb, v, rest.slice(at + 1));
}

/** Whether the words of a title's host name a state the sentence or the one before names. */
function hostNamed(kb: Kb, v: SentenceView, host: string[]): boolean {
  if (host.length === 0) return false;
  // A state's body names it too ("الخارجية البريطانية").
  const stateOf = (f: Found) =>
    f.entity.kind === "state" ? f.entity.id : (f.partOf ?? kb.entities.get(f.entity.id)?.part_of);
  const named = new Set([
    ...v.found.map(stateOf).filter((id): id is string => !!id),
    ...(v.antecedents ?? []).map((e) => e.id),
  ]);
  return [...named].some((id) => {
    const e = kb.entities.get(id);
    if (!e) return false;
    const forms = [e.label_ar, ...e.aliases, ...e.nisba].map((f) =>
      normalizeForMatch(f).split(" ").map(bare).join(" "),
    );
    return forms.includes(host.join(" "));
  });
}

/**
 * A state's nisba without the article right after an official's noun that takes no office of
 * its own ("وقال مسؤول أمريكي"، "دبلوماسي روسي"): the official speaks for the state, as the
 * plural's do (widenOverMemberNoun grows the unit over the noun).
 */
function officialNisba(v: SentenceView, f: Found): boolean {
  const t = v.tokens[f.first] as Tok;
  const before = v.tokens[f.first - 1];
  // A singular nisba («أمريكي»، «صينيا»، «روسية»): a plural's people are namesPeople's.
  if (!f.adjective || f.entity.kind !== "state" || f.first !== f.last || !before) return false;
  // (Tokens are normalized: ة is written ه.)
  if (t.text.startsWith("ال") || !/ي[اه]?$/.test(t.text)) return false;
  // Not a former one («مسؤول أمريكي سابق»، «دبلوماسي روسي متقاعد»، «مسؤول أمريكي كبير سابق»).
  const later = v.tokens.slice(f.last + 1, f.last + 3);
  if (later.some((x) => v.words.former_singular_words.has(x.text))) return false;
  if (!adjacent(v.norm, before.end, t.start)) return false;
  return v.words.state_official_nouns.has(before.text) || qualifiedOfficialAt(v, f.first) >= 0;
}

/**
 * «مسؤول عسكري إسرائيلي»: the official's noun two words before the nisba at `first`, one
 * qualifier of the official (words.json official_qualifiers) between, written together; -1
 * when none.
 */
function qualifiedOfficialAt(v: SentenceView, first: number): number {
  const qualifier = v.tokens[first - 1];
  const noun = v.tokens[first - 2];
  if (!qualifier || !noun || !v.words.official_qualifiers.has(qualifier.text)) return -1;
  if (!v.words.state_official_nouns.has(noun.text)) return -1;
  return adjacent(v.norm, noun.end, qualifier.start) ? first - 2 : -1;
}

/**
 * A state's nisba in the human plural names its people, not a noun's quality: a subject
 * ("اتهم الفلسطينيون"، "أن الإيرانيين أطلقوا" after a complementizer) or a preposition's object
 * ("على الفلسطينيين"، "بين الحوثيين والسعوديين") or of a count ("عشرات الفلسطينيين"). Not a genitive owner, which the noun before
 * it heads ("أموال الإيرانيين"، "حماية الفلسطينيين").
 */
function namesPeople(v: SentenceView, f: Found): boolean {
  // (An organisation's people too: «هاجم حوثيون سفينة».)
  const people = f.entity.kind === "state" || f.entity.kind === "organization";
  if (!people || f.first !== f.last) return false;
  const t = v.tokens[f.first] as Tok;
  if (/يون$/.test(t.text)) return true;
  if (countedSingular(v, f.first)) return true;
  if (!/يين$/.test(t.text)) return false;
  // "للفلسطينيين"، "بالإسرائيليين".
  if (/^[وف]?[لب]/.test(mentionClitics(v, f))) return true;
  const before = v.tokens[f.first - 1];
  if (!before || !adjacent(v.norm, before.end, t.start)) return true;
  return (
    hasBare(v.words.core_prepositions, before.text) ||
    hasBare(BETWEEN, before.text) ||
    // "عشرات الفلسطينيين"، "ثلاثة فلسطينيين": a count of the people.
    hasBare(v.words.quantities, before.text) ||
    isCount(before, v.words) ||
    v.words.complementizers.has(before.text) ||
    (t.text.startsWith("و") && v.byLast.has(f.first - 1))
  );
}

/**
 * A singular nisba in the accusative after a count from eleven on, alone or after the counted
 * noun («14 مصريا»، «21 مسيحيا مصريا»، «14 عاملا مصريا»): the people counted.
 */
export function countedSingular(v: SentenceView, at: number): boolean {
  const t = v.tokens[at] as Tok;
  if (!/[^ا]يا$/.test(t.text) || t.text.startsWith("ال")) return false;
  const before = v.tokens[at - 1];
  if (!before || !adjacent(v.norm, before.end, t.start)) return false;
  if (isCount(before, v.words)) return true;
  const count = v.tokens[at - 2];
  return (
    count !== undefined &&
    /ا$/.test(before.text) &&
    !before.text.startsWith("ال") &&
    adjacent(v.norm, count.end, before.start) &&
    isCount(count, v.words)
  );
}

/**
 * Whether the nisba on a craft's head (words.json platform_heads) names only where it was
 * made: a word of making after it («إيرانية الصنع»), or a verb with its pronoun that names who
 * flies or fires it («أطلقتها روسيا»، «يقودها»).
 */
function madeOnly(v: SentenceView, head: number, f: Found): boolean {
  if (!hasBare(v.words.platform_heads, (v.tokens[head] as Tok).text)) return false;
  const next = v.tokens[f.last + 1];
  if (!next) return false;
  return (
    v.words.made_words.has(next.text) ||
    /^[وف]?[تي][\u0621-\u064a]{2,}(ها|هم)$|^[\u0621-\u064a]{3,}(تها|ته)$/.test(next.text)
  );
}

/** The reading of a token that is a collective head ("group_heads": القوات، السلطات). */
const groupStem = (t: Tok, w: Words) => tokStems(t).find((x) => w.group_heads.has(x.stem));
/** Counterparts in the plural ("بنظرائه"، "مع نظرائهم"; words.json counterpart_plurals). */
const counterpartStem = (t: Tok, w: Words) =>
  tokStems(t).find((x) => w.counterpart_plurals.has(x.stem));

/** The clitics on the office or group word that opens a unit ("ووزير" -> 1). */
export function headClitic(t: Tok, w: Words): number {
  return (isTitleHead(t, w) ?? groupStem(t, w) ?? counterpartStem(t, w))?.prefixLength ?? 0;
}
const groupClitic = (t: Tok, w: Words) =>
  (groupStem(t, w) ?? counterpartStem(t, w))?.prefixLength ?? 0;

/**
 * The index of a collective head right before a nisba (one adjective as definite as the nisba
 * may stand between), or the head a nisba joined by و shares with the nisba before it:
 * "القوات الأمريكية والبريطانية"، "مسؤولين أمريكيين وأتراك" (British forces, Turkish officials).
 */
function groupHead(v: SentenceView, f: Found): number {
  const definite = /^و?ال/.test((v.tokens[f.first] as Tok).text);
  for (let k = f.first - 1; k >= 0 && f.first - k <= 2; k--) {
    const t = v.tokens[k] as Tok;
    if (!adjacent(v.norm, t.end, (v.tokens[k + 1] as Tok).start)) return -1;
    // Counterparts in the plural are the state's officials: "مع نظرائهم الصينيين" (definite by
    // their pronoun, as their nisba is by its article).
    if (k === f.first - 1 && definite && counterpartStem(t, v.words)) return k;
    if (groupStem(t, v.words)) {
      // A head in the construct state before it: "حرس الحدود الإيراني" (not "الحدود" alone).
      const outer = v.tokens[k - 1];
      const construct =
        outer &&
        !/^و?ال/.test(outer.text) &&
        adjacent(v.norm, outer.end, t.start) &&
        groupStem(outer, v.words);
      return construct ? k - 1 : k;
    }
    const before = v.byLast.get(k);
    if (before) {
      const joined = k === f.first - 1 && (v.tokens[f.first] as Tok).text.startsWith("و");
      if (!joined) return -1;
      if (before.adjective && before.entity.kind === "state") return groupHead(v, before);
      // A state's force the KB names with its nisba: "القوات الهندية والباكستانية".
      const head = v.tokens[before.first] as Tok;
      return before.entity.kind === "organization" &&
        before.first < before.last &&
        groupStem(head, v.words)
        ? before.first
        : -1;
    }
    // The adjective agrees with the nisba in definiteness: "القوات الخاصة الروسية"، "طائرات
    // حربية إسرائيلية".
    if (t.text.startsWith("ال") !== definite) return -1;
  }
  return -1;
}

/**
 * "السلطات العسكرية في ميانمار"، "السلطات الانتقالية في دمشق": the authorities in a state,
 * or in a place of one, are that state acting (words.json "authority_heads"; one adjective may
 * stand between the head and في); so is a state's body named with the state after it
 * ("حكومة جنوب السودان": "state_body_heads"). The unit runs from the head; null when `f` is
 * not so placed.
 */
function authorityIn(kb: Kb, v: SentenceView, f: Found): Unit | null {
  const w = v.words;
  const inWord = v.tokens[f.first - 1];
  if (f.start > (v.tokens[f.first] as Tok).start) return null;
  // "حكومة جنوب السودان"، "سلطات فرنسا": the state's body in the construct state before it.
  // Not after a preposition ("الآلاف من قوات كوريا الشمالية"): the state alone stays the
  // clause's actor there, as it was read before.
  const beforeHead = v.tokens[f.first - 2]?.text.replace(/^[وف](?=..)/, "");
  if (
    f.entity.kind === "state" &&
    inWord &&
    hasBare(w.state_body_heads, inWord.text) &&
    !(beforeHead && w.core_prepositions.has(beforeHead)) &&
    !v.byLast.has(f.first - 1) &&
    adjacent(v.norm, inWord.end, (v.tokens[f.first] as Tok).start)
  ) {
    const clitic = inWord.text.length - inWord.text.replace(/^[وف]/, "").length;
    return {
      ref: f.entity,
      first: f.first - 1,
      last: f.last,
      start: inWord.start + clitic,
      end: f.end,
      place: false,
      found: f,
    };
  }
  if (inWord?.text !== "في") return null;
  let k = f.first - 2;
  const adjective = v.tokens[k];
  if (adjective && !w.authority_heads.has(adjective.text)) {
    if (!adjective.text.startsWith("ال") || v.byLast.has(k) || w.stopwords.has(adjective.text))
      return null;
    k--;
  }
  const head = v.tokens[k];
  if (!head || !hasBare(w.authority_heads, head.text) || v.byLast.has(k)) return null;
  for (let j = k; j < f.first; j++)
    if (!adjacent(v.norm, (v.tokens[j] as Tok).end, (v.tokens[j + 1] as Tok).start)) return null;
  // A place only as a seat of its state's power («في دمشق»): a city's own authorities may be
  // others' («السلطات في بنغازي»، «في القرم»، «في الرقة»).
  const stateId =
    f.entity.kind === "state"
      ? f.entity.id
      : f.entity.kind === "place"
        ? kb.entities.get(f.entity.id)?.stands_for
        : undefined;
  const state = stateId ? kb.entities.get(stateId) : undefined;
  if (state?.kind !== "state") return null;
  const clitic = head.text.length - head.text.replace(/^[وف]/, "").length;
  return {
    ref: refOf(state),
    first: k,
    last: f.last,
    start: head.start + clitic,
    end: f.end,
    place: false,
    found: f,
  };
}

export function buildUnits(kb: Kb, v: SentenceView): Unit[] {
  const units: Unit[] = [];
  const found = v.found;
  // Names right after an office the KB gives to someone else: no holders of it.
  const others = new Set<Found>();
  for (let i = 0; i < found.length; i++) {
    const f = found[i] as Found;
    if (f.adjective) {
      // An unnamed official: "الرئيس الروسي" (not followed by a name).
      const next = found[i + 1];
      const named = next?.entity.kind === "person" && next.first <= f.last + 1;
      const { head, inner } = officeBefore(v, f.last + 1);
      if (head < 0 || !inner.includes(f)) {
        // A name after a group's nisba is its object, not its holder: "اعتقلت السلطات الصينية
        // منغ هونغوي".
        const g = groupHead(v, f);
        if (named && g < 0) continue;
        // A state's forces or authorities act for it: "القوات الروسية", "الجنود الإسرائيليين".
        // (Not a drone or a ship the nisba names the maker of: «طائرة مسيرة إيرانية الصنع»،
        // «طائرة مسيرة إيرانية أطلقتها روسيا» is Russia's.)
        if (g >= 0 && madeOnly(v, g, f)) continue;
        if (g >= 0) {
          // A nisba that shares the head of the one before it is its own unit, coordinated
          // with that one ("والبريطانية"): the head is not repeated.
          const shared = v.byLast.has(f.first - 1);
          const first = shared ? f.first : g;
          const t = v.tokens[first] as Tok;
          units.push({
            ref: f.entity,
            first,
            last: f.last,
            start: shared ? f.start : t.start + groupClitic(t, v.words),
            end: f.end,
            place: false,
            found: f,
          });
        } else if (namesPeople(v, f)) {
          // A plural nisba names the people, who act for their state: "أطلقوا النار على
          // الفلسطينيين"، "شبان فلسطينيين"، "أن الإيرانيين أطلقوا".
          units.push({ ...unitOf(f), found: f });
        } else if (officialNisba(v, f)) {
          // "مسؤول أمريكي": an unnamed official, who acts as a person does.
          units.push({ ...unitOf(f), found: f, official: true, bareOfficial: true });
        }
        continue;
      }
      // A name after the office is its holder, unless the KB knows the name for another office
      // and the office for another holder: "وعين الرئيس الأمريكي جون بولتون مستشارا" (the
      // president appoints Bolton; the name is the verb's object). After a verb of saying the
      // name is the speaker's, whatever the KB says: "وقال وزير الدفاع الكوري الجنوبي
      // إيتسونوري أونوديرا" quotes the article's own (mistaken) title.
      // "وانتقد الصحفي الأمريكي السعودية": the journalist of a nationality, unnamed, is no
      // official of his state, nor the state. (Not a count of them: "100 خبير إيراني" in a
      // war are the state's men.)
      if (!named && served(v, head, f.entity) === null && definiteHead(v, head)) continue;
      // "بنظيريه المصري والأردني"، "وزيرا الخارجية الروسي والتركي": a dual title two nisbas
      // share; the one after و is an official of its own, the title not repeated.
      const shared = !named ? sharedDualTitle(v, head, inner, f) : undefined;
      const officeEnd = shared ? shared.first : f.first;
      const said = named && v.words.speech_verbs.has(v.tokens[head - 1]?.text ?? "");
      if (named && (said || !next || !holdsRoles(kb, v, next))) continue;
      const officeWords = officeWordsOf(v, head, officeEnd);
      // "جون كيري، وهو وزير الخارجية الأمريكي السابق": the office is the person's before
      // وهو, whoever the KB gives it to; a nationality ("وهو الباحث الأمريكي") is no office.
      const apposed = named ? undefined : apposedPerson(units, v, head);
      if (apposed && !servesElsewhere(kb, v, apposed, f.entity, { first: head, last: f.last })) {
        const of = served(v, head, f.entity);
        if (of && !apposed.office) apposed.office = { first: head, last: f.last, of, after: true };
        continue;
      }
      const counterpart = counterpartOffice(v, units, head);
      const holder = counterpart
        ? officeHolder(kb, v, f.entity, counterpart.headText, counterpart.officeWords)
        : officeHolder(kb, v, f.entity, officeWords[0] ?? "", officeWords);
      if (named && next) {
        if (!holder || holder.id === next.entity.id) continue;
        // Nor when the KB gives the name that office at any time: a date off by a year, or an
        // office taken later («الرئيس السوري أحمد الشرع» on a 2023 date), still names its holder.
        // (A counterpart's office is the one it shares: «بنظيره التركي هاكان فيدان».)
        const heads = stems(counterpart?.headText ?? (v.tokens[head] as Tok).text).map(
          (x) => x.stem,
        );
        if (everHeld(kb, next, f.entity, heads)) continue;
        others.add(next);
      }
      units.push(
        shared
          ? officialUnit(f, holder, f.first, f.start)
          : officialUnit(f, holder, head, (v.tokens[head] as Tok).start),
      );
      continue;
    }
    if (isAudience(v, f)) continue;
    const authority = authorityIn(kb, v, f);
    if (authority) {
      units.push(authority);
      continue;
    }
    const official = bodyOfficial(kb, v, f);
    if (official) {
      units.push(official);
      continue;
    }
    const u: Unit = unitOf(f);
    if (f.entity.kind === "person") {
      // "الرئيس وكوهين": a name joined by و to the title is another person, not its holder.
      const joined =
        v.norm.charCodeAt((v.tokens[f.first] as Tok).start) === 0x648 &&
        f.start > (v.tokens[f.first] as Tok).start;
      // "أشاد الرئيس المصري، بجون سميث"، "وزير بريطاني لترمب": a name behind a preposition
      // is governed by it, no title's holder. Only a known name's clitic is sure without a
      // comma before it: "المسؤولة في الوزارة برون بوارسون" may be Brune Poirson.
      const governed =
        /[بلك]$/.test(mentionClitics(v, f)) &&
        f.first > 0 &&
        (f.rule === "kb" || commaBetween(v, f.first - 1, f.first));
      const first =
        joined || governed || spokenFor(v, f) || ownedTitle(v, f) || others.has(f)
          ? NO_OFFICE
          : officeBefore(v, f.first);
      // "رئيس الوزراء العراقي القائد العام للقوات المسلحة عادل عبد المهدي": one person's two
      // offices, when the KB does not say he serves elsewhere («الرئيس الأمريكي رئيس الوزراء
      // الياباني شينزو آبي» is two persons).
      const walked =
        first.closedBy && !servesOthers(kb, f, first.closedBy.entity)
          ? officeBefore(v, f.first, true)
          : first;
      // "سيف الإسلام القذافي، نجل الزعيم الليبي الراحل، خليفة حفتر": a late or former office
      // a word of kin owns, set off by a comma, is the kin's father's, not the next name's
      // («زوجة الرئيس الأمريكي، دونالد ترامب» names him).
      const kinOwned =
        walked.head > 0 &&
        v.words.kin_construct.has((v.tokens[walked.head - 1] as Tok).text) &&
        commaBetween(v, walked.last, walked.last + 1) &&
        v.tokens.slice(walked.head, walked.last + 1).some((t) => v.words.former_titles.has(t.text));
      const before = kinOwned ? NO_OFFICE : walked;
      const { head, last, inner, un, possessive, employers } = before;
      const shared = head < 0 ? dualHolder(v, units, f) : null;
      if (head >= 0) {
        u.first = head;
        const own = inner.some(
          (x) => x.entity.kind === "state" || x.entity.kind === "organization",
        );
        // "وزير خارجيتها برونو رودريغيز": whose the pronoun is, the KB knows of a known holder.
        const of =
          possessive && !own
            ? (possessiveHolder(kb, v, f.entity, head) ?? pronounOwner(kb, v, head))
            : (officeOf(kb, inner, f.entity, v.date, un, officeText(v, { first: head, last })) ??
              localPlace(v, inner) ??
              employerIn(kb, v, head, employers));
        u.office = { first: head, last, of: served(v, head, of) };
        // "الكولونيل مايك أندروز، المتحدث باسم البنتاغون": a rank before the name serves no
        // one; the office after it says whom the person serves.
        if (!u.office.of && rankOnly(v, head, last))
          u.office = ownedOfficeAfter(kb, v, f) ?? u.office;
      } else if (shared) {
        u.first = shared.nisba.first;
        u.office = shared.office;
      } else {
        u.office = officeAfterName(kb, v, f) ?? undefined;
      }
    }
    units.push(u);
  }
  for (const u of units) widenToMembers(v, u);
  for (const u of units) widenOverAdjective(v, u);
  for (const u of units) widenOverHead(v, u);
  for (const u of units) widenOverMemberNoun(v, u);
  for (const u of units) absorbAbbreviation(v, units, u);
  // A state named inside an office ("وزير الدفاع الروسي سيرغي شويغو") is part of that unit.
  return units.filter(
    (u) =>
      !units.some(
        (o) =>
          o !== u &&
          o.first <= u.first &&
          u.last <= o.last &&
          (o.first < u.first || u.last < o.last),
      ),
  );
}

/**
 * "وانتقد الأمين العام للأمم المتحدة إسرائيل": an office whose body follows with لـ, and no
 * name after it, is an official of that body: the KB's holder on the article's date, else the
 * body itself. (Without لـ the body is the unit: "رئيس المفوضية الأوروبية".)
 */
function bodyOfficial(kb: Kb, v: SentenceView, f: Found): Unit | undefined {
  if (f.entity.kind !== "organization" || f.adjective) return undefined;
  if (!/ل$/.test(mentionClitics(v, f).replace(/ال$/, ""))) return undefined;
  const next = v.byFirst.get(f.last + 1);
  if (next?.entity.kind === "person") return undefined;
  const { head, inner } = officeBefore(v, f.last + 1);
  if (head < 0 || inner[inner.length - 1] !== f || inner.length !== 1) return undefined;
  const t = v.tokens[head] as Tok;
  if (hasBare(v.words.counterpart_heads, t.text)) return undefined;
  const officeWords = officeWordsOf(v, head, f.first);
  const holder = officeHolder(kb, v, f.entity, officeWords[0] ?? "", officeWords);
  return officialUnit(f, holder, head, t.start);
}

/**
 * The office's own words from its head to `end`, without the article and the clitics ("ولي
 * العهد"); a dual head in the construct state read as its singular («وزيرا» -> وزير).
 */
function officeWordsOf(v: SentenceView, head: number, end: number): string[] {
  const words: string[] = [];
  for (let k = head; k < end; k++) {
    const t = v.tokens[k] as Tok;
    const st = k === head ? (isTitleHead(t, v.words)?.stem ?? t.text) : t.text;
    words.push(dualConstruct(v, k, st) ? singularOfDual(st) : st.replace(/^ال/, ""));
  }
  return words;
}

/**
 * An unnamed official's unit, from `first` to the owner `f` it names: the KB's holder of the
 * office when one is known, else the owner itself, marked official.
 */
function officialUnit(f: Found, holder: EntityRef | null, first: number, start: number): Unit {
  return {
    ref: holder ?? f.entity,
    first,
    last: f.last,
    start,
    end: f.end,
    office: holder ? { first, last: f.last, of: f.entity } : undefined,
    ...(holder ? {} : { official: true }),
    place: false,
    found: f,
  };
}

/**
 * "حركة المقاومة الإسلامية (حماس)": the same actor again in brackets right after its name is
 * its short name, part of the one unit, so the verb's object comes after the brackets. The
 * unit's text stays the name before them.
 */
function absorbAbbreviation(v: SentenceView, units: readonly Unit[], u: Unit): void {
  const o = units.find((x) => x.first === u.last + 1 && x !== u);
  if (!o || o.ref.id !== u.ref.id || o.office || u.office) return;
  const open = v.norm.slice(u.end, o.start);
  const close = v.norm.slice(o.end, o.end + 2);
  if (!/^\s*\(\s*$/.test(open) || !/^\s*\)/.test(close)) return;
  u.last = o.last;
}

/**
 * A group without a name goes on over an adjective that describes it ("مسلحين مجهولين"،
 * "مسلحون ملثمون"; words.json group_adjectives), so that its verb or its object stands right
 * after it: "إن مسلحين مجهولين فتحوا النار على"، "فتح مسلحون مجهولون النار على". The mention
 * keeps its own words.
 */
function widenOverAdjective(v: SentenceView, u: Unit): void {
  if (!unnamedGroup(u) || u.last !== u.found.last) return;
  const next = v.tokens[u.last + 1];
  if (!next || !v.words.group_adjectives.has(next.text)) return;
  if (!adjacent(v.norm, (v.tokens[u.last] as Tok).end, next.start)) return;
  if (v.found.some((f) => f.first === u.last + 1)) return;
  u.last += 1;
}

/**
 * A group named by an adjective of a person noun before it is that noun's phrase: "رجل
 * مسلح"، "رعاة مسلحون"، "شبان غاضبون" (words.json group_head_nouns before a generic group),
 * so that it stands right after its verb: "طعن رجل مسلح بسكين شرطيين"، "هاجم رعاة مسلحون
 * مزارعين". The mention keeps its own words.
 */
function widenOverHead(v: SentenceView, u: Unit): void {
  if (!unnamedGroup(u) || u.first !== u.found.first) return;
  growOverNounBefore(v, u, v.words.group_head_nouns);
}

/**
 * Grows `u` back over the word right before it when that word is one of `nouns` (bare or after
 * و/ف), written against it and ending no mention; the unit then starts after the conjunction.
 */
function growOverNounBefore(v: SentenceView, u: Unit, nouns: ReadonlySet<string>): void {
  const noun = v.tokens[u.first - 1];
  if (!noun || !hasBare(nouns, noun.text)) return;
  if (!adjacent(v.norm, noun.end, (v.tokens[u.first] as Tok).start)) return;
  if (v.byLast.has(u.first - 1)) return;
  u.first -= 1;
  u.start = noun.start + (nouns.has(noun.text) ? 0 : 1);
}

/**
 * Officials described by their state's nisba stand for that state: "مسؤولون أمريكيون"،
 * "دبلوماسيين روس" (words.json state_official_nouns right before a nisba without the article;
 * not former ones, former_words). The unit grows back over the noun, so that it stands right
 * after its verb: "واتهم مسؤولون أمريكيون إيران". The mention keeps its own word.
 */
function widenOverMemberNoun(v: SentenceView, u: Unit): void {
  if (!u.found.adjective || u.ref.kind !== "state" || u.first !== u.found.first || u.office) return;
  if ((v.tokens[u.first] as Tok).text.startsWith("ال")) return;
  // Not former officials; not a delegation from a body («وفد أفغاني من حركة طالبان»); not
  // when a mention follows the nisba: another state's («مسؤولون سعوديون وإماراتيون») or a
  // group's («مسؤولون سوريون معارضون»، «مسؤولون عراقيون أكراد»).
  const after = v.tokens[u.last + 1];
  if (after && (v.words.former_words.has(after.text) || after.text === "من")) return;
  const next = v.byFirst.get(u.last + 1);
  if (next && (next.adjective || next.entity.id.startsWith("group:"))) return;
  // «مسؤول عسكري إسرائيلي»: over an official's qualifier too.
  const noun = u.bareOfficial ? qualifiedOfficialAt(v, u.first) : -1;
  if (noun >= 0) {
    u.first = noun;
    u.start = (v.tokens[noun] as Tok).start;
    return;
  }
  growOverNounBefore(v, u, v.words.state_official_nouns);
}

/**
 * Members named by their organisation are that organisation: "هاجم مسلحون من جماعة بوكو حرام
 * قرية"، "عناصر من حزب الله"، "وفد من حركة حماس"، "ضابطا في الجيش اليمني" (words.json's
 * member_nouns). The unit grows back over the noun and من (or في), so it stands where a subject
 * or an object does; a generic unit of the noun (مسلحون) is then inside it and left out.
 */
function widenToMembers(v: SentenceView, u: Unit): void {
  // A body without a name counts as one too ("عناصر من قوات الأمن المصرية"), and so does a
  // state's force named by its head and the state's nisba ("عناصر من الشرطة المصرية").
  const force = u.ref.kind === "state" && u.found.adjective && u.first < u.found.first;
  // Officials or envoys from a state speak for it: "اجتمع مبعوثون من كوريا الجنوبية مع ..."
  // (state_official_nouns; not fighters or citizens from it, who are only from there).
  const envoys = u.ref.kind === "state" && !u.found.adjective && u.first === u.found.first;
  const body = u.ref.kind === "organization" || unnamedGroup(u) || force || envoys;
  if (!body || u.office || (u.first !== u.found.first && !force)) return;
  const from = v.tokens[u.first - 1];
  if (!from || (from.text !== "من" && from.text !== "في")) return;
  // "دبلوماسيون في موسكو" are posted there, from anywhere.
  if (envoys && from.text !== "من") return;
  // The members' nisba may stand between: "وفدا يمنيا من جماعة الحوثي" is the Houthis'.
  const nisba = v.found.find((f) => f.adjective && f.last === u.first - 2 && f.first === f.last);
  const at = nisba ? nisba.first - 1 : u.first - 2;
  const noun = v.tokens[at];
  if (!noun || !adjacent(v.norm, from.end, force ? u.start : u.found.start)) return;
  for (let k = at + 1; k < u.first; k++)
    if (!adjacent(v.norm, (v.tokens[k - 1] as Tok).end, (v.tokens[k] as Tok).start)) return;
  const nouns = envoys ? v.words.state_official_nouns : v.words.member_nouns;
  if (!hasBare(nouns, noun.text)) return;
  u.first = at;
  u.start = noun.start + (nouns.has(noun.text) ? 0 : 1);
}

/**
 * The office a counterpart shares ("الرئيس الفرنسي ... بنظيره الروسي": the Russian
 * president): the head of the last office before it in the sentence, read as the counterpart's
 * own, so the holder of that office in the counterpart's state can be found.
 */
function counterpartOffice(
  v: SentenceView,
  units: Unit[],
  head: number,
): { headText: string; officeWords: string[] } | null {
  const t = v.tokens[head] as Tok;
  const own = isTitleHead(t, v.words);
  if (!own || !v.words.counterpart_heads.has(own.stem)) return null;
  for (let i = units.length - 1; i >= 0; i--) {
    const u = units[i] as Unit;
    if (u.last >= head) continue;
    // An office after the name counts once a comma sets it off ("جيريمي هانت، وزير الخارجية
    // البريطاني، نظيره الإيراني").
    if (!u.office || (u.office.after && !commaBetween(v, u.office.first - 1, u.office.first)))
      continue;
    const outer = v.tokens[u.office.first] as Tok;
    const st = isTitleHead(outer, v.words);
    if (!st || v.words.counterpart_heads.has(st.stem)) return null;
    // The office's words up to its nisba or owner: "وزير الخارجية" of "وزير الخارجية الأمريكي".
    const officeWords = [st.stem.replace(/^ال/, "")];
    for (let k = u.office.first + 1; k <= u.office.last && !v.byFirst.has(k); k++)
      officeWords.push((v.tokens[k] as Tok).text.replace(/^ال/, ""));
    return { headText: outer.text, officeWords };
  }
  return null;
}

/** The endings of a dual head («وزيرا»، «الرئيسين»، «نظيريه»): what is left is its singular. */
const DUAL_ENDING = /(?:يها|يه|ان|ين|ا|ي)$/;
const singularOfDual = (stem: string) => stem.replace(/^ال/, "").replace(DUAL_ENDING, "");

/**
 * A dual head in the construct state before a definite word ("وزيرا الخارجية"): «رئيسا» before
 * «لكل» or «للوزراء» is one president in the accusative.
 */
const dualConstruct = (v: SentenceView, k: number, stem: string) =>
  v.words.dual_title_heads.has(stem) && (v.tokens[k + 1]?.text.startsWith("ال") ?? false);

/** The office's head has the article ("الصحفي"، "للباحث"). */
const definiteHead = (v: SentenceView, head: number) => {
  const t = v.tokens[head] as Tok;
  return tokStems(t).some(
    (x) => t.text.slice(0, x.prefixLength).endsWith("ال") || x.stem.startsWith("ال"),
  );
};

/**
 * The nisba before `f` that shares a dual or plural title with it ("بنظيريه المصري
 * والأردني"): `f` follows it right after, with و; undefined when the title is no dual.
 */
function sharedDualTitle(
  v: SentenceView,
  head: number,
  inner: readonly Found[],
  f: Found,
): Found | undefined {
  const w = v.words;
  const t = v.tokens[head] as Tok;
  const dual = tokStems(t).some(
    (x) => w.dual_title_heads.has(x.stem) || w.plural_title_heads.has(x.stem),
  );
  if (!dual || !(v.tokens[f.first] as Tok).text.startsWith("و")) return undefined;
  const before = v.byLast.get(f.first - 1);
  return before?.adjective && inner.includes(before) ? before : undefined;
}

/**
 * A later holder of a dual title: "وزيرا الخارجية الروسي سيرغي لافروف والأميركي مايك بومبيو"
 * gives بومبيو the office of وزيرا الخارجية in the state of his own nisba (والأميركي), when the
 * holder before the nisba opened or shares a dual title.
 */
function dualHolder(
  v: SentenceView,
  units: Unit[],
  f: Found,
): { nisba: Found; office: NonNullable<Unit["office"]> } | null {
  const w = v.words;
  const nisba = v.byLast.get(f.first - 1);
  if (!nisba?.adjective || !(v.tokens[nisba.first] as Tok).text.startsWith("و")) return null;
  if (!adjacent(v.norm, nisba.end, f.start)) return null;
  const prev = units[units.length - 1];
  if (!prev?.office || prev.ref.kind !== "person" || prev.last !== nisba.first - 1) return null;
  const [tFirst, tLast] = prev.office.title ?? [prev.office.first, prev.office.first];
  if (!w.dual_title_heads.has((v.tokens[tFirst] as Tok).text)) return null;
  // The title is the dual head and its words before the first nisba: "وزيرا الخارجية".
  let end = tLast;
  if (!prev.office.title) {
    while (end + 1 < prev.office.last && !v.byFirst.has(end + 1)) end++;
  }
  return {
    nisba,
    office: { first: nisba.first, last: nisba.last, of: nisba.entity, title: [tFirst, end] },
  };
}

/**
 * The state a possessive office refers back to ("كوريا الجنوبية ... وزيرة خارجيتها"): the
 * nearest state named before the office in the sentence, else the last state of the sentence
 * before; a person with a state office stands for that state ("أوباما ... وزيرة خارجيته").
 */
function pronounOwner(kb: Kb, v: SentenceView, head: number): EntityRef | null {
  // "المتحدث باسمه": a spokesman speaks for an organisation as well as for a state.
  const spokesman = v.tokens[head + 1]?.text.startsWith("باسم") ?? false;
  for (let i = v.found.length - 1; i >= 0; i--) {
    const f = v.found[i] as Found;
    if (f.last >= head) continue;
    if (f.entity.kind === "state") return f.entity;
    if (spokesman && f.entity.kind === "organization") return f.entity;
    if (f.entity.kind === "person") {
      const e = kb.entities.get(f.entity.id);
      const role = e ? rolesOn(e, v.date).find((r) => r.of.startsWith("state:")) : undefined;
      const of = role ? kb.entities.get(role.of) : undefined;
      return of ? refOf(of) : null;
    }
  }
  return v.antecedents?.[v.antecedents.length - 1] ?? null;
}

/**
 * Whether a unit opens with the conjunction و as a clitic ("وواشنطن", "ووزير"), not as the
 * first letter of its word ("واشنطن", "وزير الخارجية"): those are no list's later member.
 */
function conjoined(v: SentenceView, u: Unit): boolean {
  const t = v.tokens[u.first] as Tok;
  const head =
    u.first === u.found.first ? undefined : (isTitleHead(t, v.words) ?? groupStem(t, v.words));
  // Another word opens the phrase ("والفرنسي إيمانويل ماكرون"): its first letter decides.
  if (u.first !== u.found.first && !head) return t.text.startsWith("و");
  const clitic = head ? head.prefixLength : Math.max(0, u.found.start - t.start);
  return t.text.slice(0, clitic).startsWith("و");
}

/** Units coordinated with `u` that follow it: "الولايات المتحدة وكوريا الجنوبية واليابان". */
export function coordinatedAfter(v: SentenceView, units: Unit[], idx: number): Unit[] {
  const group = [units[idx] as Unit];
  for (let k = idx + 1; k < units.length; k++) {
    const prev = group[group.length - 1] as Unit;
    const u = units[k] as Unit;
    // "سيرغي سكريبال وابنته يوليا": a relative named after his kin noun is the next member.
    if (kinBetween(v, prev, u) || membersBetween(v, prev, u)) {
      group.push(u);
      continue;
    }
    if (u.first !== prev.last + 1) break;
    const tok = v.tokens[u.first] as Tok;
    const gap = v.norm.slice((v.tokens[prev.last] as Tok).end, tok.start);
    if (!(conjoined(v, u) || /[،,]/.test(gap))) break;
    if (!conjoined(v, u) && k + 1 >= units.length) break;
    group.push(u);
  }
  return group;
}

/** Whether only "و" and a kin noun with its pronoun ("وابنته", "وزوجته") part two persons. */
function kinBetween(v: SentenceView, prev: Unit, u: Unit): boolean {
  if (u.first !== prev.last + 2 || u.ref.kind !== "person" || prev.ref.kind !== "person")
    return false;
  const kin = (v.tokens[prev.last + 1] as Tok).text;
  return kin.startsWith("و") && v.words.kin_heads.has(kin.slice(1));
}

/**
 * "بين قوات الأمن وأنصار للمعارضة"، "بين الجيش وعناصر من التنظيم": و and a noun of members
 * (with لـ or من before their body) part two sides; the members stand for their body.
 */
function membersBetween(v: SentenceView, prev: Unit, u: Unit): boolean {
  const gap = u.first - prev.last;
  if (gap !== 2 && gap !== 3) return false;
  const noun = (v.tokens[prev.last + 1] as Tok).text;
  if (!noun.startsWith("و") || !v.words.member_nouns.has(noun.slice(1))) return false;
  // Bare or with لـ ("أنصار المعارضة"، "أنصار للمعارضة"); nothing else on the body's name.
  const clitics = u.first === u.found.first ? mentionClitics(v, u.found) : "";
  return gap === 2
    ? /^(لل?)?$/.test(clitics.replace(/ال$/, ""))
    : v.tokens[prev.last + 2]?.text === "من";
}

/** Units coordinated with `u` that precede it (for subjects before the verb). */
export function coordinatedBefore(v: SentenceView, units: Unit[], idx: number): Unit[] {
  const group = [units[idx] as Unit];
  for (let k = idx - 1; k >= 0; k--) {
    const next = group[0] as Unit;
    const u = units[k] as Unit;
    if (next.first !== u.last + 1) break;
    const tok = v.tokens[next.first] as Tok;
    const gap = v.norm.slice((v.tokens[u.last] as Tok).end, tok.start);
    if (!(conjoined(v, next) || /[،,]/.test(gap))) break;
    group.unshift(u);
  }
  return group;
}

/**
 * An organisation of people that may hold a protest: its name opens with a word of
 * words.json protesting_org_heads (a union, a party, a movement: "الاتحاد العام التونسي
 * للشغل"، "حركة السترات الصفراء").
 */
export function protestingBody(v: SentenceView, u: Unit): boolean {
  if (u.ref.kind !== "organization") return false;
  const first = normalizeForMatch(u.ref.label_ar).split(" ")[0] ?? "";
  return v.words.protesting_org_heads.has(first.replace(/^ال/, ""));
}

/** A group without a name: a sector the recognizer read ("مسلحون"، "الطلاب"، "المتظاهرين"). */
export function unnamedGroup(u: Unit): boolean {
  return u.ref.kind === "group" && u.found.rule.startsWith("generic");
}
