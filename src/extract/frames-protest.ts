// A crowd that protests where it is: "أغلق محتجون في أرمينيا مداخل العاصمة", "خرج آلاف
// المتظاهرين في شوارع بغداد". Protesters (the "protesters" sector of lexicon/actors.json) named
// in a sentence that gives them nothing to protest against protest against the state they are
// in, as PLOVER codes a crowd's protest and the annotations read it: the one state the sentence
// places them in (a city or a state after في). Failing a place, a crowd of one state's people
// ("آلاف الكويتيين"، "المزارعين الفرنسيين") protests against its own state when the sentence
// names no other (Palestinian protesters at a border, with Israel named, get none), and a crowd
// of no state doing a protest's act against the one state the sentence names. A sentence that
// already has their protest, or names two states, gets none.

import { type Kb, refOf } from "../kb/kb.js";
import { bundledActors } from "../recognize/actors.js";
import type { Found } from "../recognize/found.js";
import { sectorRef, sectorState } from "../recognize/generic.js";
import { isCount, type Tok, tokStems } from "../recognize/segment.js";
import type { EntityRef } from "../schema.js";
import {
  CALLER_REACH,
  calledTo,
  EMPTY,
  oustedAfter,
  placeHeadClitic,
  prepOf,
  protestCaller,
  TO,
  unitAfterPrep,
} from "./arguments.js";
import { attackCorefDrafts } from "./frames-attack-coref.js";
import { conflictWords, inFrontOf } from "./frames-conflict.js";
import { modalityAt, negatedAt } from "./modality.js";
import { casualtyVictim } from "./noun-drafts.js";
import type { Draft, SentenceContext, Trigger } from "./scope.js";
import { attackVictim, frameAround } from "./scope.js";
import {
  commaBetween,
  countedSingular,
  hasBare,
  protestingBody,
  type Unit,
  unitOf,
  unnamedGroup,
} from "./units.js";

/** The protesters sector's ids: group:protesters, or group:protesters-<state code>. */
const PROTESTERS = /^group:protesters(?:-([a-z]{2}))?$/;

/** The state a unit places the crowd in: a state after في, or a city of a state. */
function stateOf(kb: Kb, u: Unit): EntityRef | null {
  if (u.ref.kind === "state") return u.ref;
  if (u.ref.kind !== "place") return null;
  const id = kb.entities.get(u.ref.id)?.located_in;
  const e = id ? kb.entities.get(id) : undefined;
  return e && e.kind === "state" ? refOf(e) : null;
}

/** The state an actor is or belongs to (a state, its army or ministry, its sector), by id. */
function stateOfActor(kb: Kb, u: Unit): string | null {
  if (u.ref.kind === "state") return u.ref.id;
  const e = kb.entities.get(u.ref.id);
  return e?.part_of ?? sectorState(u.ref.id) ?? null;
}

/**
 * Whether the crowd (or the protesters it stands for) attacks or coerces an actor of a state
 * other than `state` («رشق متظاهرون فلسطينيون جنود الاحتلال»): its quarrel is with them.
 */
function fightsAnotherState(
  kb: Kb,
  drafts: readonly Draft[],
  crowd: readonly Unit[],
  state: string,
): boolean {
  return drafts.some((d) => {
    if (!forceful(d.type) || !crowd.some((u) => u.ref.id === d.source.ref.id)) return false;
    const of = stateOfActor(kb, d.target);
    return of !== null && of !== state;
  });
}

/**
 * The state whose people a crowd is: a state's people by their nisba ("آلاف الكويتيين"), or a
 * sector tied to a state ("group:workers-fr", "المزارعين الفرنسيين").
 */
function crowdState(kb: Kb, u: Unit): EntityRef | null {
  if (u.ref.kind === "state") return u.ref;
  const id = sectorState(u.ref.id);
  const e = id ? kb.entities.get(id) : undefined;
  return e && e.kind === "state" ? refOf(e) : null;
}

/** "في" ("وفي" read bare). */
const IN: ReadonlySet<string> = new Set(["في"]);

/** How far before a place its في may stand ("في ساحة التحرير وسط القاهرة"). */
const PLACE_REACH = 4;

/**
 * "في" (or "إلى": the crowd went out to the streets of a city) within the four words before
 * the place: "في بغداد", "في شوارع العاصمة بغداد", "خرج المحتجون إلى شوارع بغداد".
 */
