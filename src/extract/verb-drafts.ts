// Relations of verb triggers: each verb's subject (verb-subject.ts) and object, the pairs
// they make, and the frames that verbs of saying and of accusing open over what follows.
import { adjacent } from "../recognize/found.js";
import { type Tok, tokStems } from "../recognize/segment.js";
import { type RelationType, SYMMETRIC_TYPES } from "../schema.js";
import { alsoBreak } from "./also.js";
import {
  asideEnd,
  BETWEEN,
  breakAt,
  clauseEnd,
  describesSubject,
  EMPTY,
  everyPair,
  ON,
  objectAfter,
  oustedAfter,
  prepOf,
  sidesOf,
  unitAfterPrep,
} from "./arguments.js";
import { cliticObject, onPronounObject } from "./clitic-object.js";
import { apposedObject, unnamedSubject } from "./frames-accuse.js";
import { agentMarkerAt, conflictWords } from "./frames-conflict.js";
import { afterConnector } from "./frames-cooperation.js";
import type { Lexicon, VerbForm } from "./lexicon.js";
import { pastManner } from "./manner.js";
import { modalityAt, negatedAt } from "./modality.js";
import { nisbaAfterAgainst, nisbaObject } from "./nisba.js";
import { attackVictim, frameAround, type SentenceScope, type Trigger } from "./scope.js";
import { doerGenitive, shieldedObject } from "./shielded-object.js";
import { describedSpeaker } from "./speaker.js";
import { commaBetween, hasBare, type SentenceView, type Unit, unitOf } from "./units.js";
import { resumesObject, type VerbSubject, verbSubject } from "./verb-subject.js";

const tok = (v: SentenceView, i: number) => v.tokens[i] as Tok;

/** The frame of a verb of saying: what follows its إن/أن (or the verb) is the speaker's. */
function speechFrame(s: SentenceScope, t: Trigger, subject: Unit[] | null): void {
  const { v, units } = s;
  const { complementizers } = v.words;
  // An unnamed speaker ("وقال مسؤول أمريكي إن") speaks for the state its description names.
  const speaker =
    subject?.[0] ?? (unnamedSubject(v, units, t) ? describedSpeaker(v, t.last) : null);
  // The complement starts at إن/أن or a colon/quote after the verb.
  let from = t.last + 1;
  for (let j = t.last + 1; j < v.tokens.length; j++) {
    if (complementizers.has(tok(v, j).text)) {
      from = j + 1;
      break;
    }
  }
  s.frames.push({
    speaker,
    subjects: subject ?? [],
    from,
    // With no إن/أن, a verb joined after a comma is the speaker's next act, not what is said
    // ("أعرب الاتحاد عن قلقه، ودعا المتحدث باسمه أنقرة").
    to: claimEnd(s, from, from === t.last + 1),
    negates: false,
    accused: null,
    draftType: null,
    mode: null,
    verbFirst: t.first,
  });
  s.speechSubject ??= subject;
}

/** The first verb or verb of saying after token `i` (nominal triggers do not end a reach). */
function nextVerbAfter(s: SentenceScope, i: number): number {
  return s.triggers.find((t) => t.first > i && t.kind !== "noun")?.first ?? s.v.tokens.length;
}

/**
 * The verb's object, and its subject again: a comma may set the object off and show that
 * what looked like the subject was its description ("اتهمت المتحدثة ...، ماريا زاخاروفا،
 * بريطانيا").
 */
