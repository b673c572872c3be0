// The subject of a verb trigger: after the verb (VSO), else before it (SVO), else inferred —
// the clause's for a participle, the accused of an enclosing accusation, the speaker of an
// enclosing report, the previous sentence's for a sentence-initial verb, or the pair of an
// earlier dual verb.
import type { Tok } from "../recognize/segment.js";
import { normalizeForMatch } from "../text/normalize.js";
import { alsoSubject } from "./also.js";
import { counterpart, subjectAfter, subjectBefore } from "./arguments.js";
import { unnamedSubject } from "./frames-accuse.js";
import { afterConnector, connectorBefore, verbGender } from "./frames-cooperation.js";
import type { VerbForm } from "./lexicon.js";
import { negatedAt } from "./modality.js";
import type { Frame, SentenceScope, Trigger } from "./scope.js";
import { masculineStateName, ofSentence, type SentenceView, type Unit } from "./units.js";

const tok = (v: SentenceView, i: number) => v.tokens[i] as Tok;

export interface VerbSubject {
  subject: Unit[] | null;
  /** The subject stands after the verb. */
  vso: boolean;
  /** The subject is not stated next to the verb but carried from elsewhere. */
  inferred: boolean;
  /** Carried from the verb before, to which this one is joined by و ("وأطلقت"). */
  joined?: boolean;
}

/** The subject a verb or verb of saying has in its own words, and where it stands. */
function statedSubject(s: SentenceScope, t: Trigger): VerbSubject {
  const { v, units } = s;
  // A participle ("مؤكدا", "داعيا") continues its clause: the subject is the clause's.
  if (t.kind === "verb" && t.verb?.participle === true) {
    const clause: Unit[] | null =
      s.verbSubjects[s.verbSubjects.length - 1]?.subject ?? s.speechSubject;
    return {
      subject: clause ?? (t.first <= 1 ? s.previousSubject : null),
      vso: false,
      inferred: true,
    };
  }
  // "نرفض"، "سنواجه": the subject is the pronoun "we" (the speaker's, verbSubject), and an
  // actor after the verb is its object.
  if (t.kind === "verb" && t.verb?.first) return { subject: null, vso: true, inferred: false };
  // "المتظاهر الذي اعتدت عليه الشرطة": after the pronoun that resumes the relative's head,
  // the subject; the head is no subject.
  if (resumedAfterRelative(v, t)) {
    const after = subjectAfter(v, units, t.last + 2);
    if (after && !(after.length === 1 && feminineStateAfterMasculine(s, t, after[0] as Unit)))
      return { subject: after, vso: true, inferred: false };
    // "وقال أردوغان في الخطاب الذي هاجم فيه إسرائيل": a masculine verb does not agree with
    // the state after it, its object; the subject is the clause's before, when it agrees.
    if (after) {
      const clause = clauseBefore(s, t);
      const agrees = clause && verbGender(tok(v, clause.at).text) === "m";
      return { subject: agrees ? clause.subject : null, vso: false, inferred: !!agrees };
    }
  }
  // "نادية مراد، التي احتجزها واغتصبها عناصر داعش": a verb with its object's pronoun right
  // after a relative pronoun has the relative's head for object; its subject follows it,
  // past one verb joined to it.
  if (t.verb?.clitic && v.words.relatives.has(v.tokens[t.first - 1]?.text ?? "")) {
    const joined = v.tokens[t.last + 1]?.text.startsWith("و") ? t.last + 2 : t.last + 1;
    const after = subjectAfter(v, units, t.last + 1) ?? subjectAfter(v, units, joined);
    return { subject: after, vso: true, inferred: false };
  }
  // SVO when an actor stands right before the verb ("إسرائيل هاجمت إيران"), else VSO.
  const before = subjectBefore(v, units, t.first);
  if (t.split) return { subject: subjectAfter(v, units, t.split[0]), vso: true, inferred: false };
  if (before || plural(t) || pronounSubject(v, t))
    return { subject: before, vso: false, inferred: false };
  const after = subjectAfter(v, units, t.last + 1);
  const clause = after?.length === 1 ? connectorObject(s, t, after[0] as Unit) : null;
  if (clause) return { subject: clause.subject, vso: true, inferred: true };
  // "ورفض بوتين ...، والتقى نظيره الصيني": a counterpart is someone's, so after a verb other
  // than one of saying ("وقال نظيره الروسي") it is the object, and the subject is carried.
  if (t.kind === "verb" && after?.length === 1 && counterpart(v, after[0] as Unit))
    return { subject: null, vso: true, inferred: false };
  // "أن تكون قواته قد استهدفت مدنيين": a feminine verb does not agree with men named by a
  // sound masculine plural after it; they are its object.
  if (after?.length === 1 && menAfterFeminine(s, t, after[0] as Unit))
    return { subject: null, vso: true, inferred: false };
  // "وانتقد ألمانيا": a masculine verb does not agree with a state's name, so the state is its
  // object and the subject the previous sentence's person's.
  if (after?.length === 1 && stateObjectOfMasculineVerb(s, t, after[0] as Unit))
    return { subject: null, vso: true, inferred: false };
  return { subject: after, vso: true, inferred: false };
}

