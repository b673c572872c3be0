// Stances the verb rules of sentence.ts miss, called from accuseDrafts (frames-accuse.ts):
//   - a disparaging description: "وصف ترامب كيم بأنه الرجل الصاروخ", "واصفا رئيس الوزراء
//     الكندي بأنه شخص غير نزيه", "شبه جونسون بوتين بـ..." — describing an actor as something
//     is criticism (ACCUSE), or support (SUPPORT) when the description praises ("وصف ترامب
//     هيكس بأنها رائعة");
//     the verb alone is no trigger (what is described is mostly no actor: "وصف الاجتماع
//     بأنه بناء"), so the frame asks for an actor right after it and بـ right after that —
//     describeDrafts;
//   - a circumstantial participle ("متهما", "منتقدا", "رافضا") whose clause has no verb with a
//     subject: "بوريس جونسون، الذي استقال، متهما ماي بـ" (the relative clause's antecedent),
//     "وبخت الصين الولايات المتحدة، منتقدة ..." (the sentence's opening actor) —
//     participleDrafts;
//   - blame in a reported clause: "قال الوزير إن بوتين هو المسؤول عن الهجوم", "إن روسيا
//     تتحمل مسؤولية الهجمات" — the speaker accuses the actor held responsible — blameDrafts;
//   - a verb whose subject stands inside its predicate, too long for the verb rules: "حملت
//     وزارة الخارجية الإيرانية الولايات المتحدة مسؤولية التصعيد" (the sense word beyond
//     their five-word window), "شن الرئيس الأمريكي دونالد ترامب هجوما لاذعا على" —
//     farSenseDrafts;
//   - casting doubt: "شكك وزير الخارجية الألماني في نزاهة الانتخابات الروسية", "شككت
//     المعارضة في فوز أردوغان" (criticism, ACCUSE: the actor owning what is doubted) —
//     doubtDrafts;
//   - a retaliation announced: "أكدت الصين أنها سترد بحزم على العقوبات الأمريكية" (a
//     threat; "سترد على الطلب" alone is a reply, so a manner of force must come with it) —
//     retaliationDrafts;
//   - accusations levelled in a relative clause: "الانتقادات التي وجهها أحمدي نجاد للمرشد",
//     "رفضت الحكومة الاتهامات التي وجهتها الأمم المتحدة" (and the rejection answers the
//     accuser) — levelledDrafts;
//   - an answer to accusations: "رد الكرملين على الاتهامات البريطانية بأنها لا أساس لها"
//     (REJECT of whose accusations they are) — answerDrafts;
//   - a time phrase between an accusing or rejecting verb and its object: "اتهم في وقت سابق
//     ألمانيا بـ", "اتهم الشهر الماضي كلا من روسيا وإيران بـ" (the verb rules take the object
//     only right after the verb) — timeSkipDrafts.
// Also, fixMisreadAccusations drops two misreadings of the verb and noun rules (the victim of
// a condemned act taken for the accused, criticism undergone taken for criticism made).
// The token frames run only in a sentence with one of their words (memoized per distinct
// word on TokInfo.stanceAnchor); the word lists are data (lexicon/accusations.json).
import type { Found } from "../recognize/found.js";
import { type Tok, tokStems } from "../recognize/segment.js";
import { alThen, isAlPlus } from "../text/clitics.js";
import { normalizeForMatch } from "../text/normalize.js";
import { ABOUT, prepOf } from "./arguments.js";
import { conflictWords, isAttackNoun } from "./frames-conflict.js";
import { baselessDrafts } from "./frames-stance-baseless.js";
import { judgedDrafts, sideOf, speaksFor } from "./frames-stance-judged.js";
import { type Lexicon, senseWords, type VerbForm } from "./lexicon.js";
import { modalityAt, negatedAt } from "./modality.js";
import { type Draft, type Frame, frameAround, type Trigger } from "./scope.js";
import { doerGenitive, shieldingNoun } from "./shielded-object.js";
import {
  actorNisba,
  commaBetween,
  coordinatedAfter,
  hasBare,
  opensList,
  type SentenceView,
  type Unit,
  unitOf,
} from "./units.js";

export interface StanceWords {
  describe: Set<string>;
  describeParticiples: Set<string>;
  praise: Set<string>;
  time: Set<string>;
  /** "المسؤول", "المسؤولة" ... after هو / هي, and "يتحمل" ... before مسؤولية. */
  responsible: Set<string>;
  /** Indefinite predicates of blame right after their subject, before «عن» («إن روسيا مسؤولة عن»). */
  responsiblePredicates: Set<string>;
  copulas: Set<string>;
  bear: Set<string>;
  /** What one is in charge of, not to blame for ("المسؤول عن إدارة"). */
  duties: Set<string>;
  /** "شكك" ... (finite forms and participles): casting doubt on what an actor does or says. */
  doubt: Set<string>;
  /** Future forms of "رد" (سترد، سيرد، سنرد) and the manner that makes the reply retaliation. */
  retaliate: Set<string>;
  retaliationManner: Set<string>;
  /** "أي", "هذه", "كل" ... (accusations.json "determiners"). */
  determiners: Set<string>;
  /** Accusation nouns (accusations.json "accusation_nouns") and the verbs that level them
   * with the noun as a pronoun ("وجهها", "وجهتها"). */
  accusationNouns: Set<string>;
  levelled: Set<string>;
  /** The prepositions of whom criticism is levelled at (normalized). */
  levelledPreps: Set<string>;
  /** "رد" ...: answering an accusation ("رد الكرملين على الاتهامات البريطانية") rejects it. */
  answer: Set<string>;
  /** What is done to a victim ("اعتقال", "طرد"): condemning it is not accusing the victim. */
  victimNouns: Set<string>;
  /** "تعرض" ...: undergoing criticism ("تعرضت ألمانيا لانتقادات من X"): X accuses the subject. */
  undergo: Set<string>;
  /** "تواجه" ...: facing pressure or criticism ("تواجه ألمانيا ضغوطا أمريكية"), no لـ. */
  face: Set<string>;
  /** "حظي"، "لقي" ...: receiving praise or criticism ("حظي X بإشادة من Y"), بـ or not. */
  receive: Set<string>;
  /** "تتدخل"، "تنتهك" ...: a speaker who says an actor does it blames the actor. */
  wrongdoing: Set<string>;
  /** "تقف" ...: standing behind ("إن روسيا تقف وراء الهجوم") is wrongdoing too. */
  behind: Set<string>;
  /** "انتهاكا" ...: a noun of wrongdoing said of an act ("إن الضربات الأمريكية تمثل انتهاكا"). */
  wrongdoingNouns: Set<string>;
  /** "قانونية" ... after غير: an act said to be unlawful ("إن العقوبات الأمريكية غير قانونية"). */
  unlawful: Set<string>;
  /** "تمثل"، "بأنها" ...: what may stand between an act and the judgment of it. */
  predicateCopulas: Set<string>;
  /** "باطلة"، "كاذبة" ...: an accusation called baseless (frames-stance-baseless.ts). */
  baseless: Set<string>;
  /** "أساس"، "صحة": baseless after a negator ("لا أساس لها"). */
  baselessAfterNegator: Set<string>;
  /** "صحيحة"، "دقيقة": untrue after غير or a negator ("غير صحيحة"، "ليست دقيقة"). */
  untrue: Set<string>;
  /** "الأضواء"، "الإرهاب" ...: after these a verb of wrongdoing is none ("تقمع الإرهاب"). */
  innocentObjects: Set<string>;
  /** "دمية" ...: words of contempt that make a description with praise in it no support. */
  contempt: Set<string>;
  /** "الاتفاق", "المعاهدة" ...: withdrawing from one rejects its party (frames-stance-withdraw.ts). */
  agreements: Set<string>;
  /** "الإفراج", "إطلاق" (before سراح): releasing a detainee (frames-stance-release.ts). */
  release: Set<string>;
  /** Every word that opens one of the token frames (see stanceAnchor). */
  anchors: Set<string>;
}

