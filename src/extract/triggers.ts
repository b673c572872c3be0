// Triggers: the tokens that open a relation under the lexicon — verbs (with the rest of a
// multi-word predicate, a subject allowed inside it, and the words that fix their sense),
// verbs of saying, and nominal heads (with a pronoun suffix: زيارته).
import { adjacent, type Found } from "../recognize/found.js";
import { isCount, type Tok, tokStems } from "../recognize/segment.js";
import { alThen, isAlPlus } from "../text/clitics.js";
import { normalizeForMatch } from "../text/normalize.js";
import { asideEnd, normPrep } from "./arguments.js";
import { type Lexicon, type NounEntry, senseWords, type VerbForm } from "./lexicon.js";
import { cognateAccusative } from "./manner.js";
import type { Trigger } from "./scope.js";
import { hasBare, opensList, type SentenceView, type Unit } from "./units.js";

const tok = (v: SentenceView, i: number) => v.tokens[i] as Tok;

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
  verbs: Array<{ form: string; future: boolean; speech: boolean; forms: VerbForm[] }>;
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
    // سـ (future) or لـ + imperfect (purpose: "ليلتقي") before يـ / تـ / نـ ("سنواجه").
    if (
      (x0 === 0x0633 || x0 === 0x0644) &&
      (x1 === 0x064a || x1 === 0x062a || x1 === 0x0646) &&
      x.length >= 4
    )
      forms.push({ form: x.slice(1), future: true });
  }
  const verbs: NonNullable<ReturnType<typeof verbCandidates>>["verbs"] = [];
  for (const c of forms) {
    const speech = lex.speech.has(c.form);
    const known = lex.verbs.get(c.form);
    // Longest multi-word predicate first ("فرض عقوبات" before "فرض").
    const sorted = known ? [...known].sort((a, b) => b.rest.length - a.rest.length) : [];
    if (speech || known) verbs.push({ form: c.form, future: c.future, speech, forms: sorted });
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
  // A definite noun carries no pronoun («المدعومة», normalized «المدعومه»), nor does a
  // passive participle («مدعومة من إيران»): their ه is the feminine ending.
  if (head.startsWith("ال") || entry.frames.every((f) => f === "passive-by")) return false;
  const m = /^(.+?)(ه|ها|هما|هم)$/.exec(head);
  if (!m) return false;
  const base = m[1] as string;
  return bases.has(base) || (base.endsWith("ت") && bases.has(`${base.slice(0, -1)}ه`));
}

/** How many words an unknown body after a subject's من may have before the predicate goes on. */
const UNKNOWN_BODY_WORDS = 3;

/**
 * Where the predicate goes on after "من" and a body no actor names ("مسلحون من عصابة خاليسكو
 * كمينا"): the first place within a few words, none of them a comma, where its rest stands;
 * `from` when none.
 */
function unknownBodyEnd(v: SentenceView, from: number, restAt: (k: number) => boolean): number {
  for (let k = from + 2; k <= from + 1 + UNKNOWN_BODY_WORDS && k < v.tokens.length; k++) {
    if (!adjacent(v.norm, (v.tokens[k - 1] as Tok).end, (v.tokens[k] as Tok).start)) return from;
    if (restAt(k)) return k;
  }
  return from;
}

/**
 * After a subject at `from`, a word that ties it to a body and that body with بـ or لـ
 * ("مرتبطون بتنظيم داعش"، "موالية للحكومة"): the body's last token, else `from - 1`.
 */
function tiedBodyEnd(v: SentenceView, unitLast: ReadonlyMap<number, number>, from: number): number {
  const word = v.tokens[from]?.text ?? "";
  const body = unitLast.get(from + 1);
  const clitic = v.tokens[from + 1]?.text.charAt(0);
  if (!v.words.affiliated.has(word) || body === undefined || (clitic !== "ب" && clitic !== "ل"))
    return from - 1;
  return body;
}

