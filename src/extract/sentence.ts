// Relations of one sentence: triggers (verbs and nominal patterns from the lexicon), their
// arguments (subjects before or after the verb, objects after it or its preposition,
// coordinated actors), and the frame they sit in (who says so, denial, negation, modality).
import { adjacent, type Found } from "../recognize/found.js";
import { type Tok, tokStems } from "../recognize/segment.js";
import type { Modality, Polarity, RelationType } from "../schema.js";
import { normalizeForMatch } from "../text/normalize.js";
import { bundledWords } from "../text/words.js";
import { accuseDrafts, apposedObject, topicDrafts, unnamedSubject } from "./frames-accuse.js";
import {
  conflictDrafts,
  dropPassiveAssault,
  dropWarnedAbout,
  unnegateEasing,
} from "./frames-conflict.js";
import { cooperationDrafts } from "./frames-cooperation.js";
import type { Lexicon, NounEntry, VerbEntry, VerbForm } from "./lexicon.js";
import { describedSpeaker } from "./speaker.js";
import {
  coordinatedAfter,
  coordinatedBefore,
  headClitic,
  type SentenceView,
  type Unit,
  unitOf,
} from "./units.js";

export interface Trigger {
  kind: "verb" | "noun" | "speech";
  first: number;
  last: number;
  verb?: VerbForm;
  noun?: NounEntry;
  /** سـ / سوف before an imperfect verb. */
  future: boolean;
  /** A pronoun suffix on a noun head (زيارته): its owner is the clause's subject. */
  pronoun: boolean;
  /** Tokens of a subject standing inside a multi-word predicate ("فتحت الشرطة النار"). */
  split?: [number, number];
}

export interface Draft {
  type: RelationType;
  mode: string | null;
  source: Unit;
  target: Unit;
  polarity: Polarity;
  modality: Modality;
  attributedTo: Unit | null;
  /** Token range of the evidence. */
  first: number;
  last: number;
  rule: string;
  confidence: number;
  event?: string;
}

// The closed classes the rules read (negators, hypothetical and future words,
// complementizers, prepositions, clause breaks ...) are word lists in lexicon/words.json,
// read through bundledWords() and named there after what they hold.

/** Prepositions of the frames with one word ("between", "from", "with"); normalized. */
const BETWEEN: ReadonlySet<string> = new Set(["بين"]);
const FROM: ReadonlySet<string> = new Set(["من"]);
const WITH: ReadonlySet<string> = new Set(["مع"]);
const EMPTY: ReadonlySet<string> = new Set();

const tok = (v: SentenceView, i: number) => v.tokens[i] as Tok;
/** A preposition without a conjunction before it: "وفي" -> "في", "في" stays "في". */
const unconjoined = (word: string) =>
  bundledWords().core_prepositions.has(word) || BETWEEN.has(word)
    ? word
    : word.replace(/^[وف]/, "");
const PREP_NORM = new Map<string, string>();
const normPrep = (p: string) => {
  let n = PREP_NORM.get(p);
  if (n === undefined) {
    n = normalizeForMatch(p);
    PREP_NORM.set(p, n);
  }
  return n;
};
const breaksCache = new WeakMap<Tok[], number[]>();

function clauseEnd(v: SentenceView, from: number): number {
  let breaks = breaksCache.get(v.tokens);
  if (!breaks) {
    // Words that open a new clause: a reported claim or a denial does not reach past them.
    const clauseBreaks = bundledWords().clause_breaks;
    breaks = [];
    for (let j = 0; j < v.tokens.length; j++) {
      // The word itself, or its reading without proclitics ("ولكن", "برغم").
      if (tokStems(tok(v, j)).some((x) => clauseBreaks.has(x.stem))) breaks.push(j);
    }
    breaksCache.set(v.tokens, breaks);
  }
  for (const j of breaks) if (j >= from) return j;
  return v.tokens.length;
}

/**
 * What a token can open as a trigger under `lex`: its verb readings (و/ف, سـ, لـ stripped)
 * that are verbs of saying or lexicon verbs (forms longest predicate first), and the noun
 * heads of its proclitic readings (longest head first); null when it opens nothing. Tokens
 * repeat and most open nothing, so this is computed once per distinct token text and lexicon,
 * on the token's info record.
 */
function verbCandidates(
  t: Tok,
  lex: Lexicon,
): {
  verbs: Array<{ future: boolean; speech: boolean; forms: VerbForm[] }>;
  nouns: Array<Array<{ entry: NounEntry; tokens: string[] }>>;
} | null {
  const info = t.info;
  if (!info) return computeCandidates(t, lex);
  if (info.lexOwner !== lex) {
    info.lexMemo = computeCandidates(t, lex);
    info.lexOwner = lex;
  }
  return info.lexMemo as ReturnType<typeof verbCandidates>;
}

function computeCandidates(t: Tok, lex: Lexicon): ReturnType<typeof verbCandidates> {
  const text = t.text;
  const forms: Array<{ form: string; future: boolean }> = [{ form: text, future: false }];
  // و / ف before the verb (character codes: this runs for every distinct token).
  const c0 = text.charCodeAt(0);
  const noConj = c0 === 0x0648 || c0 === 0x0641 ? text.slice(1) : text;
  // Two letters are enough for a doubled verb ("وشن"): only lexicon forms match anyway.
  if (noConj !== text && noConj.length >= 2) forms.push({ form: noConj, future: false });
  for (const x of [text, noConj]) {
    const x0 = x.charCodeAt(0);
    const x1 = x.charCodeAt(1);
    // سـ (future) or لـ + imperfect (purpose: "ليلتقي") before يـ / تـ.
    if ((x0 === 0x0633 || x0 === 0x0644) && (x1 === 0x064a || x1 === 0x062a) && x.length >= 4)
      forms.push({ form: x.slice(1), future: true });
  }
  const verbs: NonNullable<ReturnType<typeof verbCandidates>>["verbs"] = [];
  for (const c of forms) {
    const speech = lex.speech.has(c.form);
    const known = lex.verbs.get(c.form);
    // Longest multi-word predicate first ("فرض عقوبات" before "فرض").
    const sorted = known ? [...known].sort((a, b) => b.rest.length - a.rest.length) : [];
    if (speech || known) verbs.push({ future: c.future, speech, forms: sorted });
  }
  const nouns: NonNullable<ReturnType<typeof verbCandidates>>["nouns"] = [];
  for (const st of tokStems(t)) {
    const heads = lex.nouns.get(st.stem);
    if (heads) nouns.push([...heads].sort((a, b) => b.tokens.length - a.tokens.length));
  }
  return verbs.length || nouns.length ? { verbs, nouns } : null;
}