export function placedBy(
  v: SentenceContext["view"],
  u: Unit,
  except: ReadonlySet<string> = EMPTY,
): boolean {
  // "أمام"، "نحو" place only before a place: "أمام مبنى بلدية إسطنبول"، "نحو العاصمة إسلام
  // آباد"; not "أمام البرازيل" (a match), "نحو خمسين مهاجرا أفغانيا" (about fifty).
  const placeOnly = u.place || !!u.found.place;
  const placing = (w: string) =>
    (conflictWords().placing.has(w) || (placeOnly && conflictWords().towardPlace.has(w))) &&
    !except.has(w);
  if (placing(prepOf(v, u))) return true;
  // "المئات من أهالي البصرة": the residents' word right before the place places them there.
  if (hasBare(conflictWords().residentWords, v.tokens[u.first - 1]?.text ?? "") && u.place)
    return true;
  // "في بلدة العوامية بمحافظة القطيف شرق السعودية": past a direction word, only more places
  // and words of place may lead back to the في, which may then stand further back.
  const direction = v.words.directions.has(v.tokens[u.first - 1]?.text ?? "");
  const reach = direction ? 2 * PLACE_REACH : PLACE_REACH;
  let chained = true;
  for (let k = u.first - 1; k >= 0 && k >= u.first - reach; k--) {
    const near = u.first - k <= PLACE_REACH;
    if ((near || chained) && (placing(v.tokens[k]?.text ?? "") || placeHeadClitic(v, k) === "ب"))
      return true;
    chained &&= inPlaceChain(v, k);
    if (!near && !chained) return false;
  }
  return false;
}

/** A word of a chain of places: a direction, a word of place, the name after one, a place. */
function inPlaceChain(v: SentenceContext["view"], k: number): boolean {
  const text = v.tokens[k]?.text ?? "";
  if (v.words.directions.has(text) || placeHeadClitic(v, k) !== null) return true;
  if (placeHeadClitic(v, k - 1) !== null) return true;
  return v.found.some(
    (f) => f.first <= k && k <= f.last && (f.entity.kind === "place" || f.entity.kind === "state"),
  );
}

/**
 * A state's nisba on the place a crowd is in, outside every actor, with في before it: "في
 * الشارع الأردني"، "في عدة مدن عراقية" (not "الإعلان الأميركي": a nisba of another word).
 */
export function placeNisbas(v: SentenceContext["view"], all: readonly Unit[]): Unit[] {
  const out: Unit[] = [];
  for (const f of v.found) {
    if (!f.adjective || f.entity.kind !== "state") continue;
    if (all.some((u) => u.first <= f.first && f.last <= u.last)) continue;
    if (nisbaOfPlace(v, f)) out.push(unitOf(f));
  }
  return out;
}

/**
 * The nisba describes the noun after في (one word, a count, may stand between): "في الشارع
 * الأردني"، "في عدة مدن عراقية"; not "في الشوارع دعما للموقف الأمريكي" (another noun's).
 */
function nisbaOfPlace(v: SentenceContext["view"], f: Found): boolean {
  const noun = v.tokens[f.first - 1];
  if (!noun || v.byLast.has(f.first - 1)) return false;
  // "بالعاصمة اللبنانية"، "بمدن عراقية": بـ on a word of place places the crowd there.
  if (placeHeadClitic(v, f.first - 1) === "ب") return true;
  // A noun with its own preposition ("للموقف"، "بالسياسة") is no place the crowd is in.
  if (/^[وف]?(لل|بال)/.test(noun.text)) return false;
  for (let k = f.first - 2; k >= 0 && k >= f.first - 3; k--) {
    const t = v.tokens[k] as Tok;
    if (conflictWords().placing.has(t.text)) return true;
    if (v.byLast.has(k) || v.words.core_prepositions.has(t.text)) return false;
  }
  return false;
}

/** Whether a unit is a crowd written as a protest noun ("مظاهرات"، "الاحتجاجات"). */
export function protestNoun(v: SentenceContext["view"], u: Unit): boolean {
  if (!PROTESTERS.test(u.ref.id)) return false;
  const t = v.tokens[u.found.first];
  const nouns = v.words.protest_nouns;
  return !!t && tokStems(t).some((x) => nouns.has(x.stem) || nouns.has(x.stem.replace(/^ال/, "")));
}

/** The types of force: attacking and coercing. */
const forceful = (type: string | undefined) => type === "ASSAULT" || type === "COERCE";

/** Whether the unit's actor attacks or coerces: a draft's source, or a verb's subject. */
function attacks(ctx: SentenceContext, u: Unit): boolean {
  if (ctx.result.drafts.some((d) => forceful(d.type) && d.source.ref.id === u.ref.id)) return true;
  return ctx.triggers.some(
    (t) =>
      t.kind === "verb" &&
      forceful(t.verb?.entry.type) &&
      ctx.result.verbSubjects.some(
        (x) => x.at === t.first && x.subject.some((s) => s.ref.id === u.ref.id),
      ),
  );
}

/**
 * A people a march supports, named right after a word of support with لـ («مسيرة مؤيدة
 * للفلسطينيين»): not who marches (words.json support_adjectives).
 */
function supportedCrowd(v: SentenceContext["view"], u: Unit): boolean {
  const before = (v.tokens[u.first - 1] as Tok | undefined)?.text ?? "";
  return v.words.support_adjectives.has(before) && /^ل/.test((v.tokens[u.first] as Tok).text);
}

/** Whether a draft attacks or coerces the unit's actor. */
const actedOn = (d: Draft, u: Unit) => forceful(d.type) && d.target.ref.id === u.ref.id;