function verbObject(
  s: SentenceScope,
  t: Trigger,
  found: VerbSubject,
): {
  subject: Unit[] | null;
  object: Unit[] | null;
  shielded?: Unit[];
  denied?: { type: RelationType; object: Unit[] };
} {
  const { v, units, lex } = s;
  const { subject, vso, inferred } = found;
  const verb = t.verb as VerbForm;
  const entry = verb.entry;
  // "واتهمها ترامب": the object is the pronoun's, never an actor after the verb.
  if (verb.clitic) return { subject, object: cliticObject(s, t, subject) };
  // "قطع المغرب علاقاته مع إيران متهما إياها بدعم البوليساريو": the detached pronoun after a
  // participle is its object, the clause's object before it, never the actor after بـ.
  if (verb.participle && DETACHED_OBJECT.test(v.tokens[t.last + 1]?.text ?? ""))
    return { subject, object: detachedObject(s, t, subject) };
  // "روسيا التي فرضت عليها الولايات المتحدة عقوبات": the pronoun is the object, and the
  // relative's head is what it stands for; nothing further on is.
  if (resumesObject(v, t)) return { subject, object: resumedObject(s, t, new Set(subject ?? [])) };
  const subjectEnd =
    vso && subject && !inferred && !t.split
      ? Math.max(...subject.map((u) => u.last)) + 1
      : t.last + 1;
  // "ودعا بوتين الذي يدعم الأسد عسكريا، نتنياهو إلى": the object follows the subject's
  // relative clause, past its verb.
  const relative = vso && subject && !inferred ? relativeClauseAfter(v, subjectEnd) : null;
  const after = relative ?? subjectEnd;
  // No object past a conjunction that opens an adverbial clause ("object_breaks": عندما ...).
  const limit = Math.min(
    nextVerbAfter(s, relative === null ? t.last : relative - 1),
    after + 10,
    breakAt(v, relative ?? t.last + 1, "object_breaks"),
    resultClauseAt(v, after),
    // A verbal noun of purpose takes what follows it («علقت الكويت رحلاتها إلى بيروت تضامنا
    // مع السعودية»: Saudi Arabia is no object of the suspension).
    (s.triggers.find((x) => x.purpose && x.first > t.last)?.first ?? v.tokens.length) - 1,
  );
  const exclude = new Set(subject ?? []);
  // Verbs of saying that are events take their object right away ("اتهمت واشنطن بيونغ يانغ");
  // an actor further on belongs to the reported clause.
  // (A place the subject is at comes first: "طلب السفير الروسي في لندن من بريطانيا"; so
  // does the body an envoy is posted to, «اتهم مندوب السودان لدى الأمم المتحدة الإمارات».)
  const at = units.find(
    (u) =>
      (u.first === after || u.first === after + 1) &&
      ((u.place && prepOf(v, u) === "في") || postedTo(v, u)),
  );
  // Past an aside the subject's commas set off ("طالبت شينباوم، في مؤتمرها الصحفي الصباحي،
  // الولايات المتحدة بـ"): the object follows it.
  // (Only when an actor follows the aside: else the aside holds the object, «طالبت الخارجية
  // الروسية، خلال استدعاء السفير الأمريكي، بالإفراج».)
  // A title after the comma that opens an actor of its own («صافح ترامب، الزعيم الكوري
  // الشمالي كيم جونغ أون») is the object, no aside: the subject's own title makes no unit.
  const titled = units.some((u) => u.first === after && !u.place);
  const aside = at ? at.last + 1 : titled ? after : asideEnd(v, after);
  // A description of the subject never holds the object («نددت كوبا، أبرز حلفاء مادورو،
  // بالعقوبات»).
  const describing = aside > after && !at && describesSubject(v, after);
  const start =
    aside > after &&
    !describing &&
    !v.found.some((f) => f.first >= aside && f.first <= aside + 2 && f.entity.kind !== "place")
      ? after
      : aside;
  // (Manner words do not count: «رفضت روسيا بشكل قاطع عقوبات واشنطن».)
  const reach = entry.speech_event
    ? Math.min(limit, pastManner(v, lex, start, entry.type) + 2)
    : limit;
  // What the aside holds is no object of a verb of saying.
  // Nor does a description of the subject hold any verb's object («أشاد البرادعي، نائب الرئيس
  // المصري السابق ورئيس الوكالة الدولية للطاقة الذرية، بباشيليت»).
  const from = (entry.speech_event || describing) && !at ? start : after;
  // What an attack hits, or the frontier a mobilisation faces, stands before its owner.
  const targets =
    entry.type === "ASSAULT"
      ? lex.targetNouns
      : entry.type === "MOBILIZE"
        ? v.words.frontier_nouns
        : EMPTY;
  // The troops a mobilisation deploys are no target of it ("حشدت روسيا مئة ألف جندي على
  // الحدود مع أوكرانيا"): an unattached force as its bare object is passed over.
  // Nor is a people evacuated with one's own what a withdrawal leaves ("أجلت إيطاليا رعاياها
  // وعددا من الأمريكيين من الخرطوم").
  const passed =
    entry.type === "MOBILIZE"
      ? new Set([
          ...exclude,
          ...units.filter((u) => u.ref.id.startsWith("group:") && prepOf(v, u) === ""),
        ])
      : entry.type === "RETREAT"
        ? new Set([...exclude, ...units.filter((u) => peopleNisba(v, u))])
        : entry.type === "PROTEST"
          ? new Set([...exclude, ...units.filter((u) => attackVictim(s.triggers, u))])
          : exclude;
  const object =
    protestAgainst(s, after, reach, entry, exclude) ??
    objectAfter(v, units, from, reach, entry.preps, passed, targets) ??
    // A first person verb states its subject in itself ("نرفض الاتهامات البريطانية").
    (subject && (!inferred || verb.first) ? nisbaObject(v, lex, units, from, entry) : null) ??
    // «وأطلق الجنود عليهم الرصاص»: the crowd a pronoun after على stands for.
    (subject ? onPronounObject(s, t, subject, after) : null);
  // (Before a victim's shield: «نفت إسرائيل استهداف المدنيين» denies its own act on them.)
  const denied = object && entry.negates ? deniedActGenitive(v, lex, object) : null;
  if (denied && object) return { subject, object: null, denied: { type: denied, object } };
  if (object && shieldedObject(v, entry.type, entry.negates === true, t.last, object))
    return { subject, object: null, shielded: object };
  const apposed = !object && vso && subject && !inferred ? apposedObject(v, subject, entry) : null;
  return apposed ?? { subject, object };
}

