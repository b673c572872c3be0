// Relations of nominal triggers ("زيارة X إلى Y", "محادثات بين X وY", "العقوبات الأمريكية
// على Y"): each noun's frames from the lexicon, tried explicit owners first, then the owner
// of its clause; with no participants stated, the pair that shares it.

import { adjacent, type Found } from "../recognize/found.js";
import { type Tok, tokStems } from "../recognize/segment.js";
import { type RelationType, SYMMETRIC_TYPES } from "../schema.js";
import {
  ABOUT,
  BETWEEN,
  EMPTY,
  everyPair,
  FROM,
  ON,
  prepOf,
  protestCaller,
  sidesOf,
  TO,
  unconjoined,
  unitAfterPrep,
  WITH,
} from "./arguments.js";
import { conflictWords, lightVerbDoer } from "./frames-conflict.js";
import { verbGender } from "./frames-cooperation.js";
import type { NounEntry, VerbForm } from "./lexicon.js";
import { modalityAt, negatedAt } from "./modality.js";
import { lOwner, nisbaAfterAgainst, nisbaAfterL, nisbaBefore, nisbaOwner } from "./nisba.js";
import { type Frame, frameAround, type SentenceScope, type Trigger } from "./scope.js";
import {
  commaBetween,
  coordinatedAfter,
  coordinatedBefore,
  hasBare,
  protestingBody,
  type SentenceView,
  type Unit,
} from "./units.js";

const tok = (v: SentenceView, i: number) => v.tokens[i] as Tok;

const SYMMETRIC_NOUNS = new Set<RelationType>(["COOPERATE", "CONSULT", "AGREE", "AID"]);

type Pairs = Array<[Unit, Unit]>;

/** What one of a noun's frames finds: the pairs and the rule that names the frame. */
interface NounFrameFound {
  pairs: Pairs;
  rule: string;
}

/** What a noun's frames read: the scope, the trigger, its entry and its clause's owner. */
interface NounSite {
  s: SentenceScope;
  t: Trigger;
  n: NounEntry;
  clauseSubject: Unit[] | null;
  targets: ReadonlySet<string>;
  clash: boolean;
}

/**
 * A unit counted after a word of casualty ("مقتل 12 مدنيا", "إصابة ثلاثة جنود"، "القتلى في
 * صفوف المعتصمين"): only a number, a quantity word or a link («من»، «في صفوف») may stand
 * between them.
 */
export function casualtyVictim(v: SentenceView, u: Unit): boolean {
  const { casualtyWords, victimLinks, tollNouns } = conflictWords();
  const toll = (stem: string) => tollNouns.has(stem.replace(/^ال/, ""));
  for (let k = u.first - 1; k >= 0 && u.first - k <= 4; k--) {
    const t = v.tokens[k] as Tok;
    if (tokStems(t).some((st) => casualtyWords.has(st.stem) || toll(st.stem))) return true;
    const counting =
      /^\d+$/.test(t.text) ||
      v.words.quantities.has(t.text) ||
      v.words.counts.has(t.text) ||
      victimLinks.has(t.text);
    if (!counting) return false;
  }
  return false;
}

/**
 * Verbs that judge what someone else did: condemning and welcoming (ACCUSE's "disapprove", and
 * SUPPORT). Their object noun is not their subject's. (What one denies, rejects, asks for or is
 * accused of may well be one's own: "نفت الفصائل مشاركتها في مفاوضات"، "طلبت روسيا زيارة".)
 */
const judges = (e: { type: string; mode: string | null }) =>
  (e.type === "ACCUSE" && e.mode === "disapprove") || e.type === "SUPPORT";

/**
 * A verb that judges stands between the noun and a negator before it: the negation is that
 * verb's («لم تدن الصين الغزو الروسي لأوكرانيا»: the invasion is not denied).
 */
function judgedBetween(s: SentenceScope, t: Trigger): boolean {
  return s.triggers.some(
    (x) =>
      x.kind === "verb" &&
      x.last < t.first &&
      x.first >= t.first - 4 &&
      !!x.verb &&
      judges(x.verb.entry),
  );
}

/**
 * The noun is what a verb of stance (or its verbal noun) right before it is about: "أدانت فرنسا
 * الهجوم على سوريا" condemns an attack, it is none of France's. (A suffix names its owner: "أعلنت دعمها لـ".)
 */
function stanceObject(s: SentenceScope, t: Trigger): boolean {
  if (t.pronoun) return false;
  // "أشاد الرئيس الروسي بالتعاون مع تركيا": مع names the other side of the subject's own
  // cooperation, talks or agreement.
  const peer = t.noun !== undefined && SYMMETRIC_TYPES.has(t.noun.type);
  if (peer && WITH.has(s.v.tokens[t.last + 1]?.text ?? "")) return false;
  if (stanceNounBefore(s, t) || stopCalledFor(s, t)) return true;
  const verb = s.triggers.filter((x) => x.kind === "verb" && x.last < t.first).pop();
  const entry = verb?.verb?.entry;
  if (!verb || !entry) return false;
  // Opposing or rejecting an attack right after the verb and its subject ("الجيش يعارض الهجوم
  // على رفح") is no attack, whoever's; a noun between is the subject's act on its own attack
  // («رفض الجيش تأجيل الهجوم»).
  const opposed =
    entry.type === "REJECT" && t.noun?.type === "ASSAULT" && directlyAfter(s, verb.last, t.first);
  if (!judges(entry) && !opposed) return false;
  // Only the verb's subject (and its object's own words) between: the noun is its object.
  const between = s.triggers.some((x) => x.first > verb.last && x.last < t.first);
  return !between && t.first - verb.last <= 8;
}

/** Only units (the verb's subject) stand between `from` and `to`. */
function directlyAfter(s: SentenceScope, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++)
    if (!s.units.some((u) => u.first <= k && k <= u.last)) return false;
  return true;
}

/**
 * A verbal noun of stance right before the noun, with or without its article: "للتنديد
 * بالعدوان على غزة"، "تنديدا بالهجوم" (the crowd condemns the attack; it is none of theirs).
 */
function stanceNounBefore(s: SentenceScope, t: Trigger): boolean {
  const before = s.v.tokens[t.first - 1];
  if (!before) return false;
  return tokStems(before).some((st) => {
    const bare = st.stem.replace(/^ال/, "");
    const stem = bare.endsWith("ا") ? bare.slice(0, -1) : bare;
    return (s.lex.nouns.get(stem) ?? []).some((n) => n.tokens.length === 1 && judges(n.entry));
  });
}

/**
 * "دعت الأمم المتحدة إلى وقف الهجمات على المدنيين": an act a request calls to stop (a word of
 * easing right before the noun, a verb of request before it) is none of the caller's.
 */
function stopCalledFor(s: SentenceScope, t: Trigger): boolean {
  const before = s.v.tokens[t.first - 1];
  if (!before || !tokStems(before).some((st) => conflictWords().easing.has(st.stem))) return false;
  return s.triggers.some(
    (x) =>
      x.kind === "verb" &&
      x.last < t.first &&
      t.first - x.last <= 6 &&
      x.verb?.entry.type === "REQUEST",
  );
}

