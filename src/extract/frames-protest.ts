// A crowd that protests where it is: "أغلق محتجون في أرمينيا مداخل العاصمة", "خرج آلاف
// المتظاهرين في شوارع بغداد". Protesters (the "protesters" sector of lexicon/actors.json) named
// in a sentence that gives them nothing to protest against protest against the state they are
// in, as PLOVER codes a crowd's protest and the annotations read it: the one state the sentence
// places them in (a city or a state after في). Not the state of their nisba: Palestinian
// protesters at a border protest against whoever they face there. A sentence that already has
// their protest, or names two states, gets none.
import { type Kb, refOf } from "../kb/kb.js";
import type { EntityRef } from "../schema.js";
import { prepOf } from "./arguments.js";
import { attackCorefDrafts } from "./frames-attack-coref.js";
import { conflictWords } from "./frames-conflict.js";
import { negatedAt } from "./modality.js";
import type { SentenceContext } from "./scope.js";
import { frameAround } from "./scope.js";
import type { Unit } from "./units.js";

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

/**
 * "في" (or "إلى": the crowd went out to the streets of a city) within the three words before
 * the place: "في بغداد", "في شوارع العاصمة بغداد", "خرج المحتجون إلى شوارع بغداد".
 */
function placedBy(v: SentenceContext["view"], u: Unit): boolean {
  for (let k = u.first; k >= 0 && k >= u.first - 3; k--) {
    const t = v.tokens[k]?.text ?? "";
    if (k < u.first && conflictWords().placing.has(t)) return true;
    if (k === u.first && conflictWords().placing.has(prepOf(v, u))) return true;
  }
  return false;
}

export function crowdProtestDrafts(contexts: readonly SentenceContext[], kb: Kb): void {
  // The article-level pass of the conflict frames runs from here, this module's hook into the
  // article: references back to an attack take its victim (frames-attack-coref.ts).
  attackCorefDrafts(contexts);
  for (const ctx of contexts) {
    const { view: v, result, all } = ctx;
    for (const crowd of all) {
      if (!PROTESTERS.test(crowd.ref.id) || crowd.members) continue;
      if (result.drafts.some((d) => d.type === "PROTEST" && d.source.ref.id === crowd.ref.id))
        continue;
      const states = new Map<string, EntityRef>();
      let placed: Unit | null = null;
      for (const u of all) {
        if (u === crowd || u.members) continue;
        const ref = stateOf(kb, u);
        if (!ref) continue;
        states.set(ref.id, ref);
        if (!placed && placedBy(v, u)) placed = u;
      }
      const only = states.size === 1 ? [...states.values()][0] : undefined;
      if (!only || !placed) continue;
      const target: Unit = { ...placed, ref: only, place: false };
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
        rule: "crowd-protest",
        confidence: 0.55,
      });
    }
  }
}