/** A detached object pronoun (إياه، إياها، إياهم، إياهما), normalized. */
const DETACHED_OBJECT = /^اياه(ا|م|ما)?$/;

/**
 * What a detached object pronoun after a participle stands for: the nearest actor before the
 * participle that is not its subject nor a place; for ها, not a person (a state, a body).
 */
function detachedObject(s: SentenceScope, t: Trigger, subject: Unit[] | null): Unit[] | null {
  const feminine = /اياها$/.test(s.v.tokens[t.last + 1]?.text ?? "");
  for (let k = s.units.length - 1; k >= 0; k--) {
    const u = s.units[k] as Unit;
    if (u.last >= t.first || u.place || subject?.some((x) => x.ref.id === u.ref.id)) continue;
    if (feminine && u.ref.kind === "person") continue;
    return [u];
  }
  return null;
}

/** Whether «لدى» stands right before the unit: the body an envoy is posted to. */
const postedTo = (v: SentenceView, u: Unit) => v.tokens[u.first - 1]?.text === "لدي";

/** A state's people named by its plural nisba ("الأمريكيين"، "الباكستانيون"). */
const peopleNisba = (v: SentenceView, u: Unit) =>
  u.found.adjective && u.first === u.found.first && /(يين|يون)$/.test(tok(v, u.last).text);

/** Acts one denies doing: the denial negates the act, it rejects no one. */
const DENIED_ACTS: ReadonlySet<RelationType> = new Set([
  "ASSAULT",
  "THREATEN",
  "COERCE",
  "SANCTION",
  "MOBILIZE",
  "AID",
  "SUPPORT",
]);

/**
 * The object of a verb of denial is the genitive of an act's noun right before it («نفت
 * الجزائر تهديد المغرب»، «نفى الجيش قصف المواقع الأرمينية»): the subject denies its own act
 * on it (noun-drafts.ts negates the act), it rejects no one.
 */