/**
 * The actor read as the subject of the verb at `at` is the one it acts on: the verb is passive
 * («تم طرد السفير الروسي»; words.json passive_auxiliaries), or feminine while the actor is a
 * man by his title («وطردت السفير الروسي»: the subject is dropped).
 */
function actedOn(s: SentenceScope, at: number, subject: readonly Unit[]): boolean {
  const { v } = s;
  if (v.words.passive_auxiliaries.has(v.tokens[at - 1]?.text ?? "")) return true;
  const feminine = verbGender(v.tokens[at]?.text ?? "") === "f";
  return (
    feminine && subject.some((u) => (u.ref.kind === "person" || u.official) && masculineHead(v, u))
  );
}

/** A person's unit opens with a title without the feminine ة («السفير»، «الرئيس»). */
function masculineHead(v: SentenceScope["v"], u: Unit): boolean {
  if (u.first === u.found.first) return false;
  const head = v.tokens[u.first]?.text ?? "";
  return !head.endsWith("ه") && !head.endsWith("ة");
}

/**
 * Who a nominal relation belongs to when the noun names no one: the accused of an enclosing
 * accusation, else the nearest actor before it inside its clause ("إن كوريا الشمالية ستدفع
 * ثمن أي إمدادات أسلحة لروسيا"), else the subject of the nearest verb, else (a pronoun suffix,
 * زيارته) the previous sentence's subject.
 */
/**
 * The act a clause protests or answers («أعلنت بوليفيا قطع علاقاتها مع إسرائيل احتجاجا على
 * الهجمات على غزة»، «تنديدا بالقصف»): right after an opener, with على between or بـ/لـ on it.
 */
function protestedAct(v: SentenceView, t: Trigger): boolean {
  const openers = v.words.protested_act_openers;
  const before = v.tokens[t.first - 1]?.text ?? "";
  if (before === ON) return openers.has(v.tokens[t.first - 2]?.text ?? "");
  return openers.has(before) && /^(ب|ل)/.test(v.tokens[t.first]?.text ?? "");
}

function nounOwner(s: SentenceScope, t: Trigger, frame: Frame | null): Unit[] | null {
  const { v, units } = s;
  if (frame?.accused) return [frame.accused];
  if (!t.pronoun && protestedAct(v, t)) return null;
  // "تضامنا مع بريطانيا" after a clause: the clause's subject, named in the sentence; never
  // its object before the noun, nor a subject carried from the sentence before.
  if (t.purpose) {
    const verb = s.verbSubjects.filter((x) => x.at < t.first).pop();
    // (Or the speaker who announces what the clause does, «أعلنت كندا طرد السفير», when no
    // verb of its own without a stated subject stands between: «إنه ... إلا أنها ستطرد».)
    const own = s.triggers.some((x) => x.kind === "verb" && x.first < t.first);
    const clause = verb
      ? actedOn(s, verb.at, verb.subject)
        ? undefined
        : verb.subject
      : own
        ? undefined
        : (s.speechSubject ?? undefined);
    return clause?.every((u) => !s.previousSubject?.includes(u)) ? clause : null;
  }
  // "دعا الأمين العام الحكومة السورية إلى الحوار مع المعارضة": what is asked for is the
  // asked one's to do; a meeting the asked one arranges is the asker's («طلب السفير من
  // السلطات تنظيم لقاء مع الوزير»; words.json arranging_nouns).
  const arranged = v.words.arranging_nouns.has(v.tokens[t.first - 1]?.text ?? "");
  if (frame?.asked && (t.pronoun || !arranged)) return [frame.asked];
  // "، موجها الشكر إلى قطر"، "معربا عن تقديره": the noun is the object of a light verb's
  // participle, whose subject is its clause's (the speaker's after a claim), not an actor the
  // claim names before it.
  if (v.words.light_participles.has(v.tokens[t.first - 1]?.text ?? "")) {
    const clause = s.verbSubjects.filter((x) => x.at < t.first).pop()?.subject ?? s.speechSubject;
    const owner = frame?.speaker ? [frame.speaker] : clause;
    if (owner) return owner;
  }
  const from = frame?.from ?? 0;
  // "اتهامها للحكومة": the suffix refers to its clause's subject, not to the nearest actor.
  if (t.pronoun) {
    const verb = s.verbSubjects.filter((x) => x.at < t.first && x.at >= from).pop();
    if (verb) return verb.subject;
  }
  if (stanceObject(s, t)) return null;
  for (let k = units.length - 1; k >= 0; k--) {
    const u = units[k] as Unit;
    if (u.last >= t.first || u.first < from || u.place) continue;
    // "مقتل 12 مدنيا في القصف على الغوطة": the dead are the attack's victims, not its owner.
    if (casualtyVictim(v, u)) continue;
    // "قتل الجيش الإسرائيلي مسؤولا إيرانيا في غارة على دمشق": nor is the verb's object.
    // (A peer of a symmetric verb is one of its subjects: «وقعت روسيا والصين اتفاقا».)
    if (
      s.drafts.some(
        (d) => d.target === u && d.rule.startsWith("verb-vso") && !SYMMETRIC_TYPES.has(d.type),
      )
    )
      continue;
    if (prepOf(v, u) === "" || prepOf(v, u) === "و") {
      if (u.members) return u.members;
      const group = coordinatedBefore(v, units, k);
      // "بالرئيسين الروسي والصيني": a list joined by و behind a preposition owns nothing.
      const p = prepOf(v, group[0] as Unit);
      if (prepOf(v, u) === "و" && p !== "" && p !== "و") continue;
      return group.flatMap((x) => x.members ?? [x]);
    }
  }
  // In a reported clause that names no one before it, the speaker's ("وقال ترامب إن لقاءه
  // المرتقب مع ..."); so are talks, a meeting or an agreement the speaker speaks of ("ترامب:
  // المحادثات مع كوريا الشمالية قد تسفر ..."): the speaker is one of their sides.
  // Not a visit: "زيارة الإثيوبيين" in a speaker's words is not the speaker's visit.
  const peer = t.noun !== undefined && SYMMETRIC_TYPES.has(t.noun.type) && t.noun.event !== "visit";
  if ((t.pronoun || peer) && frame && frame.subjects.length > 0 && !frame.negates)
    return frame.subjects;
  // Not the subject of the noun's own relative clause ("الحرب التي دعمت فيها الولايات
  // المتحدة العراق ضد إيران": the war is not the United States'), unless the noun is of
  // peers, whom the clause names ("الاجتماع الذي شاركت فيه روسيا والصين").
  const ownClause =
    !peer && v.words.relatives.has(v.tokens[t.last + 1]?.text ?? "") ? t.last + 2 : -1;
  const near = s.verbSubjects
    .filter((x) => x.at !== ownClause)
    .sort((a, b) => Math.abs(a.at - t.first) - Math.abs(b.at - t.first))[0];
  // An attack spoken of in a reported clause is not done by the subject of a verb before the
  // verb of saying: "ودانت الأمم المتحدة الهجوم، وقال فليتشر إن الهجمات على المدنيين يجب أن
  // تتوقف" does not make the UN the attacker.
  if (near && frame && near.at < frame.verbFirst && t.noun?.type === "ASSAULT") return null;
  if (near) return near.subject;
  return t.pronoun ? s.previousSubject : null;
}