const tok = (v: SentenceView, i: number) => v.tokens[i] as Tok;
const STANCE = new Set(["ACCUSE", "REJECT", "THREATEN"]);
/** The types this module's helper owns. */
const MINE = new Set(["ACCUSE", "REJECT", "THREATEN", "CONCEDE", "RETREAT"]);

type Has = (type: string, s: Unit, o: Unit) => boolean;

const prepsNorm = new WeakMap<object, Set<string>>();

/** Whether `u` carries one of the entry's prepositions (normalized: على -> علي). */
function allowedPrep(v: SentenceView, u: Unit, entry: { preps: string[] }): boolean {
  let preps = prepsNorm.get(entry);
  if (!preps) {
    preps = new Set(entry.preps.map(normalizeForMatch));
    prepsNorm.set(entry, preps);
  }
  return preps.has(prepOf(v, u));
}

/** Whether the tokens from `from` to `to` (exclusive) are all time words or fillers. */
function onlyTime(v: SentenceView, from: number, to: number, w: StanceWords): boolean {
  const b = v.words;
  for (let j = from; j < to; j++) {
    const t = tok(v, j).text;
    const bare = t.replace(/^[وف]/, "");
    const ok =
      w.time.has(t) ||
      w.time.has(bare) ||
      b.fillers.has(t) ||
      b.weekdays.has(t) ||
      b.weekdays.has(bare) ||
      /^\d+$/.test(t);
    if (!ok) return false;
  }
  return true;
}

/** The unit starting at `from` or after time words only (at most `max` of them), if any. */
function unitAfterTime(
  v: SentenceView,
  units: Unit[],
  from: number,
  max: number,
  w: StanceWords,
): Unit | undefined {
  const u = units.find((x) => x.first >= from && x.first <= from + max);
  return u && onlyTime(v, from, u.first, w) ? u : undefined;
}

/**
 * A state's nisba right after a definite noun at `at` (one more definite word may stand
 * between): "العقوبات الأمريكية", "خطة السلام الأمريكية" (the noun may then be indefinite).
 */
export function nisbaAt(v: SentenceView, at: number, reach = 2): Unit | undefined {
  const first = v.tokens[at];
  if (!first || v.byFirst.has(at) || v.byLast.has(at)) return undefined;
  for (let k = at + 1; k <= at + reach && k < v.tokens.length; k++) {
    const f = v.byFirst.get(k);
    // A singular adjective ("الأمريكية", "الروسي"): a plural names people ("السوريين").
    const adjective = /(ي|يه)$/.test(tok(v, k).text);
    if (actorNisba(f) && f.first === f.last && adjective) return unitOf(f);
    if (f || !tok(v, k).text.startsWith("ال")) return undefined;
  }
  return undefined;
}

/** Who a clause without a verb subject belongs to (see participleDrafts). */
function clauseOwner(v: SentenceView, units: Unit[], at: number): Unit | undefined {
  const { relatives } = v.words;
  // "X، الذي استقال، متهما": the antecedent of a relative clause closing right before.
  for (let k = at - 1; k >= 1 && at - k <= 8; k--) {
    if (!relatives.has(tok(v, k).text)) continue;
    const ante = units.find((u) => u.last === k - 1);
    return ante && !ante.place ? ante : undefined;
  }
  // The actor that opens the sentence ("وبخت الصين الولايات المتحدة، ... منتقدة").
  const first = units[0];
  if (first && first.first <= 2 && !first.place && prepOf(v, first) === "") return first;
  return undefined;
}

/**
 * "وصف X Y بأنه ...", "واصفا Y بـ...": X describes the actor Y as something, a criticism
 * (ACCUSE), or support (SUPPORT) when a word of praise stands in the description.
 */