/** زيارته = زيارة + ه, اجتماعه = اجتماع + ه: a head of the same entry plus a pronoun suffix. */
const headSets = new WeakMap<NounEntry, Set<string>>();

function hasPronounSuffix(head: string, entry: NounEntry): boolean {
  let bases = headSets.get(entry);
  if (!bases) {
    bases = new Set(entry.heads.map(normalizeForMatch));
    headSets.set(entry, bases);
  }
  const m = /^(.+?)(ه|ها|هما|هم)$/.exec(head);
  if (!m) return false;
  const base = m[1] as string;
  return bases.has(base) || (base.endsWith("ت") && bases.has(`${base.slice(0, -1)}ه`));
}

const needsCache = new WeakMap<VerbForm["entry"], string[]>();
/** How far after a verb the word that fixes its sense may stand ("وقع البلدان اتفاقا"). */
const SENSE_WINDOW = 5;

/** Whether a verb with a sense constraint has one of its words after it. */
function senseOk(v: SentenceView, last: number, f: VerbForm): boolean {
  const raw = f.entry.needs_after;
  if (raw.length === 0) return true;
  let needs = needsCache.get(f.entry);
  if (!needs) {
    needs = raw.map(normalizeForMatch);
    needsCache.set(f.entry, needs);
  }
  for (let k = last + 1; k <= last + SENSE_WINDOW && k < v.tokens.length; k++) {
    for (const st of tokStems(tok(v, k)))
      if (needs.some((w) => st.stem.startsWith(w) || st.stem.startsWith(`ال${w}`))) return true;
  }
  return false;
}

const notAfterCache = new WeakMap<object, string[]>();

/** Whether the word right after `last` starts with one of `raw` (the other sense: هجوم كلامي). */
function otherSense(v: SentenceView, last: number, owner: object, raw: string[]): boolean {
  if (raw.length === 0) return false;
  let words = notAfterCache.get(owner);
  if (!words) {
    words = raw.map(normalizeForMatch);
    notAfterCache.set(owner, words);
  }
  const next = v.tokens[last + 1];
  if (!next) return false;
  return tokStems(next).some((st) =>
    (words as string[]).some((w) => st.stem.startsWith(w) || st.stem.startsWith(`ال${w}`)),
  );
}

/** "حذر من أن ...", "محذرا من أن ...": a warning that something is so, not a threat to anyone. */
function warnsThat(v: SentenceView, last: number, f: VerbForm): boolean {
  if (f.entry.type !== "THREATEN") return false;
  const complementizers = bundledWords().complementizers;
  const next = v.tokens[last + 1]?.text;
  const after = v.tokens[last + 2]?.text;
  const that = (w: string | undefined) => w !== undefined && complementizers.has(w);
  return that(next) || (next === "من" && that(after));
}

export function findTriggers(
  v: SentenceView,
  lex: Lexicon,
  covered: Array<Found | undefined>,
): Trigger[] {
  const out: Trigger[] = [];
  for (let i = 0; i < v.tokens.length; i++) {
    if (covered[i]) continue;
    const readings = verbCandidates(tok(v, i), lex);
    if (!readings) continue;
    let matched = false;
    for (const c of readings.verbs) {
      if (c.speech) {
        out.push({ kind: "speech", first: i, last: i, future: c.future, pronoun: false });
        matched = true;
        break;
      }
      for (const f of c.forms) {
        const restAt = (from: number) =>
          f.rest.every((r, k) => {
            const n = v.tokens[from + k];
            return n && tokStems(n).some((s) => s.stem === r || s.stem === `ال${r}`);
          });
        // The subject may stand inside the predicate: "فتحت الشرطة النار", "فرضت واشنطن عقوبات".
        const inner = f.rest.length > 0 && !restAt(i + 1) ? covered[i + 1] : undefined;
        const from = inner && inner.first === i + 1 ? inner.last + 1 : i + 1;
        if (!restAt(from) || !senseOk(v, from + f.rest.length - 1, f)) continue;
        if (warnsThat(v, from + f.rest.length - 1, f)) continue;
        if (otherSense(v, from + f.rest.length - 1, f.entry, f.entry.not_after)) continue;
        const prev = v.tokens[i - 1]?.text;
        out.push({
          kind: "verb",
          first: i,
          last: from + f.rest.length - 1,
          verb: f,
          future: c.future || prev === "سوف" || prev === "وسوف",
          pronoun: false,
          ...(from > i + 1 ? { split: [i + 1, from - 1] as [number, number] } : {}),
        });
        matched = true;
        break;
      }
      if (matched) break;
    }
    if (matched) {
      i = (out[out.length - 1] as Trigger).last;
      continue;
    }
    for (const sorted of readings.nouns) {
      const h = sorted.find((x) =>
        x.tokens.slice(1).every((r, k) => v.tokens[i + 1 + k]?.text === r && !covered[i + 1 + k]),
      );
      if (!h) continue;
      if (otherSense(v, i + h.tokens.length - 1, h.entry, h.entry.not_after)) continue;
      out.push({
        kind: "noun",
        first: i,
        last: i + h.tokens.length - 1,
        noun: h.entry,
        future: false,
        pronoun: h.tokens.length === 1 && hasPronounSuffix(h.tokens[0] as string, h.entry),
      });
      i += h.tokens.length - 1;
      break;
    }
  }
  return out;
}