function deniedActGenitive(v: SentenceView, lex: Lexicon, object: Unit[]): RelationType | null {
  const genitive = object[0];
  if (!genitive) return null;
  const noun = v.tokens[genitive.first - 1];
  if (!noun || !adjacent(v.norm, noun.end, (v.tokens[genitive.first] as Tok).start)) return null;
  // «نفت روسيا قصف الطائرات الأمريكية لمواقعها»: a genitive that acts is the act's doer.
  if (doerGenitive(v, genitive.first - 1, genitive, genitive.last)) return null;
  for (const st of tokStems(noun)) {
    const entry = (lex.nouns.get(st.stem) ?? []).find(
      (n) => n.tokens.length === 1 && DENIED_ACTS.has(n.entry.type),
    );
    if (entry) return entry.entry.type;
    // A noun whose genitive is the victim (conflict.json patient_nouns: «استهداف»، «اعتقال»).
    const patient = conflictWords().heads.get(st.stem.replace(/^ال/, ""));
    if (patient && DENIED_ACTS.has(patient.type)) return patient.type;
  }
  return null;
}

/**
 * The relative's head as the object, when the pronoun that resumes it after the verb carries
 * a preposition the verb takes its object with: "قطر التي قطعت معها السعودية العلاقات"،
 * "روسيا التي فرضت عليها الولايات المتحدة عقوبات".
 */
function resumedObject(s: SentenceScope, t: Trigger, exclude: Set<Unit>): Unit[] | null {
  // Withdrawing from an organisation is a rejection, which the main clause's frame reads
  // (frames-stance-withdraw.ts); after a relative it is left unread.
  if ((t.verb as VerbForm).entry.type === "RETREAT") return null;
  const head = s.units.find((u) => u.last === t.first - 2 && !u.place && !exclude.has(u));
  return head ? [head] : null;
}

/**
 * Where a clause of the result opens after a comma ("لم يوقع ترامب على الاتفاق، ما يوفر
 * الأسس لمحاولات أفيناتي"): its actors are no object of the verb before it.
 */
function resultClauseAt(v: SentenceView, from: number): number {
  for (let k = Math.max(from, 1); k < v.tokens.length; k++) {
    if (v.words.result_openers.has(tok(v, k).text) && commaBetween(v, k - 1, k)) return k;
  }
  return v.tokens.length;
}

/** How far after a protest verb the noun of an ouster may stand. */
const OUSTER_REACH = 8;

/**
 * A protest's target: the one whose ouster it demands, else the one after ضد / على even past
 * the place it is held in: "تظاهر آلاف السودانيين في الخرطوم ضد الرئيس عمر البشير" protests
 * against al-Bashir; the place is its target only when nothing else is named.
 */
function protestAgainst(
  s: SentenceScope,
  after: number,
  reach: number,
  entry: VerbForm["entry"],
  exclude: Set<Unit>,
): Unit[] | null {
  if (entry.type !== "PROTEST") return null;
  const { v, units } = s;
  // "تظاهر الآلاف في يريفان للمطالبة باستقالة رئيس الوزراء": against the one to go.
  const ousted = oustedAfter(v, units, after, after + OUSTER_REACH);
  if (ousted && !exclude.has(ousted)) return [ousted];
  // "احتجوا على القيود التي فرضتها السلطات": against the one doing what they protest.
  const found = unitAfterPrep(v, units, after, reach, v.words.against_prepositions, EMPTY, true);
  const against = found && !attackVictim(s.triggers, found.unit) ? found : null;
  // "تنديدا بالضربات الأميركية البريطانية": against the states a purpose's noun names (before
  // an actor further on: «احتجاجا على الحرب الإسرائيلية في غزة»).
  const purposed = purposeNisbas(v, after, Math.max(reach, after + PURPOSE_REACH));
  const first = purposed?.[0];
  if (against && !exclude.has(against.unit) && !against.unit.place) {
    if (!first || against.unit.first < first.first) return against.group;
  }
  if (purposed) return purposed;
  // "احتج المتظاهرون على صفقة بيع أسلحة ألمانية": against the state of the nisba.
  const owner = nisbaAfterAgainst(v, units, after);
  return owner && !exclude.has(owner) ? [owner] : null;
}

