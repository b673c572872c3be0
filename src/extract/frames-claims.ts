// A claimed attack: "تبنى تنظيم داعش الهجوم على كنيسة في القاهرة"، "أعلنت حركة طالبان
// مسؤوليتها عن الهجوم على قاعدة عسكرية في قندهار" (or "مسؤوليتها عنه", the attack told
// before), "تفجير ...، تبناه تنظيم X"; or one ascribed to its doer ("نسب مسؤولون الهجوم إلى
// فصائل مسلحة") or charged to it ("حملت السلطات مسؤوليته لمسلحي حزب العمال"), the ascriber's
// claim (conflict.json claims). The doer did it; what it hit is the actor after على / ضد or
// after a verb that targets it, else the state of the place named after في (article.ts keeps
// the place). Not in a sentence that already has an attack.
import { type Kb, stateOfPlace } from "../kb/kb.js";
import { type Tok, tokStems } from "../recognize/segment.js";
import { prepOf } from "./arguments.js";
import { casualtiesOf, conflictWords, isAttackNoun, nisbaObject } from "./frames-conflict.js";
import { placedBy, placeNisbas } from "./frames-protest.js";
import { modalityAt, negatedAt } from "./modality.js";
import type { SentenceContext } from "./scope.js";
import { frameAround } from "./scope.js";
import { hasBare, type Unit } from "./units.js";

/** How far after the attack noun its target or place may stand. */
const TARGET_REACH = 8;

type View = SentenceContext["view"];

/** A pronoun suffix («نسبتها»), and one on a word with ت before it («مسؤوليتها»: owned). */
const PRONOUN = /(ه|ها|هم|هما)$/;
const OWNED = /ت(ه|ها|هم|هما)$/;

/** A claim: where its attack is, who carried it out, and whose claim it is when not the doer's. */
interface Claim {
  noun: number;
  by: Unit;
  /** Who ascribes the attack or charges the doer with it («نسبتها السلطات إلى»). */
  claimant?: Unit | null;
}

/** How far after a verb of ascribing its doer may stand, past the attack and its target. */
const ASCRIBE_REACH = 10;

/** How far before a relative claim its attack noun may stand ("تفجير انتحاري قرب ...، تبناه"). */
const RELATIVE_REACH = 8;

/** The last attack the sentence tells before `i`: an attack verb or noun (its first token). */
function attackBefore(ctx: SentenceContext, i: number): number {
  const { view: v } = ctx;
  for (let k = i - 1; k >= 0; k--) {
    if (isAttackNoun(v.tokens[k])) return k;
    const t = ctx.triggers.find((x) => x.first <= k && k <= x.last);
    if (t && (t.verb?.entry.type ?? t.noun?.type) === "ASSAULT") return t.first;
  }
  return -1;
}

/**
 * The attack told before token `from` that a definite attack word at `noun` refers back to
 * («وتبنى تنظيم داعش الهجوم»، «... وتبنت حركة طالبان العملية»: conflict.json claims.back_refs),
 * or -1. Not when an adjective after the word names another operation ("العملية السياسية"),
 * unless it is one of an attack's own (claims.ref_adjectives: "الهجوم الانتحاري").
 */
function referredAttack(ctx: SentenceContext, noun: number, from: number): number {
  const w = conflictWords();
  if (!w.claimBackRefs.has(ctx.view.tokens[noun]?.text ?? "")) return -1;
  const next = ctx.view.tokens[noun + 1]?.text ?? "";
  if (next.startsWith("ال") && !w.claimRefAdjectives.has(next)) return -1;
  return attackBefore(ctx, from);
}

/** The unit right after `i` (within `reach` words) with no preposition, not a place. */
const bareAfter = (v: View, units: readonly Unit[], i: number, reach: number) =>
  units.find((u) => u.first > i && u.first <= i + reach && !u.place && prepOf(v, u) === "") ?? null;