/** Whether a draft's evidence takes in the whole of a unit. */
const spans = (d: Draft, u: Unit) => d.first <= u.first && u.last <= d.last;

/** How far after the protest its target may stand ("مظاهرات حاشدة في عمان ضد الحكومة"). */
const PROTEST_TARGET_REACH = 6;

/**
 * A protest named by its noun, and what it is against: "خرجت مظاهرات حاشدة ضد الحكومة"،
 * "الاحتجاجات المناهضة للحكومة الإثيوبية". The noun stands for the crowd (recognize/generic.ts
 * reads it as the protesters sector, as the annotations name it), so the crowd, or the actor
 * named right after the noun ("مظاهرات الطلاب"), protests against the actor after ضد / على,
 * or after لـ / إلى ("مناهضة للحكومة").
 */
function protestNounDrafts(ctx: SentenceContext): void {
  const { view: v, result, units } = ctx;
  const w = v.words;
  const prep = new Set([...w.against_prepositions, ...w.to_prepositions]);
  for (const crowd of ctx.all) {
    if (crowd.members || !protestNoun(v, crowd)) continue;
    if (result.drafts.some((d) => d.type === "PROTEST" && spans(d, crowd))) continue;
    // "مظاهرات حاشدة دعت إليها المعارضة ... ضد الرئيس": the group that called it protests.
    const caller = protestCaller(v, units, crowd.last);
    const from = caller ? caller.last : crowd.last;
    const reach = from + PROTEST_TARGET_REACH;
    let b = unitAfterPrep(v, units, from + 1, reach, prep, EMPTY, true);
    if (!b) continue;
    // لـ right after the noun names who protests, not what against: "احتجاج للأكراد ضد
    // العملية"، "مظاهرة لطلاب الجامعة". Its target, if any, comes after it.
    const byL = b.unit.first === crowd.last + 1 && prepOf(v, b.unit) === "ل" ? b.unit : null;
    if (byL) b = unitAfterPrep(v, units, byL.last + 1, byL.last + PROTEST_TARGET_REACH, prep);
    if (!b) continue;
    const owner =
      byL ??
      caller ??
      summoner(ctx, crowd) ??
      units.find(
        (u) => u.first === crowd.last + 1 && prepOf(v, u) === "" && !u.place && u !== b?.unit,
      );
    const frame = frameAround(result.frames, crowd.first);
    for (const target of b.group) {
      if (target.place || PROTESTERS.test(target.ref.id)) continue;
      result.drafts.push({
        type: "PROTEST",
        mode: "demonstrate",
        source: owner ?? crowd,
        target,
        polarity: negatedAt(v, crowd.first, true) ? "negated" : "affirmed",
        modality: modalityAt(v, crowd.first, { future: false }),
        attributedTo: frame?.speaker ?? result.according,
        first: crowd.first,
        last: target.last,
        rule: "protest-noun-target",
        confidence: 0.6,
      });
    }
  }
}

/** How far after a verb of calling its «إلى» and the protest may stand. */
const SUMMON_REACH = 6;

/**
 * «دعا تجمع المهنيين إلى مظاهرات ضد الجيش»: the one who calls for the protest holds it, as
 * annotators name the organiser (the subject of a verb of request whose «إلى» is right
 * before the protest's noun).
 */
function summoner(ctx: SentenceContext, crowd: Unit): Unit | undefined {
  const { view: v } = ctx;
  const to = v.tokens[crowd.first - 1];
  if (!to || to.text.replace(/^[وف]/, "") !== TO) return undefined;
  const call = ctx.triggers.findLast(
    (t) =>
      t.kind === "verb" &&
      t.verb?.entry.type === "REQUEST" &&
      t.last < crowd.first &&
      crowd.first - t.last <= SUMMON_REACH,
  );
  if (!call) return undefined;
  return ctx.result.verbSubjects.find((x) => x.at === call.first)?.subject[0];
}

/** A preposition (its و or ف taken off) on a word between `a` and `b`. */
function prepBetween(v: SentenceContext["view"], a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++)
    if (v.words.core_prepositions.has((v.tokens[k] as Tok).text.replace(/^[وف]/, ""))) return true;
  return false;
}

/**
 * A count between a protest's word and its group: "اعتصم المئات من أنصار المعارضة"، "يعتصم
 * عشرات الآلاف من المزارعين" (counts, then من, then at most one word of members).
 */
function countedAfter(v: SentenceContext["view"], last: number, first: number): boolean {
  let k = last + 1;
  const count = (x: string) => v.words.quantities.has(x) && x !== "من";
  if (!count(v.tokens[k]?.text ?? "")) return false;
  while (k < first && count((v.tokens[k] as Tok).text)) k++;
  if (v.tokens[k]?.text !== "من") return false;
  return first - (k + 1) <= 1;
}

/** How near a protest's word a group stands to be the one protesting. */
const PROTEST_SUBJECT_REACH = 4;

