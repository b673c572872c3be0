// An attack whose doer is named and whose target is no actor, in a place the sentence names
// after في: "شن تنظيم داعش هجوما في باريس"، "قصفت الطائرات الروسية بلدات في ريف إدلب". Event
// data codes such an attack against the state it happened in; the relation keeps the place
// (article.ts turns a place target into its state). Not when the doer is that state's own
// (a state's forces in its own land fight someone the sentence does not name: such drafts of
// the verbs are dropped here too), and not in a sentence that already has an attack between
// actors.
import { type Kb, stateOfPlace } from "../kb/kb.js";
import { sectorState } from "../recognize/generic.js";
import { type Tok, tokStems } from "../recognize/segment.js";
import { placeHeadClitic, prepOf } from "./arguments.js";
import { conflictWords, isAttackNoun } from "./frames-conflict.js";
import { placedBy, placeNisbas } from "./frames-protest.js";
import type { VerbForm } from "./lexicon.js";
import { modalityAt, negatedAt } from "./modality.js";
import type { SentenceContext, Trigger } from "./scope.js";
import { frameAround } from "./scope.js";
import { commaBetween, hasBare, ofSentence, type Unit } from "./units.js";
import { resumesObject } from "./verb-subject.js";

/**
 * How far after the verb and its subject the place may stand ("قصفت الطائرات مواقع للمسلحين
 * في ريف إدلب"، "فجر انتحاري يرتدي حزاما ناسفا نفسه وسط حشد من الزوار في منطقة الكاظمية
 * شمال بغداد"), within the clause: no comma between.
 */
const PLACE_REACH = 15;

/**
 * Whether the clause of the verb at `a` ends before `b`: a comma, a word that opens another
 * clause or a relative clause, or a word of time or being that starts one ("بعد يوم من
 * اجتماع ... في القاهرة"، "حافلة كانت متجهة إلى بيروت"; conflict.json's place_breaks).
 */
export function clauseEndsBetween(v: SentenceContext["view"], a: number, b: number): boolean {
  if (commaBetween(v, a, b)) return true;
  const lists = [v.words.clause_breaks, v.words.relatives, conflictWords().placeBreaks];
  for (let k = a + 1; k < b; k++) {
    const t = (v.tokens[k] as Tok).text;
    if (lists.some((list) => hasBare(list, t))) return true;
  }
  return false;
}

/** The state an actor acts for: itself, the state of its force or sector, or its KB parent. */
function ownState(kb: Kb, u: Unit): string | undefined {
  if (u.ref.kind === "state") return u.ref.id;
  return sectorState(u.ref.id) ?? kb.entities.get(u.ref.id)?.part_of;
}

/**
 * A direction word before the place that tells where the target lies: "هاجموا قرية أوغوساغو
 * وسط مالي" (not "من شمال سوريا", where the attack came from).
 */
function describedWhere(v: SentenceContext["view"], u: Unit): boolean {
  const direction = v.tokens[u.first - 1]?.text ?? "";
  const before = v.tokens[u.first - 2]?.text ?? "";
  return v.words.directions.has(direction) && !v.words.core_prepositions.has(before);
}

/** An attack noun up to three words before `at` ("الهجوم الذي شنه"). */
function attackNounBefore(v: SentenceContext["view"], at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= 3; k--) if (isAttackNoun(v.tokens[k])) return true;
  return false;
}

/**
 * The subject right after the verb (one word may stand between, two for a strike and its
 * description: "استهدفت ضربة صاروخية روسية"), inside a predicate of more than one word ("شن
 * تنظيم داعش هجوما"), or right before the verb.
 */
const besideVerb = (u: Unit, t: Trigger) =>
  (u.first > t.first && u.first - t.last <= (u.found.adjective ? 3 : 2)) ||
  (u.last < t.first && t.first - u.last <= 2);

/**
 * "قصفت القوات السورية مواقع في سوريا": targets standing in the doer's own state put the attack
 * there, not on the state (arguments.ts reads «مواقع في سوريا» as the state's for others).
 */