/** The preposition a unit carries: a proclitic (لروسيا) or the word before it (مع بلينكن). */
export function prepOf(v: SentenceView, u: Unit): string {
  const t = tok(v, u.first);
  // The clitics before the phrase's first word: before the name itself, or before the office
  // or group word that opens it ("مع ولي العهد" has none: و and ل belong to ولي).
  const prefixLength =
    u.first === u.found.first ? Math.max(0, u.found.start - t.start) : headClitic(t);
  const prefix = t.text.slice(0, prefixLength);
  const p = prefix.replace(/^[وف]/, "").replace(/ال$/, "");
  if (p === "ب" || p === "ل" || p === "ك" || p === "لل") return p === "لل" ? "ل" : p;
  const before = v.tokens[u.first - 1];
  if (before) {
    // Normalized: إلى/الى -> الي, على -> علي. "في" itself starts with ف: only a ف or و
    // before a preposition is a conjunction ("وفي", "فمن").
    const b = unconjoined(before.text);
    if (bundledWords().core_prepositions.has(b) || BETWEEN.has(b)) {
      // "كلا من روسيا وإيران": a list, not a preposition (after a preposition, "في كل من
      // رومانيا والمجر", or a conjunction, "بين إيران وكل من ...", the list keeps من).
      const opener = v.tokens[u.first - 2];
      const outer = v.tokens[u.first - 3];
      const o = outer ? unconjoined(outer.text) : "";
      const afterPrep = bundledWords().core_prepositions.has(o) || BETWEEN.has(o);
      if (b === "من" && opener && bundledWords().list_openers.has(opener.text) && !afterPrep)
        return "";
      return b;
    }
    // A detached clitic ("لـ CNN", "بـ 13 صوتا"; the tatweel is normalized away).
    if (b === "ل" || b === "ب" || b === "ك") return b;
  }
  return prefix.startsWith("و") ? "و" : "";
}

/** Subject after the verb (VSO), allowing time words between them. */
function subjectAfter(v: SentenceView, units: Unit[], from: number): Unit[] | null {
  const { fillers, quantities, weekdays } = bundledWords();
  for (let k = 0; k < units.length; k++) {
    const u = units[k] as Unit;
    if (u.first < from) continue;
    for (let j = from; j < u.first; j++) {
      const t = tok(v, j).text;
      const filler = fillers.has(t) || quantities.has(t) || /^\d+$/.test(t);
      if (!filler && !weekdays.has(t) && !weekdays.has(t.replace(/^ال/, ""))) return null;
    }
    if (u.place || (prepOf(v, u) !== "" && prepOf(v, u) !== "و")) return null;
    return u.members ?? coordinatedAfter(v, units, k).flatMap((x) => x.members ?? [x]);
  }
  return null;
}

/** Subject before the verb (SVO): the nearest unit ending right before it. */
function subjectBefore(v: SentenceView, units: Unit[], verbFirst: number): Unit[] | null {
  const w = bundledWords();
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
      !adjacent(v.norm, tok(v, u.last).end, tok(v, u.last + 1).start)
    )
      return null;
    for (let j = u.last + 1; j < verbFirst; j++) {
      if (j > u.last + 1 && !adjacent(v.norm, tok(v, j - 1).end, tok(v, j).start)) return null;
      const t = tok(v, j).text;
      if (
        !w.negators.has(t) &&
        !w.hypothetical.has(t) &&
        !w.future.has(t) &&
        !w.relatives_before_verb.has(t)
      )
        return null;
    }
    if (u.place) return null;
    const p = prepOf(v, u);
    if (p !== "" && p !== "و" && !(u.members && p === "")) return null;
    return u.members ?? coordinatedBefore(v, units, k).flatMap((x) => x.members ?? [x]);
  }
  return null;
}

/**
 * An attack on what an actor owns: a target noun ("targetNouns": مقر، مواقع، دورية) up to
 * three words before `u`, owned by it through لـ or a genitive ("مقرا للشرطة", "مواقع
 * المسلحين", "نقطة تفتيش للشرطة"). Returns the preposition the target noun carries (what
 * the attack word governs), or null when no target noun stands there.
 */
function targetPrep(v: SentenceView, u: Unit, targets: ReadonlySet<string>): string | null {
  if (targets.size === 0) return null;
  const own = prepOf(v, u);
  if (own !== "ل" && own !== "") return null;
  for (let k = u.first - 1; k >= 0 && u.first - k <= 3; k--) {
    const t = tok(v, k);
    if (!adjacent(v.norm, t.end, tok(v, k + 1).start) || v.byLast.has(k)) return null;
    const st = tokStems(t).find((x) => targets.has(x.stem.replace(/^ال(?=...)/, "")));
    if (!st) continue;
    // A genitive owner right after its noun, or لـ on the owner (one word may stand between).
    if (own === "" && k !== u.first - 1) return null;
    const clitic = t.text.slice(0, st.prefixLength).replace(/^[وف]/, "").replace(/ال$/, "");
    if (clitic === "ب" || clitic === "ل" || clitic === "ك") return clitic;
    const before = v.tokens[k - 1];
    if (before) {
      const b = unconjoined(before.text);
      if (bundledWords().core_prepositions.has(b)) return b;
    }
    return "";
  }
  return null;
}

/** The object: the first unit after `from` with an allowed preposition, before `limit`. */
function objectAfter(
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
    if (!allowed(p) && !allowed(targetPrep(v, u, targets)) && !bridged()) continue;
    return u.members ?? coordinatedAfter(v, units, k).flatMap((x) => x.members ?? [x]);
  }
  return null;
}

/** The first unit after `from` with one of the (normalized) prepositions `prep`. */
function unitAfterPrep(
  v: SentenceView,
  units: Unit[],
  from: number,
  limit: number,
  prep: ReadonlySet<string>,
  targets: ReadonlySet<string> = EMPTY,
): { unit: Unit; group: Unit[] } | null {
  for (let k = 0; k < units.length; k++) {
    const u = units[k] as Unit;
    if (u.first < from) continue;
    if (u.first > limit) return null;
    const p = prepOf(v, u);
    // Or the preposition sits on a noun the actor owns: "رفضه لعقوبات إدارة ترامب",
    // "عقوبات على حكومة كوريا الشمالية", "غارات على مواقع المسلحين".
    const tp = targetPrep(v, u, targets);
    const viaNoun = (p === "" && bridgedPrep(v, u, prep)) || (tp !== null && prep.has(tp));
    if (prep.has(p) || viaNoun) {
      return {
        unit: u,
        group: u.members ?? coordinatedAfter(v, units, k).flatMap((x) => x.members ?? [x]),
      };
    }
  }
  return null;
}