/**
 * Where "من" and the body a subject belongs to end ("جنود من الجيش"، "عناصر من جيش ميانمار":
 * a unit opening one or two words after من), or "في" and the place it stands in ("قوات الأمن
 * في ميانمار"), or `from - 1` when none follows.
 */
function partitiveEnd(
  v: SentenceView,
  unitLast: ReadonlyMap<number, number>,
  from: number,
): number {
  // "فتحت قوات الأمن في ميانمار النار": the place of the subject, in the predicate too.
  if (v.tokens[from]?.text === "في") return unitLast.get(from + 1) ?? from - 1;
  if (v.tokens[from]?.text !== "من") return from - 1;
  for (let k = from + 1; k <= from + 2; k++) {
    const last = unitLast.get(k);
    if (last !== undefined) return last;
  }
  return from - 1;
}

/** How far after a verb the word that fixes its sense may stand ("وقع البلدان اتفاقا"). */
const SENSE_WINDOW = 5;

/**
 * A verb of saying that is also a verb with a sense constraint whose word follows, with no
 * report opened before it ("وتعتبر بريطانيا حماس منظمة إرهابية": a designation, not "تعتبر
 * بريطانيا أن ..."), is read as that verb.
 */
function senseOverSpeech(
  v: SentenceView,
  i: number,
  forms: readonly VerbForm[],
  unitLast: ReadonlyMap<number, number>,
): boolean {
  const sensed = forms.filter((f) => f.entry.needs_after.length > 0 && f.rest.length === 0);
  if (sensed.length === 0) return false;
  // Its subject and its object: after the verb, or the subject right before it. One actor
  // alone is a passive's ("ويعتبر الأكراد إرهابيين"): no accuser is named.
  // The actors after it, one after another ("كل من السعودية والإمارات ... جماعة الإخوان").
  let object = opensList(v, i + 1) && unitLast.has(i + 3) ? i + 2 : i;
  let actors = 0;
  for (let u = unitLast.get(object + 1); u !== undefined; u = unitLast.get(object + 1)) {
    object = u;
    actors++;
  }
  if (actors === 0 || (actors === 1 && !subjectBeforeVerb(v, i))) return false;
  // The sense word is the predicate right after the object, indefinite ("منظمة إرهابية"،
  // "إرهابيا"), not in a name, a phrase against or about terrorism ("شريكا ضد الإرهاب"،
  // "ضحية للإرهاب") or after a negator ("لا منظمة إرهابية").
  const needs = sensed.flatMap((f) => senseWords(f.entry));
  for (let k = object + 1; k <= object + 2 && k < v.tokens.length; k++) {
    const text = tok(v, k).text;
    if (v.words.negators.has(text) || v.found.some((f) => f.first <= k && k <= f.last))
      return false;
    if (needs.some((w) => text.startsWith(w) && text.length > w.length)) return true;
  }
  return false;
}

/** An actor ends right before token `i` (a verb's subject before it). */
const subjectBeforeVerb = (v: SentenceView, i: number) => v.found.some((f) => f.last === i - 1);

