// Accusations a speaker calls baseless: "قالت موسكو إن الاتهامات البريطانية لا أساس لها من
// الصحة"، "أكدت بكين أن مزاعم واشنطن كاذبة". The accusation noun (accusations.json
// accusation_nouns) names its accuser by a state's nisba or a genitive right after it; the
// judgment (baseless_words, or لا before one of baseless_after_negator) follows it, one copula
// (هي) or the accusation's own words between at most. The speaker rejects the accuser.
import type { Tok } from "../recognize/segment.js";
import { prepOf } from "./arguments.js";
import { modalityAt, negatedAt } from "./modality.js";
import { type Draft, type Frame, frameAround } from "./scope.js";
import { actorNisba, type SentenceView, type Unit, unitOf } from "./units.js";

export interface BaselessWords {
  accusationNouns: ReadonlySet<string>;
  /** "باطلة"، "كاذبة"، "ملفقة"، "هراء": what makes an accusation baseless on its own. */
  baseless: ReadonlySet<string>;
  /** "أساس"، "صحة": what a negator before it makes baseless ("لا أساس لها"). */
  baselessAfterNegator: ReadonlySet<string>;
  /** "صحيحة"، "دقيقة": untrue after غير or a negator ("غير صحيحة"، "ليست دقيقة"). */
  untrue: ReadonlySet<string>;
  copulas: ReadonlySet<string>;
  /** "ضد"، "ل" ...: what the accused follows after an accusation ("ضد الصين"). */
  levelledPreps: ReadonlySet<string>;
}

const tok = (v: SentenceView, i: number) => v.tokens[i] as Tok;
/** لـ with a pronoun ("لها"، "له"), between a negator and the word it negates. */
const PRONOUN_L = /^ل(ها|ه|هم|هما)$/;
/** How far after the accusation noun its judgment may stand (its accuser and a copula). */
const REACH = 5;

/** The accuser right after the accusation noun at `i`: a state's nisba or a genitive actor. */
function accuserAfter(v: SentenceView, units: readonly Unit[], i: number): Unit | undefined {
  const f = v.byFirst.get(i + 1);
  if (actorNisba(f)) return unitOf(f);
  const u = units.find((x) => x.first === i + 1 && !x.place);
  return u && prepOf(v, u) === "" ? u : undefined;
}

/** The token at which the judgment stands after `from`, within reach of the noun at `i`. */
function judgmentAfter(v: SentenceView, i: number, from: number, w: BaselessWords): number {
  for (let k = from; k < v.tokens.length && k <= i + REACH; k++) {
    const text = tok(v, k).text;
    // "ليست كاذبة": not baseless.
    if (w.baseless.has(text)) return v.words.negators.has(tok(v, k - 1).text) ? -1 : k;
    const next = v.tokens[k + 1]?.text ?? "";
    // "لا أساس لها"، "ليس لها أساس"، "غير صحيحة"، "ليست دقيقة".
    const after = PRONOUN_L.test(next) ? (v.tokens[k + 2]?.text ?? "") : next;
    if (v.words.negators.has(text) && w.baselessAfterNegator.has(after)) return k;
    if (v.words.negators.has(text) && w.untrue.has(next)) return k;
    if (k > from && !w.copulas.has(text)) return -1;
    if (/[،,.:؛]/.test(v.norm.slice(tok(v, k).end, v.tokens[k + 1]?.start ?? tok(v, k).end)))
      return -1;
  }
  return -1;
}

/** Drafts for accusations a speaker calls baseless (see the top). */
export function baselessDrafts(
  v: SentenceView,
  units: readonly Unit[],
  frames: readonly Frame[],
  w: BaselessWords,
  has: (type: string, s: Unit, o: Unit) => boolean,
): Draft[] {
  const out: Draft[] = [];
  for (let i = 0; i + 2 < v.tokens.length; i++) {
    if (!w.accusationNouns.has(tok(v, i).text)) continue;
    const accuser = accuserAfter(v, units, i);
    if (!accuser) continue;
    // Past the accused after ضد / لـ ("الاتهامات الأمريكية ضد الصين باطلة").
    const accused = units.find(
      (u) =>
        u.first > accuser.last && u.first <= accuser.last + 2 && w.levelledPreps.has(prepOf(v, u)),
    );
    const at = judgmentAfter(v, i, (accused ?? accuser).last + 1, w);
    // "إذا كانت الاتهامات البريطانية كاذبة": supposed, not said.
    if (at < 0 || modalityAt(v, i, { future: false }) === "hypothetical") continue;
    const f = frameAround(frames, i);
    const speaker = f?.speaker;
    if (!speaker || f.draftType || speaker.ref.id === accuser.ref.id) continue;
    if (has("REJECT", speaker, accuser)) continue;
    out.push({
      type: "REJECT",
      mode: null,
      source: speaker,
      target: accuser,
      polarity: negatedAt(v, i) || f.negates ? "negated" : "affirmed",
      modality: "asserted",
      attributedTo: null,
      first: Math.min(speaker.first, i),
      last: at,
      rule: "reject-baseless",
      confidence: 0.55,
    });
  }
  return out;
}