/** How far after a protest verb the word of its purpose may stand ("في الرباط تضامنا مع غزة ورفضا"). */
const PURPOSE_REACH = 10;
/** How far after a word of protest's purpose the nisbas of its noun may stand. */
const PURPOSE_NISBA_REACH = 3;

/**
 * The states whose nisbas describe the noun a protest's purpose takes with بـ or لـ
 * ("تظاهر مئات اليمنيين في صنعاء تنديدا بالضربات الأميركية البريطانية على الحديدة"; the
 * purpose words of conflict.json purpose_targets).
 */
function purposeNisbas(v: SentenceView, after: number, reach: number): Unit[] | null {
  const words = conflictWords().purposeTargets;
  for (let k = after; k <= reach && k + 1 < v.tokens.length; k++) {
    if (!hasBare(words, (v.tokens[k] as Tok).text)) continue;
    // («احتجاجا على الحرب الإسرائيلية»: the noun after على.)
    const on = (v.tokens[k + 1] as Tok).text === ON ? 1 : 0;
    const noun = k + 1 + on;
    if (noun >= v.tokens.length || v.byFirst.has(noun)) return null;
    if (!on && !/^(ب|ل)/.test((v.tokens[noun] as Tok).text)) return null;
    const out: Unit[] = [];
    for (let j = noun + 1; j <= noun + PURPOSE_NISBA_REACH && j < v.tokens.length; j++) {
      const f = v.byFirst.get(j);
      if (f?.adjective && f.entity.kind === "state" && f.first === f.last) out.push(unitOf(f));
      else if (out.length > 0 || f) break;
    }
    return out.length > 0 ? out : null;
  }
  return null;
}

/** How many words a subject's relative clause may hold before the comma that closes it. */
const RELATIVE_CLAUSE_WORDS = 12;

/**
 * The word after the comma that closes a relative clause opening at `at` ("الذي يدعم نظام
 * الرئيس السوري بشار الأسد عسكريا،"), or null: no relative word there, no comma within
 * reach, or the sentence's clause ends first (a colon, a quote, a full stop).
 */
function relativeClauseAfter(v: SentenceView, at: number): number | null {
  if (!v.words.relatives.has(tok(v, at)?.text ?? "")) return null;
  const end = Math.min(v.tokens.length - 1, at + RELATIVE_CLAUSE_WORDS);
  for (let j = at + 1; j < end; j++) {
    const gap = v.norm.slice(tok(v, j).end, tok(v, j + 1).start);
    if (/^\s*[،,]\s*$/.test(gap)) return j + 1;
    if (!adjacent(v.norm, tok(v, j).end, tok(v, j + 1).start)) return null;
  }
  return null;
}

/**
 * Where a claim that starts at `from` ends: a word that opens a new clause, «، كما» (also.ts),
 * and, when `joinedEnds`, the first verb joined by و after a comma (a new act of the main
 * clause).
 */
function claimEnd(s: SentenceScope, from: number, joinedEnds: boolean): number {
  const joined = joinedEnds
    ? s.triggers.find(
        (x) =>
          x.first >= from &&
          x.first > 0 &&
          x.kind !== "noun" &&
          tok(s.v, x.first).text.startsWith("و") &&
          commaBetween(s.v, x.first - 1, x.first),
      )?.first
    : undefined;
  return Math.min(clauseEnd(s.v, from), alsoBreak(s.v, from), joined ?? s.v.tokens.length);
}