/** Whether a verb with a sense constraint has one of its words after it. */
function senseOk(
  v: SentenceView,
  last: number,
  f: VerbForm,
  unitLast: ReadonlyMap<number, number> = new Map(),
): boolean {
  const needs = senseWords(f.entry);
  if (needs.length === 0) return true;
  // The window opens after the verb, and again after the actors that follow it (its subject,
  // joined by و: "وقع وزير الخارجية الإيراني عباس عراقجي والمدير العام للوكالة ... اتفاقا").
  let after = last;
  // "وقعت كل من مصر والسودان اتفاقا": a list opener and its من before those actors.
  if (opensList(v, last + 1) && unitLast.has(last + 3)) after = last + 2;
  for (let u = unitLast.get(after + 1); u !== undefined; u = unitLast.get(after + 1)) after = u;
  // And past an aside set off by commas there ("وقعت مصر والأردن، في ختام قمة ثلاثية،
  // مذكرات تفاهم"، "توصلا، بمشاركة إسبانيا، إلى اتفاق").
  after = asideEnd(v, after + 1) - 1;
  // With actors after the verb, its own window ends with them, and the one after them stops
  // where في opens another phrase ("وقعت الصين وروسيا في خلاف على": a falling out), unless it
  // places the act ("وقعا في القاهرة اتفاقا").
  const windows: Array<[number, number, boolean]> =
    after > last
      ? [
          [last + 1, after, false],
          [after + 1, after + SENSE_WINDOW, true],
        ]
      : [[last + 1, last + SENSE_WINDOW, false]];
  const nouns = needs.filter((w) => !v.words.stopwords.has(w));
  for (const [from, to, later] of windows) {
    for (let k = from; k <= to && k < v.tokens.length; k++) {
      // (A في right after the actors may be the verb's own: "يشارك ترامب في قمة".)
      if (later && tok(v, k - 1).text === "في" && k - 1 > after + 1 && !placeAt(v, k)) break;
      // Right after the actors any word of the sense ("وقعت إيران على")، further no preposition.
      const words = later && k > after + 1 ? nouns : needs;
      // "أحرقوا العلم أمام البيت الأبيض": a word beside the act is not its object.
      if (v.words.beside_words.has(tok(v, k - 1).text)) continue;
      for (const st of tokStems(tok(v, k)))
        if (words.some((w) => st.stem.startsWith(w) || alThen(st.stem, w))) return true;
    }
  }
  return false;
}

/** Whether a place or a state's name opens at token `k`. */
function placeAt(v: SentenceView, k: number): boolean {
  const f = v.byFirst.get(k);
  return !!f && (f.entity.kind === "place" || (f.entity.kind === "state" && !f.adjective));
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
    (words as string[]).some((w) => st.stem.startsWith(w) || alThen(st.stem, w)),
  );
}

const notBeforeCache = new WeakMap<readonly string[], Set<string>>();

/** The word before token `i`, without و / ف and ال, is one of `raw` (as written). */
function senseBefore(v: SentenceView, i: number, raw: readonly string[]): boolean {
  const before = v.tokens[i - 1];
  if (raw.length === 0 || !before) return false;
  let words = notBeforeCache.get(raw);
  if (!words) {
    words = new Set(raw.map(normalizeForMatch));
    notBeforeCache.set(raw, words);
  }
  const set = words;
  return tokStems(before).some((st) => set.has(st.stem.replace(/^ال(?=..)/, "")));
}

/** "حذر من أن ...", "محذرا من أن ...": a warning that something is so, not a threat to anyone. */
function warnsThat(v: SentenceView, last: number, f: VerbForm): boolean {
  if (f.entry.type !== "THREATEN") return false;
  const complementizers = v.words.complementizers;
  const next = v.tokens[last + 1]?.text;
  const after = v.tokens[last + 2]?.text;
  const that = (w: string | undefined) => w !== undefined && complementizers.has(w);
  return that(next) || (next === "من" && that(after));
}

/**
 * Types whose verb a preposition right before it makes a verbal noun: "أقدم مسلحون على قطع
 * رأس شرطي"، "دعت الحركة إلى ضغط دولي على تل أبيب" (no verb of attack or pressure there).
 */
const AFTER_PREP_NOUNS: ReadonlySet<string> = new Set(["ASSAULT", "COERCE"]);

/**
 * Where token `i` stands in a verbal noun's place: right after a preposition ("after"), or
 * right after the unit that follows the verb before it ("object": that verb's subject, so this
 * is its object); null elsewhere.
 */