/**
 * A relative clause's verb followed by the pronoun that resumes the relative's head: "في
 * الوقت الذي هددت فيه كوريا الشمالية اليابان". The subject stands after the pronoun.
 */
export function resumedAfterRelative(v: SentenceView, t: Trigger): boolean {
  const before = v.tokens[t.first - 1]?.text;
  const after = v.tokens[t.last + 1]?.text;
  return (
    before !== undefined &&
    after !== undefined &&
    v.words.relatives.has(before) &&
    v.words.resumptive_pronouns.has(after)
  );
}

/**
 * A singular masculine verb before a state named by a feminine name (every state's but
 * masculine_states'): Arabic has the verb agree with a subject after it, so the state is not
 * its subject ("التي هاجم فيها الصين").
 */
function feminineStateAfterMasculine(s: SentenceScope, t: Trigger, u: Unit): boolean {
  const { v } = s;
  if (t.kind !== "verb" || !t.verb || t.verb.number !== "singular") return false;
  if (verbGender(tok(v, t.first).text) !== "m") return false;
  // A name or a seat ("واشنطن"), not a nisba.
  if (u.ref.kind !== "state" || u.office || u.members || u.found.adjective) return false;
  return u.found.rule.startsWith("kb") && !masculineStateName(v, u);
}

/**
 * A singular feminine verb before a group without a name written as a sound masculine plural
 * ("مدنيين"، "متظاهرون"): Arabic has a verb before such a subject masculine, so the group is
 * not its subject. (A broken plural takes a feminine verb: "هاجمت القوات".)
 */
function menAfterFeminine(s: SentenceScope, t: Trigger, u: Unit): boolean {
  const { v } = s;
  if (t.kind !== "verb" || !t.verb || t.verb.number !== "singular") return false;
  if (verbGender(tok(v, t.first).text) !== "f" || !u.found.rule.startsWith("generic")) return false;
  return /(ون|ين)$/.test(tok(v, u.found.first).text);
}

/**
 * "قال بوتين بعد أن التقى ترامب": after a connector, a verb of peers that agrees with the
 * clause before it and takes a bare object, right before its one actor and no other, has that
 * clause's subject dropped; the actor is its object (the actor as subject would leave the verb
 * without one: "بعد أن التقاه ترامب" says that). Returns that clause (its subject carried).
 */