/**
 * The word before `u` carries one of `prep` and is a bridging noun ("bridge_nouns", that
 * stand between a relation word and the actor that owns them: "لعقوبات", "على حكومة").
 */
function bridgedPrep(v: SentenceView, u: Unit, prep: ReadonlySet<string>): boolean {
  const before = v.tokens[u.first - 1];
  if (!before) return false;
  const bridges = bundledWords().bridge_nouns;
  for (const st of tokStems(before)) {
    if (!bridges.has(st.stem)) continue;
    const clitic = before.text.slice(0, st.prefixLength).replace(/^[وف]/, "");
    if (clitic && prep.has(clitic)) return true;
    const prevTok = v.tokens[u.first - 2];
    const prev = prevTok ? unconjoined(prevTok.text) : undefined;
    if (!clitic && prev && prep.has(prev)) return true;
  }
  return false;
}

export interface Frame {
  /** Who the complement is attributed to. */
  speaker: Unit | null;
  /** All subjects of the framing verb ("تنفي كوريا الشمالية وروسيا"). */
  subjects: Unit[];
  /** The framing draft (an accusation without a stated object takes its target later). */
  draftType: RelationType | null;
  mode: string | null;
  verbFirst: number;
  /** First token of the complement, and the first token after it. */
  from: number;
  to: number;
  negates: boolean;
  /** For accusations: the accused, the implicit subject of the complement. */
  accused: Unit | null;
}

/**
 * A nisba right after a noun names its owner: "الغزو الروسي لأوكرانيا", "العقوبات الأمريكية
 * على إيران" (one more adjective may stand between: "التدخل العسكري الروسي").
 */
function nisbaOwner(v: SentenceView, t: Pick<Trigger, "last">): Unit | undefined {
  for (let k = t.last + 1; k <= t.last + 2 && k < v.tokens.length; k++) {
    const f = v.byFirst.get(k);
    if (f?.adjective && f.entity.kind === "state") {
      return unitOf(f);
    }
    if (f || !tok(v, k).text.startsWith("ال")) return undefined;
  }
  return undefined;
}

/** A state's nisba ending up to three words before `first` ("فلسطينيا" of the victims). */
function nisbaBefore(v: SentenceView, first: number): Unit | undefined {
  for (let k = first - 1; k >= 0 && first - k <= 3; k--) {
    const f = v.byLast.get(k);
    if (f?.adjective && f.entity.kind === "state") {
      return unitOf(f);
    }
    if (f) return undefined;
  }
  return undefined;
}

/** Stances whose object a state's nisba may name ("رفضت إيران العقوبات الأمريكية"). */
const NISBA_OBJECT_TYPES = new Set<RelationType>(["ACCUSE", "REJECT", "SUPPORT"]);

/**
 * A stance taken on what a state did or holds: the object right after the verb (or its
 * subject) is a definite noun with that state's nisba ("رفض لافروف العقوبات الأمريكية",
 * "أدانت مصر القصف الإسرائيلي", "رحب بالقرار الفرنسي"); the state is the object. Only a
 * direct object or one after ب, and never when an actor is named right there.
 */
function nisbaObject(
  v: SentenceView,
  units: Unit[],
  after: number,
  entry: VerbEntry,
): Unit[] | null {
  if (!NISBA_OBJECT_TYPES.has(entry.type) || after >= v.tokens.length) return null;
  if (units.some((u) => u.first === after)) return null;
  const text = unconjoined(tok(v, after).text);
  const definite = text.startsWith("ال") && entry.preps.includes("");
  const withB = text.startsWith("بال") && entry.preps.some((p) => normPrep(p) === "ب");
  if (!definite && !withB) return null;
  const owner = nisbaOwner(v, { last: after });
  // Right after its noun: "الاتفاق النووي الإيراني" is a deal, not Iran's doing.
  return owner && owner.first === after + 1 ? [owner] : null;
}

/**
 * A stance noun's لـ on what a state did or holds: "رفضها للعقوبات الأمريكية", "رفضها
 * القاطع للعملية الإسرائيلية" (one adjective may stand before it). The state of the nisba,
 * right after its noun, is the one the stance is towards.
 */
function nisbaAfterL(
  v: SentenceView,
  units: Unit[],
  from: number,
  n: NounEntry,
): { unit: Unit; group: Unit[] } | null {
  if (!NISBA_OBJECT_TYPES.has(n.type)) return null;
  for (let k = from; k <= from + 1 && k < v.tokens.length; k++) {
    if (units.some((u) => u.first <= k && k <= u.last)) return null;
    const text = unconjoined(tok(v, k).text);
    if (text.startsWith("لل")) {
      const owner = nisbaOwner(v, { last: k });
      return owner && owner.first === k + 1 ? { unit: owner, group: [owner] } : null;
    }
    if (!text.startsWith("ال")) return null;
  }
  return null;
}

/**
 * "الرحلة الأخيرة للزعيم الكوري الشمالي ... إلى روسيا": after a definite noun (and one
 * adjective), لـ marks the owner when إلى names the destination further on.
 */
function lOwner(v: SentenceView, units: Unit[], t: Trigger, frame: string): Unit | undefined {
  if (
    frame !== "genitive-to" ||
    !tok(v, t.first)
      .text.replace(/^[وفبل]/, "")
      .startsWith("ال")
  )
    return undefined;
  const u = units.find(
    (x) => (x.first === t.last + 1 || x.first === t.last + 2) && prepOf(v, x) === "ل",
  );
  if (!u) return undefined;
  if (u.first === t.last + 2 && !tok(v, t.last + 1).text.startsWith("ال")) return undefined;
  const dest = units.some(
    (x) => x.first > u.last && x.first <= u.last + 8 && prepOf(v, x) === "الي",
  );
  return dest ? u : undefined;
}