function masdarSlot(
  v: SentenceView,
  i: number,
  before: readonly Trigger[],
  unitLast: ReadonlyMap<number, number>,
): "after" | "object" | null {
  const prev = v.tokens[i - 1];
  if (!prev) return null;
  if (v.words.core_prepositions.has(prev.text) && prev.text !== "و") return "after";
  const verb = before[before.length - 1];
  if (!verb || (verb.kind !== "verb" && verb.kind !== "speech")) return null;
  // A relative clause's verb has its object after it, and the main verb follows that object
  // ("بوتين الذي التقى ماكرون اتهم أوكرانيا").
  if (v.words.relatives.has(v.tokens[verb.first - 1]?.text ?? "")) return null;
  // Not past a colon or a quotation mark: «قالت ماي: "شنت روسيا هجوما"».
  return unitLast.get(verb.last + 1) === i - 1 &&
    adjacent(v.norm, prev.end, (v.tokens[i] as Tok).start)
    ? "object"
    : null;
}

/**
 * A word that reads as a verb or its verbal noun, an actor right after it and another with لـ
 * right after that, where the verb takes no لـ: the verbal noun with its doer in the genitive
 * and its object with لـ («دعم واشنطن لتايوان يثير غضب بكين»، «وأثار قصف إسرائيل لغزة»).
 * Read as the verb, it took the next sentence's actor as its object.
 */
function genitiveDoerAndL(
  v: SentenceView,
  i: number,
  unitLast: ReadonlyMap<number, number>,
  f: VerbForm,
): boolean {
  if (f.rest.length > 0 || f.entry.preps.some((p) => normPrep(p) === "ل")) return false;
  const doerLast = unitLast.get(i + 1);
  if (doerLast === undefined) return false;
  const object = v.tokens[doerLast + 1];
  // لـ written on the object's name, not its first letter («دعم الاتحاد الأوروبي لبنان»).
  // (A body's head word before its nisba carries the article after لـ: «للحكومة اليمنية».)
  const named = v.byFirst.get(doerLast + 1);
  const head = object?.text.startsWith("لل") ? "ل" : "";
  const clitic = named && object ? v.norm.slice(object.start, named.start) : head;
  return (
    /^و?ل/.test(clitic) &&
    unitLast.has(doerLast + 1) &&
    adjacent(v.norm, (v.tokens[i] as Tok).end, (v.tokens[i + 1] as Tok).start) &&
    adjacent(v.norm, (v.tokens[doerLast] as Tok).end, (object as Tok).start)
  );
}