export function describeDrafts(
  v: SentenceView,
  units: Unit[],
  frames: readonly Frame[],
  drafts: readonly Draft[],
  w: StanceWords,
  has: Has,
): Draft[] {
  const out: Draft[] = [];
  const b = v.words;
  for (let i = 0; i < v.tokens.length; i++) {
    const text = tok(v, i).text;
    const participle = hasBare(w.describeParticiples, text);
    if (!participle && !hasBare(w.describe, text)) continue;
    let subject: Unit | undefined;
    let start = i + 1;
    // The clause's subject: the latest verb's subject before it, else the clause's owner.
    const clauseSubject = () => {
      const prior = [...drafts, ...out].filter((d) => d.last < i && d.type !== "ROLE");
      const f = [...frames].reverse().find((x) => x.verbFirst < i && x.speaker);
      return f?.speaker ?? prior[prior.length - 1]?.source ?? clauseOwner(v, units, i);
    };
    if (participle) {
      subject = clauseSubject();
    } else {
      const after = unitAfterTime(v, units, i + 1, 2, w);
      const before = units.find((u) => u.last === i - 1);
      const described = after && v.tokens[after.last + 1]?.text.startsWith("ب");
      if (after && prepOf(v, after) === "" && !after.place && !described) {
        subject = after;
        start = after.last + 1;
      } else if (before && !before.place && prepOf(v, before) === "") {
        subject = before;
      } else if (i > 0 && (described || (!after && !before))) {
        // "وقال ترامب إن ...، ووصف طهران بأنها", "ووصف سياسة ترامب بأنها": a pronoun
        // subject, the clause's.
        subject = clauseSubject();
      }
    }
    if (!subject) continue;
    // The described actor: right after (time words, adverbs, or a noun it owns between),
    // or the state of a nisba after a definite noun ("وصفت طهران العقوبات الأمريكية بأنها").
    const object =
      units.find((u) => u.first >= start && u.first <= start + 2 && u !== subject) ??
      nisbaAt(v, start);
    if (!object || object.place || prepOf(v, object) !== "") continue;
    let between = true;
    for (let j = start; j < object.first; j++) {
      const bridge = tokStems(tok(v, j)).some((x) => b.bridge_nouns.has(x.stem));
      if (!bridge && !onlyTime(v, j, j + 1, w)) between = false;
    }
    if (!between || object.ref.id === subject.ref.id) continue;
    const descAt = descriptionAfter(v, object.last);
    // A nisba is described only right after it ("العقوبات الأمريكية بأنها"): further on, the
    // description may be of the noun it qualifies ("الوفد الإيراني المفاوض بأنه صلب").
    if (descAt < 0 || (object.found.adjective && descAt > object.last + 1)) continue;
    let praise = false;
    let praiseAt = -1;
    for (let j = descAt; j <= descAt + 9 && j < v.tokens.length && !praise; j++) {
      const t = tok(v, j);
      // "شخص غير نزيه": a negated word of praise is none.
      const negated = j > 0 && (tok(v, j - 1).text === "غير" || b.negators.has(tok(v, j - 1).text));
      praise = !negated && (w.praise.has(t.text) || tokStems(t).some((x) => w.praise.has(x.stem)));
      if (praise) praiseAt = j;
    }
    // Praise is support ("وصفت طالبان حقاني بأنه محارب نموذجي") only when it heads the
    // description, whole: near its start, not of someone else («صديق للإرهابيين»، «حليف
    // لإيران»), not qualified away («حليف غير موثوق»), no «لكن» after it, no word of contempt.
    const whole = (k: number) => {
      const next = v.tokens[k + 1]?.text ?? "";
      if (next === "غير" || /^(ل|لل)/.test(next)) return false;
      for (let j = descAt; j <= k + 4 && j < v.tokens.length; j++)
        if (/^(لكن|ولكن)/.test(tok(v, j).text) || w.contempt.has(tok(v, j).text)) return false;
      return k <= descAt + 3;
    };
    const supports = praise && whole(praiseAt);
    if (praise && !supports) continue;
    const type = supports ? "SUPPORT" : "ACCUSE";
    if (has(type, subject, object)) continue;
    const speaker = frameAround(frames, i)?.speaker ?? null;
    out.push({
      type,
      mode: supports ? "praise" : "disapprove",
      source: subject,
      target: object,
      polarity: negatedAt(v, i) ? "negated" : "affirmed",
      modality: "asserted",
      attributedTo: speaker && speaker.ref.id !== subject.ref.id ? speaker : null,
      first: Math.min(i, participle ? i : subject.first),
      last: descAt,
      rule: supports ? "support-describe" : "accuse-describe",
      confidence: 0.6,
    });
  }
  return out;
}

/**
 * Where the description of an actor begins: "بأنه ...", "بالإرهابي" right after it, or a
 * "بأن" clause past the words that qualify what is described, within the clause ("وصف سياسة
 * ترامب في مجال الهجرة بأنها عنصرية"). -1 when there is none.
 */
function descriptionAfter(v: SentenceView, last: number): number {
  if (v.tokens[last + 1]?.text.startsWith("ب")) return last + 1;
  for (let j = last + 2; j <= last + 6 && j < v.tokens.length; j++) {
    if (commaBetween(v, last, j)) return -1;
    if (/^بان(ه|ها|هم|هما)?$/.test(tok(v, j).text)) return j;
  }
  return -1;
}

/**
 * An accusing, rejecting or threatening participle ("متهما ماي بـ") that the verb rules left
 * without a subject: the clause's owner (see clauseOwner) does it to the actor right after.
 */
export function participleDrafts(
  v: SentenceView,
  units: Unit[],
  triggers: readonly Trigger[],
  frames: readonly Frame[],
  drafts: readonly Draft[],
  has: Has,
): Draft[] {
  const out: Draft[] = [];
  for (const t of triggers) {
    const entry = t.verb?.entry;
    if (t.kind !== "verb" || !t.verb?.participle || !entry || !STANCE.has(entry.type)) continue;
    if (drafts.some((d) => d.first <= t.first && t.first <= d.last && d.type === entry.type))
      continue;
    const object = units.find((u) => u.first === t.last + 1);
    if (!object || object.place || !allowedPrep(v, object, entry)) continue;
    const owner = clauseOwner(v, units, t.first);
    if (!owner || owner.ref.id === object.ref.id || has(entry.type, owner, object)) continue;
    const speaker = frameAround(frames, t.first)?.speaker ?? null;
    out.push({
      type: entry.type,
      mode: entry.mode,
      source: owner,
      target: object,
      polarity: negatedAt(v, t.first) ? "negated" : "affirmed",
      modality: "asserted",
      attributedTo: speaker && speaker.ref.id !== owner.ref.id ? speaker : null,
      first: t.first,
      last: object.last,
      rule: "stance-participle-owner",
      confidence: 0.55,
    });
  }
  return out;
}

/**
 * "اتهم في وقت سابق ألمانيا بـ": an accusing or rejecting verb whose object stands after a
 * time phrase (up to four time words); the subject is the verb's own (its frame's).
 */
export function timeSkipDrafts(
  v: SentenceView,
  units: Unit[],
  triggers: readonly Trigger[],
  frames: readonly Frame[],
  drafts: readonly Draft[],
  w: StanceWords,
  has: Has,
): Draft[] {
  const out: Draft[] = [];
  for (const t of triggers) {
    const entry = t.verb?.entry;
    if (t.kind !== "verb" || t.verb?.participle || !entry) continue;
    if (entry.type !== "ACCUSE" && entry.type !== "REJECT") continue;
    if (drafts.some((d) => d.first <= t.first && t.first <= d.last && d.type === entry.type))
      continue;
    const f = frames.find((x) => x.verbFirst === t.first);
    if (!f || f.subjects.length === 0) continue;
    const from = Math.max(t.last, ...f.subjects.filter((u) => u.first > t.last).map((u) => u.last));
    // At least one time word: an object right after the verb is the verb rules' own.
    // (four time words, and two more for a list opener "كلا من").
    const k = units.findIndex((u) => u.first >= from + 2 && u.first <= from + 7);
    const u = units[k];
    if (!u || u.place) continue;
    // A list opened by "كلا من" / "كل من" after the time phrase ("اتهم الشهر الماضي كلا من
    // روسيا وإيران"): prepOf reads its من as no preposition.
    const listed = opensList(v, u.first - 2);
    if (!onlyTime(v, from + 1, listed ? u.first - 2 : u.first, w)) continue;
    if (!allowedPrep(v, u, entry)) continue;
    const objects = coordinatedAfter(v, units, k).flatMap((x) => x.members ?? [x]);
    for (const s of f.subjects)
      for (const o of objects) {
        if (o.place || s.ref.id === o.ref.id || has(entry.type, s, o)) continue;
        out.push({
          type: entry.type,
          mode: entry.mode,
          source: s,
          target: o,
          polarity: negatedAt(v, t.first) ? "negated" : "affirmed",
          modality: "asserted",
          attributedTo:
            frameAround(
              frames.filter((x) => x !== f),
              t.first,
            )?.speaker ?? null,
          first: Math.min(t.first, s.first),
          last: o.last,
          rule: "stance-after-time",
          confidence: 0.6,
        });
      }
  }
  return out;
}