function connectorObject(
  s: SentenceScope,
  t: Trigger,
  u: Unit,
): { at: number; subject: Unit[] } | null {
  const { v } = s;
  const verb = t.verb;
  if (t.kind !== "verb" || !verb || verb.participle || verb.number !== "singular") return null;
  // Only a verb of peers: which of the two met the other, the pair is the same, while "بعد
  // أن انتقد الكونغرس" reads its actor as the subject first. Not with an object pronoun
  // ("حين استقبله نتنياهو"), nor past a word the recognizer did not take ("عندما التقت ماي").
  if (!verb.entry.symmetric || verb.clitic || u.first !== t.last + 1) return null;
  if (!verb.entry.preps.includes("") || !afterConnector(v, t.first)) return null;
  const clause = clauseBefore(s, t);
  if (!clause || clause.subject.some((x) => !ofSentence(v, x) || x.first > t.first)) return null;
  if (verbGender(tok(v, clause.at).text) !== verbGender(tok(v, t.first).text)) return null;
  // A group without a name is a subject more often than not ("بعد أن التقى مسؤولون").
  if (u.found.rule.startsWith("generic")) return null;
  // Another actor after it is the object of a subject stated after the verb.
  if (s.units.some((x) => x.first > u.last && x.first <= u.last + 3 && !x.place)) return null;
  // So is a noun right after it ("بعد أن التقى ترامب وفدا"): only the clause's end, a
  // preposition, a time word or what opens a report may follow the object.
  const next = v.tokens[u.last + 1];
  if (!next || /[،,.:;!?؟"«»()]/.test(v.norm.slice(u.end, next.start))) return clause;
  const w = v.words;
  const ends = [w.complementizers, w.fillers, w.weekdays, w.core_prepositions, w.manner_words];
  return ends.some((set) => set.has(next.text)) ? clause : null;
}

/** The subject of the clause before trigger `t`, and where its verb stands. */
function clauseBefore(s: SentenceScope, t: Trigger): { at: number; subject: Unit[] } | null {
  const verb = [...s.verbSubjects].reverse().find((x) => x.at < t.first);
  if (verb) return verb;
  // A speaker's, only before what he says: "قال بوتين بعد أن التقى ترامب إن ..." (inside a
  // report or a quote the clause is the reported one's).
  const speech = s.frames.find((f) => f.verbFirst < t.first && f.subjects.length > 0);
  if (!speech) return null;
  const { v } = s;
  const connector = connectorBefore(v, t.first);
  for (let k = speech.verbFirst + 1; k < (connector < 0 ? t.first : connector); k++)
    if (v.words.complementizers.has(tok(v, k).text)) return null;
  const between = v.norm.slice(tok(v, speech.verbFirst).end, tok(v, t.first).start);
  if (/[:"«»“”]/.test(between)) return null;
  return { at: speech.verbFirst, subject: speech.subjects };
}

/**
 * The pronoun after a relative clause's verb carries a preposition the verb takes its object
 * with: the relative's head is the object ("روسيا التي فرضت عليها الولايات المتحدة عقوبات").
 */
export function resumesObject(v: SentenceView, t: Trigger): boolean {
  if (!t.verb || !resumedAfterRelative(v, t)) return false;
  const prep = tok(v, t.last + 1).text.replace(/(ها|هما|هم|ه)$/, "");
  return t.verb.entry.preps.some((p) => normalizeForMatch(p) === prep);
}

/**
 * A singular masculine verb opening its sentence (opensSentence), whose only actor after it
 * is a state named by a feminine name (every state's but masculine_states'), while the
 * previous sentence's subject is persons: Arabic has the verb agree with a subject after it
 * ("انتقدت ألمانيا"), so the state is the object of a dropped subject, the person carried on.
 */
function stateObjectOfMasculineVerb(s: SentenceScope, t: Trigger, u: Unit): boolean {
  const { v } = s;
  if (t.kind !== "verb" || !t.verb || t.verb.participle || t.verb.number !== "singular")
    return false;
  if (!opensSentence(v, t) || agreement(tok(v, t.first).text, t.verb) !== "m") return false;
  // A name, not a seat ("الكرملين") nor a body standing for its state ("الحكومة").
  if (u.ref.kind !== "state" || u.office || u.members || u.found.rule !== "kb") return false;
  if (masculineStateName(v, u)) return false;
  // "وانتقد إيران أيضا وزير الخارجية الفرنسي": a subject after the object (VOS).
  const later = s.units.some(
    (x) => x.first > u.last && x.first <= u.last + 4 && (x.ref.kind === "person" || x.official),
  );
  return !later && !!s.previousSubject?.every((x) => x.ref.kind === "person" || x.official);
}

/**
 * The verb opens its sentence: first, or after words that name no subject ("وكان قد اتهم"،
 * "كما انتقد"; sentence_openers).
 */
function opensSentence(v: SentenceView, t: Trigger): boolean {
  if (t.first <= 1) return true;
  for (let k = 0; k < t.first; k++) if (!v.words.sentence_openers.has(tok(v, k).text)) return false;
  return true;
}

/**
 * A verb before its subject is singular in Arabic: after a dual or plural verb ("إنهما
 * يطالبان كوريا الشمالية") the actor is the object, the subject a pronoun.
 */
const plural = (t: Trigger) => t.kind === "verb" && t.verb?.number !== "singular";

/**
 * After "إنه / أنها / بأنهم" the pronoun is the subject: "قال بوتين إنه سيزور الصين". So is
 * it in the speaker's own forces after a complementizer: "أعلن حزب الله أن مقاتليه استهدفوا"،
 * "قال الجيش إن مقاتلاته قصفت".
 */
function pronounSubject(v: SentenceView, t: Trigger): boolean {
  const { pronoun_complementizers } = v.words;
  if ([t.first - 1, t.first - 2].some((j) => j >= 0 && pronoun_complementizers.has(tok(v, j).text)))
    return true;
  const j = perfectBefore(v, t.first);
  return (
    copulaAfterThat(v, j) ||
    (j >= 1 && ownForces(v, j) && v.words.complementizers.has(tok(v, j - 1).text)) ||
    (ownForces(v, j) && copulaAfterThat(v, j - 1))
  );
}

/** The word before a verb, past the «قد» of a perfect («أن تكون قد هددت»). */
function perfectBefore(v: SentenceView, i: number): number {
  return i >= 1 && v.words.perfect_particles.has(tok(v, i - 1).text) ? i - 2 : i - 1;
}

/**
 * «أن تكون قد هددت»، «أن يكون جيشها قد أطلق»: the copula after أن carries the clause's
 * subject as a pronoun, as «أنها» does.
 */
const copulaAfterThat = (v: SentenceView, j: number) =>
  j >= 1 &&
  v.words.subjunctive_copulas.has(tok(v, j).text) &&
  v.words.complementizers.has(tok(v, j - 1).text);

/** The verb's subject is the speaker's own forces ("أن مقاتليه استهدفوا"، "أن قواتها قد انسحبت"). */
const forcesBefore = (v: SentenceView, t: Trigger) => {
  const j = perfectBefore(v, t.first);
  return j >= 1 && ownForces(v, j) && !v.words.pronoun_complementizers.has(tok(v, j).text);
};

/**
 * A speaker whose forces fight as itself: a state, an army, a movement; not a person or an
 * official (whose words of a fight are a threat, read as a person's) nor a body the KB does
 * not know (a news agency of a group, whose "its fighters" are the group's).
 */
const commandsForces = (u: Unit) =>
  u.ref.kind !== "person" && !u.official && !u.ref.id.includes(":unk-");

/** A word of forces with a pronoun for their owner: "مقاتليه"، "قواتها"، "عناصرهم". */
function ownForces(v: SentenceView, k: number): boolean {
  if (k < 0) return false;
  const base = /^(.+?)(ه|ها|هم|هما)$/.exec(tok(v, k).text)?.[1];
  return !!base && (v.words.force_heads.has(base) || v.words.member_nouns.has(base));
}

/** The verb's subject, stated or inferred (see the head of this file for the order). */
export function verbSubject(s: SentenceScope, t: Trigger, frame: Frame | null): VerbSubject {
  const stated = statedSubject(s, t);
  if (stated.subject) return stated;
  const { vso } = stated;
  const carried = (subject: Unit[]): VerbSubject => ({ subject, vso, inferred: true });
  // "قال ظريف: نحن نرفض ..."، "إننا سنواجه": "we" is the speaker (ANNOTATION.md: the most
  // specific named actor); outside a reported clause it names no one.
  if (t.kind === "verb" && t.verb?.first)
    return frame && frame.subjects.length > 0 && !frame.negates ? carried(frame.subjects) : stated;
  if (frame?.accused) return carried([frame.accused]);
  // "أعلنت واشنطن، في الأول من أغسطس، فرض عقوبات على تركيا": a verbal noun spelled as the
  // past verb is the object of the verb of saying before it, and shares its subject.
  const announced = announcedMasdarSubject(s, t);
  if (announced) return carried(announced);
  // A dropped subject inside a reported clause is the speaker's ("قال بوتين إنه سيزور الصين").
  if (
    pronounSubject(s.v, t) &&
    t.kind === "verb" &&
    frame &&
    frame.subjects.length > 0 &&
    // Not under a denial or report itself negated («لم تنف إيران أنها زودت»، «لم يؤكد أنه»):
    // what it neither denies nor states is no act of the speaker's to read.
    !negatedAt(s.v, frame.verbFirst) &&
    (!forcesBefore(s.v, t) || frame.subjects.every(commandsForces))
  )
    return carried(frame.subjects);
  if (opensSentence(s.v, t) && s.previousSubject && !unnamedSubject(s.v, s.units, t))
    return carried(s.previousSubject);
  // "أدان الوزير الهجوم، كما دعا إلى التهدئة": after "also", the main clause's subject.
  const also = alsoSubject(s, t);
  if (also && !also.some((u) => s.previousSubject?.includes(u))) return carried(also);
  // "وصلت ميلانيا ترامب إلى أكرا، حيث تزور غانا": after a connector, the clause's subject.
  // Only a subject this sentence names: one carried from the sentence before ("ودعا كيم ...،
  // بعد أن التقى" with كيم unrecognised) would be carried twice.
  if (t.kind === "verb" && !t.verb?.participle && afterConnector(s.v, t.first)) {
    const clause = [...s.verbSubjects].reverse().find((x) => x.at < t.first);
    if (clause && !clause.subject.some((u) => s.previousSubject?.includes(u)))
      return carried(clause.subject);
  }
  // "اقتحمت الشرطة الإسرائيلية باحات المسجد الأقصى وأطلقت القنابل على المصلين": a verb
  // joined by و with no subject of its own continues the verb before it in this sentence.
  const joined = joinedVerbSubject(s, t);
  if (joined) return { subject: joined, vso, inferred: true, joined: true };
  // A dual or plural verb with no subject of its own continues the clause's pair
  // ("زعيمي البلدين تعهدا ... عندما التقيا").
  if (t.kind === "verb" && t.verb?.number !== "singular") {
    const prev = [...s.verbSubjects].reverse().find((x) => x.subject.length >= 2);
    if (prev) return carried(prev.subject);
  }
  return stated;
}

/**
 * The subject of the verb before a verb joined to it by و ("وأطلقت", whose form without و
 * is a verb of the lexicon, so not "وافق"): only one this sentence names.
 */
function joinedVerbSubject(s: SentenceScope, t: Trigger): Unit[] | null {
  if (t.kind !== "verb" || t.verb?.participle) return null;
  const text = tok(s.v, t.first).text;
  if (!text.startsWith("و") || !s.lex.verbs.has(text.slice(1))) return null;
  const before = [...s.verbSubjects].reverse().find((x) => x.at < t.first);
  if (!before || before.subject.some((u) => !ofSentence(s.v, u))) return null;
  if (before.subject.some((u) => s.previousSubject?.includes(u))) return null;
  // The two verbs agree ("اقتحمت ... وأطلقت"); "فرض ترامب ... واستهدفت العقوبات" has a
  // subject of its own.
  const first = s.triggers.find((x) => x.first === before.at);
  if (!first?.verb) return null;
  const joined = agreement(text.slice(1), t.verb as VerbForm);
  // A verb before its subject is singular whatever the subject's number; the verb joined
  // after it agrees with the subject: "أحرق جنود ميانماريون المنازل وأطلقوا النار".
  const pluralAfter =
    joined === "plural" &&
    (before.subject[0]?.first ?? -1) > before.at &&
    // A group without a name ("الجنود"، "مسلحون"), or a state's soldiers or people by their
    // nisba ("جنود إسرائيليون").
    (before.subject.length > 1 ||
      before.subject.every(
        (u) => u.found.rule.startsWith("generic") || u.found.adjective === true,
      ));
  if (!pluralAfter && agreement(tok(s.v, before.at).text, first.verb) !== joined) return null;
  return before.subject;
}

/** A verb's person, gender and number as its affixes show them (3ms, 3fs, dual, plural). */
function agreement(text: string, verb: VerbForm): string {
  const w = text.replace(/^[وف]/, "");
  if (verb.number !== "singular") return verb.number;
  // An imperfect's first letter is its person's, or the future's س before it ("ستطرد كندا").
  if (verb.imperfect) return w.replace(/^س/, "").startsWith("ت") ? "f" : "m";
  return w.endsWith("ت") ? "f" : "m";
}

/** How far a verbal noun may stand after the verb of saying whose object it is. */
const MASDAR_REACH = 10;

/**
 * The subject of the verb of saying a bare verbal noun is the object of ("أعلن X فرض
 * عقوبات", "أكدت X طرد دبلوماسيين"): the verb trigger is a bare past form (no person
 * suffix, no prefix but و/ف), the nearest trigger before it is a verb of saying with a
 * subject, and no complementizer, trigger or other actor stands between them.
 */
function announcedMasdarSubject(s: SentenceScope, t: Trigger): Unit[] | null {
  const verb = t.verb;
  if (t.kind !== "verb" || !verb || verb.imperfect || verb.participle) return null;
  const { v } = s;
  const text = tok(v, t.first).text;
  const bare = (p: string) => text === p || (/^[وف]/.test(text) && text.slice(1) === p);
  if (!verb.entry.past.some((p) => bare(pastLemma(p)))) return null;
  const k = s.triggers.indexOf(t);
  const speech = k > 0 ? s.triggers[k - 1] : undefined;
  if (speech?.kind !== "speech" || t.first - speech.last > MASDAR_REACH) return null;
  const frame = s.frames.find((f) => f.verbFirst === speech.first);
  if (!frame || frame.subjects.length === 0 || negatedAt(v, speech.first)) return null;
  for (let j = speech.last + 1; j < t.first; j++) {
    if (v.words.complementizers.has(tok(v, j).text)) return null;
  }
  const between = (u: Unit) => u.first > speech.last && u.first < t.first;
  const subject = (u: Unit) => frame.subjects.some((x) => x.first <= u.first && u.last <= x.last);
  if (s.units.some((u) => between(u) && !subject(u))) return null;
  return frame.subjects;
}

const LEMMAS = new Map<string, string>();
/** A past form of the lexicon as a token reads it (normalized, its first word). */
function pastLemma(p: string): string {
  let n = LEMMAS.get(p);
  if (n === undefined) {
    n = normalizeForMatch(p).split(" ")[0] as string;
    LEMMAS.set(p, n);
  }
  return n;
}