/** "محادثات بين X وY": every pair for a peer relation, else the first with each other. */
function betweenFrame({ s, t, n, clash }: NounSite): NounFrameFound | null {
  const b = unitAfterPrep(s.v, s.units, t.last + 1, t.last + 4, BETWEEN);
  if (!b) return null;
  const sides = sidesOf(s.v, s.units, b.group);
  if (sides) {
    const pairs = sides[0].flatMap((x) => sides[1].map((y) => [x, y] as [Unit, Unit]));
    return { pairs, rule: "noun-between" };
  }
  if (b.group.length < 2) return null;
  const [a, ...rest] = b.group as [Unit, ...Unit[]];
  const pairs: Pairs =
    SYMMETRIC_NOUNS.has(n.type) || clash ? everyPair(b.group) : rest.map((r) => [a, r]);
  return { pairs, rule: "noun-between" };
}

/** "نقل أسلحة من X إلى Y". */
function fromToFrame({ s, t }: NounSite): NounFrameFound | null {
  const { v, units } = s;
  const a = unitAfterPrep(v, units, t.last + 1, t.last + 8, FROM);
  const b = a && unitAfterPrep(v, units, a.unit.last + 1, a.unit.last + 6, v.words.to_prepositions);
  if (!a || !b) return null;
  return {
    pairs: a.group.flatMap((x) => b.group.map((y) => [x, y] as [Unit, Unit])),
    rule: "noun-from-to",
  };
}

/** The agent of a passive participle: after من, or after بـ. */
const FROM_OR_BY: ReadonlySet<string> = new Set([...FROM, "ب"]);

/** "الحوثيين، المدعومين من إيران": the agent after من does it to the actor before. */
function passiveByFrame({ s, t }: NounSite): NounFrameFound | null {
  // Or after بـ: «مدعومة بالطيران الروسي»، «مدعومين بمقاتلين إيرانيين».
  const agent = unitAfterPrep(s.v, s.units, t.last + 1, t.last + 2, FROM_OR_BY);
  const patient = [...s.units]
    .reverse()
    .find((u) => u.last < t.first && t.first - u.last <= 2 && !u.place);
  if (!agent || !patient) return null;
  return { pairs: agent.group.map((a) => [a, patient] as [Unit, Unit]), rule: "noun-passive-by" };
}

/** A unit that is a state's own name alone (not its nisba, not its forces or an office). */
const bareName = (u: Unit) =>
  !u.found.adjective && u.first === u.found.first && u.last === u.found.last && !u.office;

/**
 * "قتل ثلاثة متظاهرين برصاص قوات الأمن": the victims before, the agent right after. The
 * agent may be a nisba ("بالرصاص الإسرائيلي"), and so may the victims ("قتل 125 فلسطينيا
 * برصاص إسرائيلي").
 */
function byAgentFrame({ s, t }: NounSite): NounFrameFound | null {
  const { v, units } = s;
  // A state named by its own name after the act is what is hit, not who fires ("لوح ترامب
  // بقصف إيران"); who fires is named by a nisba or its forces ("بقصف إسرائيلي"، "برصاص الجيش").
  const named = units.find(
    (u) => u.first === t.last + 1 && !u.place && !(u.ref.kind === "state" && bareName(u)),
  );
  // The charge of an accusation ("اتهمت المعارضة النظام السوري بقصف المدنيين"): the accused
  // fires, and the actor after the act is what it hits.
  const accused = frameAround(s.frames, t.first)?.accused;
  if (named && accused && accused.last < t.first && t.first - accused.last <= 2)
    return named.ref.id === accused.ref.id
      ? null
      : { pairs: [[accused, named]], rule: "noun-charge" };
  const agent = named ?? nisbaOwner(v, t);
  const patient =
    units.findLast((u) => u.last < t.first && t.first - u.last <= 3 && !u.place) ??
    nisbaBefore(v, t.first);
  if (!agent || !patient) return null;
  const agents = named ? coordinatedAfter(v, units, units.indexOf(named)) : [agent];
  return { pairs: agents.map((a) => [a, patient] as [Unit, Unit]), rule: "noun-by-agent" };
}

/**
 * The noun carries its owner as a pronoun suffix: a head plus a suffix (زيارته), or a meeting
 * noun listed with its suffix (words.json direct_meeting_nouns: «لقائه»، whose hamza hides the
 * head).
 */
const suffixed = (v: SentenceView, t: Trigger) =>
  t.pronoun || hasBare(v.words.direct_meeting_nouns, tok(v, t.first).text);

/** The noun's owner right after it: a genitive, a bridging noun's, a nisba, or a لـ owner. */
function genitiveOwner(
  s: SentenceScope,
  t: Trigger,
  fr: string,
  suffix: boolean,
): Unit | undefined {
  const { v, units } = s;
  if (suffix) return undefined;
  return (
    units.find((u) => u.first === t.last + 1 && prepOf(v, u) === "") ??
    units.find(
      (u) =>
        u.first === t.last + 2 &&
        prepOf(v, u) === "" &&
        tokStems(tok(v, t.last + 1)).some(
          (x) => x.prefixLength === 0 && v.words.bridge_nouns.has(x.stem),
        ),
    ) ??
    // «إدانة الغزو الروسي لأوكرانيا»: the nisba after another act's noun is that act's.
    (s.triggers.some((x) => x.kind === "noun" && x.first === t.last + 1)
      ? undefined
      : nisbaOwner(v, t)) ??
    lOwner(v, units, t, fr)
  );
}

/** Types of the verbs whose complement is an act that has not happened. */
const UNREALISING = new Set(["REQUEST", "REJECT", "THREATEN"]);

/** How far before the noun such a verb may stand, past its subject and object. */
const UNREALISING_REACH = 6;

/**
 * Whether a verb that asks for, refuses or threatens the act stands before the noun in its
 * clause ("طالبت روسيا بانسحاب"، "وحثت مجموعة السبع روسيا على سحب قواتها").
 */
function unrealised(s: SentenceScope, t: Trigger): boolean {
  return s.triggers.some(
    (x) =>
      x.kind === "verb" &&
      UNREALISING.has(x.verb?.entry.type ?? "") &&
      x.last < t.first &&
      t.first - x.last <= UNREALISING_REACH &&
      !commaBetween(s.v, x.last, t.first),
  );
}

/**
 * "زيارة بوتين إلى الصين", "العقوبات الأمريكية على إيران", "زيارته للصين": the owner (a
 * genitive, else the clause's subject for a pronoun suffix) and the other side after the
 * frame's preposition.
 */