/**
 * "قال X إن Y هو المسؤول عن ...", "إن Y تتحمل مسؤولية ...": the speaker X blames Y (the
 * nearest actor without a preposition before the copula or the verb, inside X's clause).
 * So does a verb of wrongdoing right after its subject: "قالت الصين إن واشنطن تتدخل في
 * شؤونها الداخلية"، "إن الولايات المتحدة تنتهك القانون الدولي".
 */
export function blameDrafts(
  v: SentenceView,
  units: Unit[],
  frames: readonly Frame[],
  w: StanceWords,
  has: Has,
): Draft[] {
  const out: Draft[] = [];
  for (let i = 1; i < v.tokens.length; i++) {
    const text = tok(v, i).text;
    let anchor = -1;
    if (w.responsible.has(text) && w.copulas.has(tok(v, i - 1).text)) anchor = i - 1;
    // "إن روسيا مسؤولة عن الهجوم": the predicate right after its subject, before عن and an
    // act of conflict (not a share: «مسؤولة عن نحو نصف الواردات»).
    else if (
      w.responsiblePredicates.has(text) &&
      v.byLast.has(i - 1) &&
      v.tokens[i + 1]?.text === ABOUT &&
      conflictAct(v.tokens[i + 2])
    )
      anchor = i;
    else if (hasBare(w.bear, text)) {
      const next = v.tokens[i + 1];
      if (next && tokStems(next).some((x) => w.responsible.has(x.stem))) anchor = i;
    }
    // A verb of wrongdoing takes its subject right before it (one word may stand between:
    // قد). Denied, it is most often a speaker's own side denying ("قال بوتين إن روسيا لا
    // تتدخل").
    const wrongdoing =
      anchor < 0 &&
      (hasBare(w.wrongdoing, text) ||
        (hasBare(w.behind, text) &&
          v.tokens[i + 1]?.text === BEHIND &&
          // Behind an act ("وراء الهجوم"، "وراء تسميم"), not behind an actor, whom one backs
          // ("تقف وراء إسرائيل"، "يقف وراء جيشه").
          conflictAct(v.tokens[i + 2])));
    if (wrongdoing) {
      if (negatedAt(v, i)) continue;
      // "تسرق الأضواء"، "تحتل مكانة مهمة"، "تقمع الإرهاب": no wrongdoing; "إذا كانت الصين
      // تتلاعب بعملتها": supposed.
      const object = v.tokens[i + 1]?.text ?? "";
      if (w.innocentObjects.has(object) || w.innocentObjects.has(object.replace(/^[بل]/, "")))
        continue;
      if (modalityAt(v, i, { future: false }) === "hypothetical") continue;
      anchor = i;
    }
    if (anchor < 0) continue;
    const reach = wrongdoing ? 2 : 8;
    const f = frameAround(frames, anchor);
    if (!f?.speaker || f.draftType) continue;
    // "المسؤول عن إدارة الأعمال": a duty, not blame.
    const what = wrongdoing ? [] : [i + 1, i + 2, i + 3].map((k) => v.tokens[k]?.text ?? "");
    if (what.some((x) => w.duties.has(x) || w.duties.has(x.replace(/^ال/, "")))) continue;
    // Or a state's nisba on the subject right before the verb ("إن الحظر الأمريكي يخرق").
    const nisba = wrongdoing ? v.byLast.get(anchor - 1) : undefined;
    const blamed =
      [...units]
        .reverse()
        .find(
          (u) => u.last < anchor && u.first >= f.from && anchor - u.last <= reach && !u.place,
        ) ?? (nisba && nisba.first >= f.from ? stateNisba(nisba) : undefined);
    if (!blamed || prepOf(v, blamed) !== "") continue;
    const speaker = f.speaker;
    if (speaker.ref.id === blamed.ref.id || has("ACCUSE", speaker, blamed)) continue;
    // One's own side's acts are told, not blamed ("قال وزير الخارجية الأمريكي إن الولايات
    // المتحدة ..."); an actor of the object's is no doer of the next verb ("تحتل سوريا وتسرق").
    if (wrongdoing && speaksFor(v, speaker) === sideOf(blamed)) continue;
    out.push({
      type: "ACCUSE",
      mode: "allege",
      source: speaker,
      target: blamed,
      // "نفت موسكو أن تكون هي المسؤولة": the denial negates it.
      polarity: negatedAt(v, anchor) || f.negates ? "negated" : "affirmed",
      modality: "asserted",
      attributedTo: null,
      first: blamed.first,
      last: i + 1,
      rule: "accuse-blame",
      confidence: 0.55,
    });
  }
  return out;
}

/** An attack's or a conflict act's noun ("الهجوم"، "تسميم"، "الهجمات"). */
function conflictAct(t: Tok | undefined): boolean {
  if (!t) return false;
  if (isAttackNoun(t)) return true;
  const heads = conflictWords().heads;
  return tokStems(t).some((x) => heads.has(x.stem.replace(/^ال/, "")));
}

/** "وراء" (behind), normalized: after a verb of standing, the wrongdoing of blameDrafts. */
const BEHIND = "وراء";

/** Whether token `k` starts with one of the verb's sense words ("مسؤولية", "باللوم"). */
function senseWord(v: SentenceView, k: number, f: VerbForm): boolean {
  const needs = senseWords(f.entry);
  const t = v.tokens[k];
  if (!t) return false;
  return tokStems(t).some((x) =>
    (needs as string[]).some((w) => x.stem.startsWith(w) || alThen(x.stem, w)),
  );
}

/** Whether tokens from `at` read the rest of a multi-word predicate ("هجوما لاذعا"). */
function restAt(v: SentenceView, at: number, rest: string[]): boolean {
  return rest.every((r, k) => {
    const n = v.tokens[at + k];
    return n !== undefined && tokStems(n).some((x) => x.stem === r || isAlPlus(x.stem, r));
  });
}