/** The unit right before `i` (within three words) with no preposition, not a place. */
function bareBefore(v: View, units: readonly Unit[], i: number): Unit | null {
  const u = [...units].reverse().find((x) => x.last < i && i - x.last <= 3 && !x.place);
  return u && prepOf(v, u) === "" ? u : null;
}

/**
 * Where the claim's attack is and who did it: after a claim verb and its subject («تبنى تنظيم
 * داعش الهجوم»), after «مسؤوليته عن» («أعلنت طالبان مسؤوليتها عن الهجوم», or «عنه»: the attack
 * told before), a claim verb with the attack noun before it as its object («تفجير ...، تبناه
 * تنظيم X»), an attack ascribed to its doer after إلى, or a doer charged with it.
 */
function claimAt(ctx: SentenceContext, i: number): Claim | null {
  const { view: v, units } = ctx;
  const w = conflictWords();
  const t = v.tokens[i] as Tok;
  if (hasBare(w.claimVerbs, t.text)) {
    // The subject after the verb, or right before it ("حركة الشباب تتبنى تفجيرا").
    const after = units.find((u) => u.first > i && u.first <= i + 2 && !u.place);
    const ahead = after ? undefined : units.find((u) => u.last === i - 1 && !u.place);
    const by = after ?? ahead;
    const noun = after ? after.last + 1 : i + 1;
    if (!by || prepOf(v, by) !== "") return null;
    // "تتبنى الهجوم الدبلوماسي على": an attack in words or diplomacy is no attack.
    const next = v.tokens[noun + 1]?.text.replace(/^ال/, "") ?? "";
    if (w.figurativeAttacks.has(next)) return null;
    if (isAttackNoun(v.tokens[noun])) return { noun, by };
    // "وتبنت حركة طالبان العملية": the operation is the attack told before.
    const before = referredAttack(ctx, noun, i);
    return before >= 0 ? { noun: before, by } : null;
  }
  if (hasBare(w.claimRelatives, t.text)) {
    let noun = -1;
    for (let k = i - 1; k >= 0 && i - k <= RELATIVE_REACH && noun < 0; k--)
      if (isAttackNoun(v.tokens[k])) noun = k;
    const by = noun >= 0 ? bareAfter(v, units, i, 3) : null;
    return by ? { noun, by } : null;
  }
  if (hasBare(w.ascribeVerbs, t.text)) return ascribed(ctx, i);
  if (hasBare(w.chargeVerbs, t.text)) return charged(ctx, i);
  // "أعلن مسؤوليته عن": responsibility owned (a pronoun suffix), not "مسؤول عن" (an accusation).
  const owned = OWNED.test(t.text);
  if (!owned || !w.responsible.has(t.text)) return null;
  const next = v.tokens[i + 1]?.text ?? "";
  const noun =
    next === "عن" && isAttackNoun(v.tokens[i + 2])
      ? i + 2
      : w.claimPronouns.has(next)
        ? attackBefore(ctx, i)
        : -1;
  if (noun < 0) return null;
  const by = bareBefore(v, units, i);
  return by ? { noun, by } : null;
}

/**
 * «نسبتها السلطات إلى جماعة X»، «نسب مسؤولون الهجوم إلى فصائل مسلحة»: the doer after إلى
 * (a force's word before it may stand between), the attack after the verb or, as a pronoun on
 * it, told before; the ascriber is the subject.
 */
function ascribed(ctx: SentenceContext, i: number): Claim | null {
  const { view: v, all } = ctx;
  const by = all.find(
    (u) =>
      u.first > i && u.first <= i + ASCRIBE_REACH && !u.place && prepThroughForce(v, u) === "الي",
  );
  if (!by) return null;
  const pronoun = PRONOUN.test((v.tokens[i] as Tok).text);
  let noun = -1;
  for (let k = i + 1; k < by.first && noun < 0; k++) if (isAttackNoun(v.tokens[k])) noun = k;
  // The attack ascribed is the one told before, when there is one ("... ونسب مسؤولون الهجوم").
  const before = attackBefore(ctx, i);
  if ((noun >= 0 || pronoun) && before >= 0) noun = before;
  if (noun < 0) return null;
  return { noun, by, claimant: bareAfter(v, ctx.units, i, 2) ?? bareBefore(v, ctx.units, i) };
}