/**
 * A group without a name next to a word of protest, as its doer: "نظم المعلمون وقفة احتجاجية"،
 * "أضرب عمال الموانئ"، "تظاهر آلاف الطلاب". Such a group is a crowd too.
 */
function protestingGroup(ctx: SentenceContext, u: Unit): boolean {
  // A group without a name, or a state's people by their plural nisba ("نفذ مئات الأردنيين
  // وقفة احتجاجية").
  const people = u.ref.kind === "state" && u.found.adjective === true;
  if (!people && !unnamedGroup(u) && !protestingBody(ctx.view, u)) return false;
  const v = ctx.view;
  return (
    ctx.triggers.some((t) => {
      const type = t.verb?.entry.type ?? t.noun?.type;
      if (type !== "PROTEST" || calledOff(v, t)) return false;
      const before = t.first - u.last;
      const after = u.first - t.last;
      // After the word, a count may stand before the group: "اعتصم المئات من أنصار المعارضة".
      const counted = countedAfter(v, t.last, u.first);
      // After the word, the group is its subject ("تظاهر آلاف الطلاب"), not what it is against
      // ("احتجاجا على تصريحات الرئيس الفرنسي": a preposition, an official).
      const subjectAfter =
        after > 0 && after <= 3 && !u.official && !u.office && !prepBetween(v, t.last, u.first);
      // "إضراب عام دعت إليه النقابات"، "مسيرة نظمتها الحركة": the group that called it.
      const caller = after > 0 && after <= CALLER_REACH && calledTo(v, t.last, u.first);
      // A protest after على or ضد is what the group acts on ("اعتدى أنصار حركة النهضة على وقفة
      // احتجاجية"), not one it holds.
      const actedUpon = v.words.against_prepositions.has(v.tokens[t.first - 1]?.text ?? "");
      const near = before > 0 && before <= PROTEST_SUBJECT_REACH && !actedUpon;
      return near || subjectAfter || counted || caller;
    }) ||
    (actedByGroup(v, u) && purposeWordAfter(v, u.last, CLAUSE_PURPOSE_REACH) >= 0) ||
    strikeHeld(ctx, u)
  );
}

/**
 * A state's nisba naming the state acting, not its people: an official or an office ("الرئيس
 * الإيراني"), or after a group head that is no word of persons ("السلطات المغربية"، "الوفد
 * الروسي"، "مسؤولون عراقيون"; words.json people_heads).
 */
function governing(v: SentenceContext["view"], u: Unit): boolean {
  if (u.official || u.office) return true;
  const head = v.tokens[u.found.first - 1]?.text ?? "";
  return hasBare(v.words.group_heads, head) && !hasBare(v.words.people_heads, head);
}

/** How far after its subject a light verb's strike or sit-in may stand. */
const STRIKE_REACH = 8;

/**
 * "دخل أطباء المستشفيات العامة في كينيا إضرابا"، "نفذ أساتذة التعليم الثانوي إضرابا عاما":
 * the group right after a light verb of holding (conflict.json strike_verbs, a count between)
 * whose word of protest follows in the clause.
 */
function strikeHeld(ctx: SentenceContext, u: Unit): boolean {
  const v = ctx.view;
  if (governing(v, u) || !actedByGroup(v, u, conflictWords().strikeVerbs)) return false;
  return ctx.triggers.some(
    (t) =>
      t.kind === "noun" &&
      t.noun?.type === "PROTEST" &&
      t.first > u.last &&
      t.first - u.last <= STRIKE_REACH &&
      !commaBetween(v, u.last, t.first) &&
      !purposeBetween(v, u.last, t.first) &&
      // Held, not spoken of: "إضرابا"، "في إضراب مفتوح"، "إضرابه", not "بعد انتهاء الإضراب".
      !/^[وف]?(ب|ل|لل)?ال/.test((v.tokens[t.first] as Tok).text),
  );
}

/** How far after a group its act's purpose may stand (past a comma too, for a rallied crowd). */
const CLAUSE_PURPOSE_REACH = 14;

/** A break or a word with لـ between a strike's subject and its noun ("لإنهاء إضراب"). */
function purposeBetween(v: SentenceContext["view"], a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) {
    const t = (v.tokens[k] as Tok).text;
    const named = v.found.some((f) => f.first <= k && k <= f.last);
    if (hasBare(conflictWords().strikeBreaks, t) || (!named && /^[وف]?ل[^ل]/.test(t))) return true;
  }
  return false;
}

/**
 * The group is the subject right after a verb of a protest's act ("أغلق مئات المزارعين"،
 * "أضرب المعلمون"; conflict.json protest_act_verbs), a count between: not an object or a
 * people spoken of ("تضامنا مع الشعب الفلسطيني").
 */