/**
 * A stance verb whose subject stands inside its predicate, too long or set off for the verb
 * rules: "حملت وزارة الخارجية الإيرانية الولايات المتحدة مسؤولية ..." (the sense word after
 * the object, beyond the verb rules' five words), "ألقت الحكومة العراقية باللوم على ...",
 * "شن الرئيس الأمريكي دونالد ترامب، الأحد، هجوما لاذعا على ...", "قدمت الحكومة الكولومبية
 * تنازلات للمتمردين" (a multi-word predicate around a subject of several mentions). The
 * subject right after the verb; the object, with the entry's preposition, right after the
 * subject or the predicate's rest (one word between at most); a sense word at most three
 * words after the object.
 */
export function farSenseDrafts(
  v: SentenceView,
  lex: Lexicon,
  units: Unit[],
  triggers: readonly Trigger[],
  frames: readonly Frame[],
  has: Has,
  w: StanceWords,
): Draft[] {
  const out: Draft[] = [];
  for (let i = 0; i < v.tokens.length; i++) {
    // The trigger pass has memoized what each word opens under this lexicon: most open nothing.
    const info = tok(v, i).info;
    if (info && info.lexOwner === lex && info.lexMemo === null) continue;
    const text = tok(v, i).text;
    const c = text.charCodeAt(0);
    const forms =
      lex.verbs.get(text) ??
      (c === 0x648 || c === 0x641 ? lex.verbs.get(text.slice(1)) : undefined);
    if (!forms || triggers.some((t) => t.first <= i && i <= t.last)) continue;
    const k = units.findIndex((u) => u.first === i + 1);
    const subject = units[k];
    if (!subject || subject.place || prepOf(v, subject) !== "") continue;
    // Time words or a comma may close the subject ("ترامب، الأحد، هجوما").
    let p = subject.last + 1;
    while (p < v.tokens.length && p <= subject.last + 2 && onlyTime(v, p, p + 1, w)) p++;
    for (const f of forms) {
      if (!MINE.has(f.entry.type) || f.participle) continue;
      if (f.rest.length === 0 && f.entry.needs_after.length === 0) continue;
      if (f.rest.length > 0 && !restAt(v, p, f.rest)) continue;
      const from = f.rest.length > 0 ? p + f.rest.length : subject.last + 1;
      const object = units.find((u) => u.first >= from && u.first <= from + 2 && u !== subject);
      if (!object || object.place || !allowedPrep(v, object, f.entry)) continue;
      let sense = f.entry.needs_after.length === 0;
      for (let j = subject.last + 1; j <= object.last + 3 && !sense; j++)
        sense = j < object.first || j > object.last ? senseWord(v, j, f) : false;
      if (!sense || subject.ref.id === object.ref.id || has(f.entry.type, subject, object))
        continue;
      const speaker = frameAround(frames, i)?.speaker ?? null;
      out.push({
        type: f.entry.type,
        mode: f.entry.mode,
        source: subject,
        target: object,
        polarity: negatedAt(v, i) ? "negated" : "affirmed",
        modality: "asserted",
        attributedTo: speaker && speaker.ref.id !== subject.ref.id ? speaker : null,
        first: i,
        last: object.last,
        rule: "stance-split-predicate",
        confidence: 0.6,
      });
      break;
    }
  }
  return out;
}

/**
 * "رفض عباس خطة السلام الأمريكية": a rejecting or accusing verb whose object is a noun
 * phrase owned by a state's nisba one word further than the verb rules look (they take
 * "العقوبات الأمريكية", a nisba right after the noun). The state is the object.
 */
export function nisbaChainDrafts(
  v: SentenceView,
  units: Unit[],
  triggers: readonly Trigger[],
  frames: readonly Frame[],
  drafts: readonly Draft[],
  has: Has,
): Draft[] {
  const out: Draft[] = [];
  for (const t of triggers) {
    const entry = t.verb?.entry;
    if (t.kind !== "verb" || !entry || (entry.type !== "ACCUSE" && entry.type !== "REJECT"))
      continue;
    if (!entry.preps.includes("") || t.verb?.participle) continue;
    if (drafts.some((d) => d.first <= t.first && t.first <= d.last && d.type === entry.type))
      continue;
    // "نفى الجيش قصف المواقع الأرمينية": the denial is of the subject's own act (denied-act).
    if (drafts.some((d) => d.rule === "denied-act" && d.first <= t.first && t.first <= d.last))
      continue;
    const f = frames.find((x) => x.verbFirst === t.first);
    const own = f?.subjects.filter((u) => units.includes(u) && u.first > t.last) ?? [];
    if (!f || f.subjects.length === 0) continue;
    const at = Math.max(t.last, ...own.map((u) => u.last)) + 1;
    // "أدان جون سميث، وزير الخارجية البريطاني، الهجوم": the subject's title set off by
    // commas is no object.
    if (at > 0 && commaBetween(v, at - 1, at)) continue;
    const word = v.tokens[at]?.text ?? "";
    // An indefinite head with a definite genitive ("خطة السلام"): the verb rules' nisba
    // takes only a definite head with its nisba right after it.
    if (word.startsWith("ال") || word.startsWith("ب") || !v.tokens[at + 1]?.text.startsWith("ال"))
      continue;
    const state = nisbaAt(v, at);
    if (!state || state.first !== at + 2) continue;
    // "أدانت قطر اغتيال السفير الروسي": the victim's state is not condemned.
    if (shieldingNoun(v, entry.type, at, state, state.last)) continue;
    for (const s of f.subjects) {
      if (s.ref.id === state.ref.id || has(entry.type, s, state)) continue;
      out.push({
        type: entry.type,
        mode: entry.mode,
        source: s,
        target: state,
        polarity: negatedAt(v, t.first) ? "negated" : "affirmed",
        modality: "asserted",
        attributedTo:
          frameAround(
            frames.filter((x) => x !== f),
            t.first,
          )?.speaker ?? null,
        first: Math.min(t.first, ...own.map((u) => u.first)),
        last: state.last,
        rule: "stance-nisba-chain",
        confidence: 0.55,
      });
    }
  }
  return out;
}

/**
 * "شكك X في [noun] Y": X casts doubt on what Y does or says (ACCUSE). Y is the actor after
 * the first في that names one (not a place: "في بروكسل" is where), right after في or owning
 * the noun after it (a genitive or a nisba: "في نزاهة الانتخابات الروسية").
 */
