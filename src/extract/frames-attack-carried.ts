// An attack named with its target, then carried out by a doer the clause names after it:
// "غارات جوية على صنعاء نفذتها طائرات التحالف"، "الهجوم على عفرين الذي نفذته القوات التركية".
// The verb carries the attack's pronoun (نفذتها، شنته: the casualty frame's doer verbs), so
// the actor right after it is the doer, and the one after على / ضد the target. When the attack
// has casualties before it ("قتل مدنيون في هجوم على عفرين نفذته القوات التركية"), they are
// the doer's victims too, as in the casualty frame, and so no doers of their own verb (a
// passive: frames-conflict.ts dropVictimsAsDoers).
import type { Tok } from "../recognize/segment.js";
import { prepOf } from "./arguments.js";
import { casualtiesOf, conflictWords, isAttackNoun } from "./frames-conflict.js";
import { negatedAt } from "./modality.js";
import { type Draft, frameAround, hasDraft, type SentenceScope } from "./scope.js";
import { commaBetween, hasBare, type SentenceView, type Unit } from "./units.js";

const tok = (v: SentenceView, i: number) => v.tokens[i] as Tok;

/** How far after the attack noun its target may start: an adjective and a word of place. */
const TARGET_REACH = 4;

/** The target after على / ضد within reach of the attack noun at `i`, or null. */
function targetAfter(v: SentenceView, units: readonly Unit[], i: number): Unit | null {
  const preps = conflictWords().victimPreps;
  for (let k = i + 1; k <= i + TARGET_REACH && k < v.tokens.length; k++) {
    if (commaBetween(v, k - 1, k)) return null;
    const u = units.find((x) => x.first === k);
    if (u) return preps.has(prepOf(v, u)) ? u : null;
  }
  return null;
}

/** The doer after the carrying verb right after `from` (a relative pronoun may stand between). */
function doerAfter(v: SentenceView, units: readonly Unit[], from: number): [Unit, number] | null {
  const w = conflictWords();
  let k = from;
  if (v.words.relatives.has(tok(v, k)?.text ?? "")) k++;
  const verb = v.tokens[k];
  if (!verb || !hasBare(w.casualtyDoerVerbs, verb.text) || commaBetween(v, from - 1, k))
    return null;
  // "شنها مسلحو حزب العمال": the fighters of an actor stand between the verb and it.
  const at = v.words.force_heads.has(tok(v, k + 1)?.text ?? "") ? k + 2 : k + 1;
  const doer = units.find((u) => u.first === at && !u.place && prepOf(v, u) === "");
  return doer ? [doer, k] : null;
}

function attackDraft(s: SentenceScope, source: Unit, target: Unit, verb: number): Draft {
  const frame = frameAround(s.frames, verb);
  return {
    type: "ASSAULT",
    mode: "attack",
    source,
    target,
    polarity: negatedAt(s.v, verb) ? "negated" : "affirmed",
    modality: "asserted",
    attributedTo: frame?.speaker ?? null,
    first: Math.min(source.first, target.first),
    last: Math.max(source.last, target.last),
    rule: "attack-carried-out",
    confidence: 0.55,
  };
}

/** Drafts for attacks carried out by a doer named after their target (see the top). */
export function carriedAttackDrafts(s: SentenceScope): void {
  const { v, units, drafts } = s;
  for (let i = 0; i < v.tokens.length; i++) {
    if (!isAttackNoun(v.tokens[i])) continue;
    const target = targetAfter(v, units, i);
    if (!target) continue;
    const found = doerAfter(v, units, target.last + 1);
    if (!found) continue;
    const [doer, verb] = found;
    if (doer.ref.id === target.ref.id) continue;
    if (!hasDraft(drafts, "ASSAULT", doer, target)) drafts.push(attackDraft(s, doer, target, verb));
    const after = i > 0 && conflictWords().casualtyPreps.has(tok(v, i - 1).text);
    const victim = after ? casualtiesOf(v, units as Unit[], i) : null;
    if (victim && victim !== target && victim.ref.id !== doer.ref.id)
      if (!hasDraft(drafts, "ASSAULT", doer, victim))
        drafts.push({ ...attackDraft(s, doer, victim, verb), rule: "conflict-casualty" });
  }
}