function genitiveFrame(site: NounSite, fr: string): NounFrameFound | null {
  const { s, t, n, clauseSubject, targets } = site;
  const { v, units } = s;
  // A withdrawal asked for, refused or threatened has not happened ("طالبت روسيا بانسحاب
  // القوات الأمريكية من سوريا").
  if ((fr === "genitive-from" || n.mode === "suspend") && unrealised(s, t)) return null;
  const w = v.words;
  const suffix = suffixed(v, t);
  const own = genitiveOwner(s, t, fr, suffix);
  const prep =
    fr === "genitive-to"
      ? w.to_prepositions
      : fr === "genitive-with"
        ? WITH
        : fr === "genitive-from"
          ? FROM
          : w.against_prepositions;
  // "هجوم لمسلحين على حاجز للجيش"، "احتجاج للأكراد ضد الهجمات التي يشنها الجيش": an
  // attack's or a protest's لـ names its doer when على or ضد follows.
  const protest = n.type === "PROTEST";
  const lDoer =
    !own && !t.pronoun && fr === "genitive-on" && (n.type === "ASSAULT" || protest)
      ? units.find(
          (u) =>
            u.first === t.last + 1 &&
            prepOf(v, u) === "ل" &&
            unitAfterPrep(
              v,
              units,
              u.last + 1,
              u.last + (protest ? 8 : 3),
              prep,
              targets,
              protest,
            ) !== null,
        )
      : undefined;
  // "مسيرة نظمتها المعارضة ضد الرئيس": the group that organised the protest holds it.
  const caller = !own && !lDoer && protest ? protestCaller(v, units, t.last) : undefined;
  const doer = own ?? lDoer ?? caller;
  // "أعلنت روسيا سحب قواتها من خيرسون": forces with a pronoun are the clause subject's.
  const forcesAt = !doer && !suffix && fr === "genitive-from" ? ownForcesAt(v, t.last + 1) : -1;
  const forces = forcesAt >= 0;
  // "سحب" pulls out troops or many things else ("سحب الثقة"، "سحب المشروع"), and is most
  // often asked for or supposed when another's forces are its genitive ("مثل سحب القوات
  // الأمريكية"): only a subject's own forces it announces or does count (mode "pull-out").
  if (n.mode === "pull-out" && !forces) return null;
  // After a word of cause the pronoun is the one blamed or praised, the clause's object when
  // it has one («عاقبت واشنطن موسكو بسبب دعمها للأسد»), else its subject («تعرضت إيران
  // لعقوبات بسبب دعمها للحوثيين»).
  const cause = suffix && causeWordAt(v, t.first - 1);
  const owner = doer
    ? [doer]
    : cause
      ? causeOwner(s, t, clauseSubject)
      : suffix || forces
        ? clauseSubject
        : null;
  const start = doer ? doer.last + 1 : forces ? forcesAt + 1 : t.last + 1;
  // A protest is against the one doing what it protests ("احتجاجا على الحصار الذي تفرضه").
  const b =
    unitAfterPrep(v, units, start, start + 12, prep, targets, protest) ??
    (fr === "genitive-to" && owner ? nisbaAfterL(v, units, start, n) : null) ??
    (doer ? accusedObject(v, units, doer, n) : null) ??
    (t.pronoun && !doer ? askedObject(v, units, t, n) : null) ??
    (suffix && !doer ? visitedObject(v, units, t, n) : null) ??
    (protest ? against(nisbaAfterAgainst(v, units, start)) : null);
  // A reception receives a guest, not a crowd ("استقبال الأردن للاجئين السوريين"); a
  // withdrawal with من leaves a land ("انسحاب القوات الأمريكية من سوريا"), not a body, whose
  // leaving is a rejection (frames-stance-withdraw.ts).
  const received = (y: Unit) =>
    !(fr === "genitive-to" && n.event === "meeting" && y.ref.id.startsWith("group:")) &&
    !(fr === "genitive-from" && y.ref.kind !== "state" && !y.place);
  if (owner && b?.group.some(received))
    return {
      pairs: owner.flatMap((x) => b.group.filter(received).map((y) => [x, y] as [Unit, Unit])),
      rule: `noun-${fr}`,
    };
  // "يعتزم بوتين زيارة الصين": the genitive is what is visited, when the visit is the clause's
  // object ("تظاهر الآلاف ضد زيارة ترامب" is a protest against Trump's visit). So is the one
  // whose membership is suspended ("أعلن الاتحاد الأفريقي تعليق عضوية النيجر"; mode "suspend").
  // Support is, when its subject declares it ("أكدت الصين دعم باكستان"); not otherwise
  // («طلبت مصر تأييد فرنسا»، «خسرت إسرائيل تأييد الولايات المتحدة» name the supporter).
  const before = v.tokens[t.first - 1]?.text ?? "";
  const object = !w.core_prepositions.has(before);
  if (
    own &&
    !b &&
    object &&
    (n.event === "visit" || n.mode === "suspend" || declaredSupport(s, t, own, clauseSubject)) &&
    clauseSubject &&
    !clauseSubject.includes(own)
  )
    return {
      pairs: clauseSubject.map((x) => [x, own] as [Unit, Unit]),
      rule: n.event === "visit" ? "noun-visit-object" : `noun-${n.type.toLowerCase()}-object`,
    };
  return null;
}

/**
 * Where the owner's forces stand from token `k`: right there, or after a part of them («معظم
 * قواتها»، «جزءا من قواتها»; words.json partitives, with or without من); -1 when none.
 */
function ownForcesAt(v: SentenceScope["v"], k: number): number {
  if (ownForces(v, k)) return k;
  if (!v.words.partitives.has(v.tokens[k]?.text ?? "")) return -1;
  const at = v.tokens[k + 1]?.text === "من" ? k + 2 : k + 1;
  return ownForces(v, at) ? at : -1;
}

/** A word of forces with its owner's pronoun ("قواتها"، "جنوده"; words.json group_heads). */
function ownForces(v: SentenceScope["v"], k: number): boolean {
  const text = v.tokens[k]?.text ?? "";
  const base = text.replace(/(ها|هم|هما|ه)$/, "");
  return base !== text && base.length >= 3 && v.words.group_heads.has(base);
}

/**
 * "اتهام ترامب بكين بالتدخل": a verbal noun of accusing takes its doer as genitive and the
 * accused as a bare object right after it, with the charge's بـ right after that.
 */
function accusedObject(
  v: SentenceScope["v"],
  units: readonly Unit[],
  doer: Unit,
  n: NounEntry,
): { unit: Unit; group: Unit[] } | null {
  if (n.type !== "ACCUSE" || n.mode !== "allege") return null;
  return bareObjectAfter(v, units, doer.last, (next) => next.startsWith("ب"));
}

/**
 * A unit with no preposition right after token `at` (not a place), when the word after it is
 * what the verbal noun governs next (`governs`): its bare object.
 */
function bareObjectAfter(
  v: SentenceScope["v"],
  units: readonly Unit[],
  at: number,
  governs: (next: string) => boolean,
): { unit: Unit; group: Unit[] } | null {
  const object = units.find((u) => u.first === at + 1 && prepOf(v, u) === "" && !u.place);
  const next = object ? v.tokens[object.last + 1]?.text : undefined;
  return object && next !== undefined && governs(next) ? { unit: object, group: [object] } : null;
}