export function doubtDrafts(
  v: SentenceView,
  units: Unit[],
  frames: readonly Frame[],
  drafts: readonly Draft[],
  w: StanceWords,
  has: Has,
): Draft[] {
  const out: Draft[] = [];
  for (let i = 0; i < v.tokens.length; i++) {
    if (!hasBare(w.doubt, tok(v, i).text)) continue;
    const after = unitAfterTime(v, units, i + 1, 1, w);
    const before = units.find((u) => u.last === i - 1);
    let subject: Unit | undefined;
    if (after && !after.place && prepOf(v, after) === "") subject = after;
    else if (before && !before.place && prepOf(v, before) === "") subject = before;
    else {
      // A participle or a pronoun subject: the clause's.
      const f = [...frames].reverse().find((x) => x.verbFirst < i && x.speaker);
      const prior = drafts.filter((d) => d.last < i && d.type !== "ROLE");
      subject = f?.speaker ?? prior[prior.length - 1]?.source;
    }
    if (!subject) continue;
    let target: Unit | undefined;
    const from = subject.first > i ? subject.last + 1 : i + 1;
    for (let k = from; k < v.tokens.length && k <= from + 12 && !target; k++) {
      const t = tok(v, k).text.replace(/^و/, "");
      if (t !== "في") continue;
      const direct = units.find((u) => u.first === k + 1);
      if (direct?.place) continue;
      target =
        direct ??
        units.find((u) => u.first === k + 2 && ownedAfter(v, u, "في") && !u.place) ??
        nisbaAt(v, k + 1, 3);
      if (!target) break;
    }
    if (!target || target.ref.id === subject.ref.id || has("ACCUSE", subject, target)) continue;
    const speaker = frameAround(frames, i)?.speaker ?? null;
    out.push({
      type: "ACCUSE",
      mode: "disapprove",
      source: subject,
      target,
      polarity: negatedAt(v, i) ? "negated" : "affirmed",
      modality: "asserted",
      attributedTo: speaker && speaker.ref.id !== subject.ref.id ? speaker : null,
      first: Math.min(i, subject.first),
      last: target.last,
      rule: "accuse-doubt",
      confidence: 0.55,
    });
  }
  return out;
}

/**
 * "أكدت الصين أنها سترد بحزم على العقوبات الأمريكية", "قال الكرملين إنه سيرد بالمثل على
 * قرار واشنطن": a future reply with a manner of force (retaliation_manner) threatens whom it
 * answers: the actor after على, or the owner of the noun after it (a genitive or a nisba).
 * The one who replies: the actor right before (or right after) the verb, else the speaker of
 * the clause ("أنها سترد").
 */
export function retaliationDrafts(
  v: SentenceView,
  units: Unit[],
  frames: readonly Frame[],
  w: StanceWords,
  has: Has,
): Draft[] {
  const out: Draft[] = [];
  for (let i = 0; i < v.tokens.length; i++) {
    const text = tok(v, i).text;
    const later = i > 0 && /^و?سوف$/.test(tok(v, i - 1).text);
    if (!hasBare(w.retaliate, text) && !(later && /^[وف]?[تين]رد$/.test(text))) continue;
    const end = Math.min(v.tokens.length, i + 8);
    let manner = false;
    let on = -1;
    for (let k = i + 1; k < end; k++) {
      const t = tok(v, k).text;
      if (
        w.retaliationManner.has(t) ||
        tokStems(tok(v, k)).some((x) => w.retaliationManner.has(x.stem))
      )
        manner = true;
      if (on < 0 && (t === "علي" || t === "وعلي")) on = k;
    }
    if (!manner || on < 0) continue;
    // "على أي عقوبات أمريكية": a determiner may stand before the noun.
    if (w.determiners.has(v.tokens[on + 1]?.text ?? "")) on++;
    const target =
      units.find((u) => u.first === on + 1 && !u.place) ??
      units.find((u) => u.first === on + 2 && ownedAfter(v, u, "علي") && !u.place) ??
      nisbaAt(v, on + 1);
    if (!target) continue;
    const before = units.find((u) => u.last === i - 1 || (later && u.last === i - 2));
    const after = units.find((u) => u.first === i + 1);
    const f = frameAround(frames, i);
    const source =
      (before && !before.place && prepOf(v, before) === "" ? before : undefined) ??
      (after && !after.place && prepOf(v, after) === "" ? after : undefined) ??
      f?.speaker ??
      undefined;
    if (!source || source.ref.id === target.ref.id || has("THREATEN", source, target)) continue;
    out.push({
      type: "THREATEN",
      mode: null,
      source,
      target,
      polarity: "affirmed",
      modality: "future",
      attributedTo: f?.speaker && f.speaker.ref.id !== source.ref.id ? f.speaker : null,
      first: Math.min(i, source.first),
      last: target.last,
      rule: "threaten-retaliation",
      confidence: 0.55,
    });
  }
  return out;
}

/**
 * "[accusation noun] التي وجهها X لـ Y": X accuses Y. Without Y, a rejecting verb right before
 * the noun names the accused: "رفضت الحكومة الإسرائيلية الانتقادات التي وجهتها الأمم المتحدة"
 * gives the United Nations ACCUSE Israel and Israel REJECT the United Nations.
 */
export function levelledDrafts(
  v: SentenceView,
  units: Unit[],
  triggers: readonly Trigger[],
  frames: readonly Frame[],
  w: StanceWords,
  has: Has,
): Draft[] {
  const out: Draft[] = [];
  const { relatives } = v.words;
  for (let i = 2; i + 2 < v.tokens.length; i++) {
    if (!relatives.has(tok(v, i).text) || !hasBare(w.levelled, tok(v, i + 1).text)) continue;
    // The noun right before the relative, or before one adjective ("الانتقادات اللاذعة التي").
    const noun = [i - 1, i - 2].find((k) =>
      tokStems(tok(v, k)).some((x) => w.accusationNouns.has(x.stem)),
    );
    if (noun === undefined) continue;
    const accuser = unitAfterTime(v, units, i + 2, 2, w);
    if (!accuser || accuser.place || prepOf(v, accuser) !== "") continue;
    // Who says so: not the rejecting verb's own frame (see below).
    const rejection = triggers.find(
      (x) => x.kind === "verb" && x.verb?.entry.type === "REJECT" && x.last < noun,
    );
    const own = rejection && frames.find((x) => x.verbFirst === rejection.first);
    const speaker =
      frameAround(
        frames.filter((x) => x !== own),
        i,
      )?.speaker ?? null;
    const push = (type: "ACCUSE" | "REJECT", s: Unit, o: Unit, rule: string) => {
      if (s.ref.id === o.ref.id || has(type, s, o)) return;
      if (out.some((d) => d.type === type && d.source === s && d.target === o)) return;
      out.push({
        type,
        mode: type === "ACCUSE" ? "allege" : null,
        source: s,
        target: o,
        polarity: "affirmed",
        modality: "asserted",
        attributedTo: speaker && speaker.ref.id !== s.ref.id ? speaker : null,
        first: Math.min(noun, s.first, o.first),
        last: Math.max(accuser.last, o.last),
        rule,
        confidence: 0.55,
      });
    };
    const accused = units.find(
      (u) =>
        u.first > accuser.last &&
        u.first <= accuser.last + 3 &&
        !u.place &&
        w.levelledPreps.has(prepOf(v, u)),
    );
    if (accused) push("ACCUSE", accuser, accused, "accuse-levelled");
    // A rejection right before the noun: its subject is the accused, and answers the accuser.
    // (Also when لـ names what they are levelled at: «رفضت إيران الانتقادات التي وجهتها فرنسا
    // للبرنامج الصاروخي الإيراني» is aimed at Iran's own act far more often than at another's,
    // «لنتائج الانتخابات في فنزويلا».)
    const t = rejection;
    const f = own;
    if (!t || !f) continue;
    const last = Math.max(t.last, ...f.subjects.filter((u) => u.first > t.last).map((u) => u.last));
    if (noun - last > 2) continue;
    for (const s of f.subjects) {
      if (!accused) push("ACCUSE", accuser, s, "accuse-levelled");
      push("REJECT", s, accuser, "reject-levelled");
    }
  }
  return out;
}

