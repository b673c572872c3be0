// A claimed attack: "تبنى تنظيم داعش الهجوم على كنيسة في القاهرة"، "أعلنت حركة طالبان
// مسؤوليتها عن الهجوم على قاعدة عسكرية في قندهار". The claimant did it; what it hit is the
// actor after على / ضد or after a verb that targets it, else the state of the place named
// after في (article.ts keeps the place). Not in a sentence that already has an attack.
import { type Kb, stateOfPlace } from "../kb/kb.js";
import type { Tok } from "../recognize/segment.js";
import { prepOf } from "./arguments.js";
import { conflictWords, isAttackNoun } from "./frames-conflict.js";
import { placedBy } from "./frames-protest.js";
import { modalityAt, negatedAt } from "./modality.js";
import type { SentenceContext } from "./scope.js";
import { frameAround } from "./scope.js";
import { hasBare, type Unit } from "./units.js";

/** How far after the attack noun its target or place may stand. */
const TARGET_REACH = 8;

type View = SentenceContext["view"];

/**
 * Where the claim's attack noun is: after a claim verb and its subject («تبنى تنظيم داعش
 * الهجوم»), or after «مسؤوليته عن» («أعلنت طالبان مسؤوليتها عن الهجوم»); with its claimant.
 */
function claimAt(v: View, units: readonly Unit[], i: number): { noun: number; by: Unit } | null {
  const w = conflictWords();
  const t = v.tokens[i] as Tok;
  if (hasBare(w.claimVerbs, t.text)) {
    const by = units.find((u) => u.first > i && u.first <= i + 2 && !u.place);
    const noun = by ? by.last + 1 : -1;
    return by && prepOf(v, by) === "" && isAttackNoun(v.tokens[noun]) ? { noun, by } : null;
  }
  // "أعلن مسؤوليته عن": responsibility owned (a pronoun suffix), not "مسؤول عن" (an accusation).
  const owned = /ت(ه|ها|هم|هما)$/.test(t.text);
  if (!owned || !w.responsible.has(t.text) || v.tokens[i + 1]?.text !== "عن") return null;
  if (!isAttackNoun(v.tokens[i + 2])) return null;
  const by = [...units].reverse().find((u) => u.last < i && i - u.last <= 3 && !u.place);
  return by && prepOf(v, by) === "" ? { noun: i + 2, by } : null;
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
  const after = all.filter((u) => u.first > noun && u.first - noun <= TARGET_REACH && u !== by);
  const hit = (u: Unit) => {
    const p = prepOf(v, u);
    return w.victimPreps.has(p) || (p === "" && attackVerbAt(u.first - 1));
  };
  const actor = after.find((u) => !u.place && hit(u));
  return actor ?? after.find((u) => u.place && placedBy(v, u)) ?? null;
}

export function claimDrafts(contexts: readonly SentenceContext[], kb: Kb): void {
  for (const ctx of contexts) {
    const { view: v, result } = ctx;
    if (result.drafts.some((d) => d.type === "ASSAULT")) continue;
    for (let i = 0; i < v.tokens.length; i++) {
      const claim = claimAt(v, ctx.units, i);
      if (!claim) continue;
      const target = hitBy(ctx, claim.noun, claim.by);
      if (!target || (target.place && !stateOfPlace(kb, target.ref.id))) break;
      const frame = frameAround(result.frames, i);
      result.drafts.push({
        type: "ASSAULT",
        mode: "attack",
        source: claim.by,
        target,
        polarity: negatedAt(v, i) || frame?.negates ? "negated" : "affirmed",
        modality: modalityAt(v, i, { future: false }),
        attributedTo: frame?.speaker ?? result.according,
        first: Math.min(claim.by.first, i),
        last: target.last,
        rule: "conflict-claim",
        confidence: 0.55,
      });
      break;
    }
  }
}