/**
 * The preposition of a unit, or of the force's word before it ("لمسلحي حزب العمال"، "إلى
 * عناصر من تنظيم"): the fighters of a body stand for it.
 */
function prepThroughForce(v: View, u: Unit): string {
  const p = prepOf(v, u);
  const before = v.tokens[u.first - 1];
  if (p !== "" || !before) return p;
  const [, clitic, head] = /^[وف]?(لل|ل|ب)?(.*)$/.exec(before.text) as RegExpExecArray;
  if (!v.words.force_heads.has(head as string)) return p;
  if (clitic === "ل" || clitic === "لل") return "ل";
  const prev = v.tokens[u.first - 2]?.text ?? "";
  return v.words.core_prepositions.has(prev) ? prev : p;
}

/**
 * «حملت السلطات مسؤوليته لمسلحي حزب العمال»: a charge verb, a word of responsibility within
 * six words, the doer after it with ل or charged before it; the attack after the word or, as its
 * pronoun, before.
 */
function charged(ctx: SentenceContext, i: number): Claim | null {
  const { view: v, all } = ctx;
  const w = conflictWords();
  let r = -1;
  for (let k = i + 1; k <= i + 6 && k < v.tokens.length && r < 0; k++)
    if (w.responsible.has((v.tokens[k] as Tok).text)) r = k;
  if (r < 0) return null;
  const noun = isAttackNoun(v.tokens[r + 1])
    ? r + 1
    : OWNED.test((v.tokens[r] as Tok).text)
      ? attackBefore(ctx, i)
      : -1;
  const from = noun === r + 1 ? r + 2 : r + 1;
  const charger = bareAfter(v, ctx.units, i, 2);
  // The doer after the word with ل, or charged as the object before it ("حملت الحكومة حركة
  // طالبان مسؤولية الهجوم").
  const by =
    all.find(
      (u) => u.first >= from && u.first <= from + 1 && !u.place && prepThroughForce(v, u) === "ل",
    ) ??
    (charger
      ? ctx.units.find(
          (u) => u.first === charger.last + 1 && u.last < r && !u.place && prepOf(v, u) === "",
        )
      : undefined);
  if (noun < 0 || !by) return null;
  return { noun, by, claimant: charger ?? bareBefore(v, ctx.units, i) };
}

/**
 * What the claimed attack hit: an actor after على / ضد, or the object of an attack verb right
 * before it ("تفجير استهدف الشرطة العراقية"), else a place named after في.
 */
function hitBy(ctx: SentenceContext, noun: number, by: Unit): Unit | null {
  const { view: v, all } = ctx;
  const w = conflictWords();
  const attackVerbAt = (k: number) =>
    ctx.triggers.some((t) => t.kind === "verb" && t.last === k && t.verb?.entry.type === "ASSAULT");
  // Or the nisba on a place the KB does not know ("في مدينة كويتا الباكستانية"). When the doer
  // comes after the attack, what it hit stands before the doer ("نسب مسؤولون الهجوم إلى فصائل
  // موالية لإيران": Iran is the doer's patron).
  const after = [...all, ...placeNisbas(v, all)].filter(
    (u) =>
      u.first > noun &&
      u.first - noun <= TARGET_REACH &&
      u !== by &&
      (by.first < noun || u.first < by.first),
  );
  const hit = (u: Unit) => {
    const p = prepOf(v, u);
    return w.victimPreps.has(p) || (p === "" && attackVerbAt(u.first - 1));
  };
  const actor = after.find((u) => !u.place && hit(u));
  // Or its casualties before it ("قتل خمسة جنود أتراك في هجوم نسبته السلطات إلى"); then what
  // a state owns, named by its nisba after على or an attack verb ("الهجوم على السفارة
  // الأمريكية"، "التفجير الذي استهدف قاعدة عسكرية أمريكية"); then a place, or a state named as
  // one ("الهجوم على كنيسة في مصر").
  return (
    actor ??
    casualtiesOf(v, ctx.units, noun) ??
    ownedTarget(ctx, noun, by, attackVerbAt) ??
    after.find((u) => (u.place || u.ref.kind === "state") && placedBy(v, u) && u !== by) ??
    null
  );
}