/**
 * "جدد الاتحاد الأوروبي دعوته إسرائيل إلى وقف الاستيطان"، "مطالبتها إيران بالإفراج": a verbal
 * noun of asking with its owner as a suffix takes the one asked as a bare object right after
 * it, with what is asked (إلى or بـ) right after that.
 */
function askedObject(
  v: SentenceScope["v"],
  units: readonly Unit[],
  t: Trigger,
  n: NounEntry,
): { unit: Unit; group: Unit[] } | null {
  if (n.type !== "REQUEST") return null;
  // Only as a verb's object: after a preposition («على دعوته إسرائيل»، «بعد دعوته») the suffix
  // is someone praised or blamed for asking, not the clause's subject.
  const head = v.tokens[t.first] as Tok;
  const before = v.tokens[t.first - 1]?.text ?? "";
  if (/^[وف]?[لب]/.test(head.text) || v.words.stopwords.has(before)) return null;
  return bareObjectAfter(v, units, t.last, (next) => next === TO || next.startsWith("ب"));
}

/**
 * "أثناء زيارته بكين"، "خلال زيارتها العاصمة الصينية بكين": a visit with its visitor as a
 * suffix takes the state or seat visited as a bare object right after it, past a word of
 * place and its nisba (words.json place_heads); so does a meeting the one met («خلال لقائه
 * الرئيس الروسي»، «استقباله وزير الخارجية»; words.json direct_meeting_nouns).
 */
function visitedObject(
  v: SentenceScope["v"],
  units: readonly Unit[],
  t: Trigger,
  n: NounEntry,
): { unit: Unit; group: Unit[] } | null {
  const meets =
    n.event === "meeting" && hasBare(v.words.direct_meeting_nouns, tok(v, t.first).text);
  if (n.event !== "visit" && !meets) return null;
  // The clause's subject makes the visit in a time phrase («أثناء زيارته بكين»), not one it
  // protests or speaks of («احتجاجا على زيارته إسرائيل»).
  const before = unconjoined(v.tokens[t.first - 1]?.text ?? "", v.words);
  if (v.words.against_prepositions.has(before) || before === ABOUT) return null;
  let at = t.last + 1;
  if (hasBare(v.words.place_heads, v.tokens[at]?.text.replace(/^ال/, "") ?? "")) {
    at++;
    if (v.byFirst.get(at)?.adjective) at = (v.byFirst.get(at) as Found).last + 1;
  }
  // A meeting is with a person, a state or a body, never a crowd («استقباله اللاجئين»).
  const met = (x: Unit) =>
    meets ? !x.place && !x.ref.id.startsWith("group:") : x.ref.kind === "state";
  const u = units.find((x) => x.first === at && met(x) && prepOf(v, x) === "");
  return u && adjacentRun(v, t.last, at) ? { unit: u, group: [u] } : null;
}

/** No punctuation between token `from` and token `to`. */
function adjacentRun(v: SentenceScope["v"], from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if (!adjacent(v.norm, (v.tokens[k] as Tok).end, (v.tokens[k + 1] as Tok).start)) return false;
  return true;
}

/** "أعلنت روسيا دعمها لـ ...", "تعاون مع X": the clause's owner and the actor after the preposition. */
function clauseFrame(
  { s, t, n, clauseSubject, targets }: NounSite,
  fr: string,
): NounFrameFound | null {
  if (!clauseSubject) return null;
  const w = s.v.words;
  const prep =
    fr === "with"
      ? WITH
      : fr === "to"
        ? w.to_prepositions
        : fr === "from"
          ? w.from_prepositions
          : w.against_prepositions;
  const relative = n.type === "PROTEST";
  // A noun after a word of cause is someone else's act («فرضت بريطانيا عقوبات ...
  // بسبب الهجمات على المدنيين»: Britain attacks no one), and the noun's object stands before
  // such a word (the sanctions are not on the civilians). A topic's («صفقات بشأن مبيعات
  // الأسلحة») stays the subject's.
  if (causeWordAt(s.v, t.first - 1)) return null;
  const reach = Math.min(t.last + 12, causeWordAfter(s.v, t.last) - 1);
  // "احتجاجا ضد العملية العسكرية التركية": against the state of the nisba.
  const b =
    unitAfterPrep(s.v, s.units, t.last + 1, reach, prep, targets, relative) ??
    (relative ? against(nisbaAfterAgainst(s.v, s.units, t.last + 1)) : null);
  if (!b) return null;
  const from = b.unit;
  if (!relative && othersRelativeBetween(s.v, t.last, from.first)) return null;
  // What is left follows the noun of leaving closely, with no doer of its own between
  // («بالانسحاب غير المشروط لميليشيات الحوثي من الحديدة»: the Houthis leave, not the speaker).
  if (fr === "from" && !leftPlace(s, t, from)) return null;
  // «امتنعت الهند عن إدانة الغزو الروسي لأوكرانيا»: an act's noun in the genitive right after
  // the noun takes the preposition after it; the invaded is not the condemned.
  if (actGenitiveAfter(s, t) && from.first > t.last + 1) return null;
  // "في رحلة من باريس إلى ميامي": a journey's route, from one place to another, is no visit.
  const route =
    fr === "to" &&
    s.units.some(
      (u) =>
        u.first > t.last &&
        u.last < from.first &&
        (u.place || u.ref.kind === "state") &&
        prepOf(s.v, u) === "من",
    );
  if (route) return null;
  return {
    pairs: clauseSubject.flatMap((x) => b.group.map((y) => [x, y] as [Unit, Unit])),
    rule: `noun-${fr}-clause`,
  };
}

/**
 * Whom a pronoun on a noun after a word of cause stands for: the object of the clause's act
 * done by its subject before the noun, else the subject.
 */
function causeOwner(s: SentenceScope, t: Trigger, subject: Unit[] | null): Unit[] | null {
  if (!subject) return null;
  const act = s.drafts.findLast(
    (d) => d.last < t.first && subject.includes(d.source) && !subject.includes(d.target),
  );
  if (act) return [act.target];
  // A verb of the subject's own that found no object («فرضت واشنطن عقوبات على شركات روسية
  // بسبب دعمها»): the pronoun may be that object's; no guess.
  const own = s.verbSubjects.some((x) => x.at < t.first && x.subject === subject);
  return own ? null : subject;
}

/** The first word of cause after token `from` (words.json cause_words), or the end. */
function causeWordAfter(v: SentenceScope["v"], from: number): number {
  for (let k = from + 1; k < v.tokens.length; k++) if (causeWordAt(v, k)) return k;
  return v.tokens.length;
}

/** Whether token `k` opens why an act is done (words.json cause_words: بسبب، جراء). */
function causeWordAt(v: SentenceScope["v"], k: number): boolean {
  const t = v.tokens[k];
  return t !== undefined && hasBare(v.words.cause_words, t.text);
}