/**
 * "رد X على الاتهامات البريطانية", "ردت موسكو على اتهامات لندن": X rejects the accusations of
 * the actor that owns them (a nisba or a genitive right after the accusation noun).
 */
export function answerDrafts(
  v: SentenceView,
  units: Unit[],
  frames: readonly Frame[],
  w: StanceWords,
  has: Has,
): Draft[] {
  const out: Draft[] = [];
  for (let i = 0; i + 2 < v.tokens.length; i++) {
    if (!hasBare(w.answer, tok(v, i).text)) continue;
    const after = unitAfterTime(v, units, i + 1, 1, w);
    const before = units.find((u) => u.last === i - 1);
    let subject: Unit | undefined;
    if (after && !after.place && prepOf(v, after) === "") subject = after;
    else if (before && !before.place && prepOf(v, before) === "") subject = before;
    if (!subject) continue;
    let on = subject.first > i ? subject.last + 1 : i + 1;
    if ((v.tokens[on]?.text ?? "").replace(/^و/, "") !== "علي") continue;
    on++;
    if (w.determiners.has(v.tokens[on]?.text ?? "")) on++;
    const noun = v.tokens[on];
    if (!noun || !tokStems(noun).some((x) => w.accusationNouns.has(x.stem))) continue;
    const owner =
      units.find((u) => u.first === on + 1 && prepOf(v, u) === "" && !u.place) ?? nisbaAt(v, on, 1);
    if (!owner || owner.ref.id === subject.ref.id || has("REJECT", subject, owner)) continue;
    const speaker = frameAround(frames, i)?.speaker ?? null;
    out.push({
      type: "REJECT",
      mode: "deny",
      source: subject,
      target: owner,
      polarity: negatedAt(v, i) ? "negated" : "affirmed",
      modality: "asserted",
      attributedTo: speaker && speaker.ref.id !== subject.ref.id ? speaker : null,
      first: Math.min(i, subject.first),
      last: owner.last,
      rule: "reject-answer",
      confidence: 0.55,
    });
  }
  return out;
}

/**
 * Accusations the verb and noun rules misread, dropped from `drafts` (the sentence's own
 * array, which accuseDrafts receives), with the right reading added back:
 *   - the victim of a condemned act taken for the accused: "دانت المنظمة اعتقال المحامية X",
 *     "نددت بطرد لاجئين" (the object stands right after a victim noun: X is no accused);
 *   - criticism undergone: "تعرضت ألمانيا لانتقادات من مجموعات مؤيدة لإسرائيل" (the noun
 *     rule takes the subject for the critic): the actor after من accuses the subject.
 */
export function fixMisreadAccusations(
  v: SentenceView,
  units: Unit[],
  triggers: readonly Trigger[],
  drafts: Draft[],
  w: StanceWords,
): Draft[] {
  const out: Draft[] = [];
  const inUnit = (k: number) =>
    units.some((u) => u.first <= k && k <= u.last && !(u.found.adjective && u.first === u.last));
  for (let k = drafts.length - 1; k >= 0; k--) {
    const d = drafts[k] as Draft;
    if (d.type !== "ACCUSE" || !d.rule.startsWith("verb-")) continue;
    // The victim noun right before the object, after the verb; "قتل إسرائيل للمدنيين" (a
    // patient with لـ after it) makes the genitive the doer, who stays accused. Up to two
    // words of description may stand between ("دانت المنظمة اعتقال المحامية X").
    const next = v.tokens[d.target.last + 1]?.text ?? "";
    if (d.target.first <= d.first || next.replace(/^[وف]/, "").startsWith("ل")) continue;
    for (let j = d.target.first - 1; j > d.first && j >= d.target.first - 3 && !inUnit(j); j--) {
      if (!tokStems(tok(v, j)).some((x) => w.victimNouns.has(x.stem))) continue;
      // "أدانت الصين احتجاز كندا المديرة المالية لهواوي": a state with an object after it is
      // the doer (shielded-object.ts doerGenitive).
      if (j === d.target.first - 1 && doerGenitive(v, j, d.target, d.target.last)) break;
      drafts.splice(k, 1);
      break;
    }
  }
  dropRejectedCriticism(v, units, triggers, drafts, w);
  out.push(...undergoneStance(v, units, triggers, drafts, w));
  return out;
}

/** The actor a mention names when it is a nisba ("الأمريكي", "الأوروبية"), as a unit. */
function stateNisba(f: Found | undefined): Unit | undefined {
  return actorNisba(f) ? unitOf(f) : undefined;
}

/** A state's nisba at `first`..`last` on the noun before it ("الخطة المصرية"): the state. */
function ownerNisba(v: SentenceView, first: number, last: number): Unit | undefined {
  const f = v.byLast.get(last);
  return f?.first === first ? stateNisba(f) : undefined;
}

/** Acts a subject undergoes or faces from a doer named after them (undergoneStance). */
const UNDERGONE = new Set<string>(["ACCUSE", "COERCE", "THREATEN", "SANCTION", "SUPPORT"]);
/** How many words a subject between the verb and the act may take. */
const SUBJECT_REACH = 5;

/**
 * Criticism, pressure, threats, sanctions or praise undergone, faced or received: "تعرضت
 * ألمانيا لانتقادات من مجموعات مؤيدة لإسرائيل"، "تتعرض تركيا لضغوط من الولايات المتحدة"،
 * "تواجه ألمانيا ضغوطا أمريكية"، "حظي الشرع بإشادة من ترامب" (the noun rules take the
 * subject for the doer): the actor after من, or the state whose nisba follows the act, does
 * it to the subject. The verb of undergoing takes its act with لـ, a verb of facing without,
 * a verb of receiving either; the subject stands between them or right before the verb. The
 * noun rules' drafts of that act (and a verb of facing read as confronting) are dropped from
 * `drafts`.
 */