/** An accusing or denying verb frames its complement: the accused is its implicit subject. */
function eventFrame(
  s: SentenceScope,
  t: Trigger,
  subject: Unit[] | null,
  object: Unit[] | null,
  shielded: Unit[] | null,
) {
  const entry = (t.verb as VerbForm).entry;
  // After the object, or after one the verb's stance does not take (a victim, the defended:
  // «نفى المتحدث أن تكون القوات الأمنية قد أطلقت النار»: the denied clause follows it).
  const before = object ?? shielded;
  const complementFrom = before ? Math.max(...before.map((u) => u.last)) + 1 : t.last + 1;
  // The complementizer that opens it («نفت الجزائر أن تكون قد هددت»، «بأن»), past a manner
  // word («نفت روسيا مرارا أن تكون متورطة»), is no «غير أن» ending it.
  const subjectEnd = Math.max(complementFrom, ...(subject ?? []).map((u) => u.last + 1));
  const that = pastManner(s.v, s.lex, subjectEnd, entry.type);
  const opening = s.v.words.complementizers.has(tok(s.v, that)?.text ?? "")
    ? that + 1
    : complementFrom;
  s.frames.push({
    speaker: subject?.[0] ?? null,
    subjects: subject ?? [],
    from: complementFrom,
    // Its complement follows right away ("بأنها ...", "بشن ..."); a verb joined after a comma
    // is the subject's next act ("رفض بوتين انتقادات الغرب، والتقى نظيره").
    to: claimEnd(s, opening, true),
    // «لم تنف إيران أن ...»: a denial itself negated denies nothing.
    negates: entry.negates && !negatedAt(s.v, t.first),
    accused: entry.type === "ACCUSE" && object ? (object[0] as Unit) : null,
    asked: entry.type === "REQUEST" && object ? (object[0] as Unit) : null,
    draftType: !object && entry.type !== "REJECT" ? entry.type : null,
    mode: entry.mode,
    verbFirst: t.first,
  });
}

/** The pairs a verb relates: subject × object, or every pair of a symmetric verb's subjects. */
function verbPairs(t: Trigger, subject: Unit[], object: Unit[] | null, vso: boolean) {
  const verb = t.verb as VerbForm;
  const entry = verb.entry;
  let pairs: Array<[Unit, Unit]> = [];
  if (object) {
    for (const a of subject) for (const o of object) pairs.push([a, o]);
  } else if (entry.symmetric && subject.length >= 2 && (verb.number !== "singular" || vso)) {
    // A verb before its subject is singular in Arabic whatever the subject's number.
    // A meeting of several parties is a meeting of every pair of them.
    pairs = everyPair(subject);
  }
  // A clash has no attacker: each side assaults the other ("اشتبكت قوات الأمن مع المتظاهرين").
  if (entry.type === "ASSAULT" && entry.symmetric)
    pairs = pairs.flatMap(([a, b]) => [[a, b] as [Unit, Unit], [b, a] as [Unit, Unit]]);
  return pairs;
}

/** How far after a symmetric verb with no subject its "بين" may stand. */
const BETWEEN_REACH = 8;

/**
 * A symmetric verb with no subject of its own relates the parties after بين ("الاتفاق
 * الذي أبرم عام 2015 بين إيران والدول الست", "اجتماع عقد بين X من جهة وY"): every pair,
 * or each side with the other.
 */
function betweenDrafts(s: SentenceScope, t: Trigger): void {
  const { v, units } = s;
  const limit = Math.min(nextVerbAfter(s, t.last), t.last + BETWEEN_REACH);
  const b = unitAfterPrep(v, units, t.last + 1, limit, BETWEEN);
  if (!b) return;
  const sides = sidesOf(v, units, b.group);
  const pairs = sides
    ? sides[0].flatMap((x) => sides[1].map((y) => [x, y] as [Unit, Unit]))
    : everyPair(b.group);
  const entry = (t.verb as VerbForm).entry;
  const frame = frameAround(s.frames, t.first);
  const negated = negatedAt(v, t.first) || (frame?.negates ?? false);
  for (const [a, o] of pairs) {
    if (a.ref.id === o.ref.id) continue;
    s.drafts.push({
      type: entry.type,
      mode: entry.mode,
      source: a,
      target: o,
      polarity: negated ? "negated" : "affirmed",
      modality: modalityAt(v, t.first, t),
      attributedTo: frame?.speaker ?? s.according,
      first: t.first,
      last: Math.max(t.last, a.last, o.last),
      rule: "verb-between",
      confidence: 0.7,
      event: entry.event,
    });
  }
}