const SYMMETRIC_NOUNS = new Set<RelationType>(["COOPERATE", "CONSULT", "AGREE", "AID"]);

/**
 * Who a nominal relation belongs to when the noun names no one: the accused of an enclosing
 * accusation, else the nearest actor before it inside its clause ("إن كوريا الشمالية ستدفع
 * ثمن أي إمدادات أسلحة لروسيا"), else the subject of the nearest verb, else (a pronoun suffix,
 * زيارته) the previous sentence's subject.
 */
function nounOwner(
  v: SentenceView,
  units: Unit[],
  t: Trigger,
  frame: Frame | null,
  verbSubjects: Array<{ at: number; subject: Unit[] }>,
  previousSubject: Unit[] | null,
): Unit[] | null {
  if (frame?.accused) return [frame.accused];
  const from = frame?.from ?? 0;
  for (let k = units.length - 1; k >= 0; k--) {
    const u = units[k] as Unit;
    if (u.last >= t.first || u.first < from || u.place) continue;
    if (prepOf(v, u) === "" || prepOf(v, u) === "و") {
      return u.members ?? coordinatedBefore(v, units, k).flatMap((x) => x.members ?? [x]);
    }
  }
  const near = [...verbSubjects].sort(
    (a, b) => Math.abs(a.at - t.first) - Math.abs(b.at - t.first),
  )[0];
  if (near) return near.subject;
  return t.pronoun ? previousSubject : null;
}

export interface SentenceResult {
  drafts: Draft[];
  /** The subject of the sentence's first verb (for a pronoun subject in the next sentence). */
  subject: Unit[] | null;
  /** Speech and accusation frames: who says what stands between `from` and `to`. */
  frames: Frame[];
  /** The source of "بحسب X" / "وفقا لـ X": the whole sentence is X's claim. */
  according: Unit | null;
}

/** The innermost frame around token `i`, if any. */
export function frameAround(frames: readonly Frame[], i: number): Frame | null {
  let best: Frame | null = null;
  for (const f of frames) if (f.from <= i && i < f.to && (!best || f.from >= best.from)) best = f;
  return best;
}

export function modalityAt(v: SentenceView, first: number, t: Pick<Trigger, "future">): Modality {
  if (t.future) return "future";
  const { conditionals, hypothetical, future } = bundledWords();
  // A condition governs its clause: "وإذا مضى البلدان في التوصل إلى اتفاق".
  for (let j = first - 1; j >= 0 && first - j <= 10; j--) {
    if (conditionals.has(tok(v, j).text)) return "hypothetical";
    if (/[،,.:؛]/.test(v.norm.slice(tok(v, j).end, tok(v, j + 1).start))) break;
  }
  for (let j = Math.max(0, first - 3); j < first; j++) {
    const w = tok(v, j).text;
    if (hypothetical.has(w)) return "hypothetical";
    if (future.has(w)) return "future";
  }
  return "asserted";
}

export function negatedAt(v: SentenceView, first: number, noun = false): boolean {
  const { light_verb_negators, noun_negators, negators } = bundledWords();
  // Before a noun, a negated light verb counts too: "لم تقم مطلقا بصفقات أسلحة".
  if (noun) {
    for (let j = Math.max(0, first - 4); j < first - 1; j++) {
      const w = tok(v, j).text;
      if (light_verb_negators.has(w)) return true;
      // "لا وجود لأي مفاوضات"
      if (w === "وجود" && j > 0 && noun_negators.has(tok(v, j - 1).text)) return true;
    }
  }
  for (let j = Math.max(0, first - 2); j < first; j++) {
    const w = tok(v, j).text;
    // "ما" negates only right before a verb; before a noun it is "what" (ما وصفوه بـ).
    if (noun ? noun_negators.has(w) : negators.has(w) && (w !== "ما" || j === first - 1))
      return true;
  }
  return false;
}

const accordingCache = new WeakMap<Lexicon, Set<string>>();

/** First words of "بحسب", "وفقا لـ" ...: most tokens are ruled out by one lookup. */
function accordingFirst(lex: Lexicon): Set<string> {
  let s = accordingCache.get(lex);
  if (!s) {
    s = new Set(lex.accordingTo.map((a) => a[0] as string));
    accordingCache.set(lex, s);
  }
  return s;
}

/** Every pair of distinct actors of a group, in order ("A وB وC": A–B, A–C, B–C). */
function everyPair(group: readonly Unit[]): Array<[Unit, Unit]> {
  const out: Array<[Unit, Unit]> = [];
  for (let i = 0; i < group.length; i++)
    for (let j = i + 1; j < group.length; j++) {
      const a = group[i] as Unit;
      const b = group[j] as Unit;
      if (a.ref.id !== b.ref.id) out.push([a, b]);
    }
  return out;
}