function undergoneStance(
  v: SentenceView,
  units: Unit[],
  triggers: readonly Trigger[],
  drafts: Draft[],
  w: StanceWords,
): Draft[] {
  const out: Draft[] = [];
  for (const t of triggers) {
    const type = t.noun?.type;
    if (t.kind !== "noun" || !t.noun || !type || !UNDERGONE.has(type)) continue;
    const clitic = tok(v, t.first).text.replace(/^[وف]/, "")[0];
    const withLam = clitic === "ل";
    // "حظي X بإشادة من Y"، "لقي X ترحيبا من Y": received, with بـ or without.
    const verbOf = (text: string) =>
      hasBare(w.receive, text) || (withLam ? hasBare(w.undergo, text) : hasBare(w.face, text));
    // The verb: right before the act, or before a subject that runs up to it.
    let verb = -1;
    let subject: Unit | undefined;
    for (let j = t.first - 1; j >= 0 && j >= t.first - 1 - SUBJECT_REACH; j--) {
      const text = tok(v, j).text;
      if (verbOf(text)) {
        verb = j;
        subject =
          j === t.first - 1
            ? units.find((u) => u.last === j - 1)
            : (units.find((u) => u.first > j && u.first <= j + 2 && u.last === t.first - 1) ??
              ownerNisba(v, j + 2, t.first - 1));
        break;
      }
    }
    if (verb < 0 || !subject || subject.place) continue;
    for (let k = drafts.length - 1; k >= 0; k--) {
      const d = drafts[k] as Draft;
      const nounRead =
        d.type === type && d.rule.startsWith("noun-") && d.first <= t.first && t.first <= d.last;
      // "تواجه" is also a verb of confronting (ASSAULT): not before what is faced.
      const verbRead = d.rule.startsWith("verb-") && d.first <= verb && verb <= d.last;
      if (nounRead || verbRead) drafts.splice(k, 1);
    }
    // The doer: after من a few words on, or a state's nisba right after the act (an adjective
    // of manner may come first: "لانتقادات حادة من"، "ضغوطا أمريكية").
    const doer =
      units.find(
        (u) => u.first > t.last && u.first <= t.last + 3 && prepOf(v, u) === "من" && !u.place,
      ) ?? stateNisba(v.byFirst.get(t.last + 1));
    if (!doer || doer.ref.id === subject.ref.id) continue;
    out.push({
      type: type as Draft["type"],
      mode: t.noun.mode,
      source: doer,
      target: subject,
      polarity: negatedAt(v, verb) ? "negated" : "affirmed",
      modality: "asserted",
      attributedTo: null,
      first: Math.min(verb, subject.first),
      last: Math.max(doer.last, t.last),
      rule: type === "ACCUSE" ? "accuse-undergone" : "stance-undergone",
      confidence: 0.55,
    });
  }
  return out;
}

/**
 * "رفض وزير الخارجية الألماني انتقادات موجهة لقرار برلين", "ألمانيا ترفض انتقادات لمنافستها
 * إسرائيل": a rejecting verb whose object is an accusation noun rejects criticism made by
 * someone else. The noun rules take the rejecter for the critic, and the verb rules take the
 * actor after the noun's لـ (what the criticism is about) for the rejected: both are dropped
 * (a genitive or a nisba right after the noun, "اتهامات واشنطن", "الاتهامات البريطانية", is the
 * accuser, and stays).
 */
function dropRejectedCriticism(
  v: SentenceView,
  units: Unit[],
  triggers: readonly Trigger[],
  drafts: Draft[],
  w: StanceWords,
): void {
  for (const t of triggers) {
    if (t.kind !== "verb" || t.verb?.entry.type !== "REJECT") continue;
    // The accusation noun after the verb, its subject, and determiners ("هذه", "بشدة").
    let noun = -1;
    for (let k = t.last + 1; k < v.tokens.length && k <= t.last + 8; k++) {
      const u = units.find((x) => x.first === k && !x.place && prepOf(v, x) === "");
      if (u) {
        k = u.last;
        continue;
      }
      const x = tok(v, k);
      if (tokStems(x).some((st) => w.accusationNouns.has(st.stem))) noun = k;
      else if (w.determiners.has(x.text)) continue;
      break;
    }
    if (noun < 0) continue;
    const owner = (d: Draft) => d.target.first === noun + 1;
    for (let k = drafts.length - 1; k >= 0; k--) {
      const d = drafts[k] as Draft;
      const mine = d.first <= t.first && t.first <= d.last;
      const misread =
        (d.type === "ACCUSE" && d.rule.startsWith("noun-") && d.first <= noun && noun <= d.last) ||
        (d.type === "REJECT" &&
          d.rule.startsWith("verb-") &&
          mine &&
          d.target.first > noun &&
          !owner(d));
      if (misread) drafts.splice(k, 1);
    }
  }
}

/** Whether a token opens a token frame: once per distinct word, on its shared info record. */
function stanceAnchor(t: Tok, w: StanceWords): boolean {
  const info = t.info;
  if (info?.stanceAnchor !== undefined) return info.stanceAnchor;
  const hit = hasBare(w.anchors, t.text);
  if (info) info.stanceAnchor = hit;
  return hit;
}

/** All the frames of this module for one sentence. */
export function stanceDrafts(
  v: SentenceView,
  lex: Lexicon,
  units: Unit[],
  triggers: readonly Trigger[],
  frames: readonly Frame[],
  drafts: readonly Draft[],
  w: StanceWords,
  has: Has,
): Draft[] {
  const out: Draft[] = [];
  // The token frames only when a word of theirs stands in the sentence.
  let anchored = false;
  for (let i = 0; i < v.tokens.length && !anchored; i++) anchored = stanceAnchor(tok(v, i), w);
  if (anchored) {
    out.push(...describeDrafts(v, units, frames, drafts, w, has));
    out.push(...blameDrafts(v, units, frames, w, has));
    out.push(...retaliationDrafts(v, units, frames, w, has));
    out.push(...levelledDrafts(v, units, triggers, frames, w, has));
    out.push(...doubtDrafts(v, units, frames, [...drafts, ...out], w, has));
    out.push(...answerDrafts(v, units, frames, w, has));
    out.push(...baselessDrafts(v, units, frames, w, has));
    out.push(...judgedDrafts(v, units, frames, w, has));
  }
  out.push(...farSenseDrafts(v, lex, units, triggers, frames, has, w));
  out.push(...participleDrafts(v, units, triggers, frames, [...drafts, ...out], has));
  out.push(...nisbaChainDrafts(v, units, triggers, frames, [...drafts, ...out], has));
  out.push(...timeSkipDrafts(v, units, triggers, frames, [...drafts, ...out], w, has));
  return out;
}

/**
 * Whether `u`, one word after the frame's preposition, is that word's genitive: bare, or named
 * through its leader's office, which carries the preposition ("شكك في رئيس فنزويلا").
 */
function ownedAfter(v: SentenceView, u: Unit, prep: string): boolean {
  const p = prepOf(v, u);
  return p === "" || p === prep;
}