/** How far after a noun of leaving its «من» and what is left may stand («الانسحاب الكامل من»). */
const FROM_REACH = 4;

/**
 * Whether what follows a noun of leaving is a place its clause's subject leaves: close to the
 * noun, with no doer of its own between («بالانسحاب غير المشروط لميليشيات الحوثي من»), a
 * place, a state by its name or an organisation (not a government: «الانسحاب من الحكومة
 * التونسية»), and
 * the noun no call's object («دعت روسيا إلى انسحاب القوات الأجنبية من سوريا»).
 */
function leftPlace(s: SentenceScope, t: Trigger, after: Unit): boolean {
  const { v } = s;
  if (after.first - t.last > FROM_REACH) return false;
  if (s.units.some((u) => u.first > t.last && u.last < after.first)) return false;
  // (An organisation left is a rejection of it: frames-stance-withdraw.ts turns the draft.)
  const named = after.ref.kind === "state" && !after.found.adjective;
  if (!after.place && !named && after.ref.kind !== "organization") return false;
  const before = v.tokens[t.first - 1]?.text ?? "";
  return !/^[وف]?[بل]/.test(tok(v, t.first).text) && !v.words.core_prepositions.has(before);
}

/**
 * Whether a relative clause on another noun stands between the act's noun (ending at `last`)
 * and its preposition at `at`: the preposition is then that clause's («عملية عسكرية في درعا،
 * مهد الحركة الاحتجاجية التي اندلعت ضد النظام»). A relative right after the act's noun and
 * its adjective is the act's own («العملية التي أطلقتها تركيا ضد الأكراد»).
 */
function othersRelativeBetween(v: SentenceScope["v"], last: number, at: number): boolean {
  for (let k = last + 3; k < at; k++) if (v.words.relatives.has(tok(v, k).text)) return true;
  return false;
}

/** Another act's noun, bare, right after the noun: its genitive («إدانة الغزو»). */
function actGenitiveAfter(s: SentenceScope, t: Trigger): boolean {
  const next = s.v.tokens[t.last + 1];
  if (!next || /^[وفبلك]/.test(next.text)) return false;
  return s.triggers.some((x) => x.kind === "noun" && x.first === t.last + 1);
}

/** A unit found after a preposition, as unitAfterPrep gives it. */
const against = (u: Unit | null) => (u ? { unit: u, group: [u] } : null);

/** Acts a light verb carries out, whose genitive is then the victim. */
const LIGHT_VERB_TYPES = new Set<RelationType>(["ASSAULT", "COERCE"]);

/**
 * "قامت إسرائيل بقصف غزة", "قامت القوات التركية بقصف مواقع لحزب العمال الكردستاني": after a
 * light verb the noun's genitive is what the act is done to, and the verb's subject does it.
 * The genitive, else the owner of a target noun ("مواقع لـ"، "مواقع كردية"), else the actor
 * after the attack's preposition.
 */
function lightVerbFrame({ s, t, n, targets }: NounSite): NounFrameFound | null {
  if (!LIGHT_VERB_TYPES.has(n.type) || t.pronoun) return null;
  const { v, units } = s;
  const doer = lightVerbDoer(v, units, t.first);
  if (!doer) return null;
  const at = (k: number, preps: readonly string[]) =>
    units.find((u) => u.first === k && !u.members && preps.includes(prepOf(v, u)));
  const next = v.tokens[t.last + 1];
  const target = next !== undefined && tokStems(next).some((st) => targets.has(st.stem));
  const genitive = at(t.last + 1, [""]);
  const owner = target ? (at(t.last + 2, ["", "ل"]) ?? nisbaOwner(v, { last: t.last + 1 })) : null;
  const k = genitive ? units.indexOf(genitive) : -1;
  const victims = genitive
    ? coordinatedAfter(v, units, k)
    : owner
      ? [owner]
      : (unitAfterPrep(v, units, t.last + 1, t.last + 6, v.words.against_prepositions, targets)
          ?.group ?? []);
  const pairs = victims.map((x) => [doer, x] as [Unit, Unit]);
  return pairs.length > 0 ? { pairs, rule: "noun-light-verb" } : null;
}

/** One frame of a noun's lexicon entry, by its name. */
function nounFrame(site: NounSite, fr: string): NounFrameFound | null {
  if (fr === "between") return betweenFrame(site);
  if (fr === "from-to") return fromToFrame(site);
  if (fr === "passive-by") return passiveByFrame(site);
  if (fr === "by-agent") return byAgentFrame(site);
  if (fr.startsWith("genitive-")) return genitiveFrame(site, fr);
  return clauseFrame(site, fr);
}

/** Explicit owners (a genitive or a nisba right after the noun) before a clause's subject. */
const frameRank = (f: string) =>
  f === "between" || f === "from-to" ? 0 : f.startsWith("genitive-") ? 1 : 2;

const rankedFrames = new WeakMap<NounEntry, string[]>();

/** The noun's frames, explicit ones first (worked out once per lexicon entry). */
function framesInOrder(n: NounEntry): string[] {
  let frames = rankedFrames.get(n);
  if (!frames) {
    frames = [...n.frames].sort((a, b) => frameRank(a) - frameRank(b));
    rankedFrames.set(n, frames);
  }
  return frames;
}

/** The first of the noun's frames (explicit ones first) that finds its participants. */
function firstFrame(site: NounSite): NounFrameFound {
  const carried = lightVerbFrame(site);
  if (carried) return carried;
  for (const fr of framesInOrder(site.n)) {
    const found = nounFrame(site, fr);
    if (found && found.pairs.length > 0) return found;
  }
  return { pairs: [], rule: "" };
}

/**
 * Whether a pair named after the noun stands in what a verb of saying after the noun reports:
 * "حيث انطلقت قمة الناتو، أعلن بايدن أن بلاده وألمانيا ... ستزود" is no summit of those states
 * ("وفي مؤشرات على التقارب، اتفق البلدان" still shares it).
 */
function reportedAfter(v: SentenceView, from: number, pair: readonly Unit[]): boolean {
  // (A pair carried from the sentence before has no tokens here: its indices are that one's.)
  const first = Math.min(v.tokens.length, ...pair.map((u) => u.first));
  for (let k = from + 1; k < first; k++) {
    const text = (v.tokens[k] as Tok).text;
    if (v.words.complementizers.has(text) || v.words.speech_verbs.has(text)) return true;
  }
  return false;
}

/**
 * No participants stated: a pair subject shares it ("تعهدا بتعاون عسكري"), and deniers deny
 * it among themselves ("تنفي كوريا الشمالية وروسيا عقد أي صفقات أسلحة").
 */