function actedByGroup(
  v: SentenceContext["view"],
  u: Unit,
  verbs: ReadonlySet<string> = conflictWords().protestActVerbs,
): boolean {
  let k = u.first - 1;
  // "قطع شبان كينيون الطرق": a state's people named by a word of person and its nisba.
  if (k >= 0 && u.found.adjective && v.words.group_heads.has((v.tokens[k] as Tok).text)) k--;
  if (
    k >= 0 &&
    (v.words.quantities.has((v.tokens[k] as Tok).text) || isCount(v.tokens[k], v.words))
  )
    k--;
  return k >= 0 && hasBare(verbs, (v.tokens[k] as Tok).text);
}

/**
 * Where a word of a protest's purpose ("احتجاجا"، "رفضا"، "تنديدا") stands within `reach` words
 * after `last`, in the same clause; -1 when none does. What a group does before one, it does in
 * protest ("أغلق مئات المزارعين الفرنسيين الطرق احتجاجا على"، "أضرب المعلمون تنديدا بـ").
 */
function purposeWordAfter(v: SentenceContext["view"], last: number, reach: number): number {
  const words = conflictWords().purposeTargets;
  for (let k = last + 1; k < v.tokens.length && k - last <= reach; k++) {
    const purpose = hasBare(words, (v.tokens[k] as Tok).text);
    // A comma ends the clause, unless the purpose opens what follows it: "أغلق المحتجون
    // الطرق في أنحاء فرنسا، تنديدا بزيادة الضرائب".
    if (commaBetween(v, k - 1, k)) return purpose ? k : -1;
    if (purpose) return k;
  }
  return -1;
}

/** How far after a crowd, past the commas of its relative clause, its purpose may stand. */
const STATED_PURPOSE_REACH = 20;

/**
 * A word of protest's purpose (conflict.json purpose_targets: احتجاجا، رفضا، تنديدا) or an
 * ouster demanded with بـ ("بإسقاط"، "برحيل") after the crowd, past commas, before the
 * sentence's next verb of saying or its end.
 */
function statedPurpose(v: SentenceContext["view"], crowd: Unit): boolean {
  const words = conflictWords().purposeTargets;
  for (let k = crowd.last + 1; k < v.tokens.length && k - crowd.last <= STATED_PURPOSE_REACH; k++) {
    const text = (v.tokens[k] as Tok).text;
    if (v.words.speech_verbs.has(text)) return false;
    if (hasBare(words, text) || hasBare(conflictWords().crowdStanceVerbs, text)) return true;
    // "الذين كانوا يطالبون بإسقاط الحكومة": the ouster it demands.
    const ouster = /^ب(.+)$/.exec(text)?.[1];
    if (ouster && v.words.ouster_nouns.has(ouster)) return true;
  }
  return false;
}

/** How far before a protest's word a verb that calls it off may stand. */
const CALLED_OFF_REACH = 8;

/** "أجل تحالف المعارضة مسيرة كانت مقررة": a protest postponed or cancelled did not happen. */
function calledOff(v: SentenceContext["view"], t: Trigger): boolean {
  const verbs = conflictWords().calledOff;
  for (let k = t.first - 1; k >= 0 && t.first - k <= CALLED_OFF_REACH; k--)
    if (hasBare(verbs, (v.tokens[k] as Tok).text)) return true;
  return false;
}

/**
 * An actor whose followers protest: "اعتصم الآلاف من أنصار التيار الصدري"، "شارك أنصار جمعية
 * الوفاق في مسيرة". The followers' word stands right before the actor, a word of protest
 * within four words before it or after the actor.
 */
function followersProtesting(ctx: SentenceContext, u: Unit): boolean {
  const v = ctx.view;
  if (!hasBare(conflictWords().followers, v.tokens[u.first - 1]?.text ?? "")) return false;
  // The followers of the nearest verb before them do what it says: "اعتدى أنصار حركة
  // النهضة على وقفة احتجاجية" attack the sit-in.
  const verb = ctx.triggers.filter((t) => t.kind === "verb" && t.last < u.first - 1).pop();
  const joins = (t: Trigger) =>
    t.verb?.entry.type === "PROTEST" ||
    hasBare(conflictWords().takePartVerbs, (v.tokens[t.first] as Tok).text);
  if (verb && u.first - 1 - verb.last <= PROTEST_SUBJECT_REACH && !joins(verb)) return false;
  const near = ctx.triggers.some((t) => {
    if ((t.verb?.entry.type ?? t.noun?.type) !== "PROTEST" || calledOff(v, t)) return false;
    const before = u.first - 1 - t.last;
    const after = t.first - u.last;
    return (before > 0 && before <= PROTEST_SUBJECT_REACH) || (after > 0 && after <= 4);
  });
  return near || rallied(v, u.first - 1, u.last);
}

/** How far after a crowd a word of protest's purpose may stand ("للمطالبة برحيل"). */
const PURPOSE_REACH = 10;

/**
 * "احتشد عشرات الآلاف من أنصار المعارضة في شوارع كراكاس للمطالبة برحيل الرئيس": a verb of
 * gathering within four words before `word` and a word of protest's purpose after `last`, in
 * the same clause (the crowds of lexicon/actors.json).
 */