export function findTriggers(
  v: SentenceView,
  lex: Lexicon,
  covered: Array<Found | undefined>,
  units: readonly Unit[] = [],
): Trigger[] {
  const out: Trigger[] = [];
  // Where the longest unit opening at each token ends (an office and its state: "وزارة
  // الخارجية الإيرانية"), for a subject inside a predicate.
  const unitLast = new Map<number, number>();
  for (const u of units) if ((unitLast.get(u.first) ?? -1) < u.last) unitLast.set(u.first, u.last);
  // The adjective of a cognate accusative is no verb: "رفضت روسيا رفضا قاطعا" (no one
  // boycotts).
  let adjectiveAt = -1;
  for (let i = 0; i < v.tokens.length; i++) {
    if (covered[i]) continue;
    const readings = verbCandidates(tok(v, i), lex);
    if (!readings) continue;
    let matched = false;
    // In a verbal noun's place no verb stands: no verb of attack after a preposition ("أقدم
    // مسلحون على قطع رأس شرطي"), where other verbs' nouns of motion still carry their frame
    // ("مع توجه وزير الخارجية إلى بيونغيانغ"); no verb at all right after the subject of the
    // verb before, its object ("أدانت فرنسا قتل"، "رفضت الحكومة العراقية طلب تركيا").
    const masdar = masdarSlot(v, i, out, unitLast);
    // (Not in the object's place of a verb of giving: "قدمت روسيا دعما لسوريا".)
    const given = masdar === "object" && givingVerbBefore(v, out);
    const purpose = given ? undefined : purposeMasdar(v, lex, i, out);
    if (purpose) {
      out.push({
        kind: "noun",
        first: i,
        last: i,
        noun: purpose,
        future: false,
        pronoun: false,
        purpose: true,
      });
      continue;
    }
    const cognate = cognateAdjective(v, lex, i, out, masdar === "object");
    if (cognate) adjectiveAt = i + 1;
    for (const c of cognate || i === adjectiveAt ? [] : readings.verbs) {
      if (c.speech && !senseOverSpeech(v, i, c.forms, unitLast)) {
        // "عبر" is "via" unless عن follows in its clause ("عبر X عن قلقه"): "، عبر المتحدث
        // باسمه،" is a means, no verb of saying.
        if (v.words.speech_needing_an.has(c.form) && !anAhead(v, i)) continue;
        out.push({ kind: "speech", first: i, last: i, future: c.future, pronoun: false });
        matched = true;
        break;
      }
      for (const f of c.forms) {
        if (masdar === "object" || (masdar === "after" && AFTER_PREP_NOUNS.has(f.entry.type)))
          continue;
        if (f.jussive && !v.words.jussive_negators.has(v.tokens[i - 1]?.text ?? "")) continue;
        if (readings.nouns.length > 0 && genitiveDoerAndL(v, i, unitLast, f)) continue;
        const restAt = (from: number) =>
          f.rest.every((r, k) => {
            const n = v.tokens[from + k];
            return n && tokStems(n).some((s) => s.stem === r || isAlPlus(s.stem, r));
          });
        // The subject may stand inside the predicate: "فتحت الشرطة النار", "فرضت واشنطن عقوبات".
        // Or a whole unit: "فتحت الشرطة الأفغانية النار", "فرض الرئيس الأمريكي دونالد ترامب عقوبات".
        const splits = f.rest.length > 0 && !restAt(i + 1);
        const inner = splits ? covered[i + 1] : undefined;
        const innerLast = inner && inner.first === i + 1 ? inner.last : undefined;
        // "فتح ثلاثة مهاجمين النار": a count may open the subject; "قطع مسلحو جماعة أبو سياف
        // رأس": so may a force in the construct state before its body (words.json force_heads).
        const counted = splits && innerLast === undefined && isCount(v.tokens[i + 1], v.words);
        const force =
          splits &&
          innerLast === undefined &&
          !counted &&
          v.words.force_heads.has(v.tokens[i + 1]?.text ?? "") &&
          unitLast.has(i + 2);
        const subjectAt = counted || force ? i + 2 : i + 1;
        // The longer of the name found there and the unit that opens there ("جنود من الجيش
        // الإسرائيلي" is one unit, its soldiers a member of the army).
        let from =
          Math.max(innerLast ?? i, (splits ? unitLast.get(subjectAt) : undefined) ?? i) + 1;
        // "فتح جنود من جيش ميانمار النار": the subject's body after من, in the predicate too.
        if (splits && from > i + 1 && !restAt(from)) from = partitiveEnd(v, unitLast, from) + 1;
        // "نصب مسلحون من عصابة خاليسكو كمينا": a body the KB does not know after من.
        if (splits && from > i + 1 && !restAt(from) && v.tokens[from]?.text === "من")
          from = unknownBodyEnd(v, from, restAt);
        // "شن متمردون مرتبطون بتنظيم داعش هجوما": the subject's tie to a body stands between.
        if (splits && from > i + 1 && !restAt(from)) from = tiedBodyEnd(v, unitLast, from) + 1;
        if (!restAt(from) || !senseOk(v, from + f.rest.length - 1, f, unitLast)) continue;
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
          ...(from > i + 1 ? { split: [subjectAt, from - 1] as [number, number] } : {}),
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
      if (senseBefore(v, i, h.entry.not_before)) continue;
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

/**
 * The verbal noun at `i`, right after the verb or in the object's place after its subject, is
 * the verb's own cognate accusative and the indefinite word after it its adjective: "رفضت
 * رفضا قاطعا"، "دعمت الصين دعما كاملا" (no dual verb "رفضا").
 */
function cognateAdjective(
  v: SentenceView,
  lex: Lexicon,
  i: number,
  before: Trigger[],
  objectSlot: boolean,
): boolean {
  const verb = before[before.length - 1];
  if (!verb || (!objectSlot && verb.last !== i - 1)) return false;
  const type = verb.verb?.entry.type;
  if (type === undefined || !v.tokens[i + 1]?.text.endsWith("ا")) return false;
  return cognateAccusative(v, lex, i, type);
}

/** The last trigger is a verb of giving (words.json giving_verbs: قدم، أبدى، منح). */
function givingVerbBefore(v: SentenceView, before: readonly Trigger[]): boolean {
  const verb = before[before.length - 1];
  return verb !== undefined && hasBare(v.words.giving_verbs, tok(v, verb.first).text);
}

/** Stances a verbal noun of purpose takes («تضامنا مع»، «دعما لـ»، «رفضا لـ»، «تنديدا بـ»). */
const PURPOSE_TYPES: ReadonlySet<string> = new Set(["SUPPORT", "REJECT", "ACCUSE"]);

/**
 * The entry of a verbal noun of stance in the accusative that says what the clause before it
 * is for, with its preposition after it: "طردت كندا دبلوماسيين روسا تضامنا مع بريطانيا"،
 * "دعما لبريطانيا". The clause has its verb already, with no complementizer or relative
 * word since (after which the word is a dual verb: "أكد أن البلدين تضامنا مع").
 */
function purposeMasdar(
  v: SentenceView,
  lex: Lexicon,
  i: number,
  before: readonly Trigger[],
): NounEntry | undefined {
  const t = tok(v, i);
  const next = v.tokens[i + 1];
  if (!next || !t.text.endsWith("ا") || t.text.startsWith("ال") || /^[وف]/.test(t.text))
    return undefined;
  const verb = before[before.length - 1];
  // After a verb, or a verbal noun that a verb of saying announces («أعلنت كندا طرد السفير
  // الروسي دعما لبريطانيا»).
  const announced =
    verb?.kind === "speech" ||
    (verb?.kind === "noun" && before.length >= 2 && before[before.length - 2]?.kind === "speech");
  if (!verb || (verb.kind !== "verb" && !announced) || verb.last >= i - 1) return undefined;
  // "أكد أن البلدين دعما ...": a complementizer opens another clause, whose dual verb it is;
  // so does a conjunction («فيما بث التلفزيون صورا لسكان يحتفلون دعما للجيش»).
  const w = v.words;
  for (let k = verb.last + 1; k < i; k++) {
    const text = tok(v, k).text;
    if (w.complementizers.has(text) || w.relatives.has(text) || w.object_breaks.has(text))
      return undefined;
  }
  if (!v.words.purpose_prepositions.has(next.text) && !/^[لب]/.test(next.text)) return undefined;
  // The ا of the accusative, not a pronoun's («دعمها للنظام» is its support, a genitive).
  return (lex.nouns.get(t.text.slice(0, -1)) ?? []).find(
    (n) =>
      n.tokens.length === 1 &&
      PURPOSE_TYPES.has(n.entry.type) &&
      !hasPronounSuffix(t.text, n.entry),
  )?.entry;
}

/** How far عن may follow a verb of saying that needs it ("عبر الرئيس الفرنسي ... عن"). */
const AN_REACH = 8;

/** Whether عن follows token `i` within AN_REACH words, before any punctuation. */
function anAhead(v: SentenceView, i: number): boolean {
  for (let k = i + 1; k < v.tokens.length && k <= i + AN_REACH; k++) {
    if (/[،,.:؛]/.test(v.norm.slice(tok(v, k - 1).end, tok(v, k).start))) return false;
    if (tok(v, k).text === "عن") return true;
  }
  return false;
}