function dropOwnStateTargets(ctx: SentenceContext, kb: Kb): void {
  const { view: v, result } = ctx;
  result.drafts = result.drafts.filter(
    (d) =>
      d.type !== "ASSAULT" ||
      d.target.ref.kind !== "state" ||
      !ofSentence(v, d.target) ||
      prepOf(v, d.target) !== "في" ||
      ownState(kb, d.source) !== d.target.ref.id,
  );
}

export function attackPlaceDrafts(contexts: readonly SentenceContext[], kb: Kb): void {
  const w = conflictWords();
  for (const ctx of contexts) {
    dropOwnStateTargets(ctx, kb);
    const { view: v, result, all } = ctx;
    if (result.drafts.some((d) => d.type === "ASSAULT")) continue;
    for (const t of ctx.triggers) {
      const entry = (t.verb as VerbForm | undefined)?.entry;
      if (t.kind !== "verb" || entry?.type !== "ASSAULT") continue;
      // "نصب كمينا لـ": an act on whom it is laid for only, never on a place ("نصبت الشرطة
      // كمينا لتاجر مخدرات في القاهرة").
      if (entry.preps.every((p) => p === "ل")) continue;
      // A resumptive verb ("شنه"، "نفذته") only right after its attack noun: "الهجوم الذي شنه
      // مسلحون" ("وقادة" is leaders, not "led it").
      if (entry.resumptive && !attackNounBefore(v, t.first)) continue;
      // "الفلسطيني الذي أطلق عليه جنود النار قرب الخليل": the pronoun names whom it hit.
      if (resumesObject(v, t)) continue;
      // "قتل العميل الروسي مسموما في لندن": a word of casualty is most often a passive, its
      // "subject" the killed.
      if (tokStems(v.tokens[t.first] as Tok).some((st) => w.casualtyWords.has(st.stem))) continue;
      const subject = result.verbSubjects.find((x) => x.at === t.first)?.subject;
      // A subject carried from the sentence before is no doer placed here.
      const own = (u: Unit) => ofSentence(v, u) && !u.place && besideVerb(u, t);
      if (!subject?.every(own)) continue;
      // "أدانت فرنسا قصف ...": the subject of a verb before is its, and this "verb" is the
      // verbal noun of what it condemns.
      const earlier = result.verbSubjects.some(
        (x) => x.at < t.first && x.subject.some((u) => subject.includes(u)),
      );
      if (earlier) continue;
      // A city or region of a state, or the state itself ("على كنيسة في مصر").
      const from = Math.max(t.last, ...subject.map((u) => u.last));
      // Or the state of a nisba on a place the KB does not know, after its word of place ("في
      // مدينة سوسة التونسية"، "في مدن عراقية"; not "في الانتخابات الأميركية").
      const unknownPlaces = placeNisbas(v, all).filter(
        (u) => placeHeadClitic(v, u.first - 1) !== null || placeHeadClitic(v, u.first - 2) !== null,
      );
      // A place the KB knows first ("في حي الجالية التركية في برلين" is in Germany).
      const inPlace = (u: Unit) =>
        (u.place || u.ref.kind === "state") &&
        u.first > from &&
        u.first - from <= PLACE_REACH &&
        !clauseEndsBetween(v, t.last, u.first) &&
        // Not after إلى: where a crowd goes, but where an attacked bus was heading is no
        // place of the attack.
        (placedBy(v, u, v.words.to_prepositions) ||
          describedWhere(v, u) ||
          unknownPlaces.includes(u));
      const place = all.find(inPlace) ?? unknownPlaces.find(inPlace);
      const state = place && (place.place ? stateOfPlace(kb, place.ref.id) : place.ref.id);
      if (!place || !state || subject.some((u) => ownState(kb, u) === state)) continue;
      const frame = frameAround(result.frames, t.first);
      for (const doer of subject)
        result.drafts.push({
          type: "ASSAULT",
          mode: entry.mode,
          source: doer,
          target: place,
          polarity: negatedAt(v, t.first) || frame?.negates ? "negated" : "affirmed",
          modality: modalityAt(v, t.first, t),
          attributedTo: frame?.speaker ?? result.according,
          first: Math.min(doer.first, t.first),
          last: place.last,
          rule: "attack-place",
          confidence: 0.5,
        });
      break;
    }
  }
}