function rallied(v: SentenceContext["view"], word: number, last: number): boolean {
  const crowds = bundledActors().crowds;
  if (!crowds) return false;
  const has = (set: ReadonlySet<string>, k: number) => hasBare(set, v.tokens[k]?.text ?? "");
  let gathered = false;
  for (let k = word - 1; k >= 0 && word - k <= PROTEST_SUBJECT_REACH && !gathered; k--)
    gathered = has(crowds.rallyVerbs, k);
  if (!gathered) return false;
  // Past a comma, only the crowd's circumstantial participle ("...، مطالبين بـ").
  let comma = false;
  for (let k = last + 1; k < v.tokens.length && k - last <= CLAUSE_PURPOSE_REACH; k++) {
    comma ||= commaBetween(v, k - 1, k);
    if (has(comma ? crowds.purposesAfterComma : crowds.purposes, k)) return true;
    // "احتشد أنصار المعارضة في مسيرة": a march's noun right after في.
    if (!comma && has(crowds.purposeNounsAfterIn, k) && hasBare(IN, v.tokens[k - 1]?.text ?? ""))
      return true;
  }
  return false;
}

/**
 * The actor a crowd's purpose names, in the crowd's clause: a word of purpose ("احتجاجا"،
 * "رفضا"، "تنديدا") and, within three words, the actor after its preposition (on the actor or
 * on a noun it owns: "لترشح الرئيس").
 */
function purposeTarget(ctx: SentenceContext, crowd: Unit): Unit | null {
  const { view: v, units } = ctx;
  const k = purposeWordAfter(v, crowd.last, PURPOSE_REACH);
  if (k < 0) return null;
  const preps = new Set([...v.words.against_prepositions, ...v.words.to_prepositions, "ب"]);
  // "احتجاجا على توقيف رئيسها أكرم إمام أوغلو": a noun and its owner may stand between.
  const b = unitAfterPrep(v, units, k + 1, k + 4, preps);
  return b && !b.unit.place ? b.unit : null;
}

/**
 * The one state an article is about: named (by itself, its places, forces or people) at
 * least twice and at least twice as often as any other; null when none is.
 */
function dominantState(contexts: readonly SentenceContext[], kb: Kb): EntityRef | null {
  const counts = new Map<string, { ref: EntityRef; n: number }>();
  for (const ctx of contexts)
    for (const u of ctx.units) {
      const ref = stateOf(kb, u);
      if (!ref) continue;
      const c = counts.get(ref.id) ?? { ref, n: 0 };
      c.n++;
      counts.set(ref.id, c);
    }
  const [first, second] = [...counts.values()].sort((a, b) => b.n - a.n);
  if (!first || first.n < 2 || (second && first.n < 2 * second.n)) return null;
  return first.ref;
}

/**
 * A word of government standing alone after a protest's preposition, between `from` and `to`:
 * "ضد الحكومة"، "مناهضة للحكومة"، "على السلطات" (no nisba or name of its own after it); -1 when
 * none.
 */
function governmentAfter(v: SentenceContext["view"], from: number, to: number): number {
  const words = conflictWords();
  for (let k = from; k <= to && k < v.tokens.length; k++) {
    if (!hasBare(words.governmentWords, (v.tokens[k] as Tok).text)) continue;
    const text = (v.tokens[k] as Tok).text.replace(/^[وف]/, "");
    // "احتجاجا على قرار الحكومة": a noun the government owns may stand between.
    const bridged = hasBare(v.words.bridge_nouns, (v.tokens[k - 1] as Tok | undefined)?.text ?? "");
    const before = (v.tokens[bridged ? k - 2 : k - 1] as Tok | undefined)?.text ?? "";
    const against = words.governmentAgainst.has(before) || (!bridged && /^لل/.test(text));
    const owned = v.byFirst.has(k + 1) || v.byFirst.has(k);
    return against && !owned ? k : -1;
  }
  return -1;
}

/** A unit for the word at `k` standing for `ref` ("الحكومة" for its state). */
function wordUnit(v: SentenceContext["view"], k: number, ref: EntityRef): Unit {
  const { start, end } = v.tokens[k] as Tok;
  return unitOf({ entity: ref, rule: "government-word", first: k, last: k, start, end });
}