/** The cooperative and verbal types a connector's verb continues its clause for. */
const CONTINUED_TYPES = new Set<RelationType>([
  "CONSULT",
  "AGREE",
  "COOPERATE",
  "SUPPORT",
  "REQUEST",
  "AID",
  "SANCTION",
  "THREATEN",
]);

/**
 * "وصلت ميلانيا ترامب إلى أكرا، حيث تزور غانا", "بعد أن التقى رئيس مجلس النواب": after a
 * connector, an actor after a verb that would be its subject and leave it without an object
 * is its object, and the subject is its clause's (the last verb's before it). Null when the
 * verb reads otherwise.
 */
function continuedClause(
  s: SentenceScope,
  t: Trigger,
  found: VerbSubject,
): { subject: Unit[]; object: Unit[]; shielded?: Unit[] } | null {
  const verb = t.verb as VerbForm;
  const stated = found.subject;
  if (!found.vso || found.inferred || !stated || verb.participle) return null;
  if (verb.entry.symmetric && stated.length >= 2) return null;
  // Not inside a reported clause (its subject is the speaker's world, not this clause's).
  if (!CONTINUED_TYPES.has(verb.entry.type) || frameAround(s.frames, t.first)) return null;
  if (s.triggers.some((x) => x.kind === "speech" && x.first < t.first)) return null;
  if (!afterConnector(s.v, t.first)) return null;
  // An office after the verb is its subject ("وبعدما هدد الرئيس الأميركي بالسيطرة عليها").
  if (stated.some((u) => u.office)) return null;
  // The last verb's subject, else the nearest actor before (no preposition: "وأتت تصريحات
  // الرزاز، بعد أن التقى"). Never the previous sentence's: with no actor of its own before
  // the connector, the actor after the verb is its subject far more often than its object.
  const before = [...s.units]
    .reverse()
    .find((u) => u.last < t.first && !u.place && !stated.includes(u) && prepOf(s.v, u) === "");
  const clause =
    [...s.verbSubjects].reverse().find((x) => x.at < t.first)?.subject ??
    (before ? [before] : null);
  if (!clause || clause.some((u) => stated.includes(u) || s.previousSubject?.includes(u)))
    return null;
  if (verbObject(s, t, found).object) return null;
  return { subject: clause, object: stated };
}

/** "نفت الجزائر تهديد المغرب": the subject's act on the genitive, negated by the denial. */
function deniedActDrafts(
  s: SentenceScope,
  t: Trigger,
  subject: Unit[],
  denied: { type: RelationType; object: Unit[] },
): void {
  const frame = frameAround(s.frames, t.first);
  // "لم تنف": a denial itself negated leaves the act affirmed.
  const polarity = negatedAt(s.v, t.first) ? "affirmed" : "negated";
  for (const a of subject)
    for (const o of denied.object) {
      // (A subject carried over from the sentence before denies nothing here.)
      if (a.ref.id === o.ref.id || s.previousSubject?.includes(a)) continue;
      s.drafts.push({
        type: denied.type,
        mode: null,
        source: a,
        target: o,
        polarity,
        modality: "asserted",
        attributedTo: frame?.speaker ?? s.according,
        first: Math.min(t.first, a.first),
        last: Math.max(o.last, t.last),
        rule: "denied-act",
        confidence: 0.6,
      });
    }
}

/** How far after its object a passive's agent marker may stand («من قبل»). */
const AGENT_REACH = 2;

/**
 * "ألقي القبض على نافالني من قبل الشرطة الروسية": a predicate with no subject but its object,
 * and an agent after من قبل or على يد right after that object, is a passive; the agent does it.
 */