export function extractSentence(
  v: SentenceView,
  lex: Lexicon,
  units: Unit[],
  triggers: Trigger[],
  previousSubject: Unit[] | null,
): SentenceResult {
  const w = bundledWords();
  const drafts: Draft[] = [];
  const frames: Frame[] = [];
  let sentenceSubject: Unit[] | null = null;
  let speechSubject: Unit[] | null = null;
  const verbSubjects: Array<{ at: number; subject: Unit[] }> = [];
  // "بحسب X" / "وفقا لـ X": the whole sentence is X's claim.
  let according: Unit | null = null;
  const firsts = accordingFirst(lex);
  for (let i = 0; i < v.tokens.length && !according; i++) {
    const t = tok(v, i).text;
    // Most words start no "بحسب": one lookup (two with a leading و) rules them out.
    const first = firsts.has(t)
      ? t
      : t.charCodeAt(0) === 0x648 && firsts.has(t.slice(1))
        ? t.slice(1)
        : null;
    if (first === null) continue;
    for (const a of lex.accordingTo) {
      const w = a.every((x, k) => {
        const t = v.tokens[i + k]?.text.replace(/^و/, "");
        return t === x || (k === a.length - 1 && t?.startsWith(x));
      });
      if (w) {
        according =
          units.find((u) => u.first >= i && u.first <= i + a.length + 1 && !u.place) ?? null;
        break;
      }
    }
  }
  const frameAt = (i: number): Frame | null => frameAround(frames, i);
  // Nominal triggers do not end a verb's reach; verbs and verbs of saying do.
  const nextTriggerAfter = (i: number) =>
    triggers.find((t) => t.first > i && t.kind !== "noun")?.first ?? v.tokens.length;

  for (const t of triggers) {
    if (t.kind === "noun") continue;
    const frame = frameAt(t.first);
    // Subject: after the verb, else before it, else the accused of an enclosing accusation,
    // else (sentence-initial verb) the previous sentence's subject.
    // SVO when an actor stands right before the verb ("إسرائيل هاجمت إيران"), else VSO.
    // A participle ("مؤكدا", "داعيا") continues its clause: the subject is the clause's.
    const participle = t.kind === "verb" && t.verb?.participle === true;
    let subject = participle ? null : subjectBefore(v, units, t.first);
    let vso = false;
    // A verb before its subject is singular in Arabic: after a dual or plural verb
    // ("إنهما يطالبان كوريا الشمالية") the actor is the object, the subject a pronoun.
    const plural = t.kind === "verb" && t.verb?.number !== "singular";
    // After "إنه / أنها / بأنهم" the pronoun is the subject: "قال بوتين إنه سيزور الصين".
    const pronounSubject = [t.first - 1, t.first - 2].some(
      (j) => j >= 0 && w.pronoun_complementizers.has(tok(v, j).text),
    );
    let inferred = false;
    if (participle) {
      const clause: Unit[] | null = verbSubjects[verbSubjects.length - 1]?.subject ?? speechSubject;
      subject = clause ?? (t.first <= 1 ? previousSubject : null);
      inferred = true;
    } else if (t.split) {
      subject = subjectAfter(v, units, t.split[0]);
      vso = true;
    } else if (!subject && !plural && !pronounSubject) {
      subject = subjectAfter(v, units, t.last + 1);
      vso = true;
    }
    if (!subject && frame?.accused) {
      subject = [frame.accused];
      inferred = true;
    }
    // A dropped subject inside a reported clause is the speaker's ("قال بوتين إنه سيزور الصين").
    if (
      !subject &&
      pronounSubject &&
      t.kind === "verb" &&
      frame &&
      frame.subjects.length > 0 &&
      !frame.negates
    ) {
      subject = frame.subjects;
      inferred = true;
    }
    if (!subject && t.first <= 1 && previousSubject && !unnamedSubject(v, units, t)) {
      subject = previousSubject;
      inferred = true;
    }
    // A dual or plural verb with no subject of its own continues the clause's pair
    // ("زعيمي البلدين تعهدا ... عندما التقيا").
    if (!subject && t.kind === "verb" && t.verb?.number !== "singular") {
      const prev = [...verbSubjects].reverse().find((x) => x.subject.length >= 2);
      if (prev) {
        subject = prev.subject;
        inferred = true;
      }
    }
    if (t.kind === "speech") {
      // An unnamed speaker ("وقال مسؤول أمريكي إن") speaks for the state its description names.
      const speaker =
        subject?.[0] ?? (unnamedSubject(v, units, t) ? describedSpeaker(v, t.last) : null);
      // The complement starts at إن/أن or a colon/quote after the verb.
      let from = t.last + 1;
      for (let j = t.last + 1; j < v.tokens.length; j++) {
        if (w.complementizers.has(tok(v, j).text)) {
          from = j + 1;
          break;
        }
      }
      frames.push({
        speaker,
        subjects: subject ?? [],
        from,
        to: clauseEnd(v, from),
        negates: false,
        accused: null,
        draftType: null,
        mode: null,
        verbFirst: t.first,
      });
      speechSubject ??= subject;
      continue;
    }
    const verb = t.verb as VerbForm;
    const entry = verb.entry;
    const after =
      vso && subject && !inferred && !t.split
        ? Math.max(...subject.map((u) => u.last)) + 1
        : t.last + 1;
    const limit = Math.min(nextTriggerAfter(t.last), after + 10);
    const exclude = new Set(subject ?? []);
    // Verbs of saying that are events take their object right away ("اتهمت واشنطن بيونغ يانغ");
    // an actor further on belongs to the reported clause.
    const reach = entry.speech_event ? Math.min(limit, after + 2) : limit;
    const targets = entry.type === "ASSAULT" ? lex.targetNouns : EMPTY;
    let object =
      objectAfter(v, units, after, reach, entry.preps, exclude, targets) ??
      (subject && !inferred ? nisbaObject(v, units, after, entry) : null);
    // "اتهمت المتحدثة ...، ماريا زاخاروفا، بريطانيا": a comma sets the object off.
    const apposed =
      !object && vso && subject && !inferred ? apposedObject(v, subject, entry) : null;
    if (apposed) ({ subject, object } = apposed);
    // Visits: a place that is visited stands for its state.
    if (entry.speech_event) {
      const complementFrom = object ? Math.max(...object.map((u) => u.last)) + 1 : t.last + 1;
      frames.push({
        speaker: subject?.[0] ?? null,
        subjects: subject ?? [],
        from: complementFrom,
        to: clauseEnd(v, complementFrom),
        negates: entry.negates,
        accused: entry.type === "ACCUSE" && object ? (object[0] as Unit) : null,
        draftType: !object && entry.type !== "REJECT" ? entry.type : null,
        mode: entry.mode,
        verbFirst: t.first,
      });
    }
    if (subject) verbSubjects.push({ at: t.first, subject });
    sentenceSubject ??= subject;
    if (!subject) continue;
    let pairs: Array<[Unit, Unit]> = [];
    if (object) {
      for (const s of subject) for (const o of object) pairs.push([s, o]);
    } else if (entry.symmetric && subject.length >= 2 && (verb.number !== "singular" || vso)) {
      // A verb before its subject is singular in Arabic whatever the subject's number.
      // A meeting of several parties is a meeting of every pair of them.
      pairs = everyPair(subject);
    }
    if (pairs.length === 0) continue;
    const negated = negatedAt(v, t.first) || (frame?.negates ?? false);
    // A clash has no attacker: each side assaults the other ("اشتبكت قوات الأمن مع المتظاهرين").
    if (entry.type === "ASSAULT" && entry.symmetric)
      pairs = pairs.flatMap(([a, b]) => [[a, b] as [Unit, Unit], [b, a] as [Unit, Unit]]);
    for (const [s, o] of pairs) {
      if (s.ref.id === o.ref.id) continue;
      // A subject carried over from the previous sentence lies outside this one's tokens.
      const own = (u: Unit) =>
        previousSubject?.includes(u) && subject === previousSubject ? [] : [u];
      const inSentence = [...own(s), ...own(o)];
      // A person's attack is verbal ("هاجم ترامب وسائل الإعلام").
      const personal = s.ref.kind === "person" ? entry.person_type : undefined;
      drafts.push({
        type: personal?.type ?? entry.type,
        mode: personal ? personal.mode : entry.mode,
        source: s,
        target: o,
        polarity: negated ? "negated" : "affirmed",
        modality: modalityAt(v, t.first, t),
        attributedTo: frame?.speaker ?? according,
        first: Math.min(t.first, ...inSentence.map((u) => u.first)),
        last: Math.max(t.last, ...inSentence.map((u) => u.last)),
        rule: `verb-${vso ? "vso" : "svo"}${inferred ? "-inferred" : ""}`,
        confidence: inferred ? 0.55 : object ? 0.8 : 0.7,
        event: entry.event,
      });
    }
  }

  for (const t of triggers) {
    if (t.kind !== "noun") continue;
    const n = t.noun as NounEntry;
    const frame = frameAt(t.first);
    const window = t.last + 12;
    // Clashes, battles: no attacker, each side assaults the other.
    const clash = n.type === "ASSAULT" && n.mode === "clash";
    const targets = n.type === "ASSAULT" ? lex.targetNouns : EMPTY;
    // "هجمات ... شنها الحوثيون على السعودية": a resumptive verb names the doer; the noun
    // adds nothing (and its clause's subject is someone else).
    if (triggers.some((x) => x.verb?.entry.resumptive && x.first > t.last && x.first <= t.last + 6))
      continue;
    const clauseSubject = nounOwner(v, units, t, frame, verbSubjects, previousSubject);
    let pairs: Array<[Unit, Unit]> = [];
    let rule = "";
    // Explicit owners (a genitive or a nisba right after the noun) before a clause's subject.
    const order = (f: string) =>
      f === "between" || f === "from-to" ? 0 : f.startsWith("genitive-") ? 1 : 2;
    const frames = [...n.frames].sort((a, b) => order(a) - order(b));
    for (const fr of frames) {
      if (pairs.length) break;
      if (fr === "between") {
        const b = unitAfterPrep(v, units, t.last + 1, t.last + 4, BETWEEN);
        if (b && b.group.length >= 2) {
          const [a, ...rest] = b.group as [Unit, ...Unit[]];
          pairs =
            SYMMETRIC_NOUNS.has(n.type) || clash ? everyPair(b.group) : rest.map((r) => [a, r]);
          rule = "noun-between";
        }
      } else if (fr === "from-to") {
        const a = unitAfterPrep(v, units, t.last + 1, t.last + 8, FROM);
        const b = a && unitAfterPrep(v, units, a.unit.last + 1, a.unit.last + 6, w.to_prepositions);
        if (a && b) {
          pairs = a.group.flatMap((x) => b.group.map((y) => [x, y] as [Unit, Unit]));
          rule = "noun-from-to";
        }
      } else if (fr === "passive-by") {
        // "الحوثيين، المدعومين من إيران": the agent after من does it to the actor before.
        const agent = unitAfterPrep(v, units, t.last + 1, t.last + 2, FROM);
        const patient = [...units]
          .reverse()
          .find((u) => u.last < t.first && t.first - u.last <= 2 && !u.place);
        if (agent && patient) {
          pairs = agent.group.map((a) => [a, patient] as [Unit, Unit]);
          rule = "noun-passive-by";
        }
      } else if (fr === "by-agent") {
        // "قتل ثلاثة متظاهرين برصاص قوات الأمن": the victims before, the agent right after.
        // The agent may be a nisba ("بالرصاص الإسرائيلي"), and so may the victims ("قتل 125
        // فلسطينيا برصاص إسرائيلي").
        const named = units.find((u) => u.first === t.last + 1 && !u.place);
        const agent = named ?? nisbaOwner(v, t);
        const patient =
          [...units].reverse().find((u) => u.last < t.first && t.first - u.last <= 3 && !u.place) ??
          nisbaBefore(v, t.first);
        if (agent && patient) {
          const agents = named ? coordinatedAfter(v, units, units.indexOf(named)) : [agent];
          pairs = agents.map((a) => [a, patient] as [Unit, Unit]);
          rule = "noun-by-agent";
        }
      } else if (fr.startsWith("genitive-")) {
        const own = t.pronoun
          ? null
          : (units.find((u) => u.first === t.last + 1 && prepOf(v, u) === "") ??
            units.find(
              (u) =>
                u.first === t.last + 2 &&
                prepOf(v, u) === "" &&
                tokStems(tok(v, t.last + 1)).some(
                  (x) => x.prefixLength === 0 && w.bridge_nouns.has(x.stem),
                ),
            ) ??
            nisbaOwner(v, t) ??
            lOwner(v, units, t, fr));
        const prep =
          fr === "genitive-to"
            ? w.to_prepositions
            : fr === "genitive-with"
              ? WITH
              : w.against_prepositions;
        // "هجوم لمسلحين على حاجز للجيش": an attack's لـ names its doer when على follows.
        const lDoer =
          !own && !t.pronoun && fr === "genitive-on" && n.type === "ASSAULT"
            ? units.find(
                (u) =>
                  u.first === t.last + 1 &&
                  prepOf(v, u) === "ل" &&
                  unitAfterPrep(v, units, u.last + 1, u.last + 3, prep, targets) !== null,
              )
            : undefined;
        const doer = own ?? lDoer;
        const owner = doer ? [doer] : t.pronoun ? clauseSubject : null;
        const start = doer ? doer.last + 1 : t.last + 1;
        const b =
          unitAfterPrep(v, units, start, start + 12, prep, targets) ??
          (fr === "genitive-to" && owner ? nisbaAfterL(v, units, start, n) : null);
        if (owner && b) {
          pairs = owner.flatMap((x) => b.group.map((y) => [x, y] as [Unit, Unit]));
          rule = `noun-${fr}`;
        } else if (
          own &&
          !b &&
          n.event === "visit" &&
          clauseSubject &&
          !clauseSubject.includes(own)
        ) {
          // "يعتزم بوتين زيارة الصين": the genitive is what is visited.
          pairs = clauseSubject.map((x) => [x, own] as [Unit, Unit]);
          rule = "noun-visit-object";
        }
      } else if (clauseSubject) {
        const prep =
          fr === "with" ? WITH : fr === "to" ? w.to_prepositions : w.against_prepositions;
        const b = unitAfterPrep(v, units, t.last + 1, window, prep, targets);
        if (b) {
          pairs = clauseSubject.flatMap((x) => b.group.map((y) => [x, y] as [Unit, Unit]));
          rule = `noun-${fr}-clause`;
        }
      }
    }
    // No participants stated: a pair subject shares it ("تعهدا بتعاون عسكري"), and deniers
    // deny it among themselves ("تنفي كوريا الشمالية وروسيا عقد أي صفقات أسلحة").
    if (pairs.length === 0 && SYMMETRIC_NOUNS.has(n.type)) {
      const near =
        clauseSubject &&
        clauseSubject.length >= 2 &&
        clauseSubject.every((u) => t.first - u.last <= 8);
      const group =
        frame?.negates && frame.subjects.length >= 2 ? frame.subjects : near ? clauseSubject : null;
      if (group) {
        pairs = everyPair(group);
        rule = "noun-pair-subject";
      }
    }
    // A protest the noun names no one for is a crowd's: the nearest actor of the clause is
    // only its doer when it is a group (protesters, students), not an official or a state.
    if (n.type === "PROTEST" && (rule.endsWith("-clause") || t.pronoun))
      pairs = pairs.filter(([s]) => s.ref.kind === "group");
    // An attack the noun names no doer for is not the nearest person's: that is who speaks
    // of it, threatens it or blames someone for it ("رجح كوربن أن تكون ... وراء الهجوم على").
    if (n.type === "ASSAULT" && rule.endsWith("-clause"))
      pairs = pairs.filter(([s]) => s.ref.kind !== "person");
    const negated = negatedAt(v, t.first, true) || (frame?.negates ?? false);
    // Between two sides the clash goes both ways; "القتال ضد X" is the subject's fight.
    if (clash && rule === "noun-between")
      pairs = pairs.flatMap(([a, b]) => [[a, b] as [Unit, Unit], [b, a] as [Unit, Unit]]);
    for (const [s, o] of pairs) {
      if (s.ref.id === o.ref.id) continue;
      drafts.push({
        type: n.type,
        mode: n.mode,
        source: s,
        target: o,
        polarity: negated ? "negated" : "affirmed",
        modality: modalityAt(v, t.first, t),
        attributedTo: frame?.speaker ?? according,
        first: Math.min(
          t.first,
          ...[s, o].filter((u) => !previousSubject?.includes(u)).map((u) => u.first),
        ),
        last: Math.max(
          t.last,
          ...[s, o].filter((u) => !previousSubject?.includes(u)).map((u) => u.last),
        ),
        rule,
        confidence: rule.endsWith("clause") ? 0.55 : 0.7,
        event: n.event,
      });
    }
  }
  // An accusation or condemnation with no stated object targets the doer of what it condemns
  // ("أدانت الولايات المتحدة ... تدفق الأسلحة من كوريا الشمالية إلى روسيا").
  for (const f of frames) {
    if (!f.draftType || f.subjects.length === 0) continue;
    const inner = drafts.find(
      (d) => d.first >= f.from && d.attributedTo === f.speaker && d.type !== f.draftType,
    );
    if (!inner) continue;
    // Condemning or fearing a peer relation ("صفقة أسلحة بين روسيا وكوريا الشمالية") is
    // against both parties; otherwise against its doer.
    const peers =
      inner.rule === "noun-between" || ["COOPERATE", "CONSULT", "AGREE"].includes(inner.type);
    const targets = peers ? [inner.source, inner.target] : [inner.source];
    for (const s of f.subjects) {
      for (const target of targets) {
        if (s.ref.id === target.ref.id) continue;
        drafts.push({
          type: f.draftType,
          mode: f.mode,
          source: s,
          target,
          polarity: negatedAt(v, f.verbFirst) ? "negated" : "affirmed",
          modality: "asserted",
          attributedTo: frameAt(f.verbFirst)?.speaker ?? according,
          first: Math.min(f.verbFirst, ...(previousSubject?.includes(s) ? [] : [s.first])),
          last: Math.max(inner.last, ...(previousSubject?.includes(s) ? [] : [s.last])),
          rule: "verb-object-from-complement",
          confidence: 0.6,
        });
      }
    }
  }
  // Accusations in relative clauses and after a parenthesis (frames-accuse.ts).
  drafts.push(...accuseDrafts(v, lex, units, triggers, frames, drafts));
  drafts.push(...topicDrafts(v, units, triggers, frames, drafts));
  // Conflict frames (frames-conflict.ts): victim-genitive nouns ("تسميم سكريبال"), relative
  // objects ("الذي تحتجزه أنقرة"), threatened acts; then negated easing, warnings about, passives.
  drafts.push(...conflictDrafts(v, lex, units, frames, drafts, triggers));
  unnegateEasing(v, drafts);
  dropWarnedAbout(v, drafts);
  dropPassiveAssault(drafts);
  // Cooperative frames (frames-cooperation.ts): meetings with بـ, gatherings, peers of one
  // verb, allies, expelled diplomats, tariffs, aid received, requests, backing.
  drafts.push(
    ...cooperationDrafts({ v, units, triggers, frames, drafts, previousSubject, according }),
  );
  return { drafts, subject: sentenceSubject ?? speechSubject, frames, according };
}