export function crowdProtestDrafts(contexts: readonly SentenceContext[], kb: Kb): void {
  // The article-level pass of the conflict frames runs from here, this module's hook into the
  // article: references back to an attack take its victim (frames-attack-coref.ts).
  attackCorefDrafts(contexts);
  for (const ctx of contexts) protestNounDrafts(ctx);
  for (const ctx of contexts) chantDrafts(ctx);
  const article = { dominant: dominantState(contexts, kb) };
  for (const ctx of contexts) {
    const { view: v, result, all } = ctx;
    for (const crowd of all) {
      // A group or followers near a word of protest, unless they attack it or someone:
      // "اعتدى أنصار حركة النهضة على وقفة احتجاجية".
      const protesters = PROTESTERS.test(crowd.ref.id);
      const attacking = attacks(ctx, crowd);
      const crowdLike =
        protesters ||
        (!attacking && (protestingGroup(ctx, crowd) || followersProtesting(ctx, crowd)));
      if (crowd.members || !crowdLike || supportedCrowd(v, crowd)) continue;
      // "قطع شبان كينيون الطرق ... احتجاجا": a state's people protesting are its protesters.
      const source = peopleAsProtesters(ctx, crowd);
      // A crowd already protesting, or a protest noun whose protest another actor owns.
      const protesting = (d: Draft) => d.source.ref.id === crowd.ref.id || spans(d, crowd);
      if (result.drafts.some((d) => d.type === "PROTEST" && protesting(d))) continue;
      // "غداة مقتل ثلاثة متظاهرين"، "لتفريق آلاف المحتجين": a crowd the sentence reports
      // killed, dispersed or arrested is not reported protesting there.
      // Unless it is said what it protests: "أطلقت الشرطة الغاز على آلاف المحتجين الذين
      // تجمعوا قرب البرلمان، رفضا لزيادات ضريبية".
      if (casualtyVictim(v, crowd)) continue;
      if (result.drafts.some((d) => actedOn(d, crowd)) && !statedPurpose(v, crowd)) continue;
      // "للمطالبة برحيل الرئيس عمر البشير": against the one whose ouster it demands.
      const ousted = oustedAfter(v, all, crowd.last + 1, crowd.last + PROTEST_TARGET_REACH + 2);
      if (ousted && ousted.ref.id !== crowd.ref.id) {
        pushProtest(ctx, source, ousted, "crowd-protest-ouster");
        continue;
      }
      // "نظم أنصار المعارضة وقفة احتجاجية أمام السفارة الأمريكية": in front of what an actor
      // owns, the protest is to that actor, not to the state it stands in.
      const fronted = inFrontOf(
        v,
        all,
        crowd.last + 1,
        crowd.last + PROTEST_TARGET_REACH,
        crowd.last,
      );
      if (fronted && fronted.ref.id !== crowd.ref.id) {
        pushProtest(ctx, source, fronted, "conflict-protest-before");
        continue;
      }
      // "رفضا لترشح الرئيس عبد العزيز بوتفليقة": against the one its purpose names.
      const purposed = purposeTarget(ctx, crowd);
      if (purposed && purposed.ref.id !== crowd.ref.id) {
        pushProtest(ctx, source, purposed, "crowd-protest-purpose");
        continue;
      }
      const states = new Map<string, EntityRef>();
      let placed: Unit | null = null;
      for (const u of [...all, ...placeNisbas(v, all)]) {
        if (u === crowd || u.members || attackVictim(ctx.triggers, u)) continue;
        const ref = stateOf(kb, u);
        if (!ref) continue;
        states.set(ref.id, ref);
        if (!placed && placedBy(v, u)) placed = u;
      }
      const only = states.size === 1 ? [...states.values()][0] : undefined;
      // "مظاهرات ضد الحكومة": the government of the state the crowd is in, else of the one
      // state the article is about.
      const government = governmentAfter(v, crowd.last + 1, crowd.last + PROTEST_TARGET_REACH);
      const governed = only && placed ? only : article.dominant;
      if (government >= 0 && governed) {
        pushProtest(ctx, source, wordUnit(v, government, governed), "crowd-protest-government");
        continue;
      }
      // A people's crowd against another state's act is not against where it stands
      // ("أعلن الفلسطينيون الحداد تنديدا بالمجزرة الإسرائيلية في غزة").
      // Nor where a crowd stands that attacks another state's men («رشق متظاهرون فلسطينيون
      // جنود الاحتلال بالحجارة ... في نابلس»): its quarrel is with them.
      const foe = !!only && fightsAnotherState(kb, result.drafts, [crowd, source], only.id);
      if (only && placed && !foe && !(source !== crowd && foreignPurpose(v, crowd, only.id))) {
        pushProtest(ctx, source, { ...placed, ref: only, place: false }, "crowd-protest");
        continue;
      }
      // "تجمع آلاف الكويتيين ... احتجاجا على تعديل قانون الانتخاب": a crowd of one state's
      // people, in a sentence that names no other state, protests against its own state.
      const own = crowdState(kb, crowd);
      // Refugees are out of their state: what they protest is where they are.
      const displaced = crowd.ref.id.startsWith("group:refugees");
      const ownFoe = !!own && fightsAnotherState(kb, result.drafts, [crowd, source], own.id);
      if (
        own &&
        !ownFoe &&
        !displaced &&
        !foreignPurpose(v, crowd, own.id) &&
        [...states.keys()].every((id) => id === own.id)
      ) {
        pushProtest(ctx, source, wordUnit(v, crowd.last, own), "crowd-protest-own-state");
        continue;
      }
      // "قطع محتجون غاضبون الطريق الدولي الرابط بين بيروت والجنوب احتجاجا على": a crowd of no
      // state, doing a protest's act, in a sentence that names one state only, protests there
      // or against it. Not a crowd merely spoken of ("اتهمت إسرائيل المتظاهرين") or a
      // protest's noun ("مظاهرة رياضية").
      // The state is named through a place (a city, a capital): a state named by itself is
      // as often where a price, an import or a victim came from ("الوقود المستورد من روسيا").
      const at = all.find((u) => stateOf(kb, u)?.id === only?.id && (u.place || !!u.found.place));
      if (!own && only && at && protestingGroup(ctx, crowd) && !protestNoun(v, crowd)) {
        pushProtest(ctx, source, { ...at, ref: only, place: false }, "crowd-protest-one-state");
      }
    }
  }
}