/** How far after على / ضد or the attack verb the nisba of the target's state may stand. */
const OWNER_REACH = 3;

/**
 * A state's nisba on what the attack hit, right after the attack's على / ضد or the verb that
 * targets it ("الهجوم على السفارة الأمريكية"، "التفجير الذي استهدف قاعدة عسكرية أمريكية"): the
 * target is that state's. Not a school, a hospital or a restaurant named after the state
 * (conflict.json named_after_heads), not a nisba after a means with بـ («بطائرة مسيرة
 * إيرانية الصنع»), nor one of make («إيرانية الصنع»).
 */
function ownedTarget(
  ctx: SentenceContext,
  noun: number,
  by: Unit,
  attackVerbAt: (k: number) => boolean,
): Unit | null {
  const { view: v, units } = ctx;
  const w = conflictWords();
  const end = Math.min(v.tokens.length - 2, noun + TARGET_REACH);
  for (let k = noun + 1; k <= end; k++) {
    if (!w.victimPreps.has((v.tokens[k] as Tok).text) && !attackVerbAt(k)) continue;
    const head = v.tokens[k + 1] as Tok;
    if (tokStems(head).some((st) => w.namedAfterHeads.has(st.stem))) return null;
    for (let j = k + 2; j < v.tokens.length && j <= k + OWNER_REACH; j++) {
      if ((v.tokens[j] as Tok).text.startsWith("ب")) return null;
    }
    const owner = nisbaObject(v, units, k + 1, k);
    if (!owner || owner.ref.id === by.ref.id) return null;
    return w.makeWords.has(v.tokens[owner.last + 1]?.text ?? "") ? null : owner;
  }
  return null;
}

export function claimDrafts(contexts: readonly SentenceContext[], kb: Kb): void {
  for (const ctx of contexts) {
    const { view: v, result } = ctx;
    if (result.drafts.some((d) => d.type === "ASSAULT")) continue;
    for (let i = 0; i < v.tokens.length; i++) {
      const claim = claimAt(ctx, i);
      if (!claim) continue;
      // A definite attack that names nothing it hit («وتبنى تنظيم داعش الهجوم») is the one
      // told before in the sentence.
      const back = referredAttack(ctx, claim.noun, Math.min(claim.noun, i));
      const target =
        hitBy(ctx, claim.noun, claim.by) ?? (back >= 0 ? hitBy(ctx, back, claim.by) : null);
      if (!target || (target.place && !stateOfPlace(kb, target.ref.id))) break;
      if (target.ref.id === claim.by.ref.id) break;
      const frame = frameAround(result.frames, i);
      result.drafts.push({
        type: "ASSAULT",
        mode: "attack",
        source: claim.by,
        target,
        polarity: negatedAt(v, i) || frame?.negates ? "negated" : "affirmed",
        modality: modalityAt(v, i, { future: false }),
        attributedTo: claim.claimant ?? frame?.speaker ?? result.according,
        first: Math.min(claim.by.first, claim.noun, i),
        last: Math.max(target.last, claim.by.last),
        rule: "conflict-claim",
        confidence: 0.55,
      });
      break;
    }
  }
}