function agentDrafts(s: SentenceScope, t: Trigger, object: Unit[]): void {
  const { v } = s;
  const last = Math.max(...object.map((u) => u.last));
  for (const m of conflictWords().agentMarkers) {
    let at = -1;
    for (let k = last + 1; k <= last + AGENT_REACH && at < 0; k++)
      if (agentMarkerAt(v, k, m)) at = k;
    if (at < 0) continue;
    const agent = s.units.find((u) => u.first === at + m.length && !u.place);
    if (!agent) return;
    const frame = frameAround(s.frames, t.first);
    for (const o of object) {
      if (o.ref.id === agent.ref.id) continue;
      s.drafts.push({
        type: (t.verb as VerbForm).entry.type,
        mode: (t.verb as VerbForm).entry.mode,
        source: agent,
        target: o,
        polarity: negatedAt(v, t.first) ? "negated" : "affirmed",
        modality: modalityAt(v, t.first, t),
        attributedTo: frame?.speaker ?? s.according,
        first: t.first,
        last: agent.last,
        rule: "verb-passive-agent",
        confidence: 0.7,
      });
    }
    return;
  }
}

/** Drafts of every verb trigger, in order; verbs of saying only open frames. */
export function verbDrafts(s: SentenceScope): void {
  const { v } = s;
  for (const t of s.triggers) {
    if (t.kind === "noun") continue;
    const frame = frameAround(s.frames, t.first);
    const found = verbSubject(s, t, frame);
    if (t.kind === "speech") {
      speechFrame(s, t, found.subject);
      continue;
    }
    const verb = t.verb as VerbForm;
    const entry = verb.entry;
    const read: ReturnType<typeof verbObject> =
      continuedClause(s, t, found) ?? verbObject(s, t, found);
    const { subject, object, shielded, denied } = read;
    if (entry.speech_event) eventFrame(s, t, subject, object, shielded ?? null);
    if (denied && subject) deniedActDrafts(s, t, subject, denied);
    // "We" is no antecedent of a later "ها" ("ندعو روسيا إلى الكف عن ... دعمها"): a first
    // person verb's subject is no clause's subject for what follows.
    if (!verb.first) {
      if (subject) s.verbSubjects.push({ at: t.first, subject });
      s.sentenceSubject ??= subject;
    }
    if (!subject) {
      // A peer relation with no subject reads its sides after "بين" (a clash does not).
      if (entry.symmetric && SYMMETRIC_TYPES.has(entry.type)) betweenDrafts(s, t);
      if (object) agentDrafts(s, t, object);
      continue;
    }
    const pairs = verbPairs(t, subject, object, found.vso);
    if (pairs.length === 0) continue;
    const negated = negatedAt(v, t.first) || (frame?.negates ?? false);
    const { inferred, vso, joined } = found;
    for (const [a, o] of pairs) {
      if (a.ref.id === o.ref.id) continue;
      // A subject carried over from the previous sentence lies outside this one's tokens.
      const own = (u: Unit) =>
        s.previousSubject?.includes(u) && subject === s.previousSubject ? [] : [u];
      const inSentence = [...own(a), ...own(o)];
      // A person's attack is verbal ("هاجم ترامب وسائل الإعلام").
      // So is an unnamed official's ("هاجم وزير الخارجية الإيراني السعودية").
      const personal = a.ref.kind === "person" || a.official ? entry.person_type : undefined;
      s.drafts.push({
        type: personal?.type ?? entry.type,
        mode: personal ? personal.mode : entry.mode,
        source: a,
        target: o,
        polarity: negated ? "negated" : "affirmed",
        modality: modalityAt(v, t.first, t),
        attributedTo: frame?.speaker ?? s.according,
        first: Math.min(t.first, ...inSentence.map((u) => u.first)),
        last: Math.max(t.last, ...inSentence.map((u) => u.last)),
        // A subject carried from the verb this one is joined to is no passive's (-joined).
        rule: `verb-${vso ? "vso" : "svo"}${joined ? "-joined" : inferred ? "-inferred" : ""}${verb.clitic ? "-clitic" : ""}`,
        confidence: inferred ? 0.55 : object ? 0.8 : 0.7,
        event: entry.event,
      });
    }
  }
}