/**
 * A state's people named by a plural nisba ("فلسطينيون"، "شبان كينيون"), protesting, are that
 * state's protesters (a generic actor of the crowds' sector, lexicon/actors.json), not the state:
 * their protest is often against it.
 */
function peopleAsProtesters(ctx: SentenceContext, crowd: Unit): Unit {
  const v = ctx.view;
  if (crowd.ref.kind !== "state" || !crowd.found.adjective || governing(v, crowd)) return crowd;
  // The nisba names people: after a word of persons, a count, or right after a verb ("تظاهر
  // فلسطينيون"); not after another noun ("مسؤولون مصريون").
  const k = crowd.found.first - 1;
  const head = v.tokens[k]?.text ?? "";
  const people =
    hasBare(v.words.people_heads, head) ||
    hasBare(v.words.quantities, head) ||
    isCount(v.tokens[k], v.words) ||
    // «30 ناشطا إيرانيا»: a count and its noun in the accusative (units.ts countedSingular).
    countedSingular(v, crowd.found.first) ||
    ctx.triggers.some((t) => t.last === k && (t.kind === "verb" || t.kind === "speech"));
  if (!people) return crowd;
  const actors = bundledActors();
  if (!actors.crowds) return crowd;
  return { ...crowd, ref: sectorRef(actors.crowds.sector, crowd.ref, actors.demonyms) };
}

/** How far after a protest's purpose word a state's nisba names what is protested. */
const PURPOSE_NISBA_REACH = 4;

/**
 * Another state's nisba right after the crowd's purpose word ("احتجاجا على الحصار
 * الإسرائيلي"): the protest is about that state's act, not against the state `own`. A nisba
 * further on is some other thing's ("بعد توقف إمدادات الغاز الإيراني").
 */
function foreignPurpose(v: SentenceContext["view"], crowd: Unit, own: string): boolean {
  const p = purposeWordAfter(v, crowd.last, CLAUSE_PURPOSE_REACH);
  if (p < 0) return false;
  return v.found.some(
    (f) =>
      f.entity.kind === "state" &&
      f.entity.id !== own &&
      f.first > p &&
      f.first <= p + PURPOSE_NISBA_REACH,
  );
}

/** How far before its chant a crowd may stand ("خرج مئات الطلاب إلى شوارع المدينة مرددين"). */
const CHANT_CROWD_REACH = 12;
/** How far after the chant's participle its ضد may stand ("مرددين هتافات ضد"). */
const CHANT_TARGET_REACH = 4;

/**
 * A crowd chanting or raising slogans against someone protests against them: "خرج مئات
 * الطلاب إلى الشوارع مرددين هتافات ضد المرشد"، "رافعين شعارات ضد الحكومة" (words.json
 * chant_participles, then ضد or على within a few words).
 */
function chantDrafts(ctx: SentenceContext): void {
  const { view: v, all, units } = ctx;
  for (let k = 0; k < v.tokens.length; k++) {
    if (!hasBare(v.words.chant_participles, (v.tokens[k] as Tok).text)) continue;
    const against = unitAfterPrep(
      v,
      units,
      k + 1,
      k + CHANT_TARGET_REACH,
      v.words.against_prepositions,
      EMPTY,
      true,
    );
    if (!against) continue;
    const crowd = [...all]
      .reverse()
      .find(
        (u) =>
          u.last < k &&
          k - u.last <= CHANT_CROWD_REACH &&
          !u.members &&
          (PROTESTERS.test(u.ref.id) || unnamedGroup(u) || protestingBody(v, u)),
      );
    if (!crowd) continue;
    for (const target of against.group) {
      if (target.place || target.ref.id === crowd.ref.id) continue;
      pushProtest(ctx, crowd, target, "protest-chant");
    }
  }
}

function pushProtest(ctx: SentenceContext, crowd: Unit, target: Unit, rule: string): void {
  const { view: v, result } = ctx;
  const frame = frameAround(result.frames, crowd.first);
  result.drafts.push({
    type: "PROTEST",
    mode: "demonstrate",
    source: crowd,
    target,
    polarity: negatedAt(v, crowd.first, true) ? "negated" : "affirmed",
    modality: "asserted",
    attributedTo: frame?.speaker ?? result.according,
    first: Math.min(crowd.first, target.first),
    last: Math.max(crowd.last, target.last),
    rule,
    confidence: 0.55,
  });
}