function sharedByPair({ s, t, n, clauseSubject }: NounSite, frame: Frame | null): NounFrameFound {
  if (!SYMMETRIC_NOUNS.has(n.type)) return { pairs: [], rule: "" };
  // "ملتزمة بالاتفاق النووي": a definite agreement names one already made, which a pair may
  // keep to or speak of without making it between themselves.
  const definite = /^[وف]?[بلك]?(ال|لل)/.test(s.v.tokens[t.first]?.text ?? "");
  if (definite && n.type === "AGREE") return { pairs: [], rule: "" };
  // "اجتماع الوفدين الأميركي والكوري الشمالي": a pair as the noun's genitive shares it.
  const own = s.units.find(
    (u) => u.first === t.last + 1 && (u.members?.length ?? 0) >= 2 && prepOf(s.v, u) === "",
  );
  if (own?.members && !t.pronoun)
    return { pairs: everyPair(own.members), rule: "noun-pair-genitive" };
  const near =
    clauseSubject &&
    clauseSubject.length >= 2 &&
    clauseSubject.every((u) => t.first - u.last <= 8) &&
    !reportedAfter(s.v, t.last, clauseSubject);
  // Aid goes from a giver to a receiver: a pair that gives it ("ألقت طائرات أمريكية وأردنية
  // مساعدات") or speaks of it («ناقش وزيرا خارجية فرنسا وألمانيا المساعدات») shares no aid
  // between them; an arms deal of two states named apart («صفقة أسلحة») is theirs.
  const jointGivers =
    n.type === "AID" && (n.event !== "deal" || !!clauseSubject?.every((u) => u.found.adjective));
  const shared = near && !jointGivers;
  const group =
    frame?.negates && frame.subjects.length >= 2 ? frame.subjects : shared ? clauseSubject : null;
  return group ? { pairs: everyPair(group), rule: "noun-pair-subject" } : { pairs: [], rule: "" };
}

/** How far before the launching noun a verb of ordering may stand, past its subject. */
const ORDER_REACH = 5;

/**
 * "أمر ترامب بشن ضربات على سوريا"، "قرر الرئيس تنفيذ ضربة": an attack launched by order of the
 * clause's subject is its own, a person's too.
 */
function orderedLaunch(s: SentenceScope, at: number): boolean {
  const w = conflictWords();
  // بشن after أمر, شن after قرر; not لشن ("أمر بإعداد خطط لشن ضربات": plans are ordered).
  const launch = s.v.tokens[at - 1]?.text.replace(/^[وف]?ب?/, "") ?? "";
  if (!w.launchMasdars.has(launch)) return false;
  // The order verb right before the launch, or before its subject right before it.
  const subject = s.units.find((u) => u.last === at - 2);
  const k = subject ? subject.first - 1 : at - 2;
  return at - k <= ORDER_REACH + 1 && k >= 0 && hasBare(w.orders, (s.v.tokens[k] as Tok).text);
}

/** "شن هجوم تجاري على الصين"، "هجوما دبلوماسيا": the attack is trade, words or diplomacy. */
function figurativeAttack(s: SentenceScope, t: Trigger): boolean {
  const next = s.v.tokens[t.last + 1];
  return !!next && conflictWords().figurativeAttacks.has(next.text.replace(/^ال/, ""));
}

/** How far before في a verb of taking part may stand ("شارك الجيش التركي في الهجوم"). */
const TAKE_PART_REACH = 5;

/** Whether a verb of taking part governs the في at `at`: its subject is in the act. */
function tookPart(s: SentenceScope, at: number): boolean {
  const verbs = conflictWords().takePartVerbs;
  for (let k = at - 1; k >= 0 && at - k <= TAKE_PART_REACH; k--)
    if (hasBare(verbs, (s.v.tokens[k] as Tok).text)) return true;
  return false;
}

/** Pairs an implicit owner should not have: a protest's or an attack's nearest bystander. */
function plausiblePairs({ s, t, n, clash }: NounSite, { pairs, rule }: NounFrameFound): Pairs {
  // A protest the noun names no one for is a crowd's: the nearest actor of the clause is
  // only its doer when it is a group (protesters, students) or a body of people (a union, a
  // party, a movement: "نفذ الاتحاد العام التونسي للشغل إضرابا"), not an official or a state.
  // (A protest delivered, «قدمت مصر احتجاجا رسميا إلى إسرائيل», is a state's: any doer.)
  // (Nor a second target for a crowd whose protest verb before it already has one: «تظاهر آلاف
  // الأتراك أمام السفارة الأمريكية احتجاجا على العقوبات الأمريكية على تركيا».)
  if (n.type === "PROTEST" && n.mode !== "diplomatic" && (rule.endsWith("-clause") || t.pronoun)) {
    const stated = (a: Unit) =>
      rule.endsWith("-clause") &&
      s.drafts.some(
        (d) =>
          d.type === "PROTEST" &&
          d.rule.startsWith("verb-") &&
          d.source.ref.id === a.ref.id &&
          d.first < t.first,
      );
    return pairs.filter(([a]) => (a.ref.kind === "group" || protestingBody(s.v, a)) && !stated(a));
  }
  // An attack the noun names no doer for is not the nearest person's: that is who speaks
  // of it, threatens it or blames someone for it ("رجح كوربن أن تكون ... وراء الهجوم على").
  if (n.type === "ASSAULT" && figurativeAttack(s, t)) return [];
  if (n.type === "ASSAULT" && rule.endsWith("-clause")) {
    // "وثق المرصد مقتل 12 مدنيا في القصف على الغوطة"، "التحقيق في الهجوم على": a definite
    // attack after في is one the clause speaks of, not one its subject makes.
    const before = s.v.tokens[t.first - 1]?.text ?? "";
    const definite = /^(ال|لل)/.test(s.v.tokens[t.first]?.text ?? "");
    const inPhrase = unconjoined(before, s.v.words) === "في" && !tookPart(s, t.first - 1);
    if (definite && inPhrase) return [];
    // "إذا لم يتوقف القصف على غزة"، "تواصل القصف": the attack is the subject of a verb of its
    // course, no act of the clause's subject.
    if (definite && hasBare(s.v.words.course_verbs, before)) return [];
    if (orderedLaunch(s, t.first)) return pairs;
    return pairs.filter(([a]) => a.ref.kind !== "person");
  }
  // Between two sides the clash goes both ways; "القتال ضد X" is the subject's fight. A
  // mutual noun goes both ways with its partner too ("تخوض الصين حربا تجارية مع الولايات المتحدة").
  if ((clash && rule === "noun-between") || (n.mutual && rule.startsWith("noun-")))
    return pairs.flatMap(([a, b]) => [[a, b] as [Unit, Unit], [b, a] as [Unit, Unit]]);
  return pairs;
}

/**
 * The last verb before the noun whose subject is among the noun's owners, with its lexicon
 * entry when it is a trigger (undefined for a verb read only for its subject).
 */
function ownerVerb(
  s: SentenceScope,
  t: Trigger,
  owner: readonly Unit[],
): { at: number; entry: VerbForm["entry"] | undefined } | undefined {
  const verb = s.verbSubjects
    .filter((x) => x.at < t.first && x.subject.some((u) => owner.includes(u)))
    .pop();
  if (!verb) return undefined;
  const entry = s.triggers.find((x) => x.kind === "verb" && x.first === verb.at)?.verb?.entry;
  return { at: verb.at, entry };
}

/** How many words may stand between a noun's owning subject and the noun it does. */
const OWNED_OBJECT_GAP = 2;

/** Whether the noun stands after its owners' last token, within OWNED_OBJECT_GAP words. */
const ownedObject = (t: Trigger, last: number) =>
  t.first > last && t.first - last - 1 <= OWNED_OBJECT_GAP;

/**
 * Whether the verb whose subject owns a noun's act from its clause says it is not done: that
 * verb is negated or refuses or denies it ("لم تشن الولايات المتحدة أي ضربات على إيران"،
 * "رفضت تركيا الانضمام إلى العقوبات على روسيا"). Only for its object right after the
 * subject: a noun further on is in another phrase ("لم يكشف ترامب عن تفاصيل ... اللقاء").
 */
function ownerVerbDenies(s: SentenceScope, t: Trigger, owner: readonly Unit[]): boolean {
  const last = Math.max(...owner.map((u) => u.last));
  if (!ownedObject(t, last)) return false;
  if (commaBetween(s.v, last, t.first)) return false;
  const verb = ownerVerb(s, t, owner);
  // No verb of the lexicon: the one right before the owner ("لم تشن الولايات المتحدة"), not
  // one of being content ("لم تكتف الولايات المتحدة بفرض عقوبات": more was done).
  const first = owner[0]?.first ?? 0;
  if (hasBare(s.v.words.sufficing_verbs, s.v.tokens[first - 1]?.text ?? "")) return false;
  if (!verb) return !!owner[0] && negatedAt(s.v, first);
  const { entry } = verb;
  // A refusal or a denial negates the act, unless itself negated («لم تستبعد فرنسا فرض
  // عقوبات»: the act stays possible, not denied).
  if (refusal(entry)) return !negatedAt(s.v, verb.at);
  return negatedAt(s.v, verb.at);
}

/** A verb of refusing or denying (رفض، نفى، استبعد). */
const refusal = (entry: VerbForm["entry"] | undefined) =>
  entry?.type === "REJECT" && (entry.mode === null || entry.mode === "deny");

/** Whether the owner's verb before the noun is a negated refusal or denial («لم ترفض»). */
function refusalNegated(s: SentenceScope, t: Trigger, owner: readonly Unit[]): boolean {
  if (!ownedObject(t, Math.max(...owner.map((u) => u.last)))) return false;
  const verb = ownerVerb(s, t, owner);
  return !!verb && refusal(verb.entry) && negatedAt(s.v, verb.at);
}

/**
 * Support written bare, its genitive right after it, as the object of a verb of declaring
 * whose subject stands between ("أعلنت فرنسا تأييد مصر"، "أكدت الصين دعم باكستان"; words.json
 * speech_verbs): the subject supports the genitive.
 */
function declaredSupport(
  s: SentenceScope,
  t: Trigger,
  own: Unit,
  subject: readonly Unit[] | null,
): boolean {
  const { v } = s;
  const n = t.noun;
  if (n?.type !== "SUPPORT" || n.mode !== null || !subject?.length) return false;
  if (/^([وفبلك]|ال)/.test(v.tokens[t.first]?.text ?? "")) return false;
  if (own.first !== t.last + 1 || own.found.adjective) return false;
  const first = Math.min(...subject.map((u) => u.first));
  const last = Math.max(...subject.map((u) => u.last));
  return last === t.first - 1 && v.words.speech_verbs.has(v.tokens[first - 1]?.text ?? "");
}

/**
 * Whether the noun's act is what its clause subject warns of ("حذرت الولايات المتحدة روسيا من
 * شن هجوم على أوكرانيا"): another's act, feared, not the warner's.
 */
function warnedOf(s: SentenceScope, t: Trigger, owner: readonly Unit[]): boolean {
  const verb = ownerVerb(s, t, owner);
  if (!verb) return false;
  const { entry } = verb;
  if (entry?.type !== "THREATEN" || entry.mode !== "warn") return false;
  for (let k = verb.at + 1; k < t.first; k++)
    if (unconjoined(s.v.tokens[k]?.text ?? "", s.v.words) === "من") return true;
  return false;
}

/** Drafts of every nominal trigger, in order. */
export function nounDrafts(s: SentenceScope): void {
  const { v, lex, triggers } = s;
  for (const t of triggers) {
    if (t.kind !== "noun") continue;
    const n = t.noun as NounEntry;
    // "هجمات ... شنها الحوثيون على السعودية": a resumptive verb names the doer; the noun
    // adds nothing (and its clause's subject is someone else). Its noun is the nearest one
    // before it: "احتجاجا ضد الهجمات التي يشنها الجيش" keeps the protest.
    const resumed = (x: Trigger) =>
      !!x.verb?.entry.resumptive &&
      x.first > t.last &&
      x.first <= t.last + 6 &&
      !triggers.some((y) => y.kind === "noun" && y.first > t.last && y.last < x.first);
    if (triggers.some(resumed)) continue;
    const frame = frameAround(s.frames, t.first);
    const site: NounSite = {
      s,
      t,
      n,
      clauseSubject: nounOwner(s, t, frame),
      targets: n.type === "ASSAULT" ? lex.targetNouns : EMPTY,
      // Clashes, battles: no attacker, each side assaults the other.
      clash: n.type === "ASSAULT" && n.mode === "clash",
    };
    let found = firstFrame(site);
    if (found.pairs.length === 0) found = sharedByPair(site, frame);
    const pairs = plausiblePairs(site, found);
    // (A pair that shares the noun owns it from its clause too: «لم تتوصل إيران والوكالة إلى
    // اتفاق» is no agreement.)
    const fromClause = found.rule.endsWith("-clause") || found.rule === "noun-pair-subject";
    const clauseOwned = fromClause && !!site.clauseSubject;
    if (clauseOwned && warnedOf(s, t, site.clauseSubject as Unit[])) continue;
    const denied = clauseOwned && ownerVerbDenies(s, t, site.clauseSubject as Unit[]);
    // «لم ترفض فرنسا فرض عقوبات»: the negator before is the refusal's, which it cancels.
    const unrefused = clauseOwned && refusalNegated(s, t, site.clauseSubject as Unit[]);
    const negated =
      (negatedAt(v, t.first, true) && !judgedBetween(s, t) && !unrefused) ||
      (frame?.negates ?? false) ||
      denied;
    const inSentence = (x: Unit) => !s.previousSubject?.includes(x);
    for (const [a, o] of pairs) {
      if (a.ref.id === o.ref.id) continue;
      s.drafts.push({
        type: n.type,
        mode: n.mode,
        source: a,
        target: o,
        polarity: negated ? "negated" : "affirmed",
        // (Not refused is not done: the act stays possible.)
        modality: unrefused ? "hypothetical" : modalityAt(v, t.first, t),
        attributedTo: frame?.speaker ?? s.according,
        first: Math.min(t.first, ...[a, o].filter(inSentence).map((u) => u.first)),
        last: Math.max(t.last, ...[a, o].filter(inSentence).map((u) => u.last)),
        rule: found.rule,
        confidence: found.rule.endsWith("clause") ? 0.55 : 0.7,
        event: n.event,
      });
    }
  }
}
