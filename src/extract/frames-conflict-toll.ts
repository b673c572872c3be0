// The toll of a named attack: "أسفر الهجوم الذي شنه مسلحون عن مقتل ثلاثة جنود", "وأسفرت الغارات
// التي شنها التحالف عن مقتل عشرات المدنيين", "أدى القصف الذي نفذته القوات الحكومية إلى مقتل
// مدنيين". The attack's doer is named by a verb that carries it out (شنه، نفذته: the casualty
// frame's doer verbs) or as the attack noun's genitive ("هجوم لمسلحين"); the victims follow the
// word of casualty after عن / إلى. Word lists: lexicon/conflict.json ("toll", "casualty").
// The anchor (أسفر، أدى) is found once per distinct word with the other conflict anchors.
import { isCount, type Tok, tokStems } from "../recognize/segment.js";
import { prepOf } from "./arguments.js";
import type { Draft, Frame } from "./scope.js";
import { hasBare, type SentenceView, type Unit } from "./units.js";

export interface TollWords {
  results: ReadonlySet<string>;
  preps: ReadonlySet<string>;
  tolls: ReadonlySet<string>;
  /** Words that may stand between a word of casualty and its victims: "35 على الأقل من". */
  between: ReadonlySet<string>;
  /** The casualty frame's attack nouns and doer verbs (شنه، نفذته). */
  attackNouns: ReadonlySet<string>;
  doerVerbs: ReadonlySet<string>;
}

const tok = (v: SentenceView, i: number) => v.tokens[i] as Tok;
const PUNCT = /[،,.:؛]/;

export const isTollAnchor = (t: Tok, w: TollWords) => hasBare(w.results, t.text);

/** How far after the word of casualty its victims may stand ("سقوط عشرات القتلى والجرحى في صفوف"). */
const VICTIM_REACH = 7;

/** The victims after the word of casualty at `k`: a person, group or state, no place. */
function victimAt(v: SentenceView, units: Unit[], k: number, w: TollWords): Unit | null {
  for (let j = k + 1; j <= k + VICTIM_REACH && j < v.tokens.length; j++) {
    if (PUNCT.test(v.norm.slice(tok(v, j - 1).end, tok(v, j).start))) return null;
    const u = units.find((x) => x.first === j);
    if (u) return !u.place && ["", "من"].includes(prepOf(v, u)) ? u : null;
    const t = tok(v, j);
    if (!isCount(t, v.words) && !w.between.has(t.text)) return null;
  }
  return null;
}

/** The attack's doer between `from` and `to`: after شنه / نفذته, or the attack noun's genitive. */
function doerIn(
  v: SentenceView,
  units: Unit[],
  from: number,
  to: number,
  w: TollWords,
): Unit | null {
  for (let k = from; k < to - 1; k++) {
    const t = tok(v, k);
    const verb = hasBare(w.doerVerbs, t.text);
    const noun = tokStems(t).some((st) => w.attackNouns.has(st.stem.replace(/^ال/, "")));
    if (!verb && !noun) continue;
    const u = units.find((x) => x.first === k + 1 && !x.place);
    if (!u) continue;
    const p = prepOf(v, u);
    if (verb ? p === "" : p === "" || p === "ل") return u;
  }
  return null;
}

export function tollDrafts(
  v: SentenceView,
  units: Unit[],
  at: readonly number[],
  frameAt: (i: number) => Frame | null,
  seen: (d: Draft) => boolean,
  w: TollWords,
  attackerBefore: (r: number) => Unit | null = () => null,
): Draft[] {
  const out: Draft[] = [];
  for (const r of at) {
    // عن / إلى and the word of casualty within a few words after the verb ("أسفر ... عن مقتل").
    let toll = -1;
    for (let k = r + 1; k <= r + 10 && k + 1 < v.tokens.length; k++) {
      if (hasBare(w.preps, tok(v, k).text) && hasBare(w.tolls, tok(v, k + 1).text)) {
        toll = k + 1;
        break;
      }
    }
    if (toll < 0) continue;
    const victim = victimAt(v, units, toll, w);
    if (!victim) continue;
    // The doer: in the subject after the verb, or before it ("الهجوم الذي شنه مسلحون أسفر").
    // Or the subject of the attack whose result the verb's clause is ("، ما أدى إلى").
    const doer =
      doerIn(v, units, r + 1, toll, w) ??
      doerIn(v, units, Math.max(0, r - 8), r + 1, w) ??
      attackerBefore(r);
    if (!doer || doer.ref.id === victim.ref.id) continue;
    const frame = frameAt(r);
    const d: Draft = {
      type: "ASSAULT",
      mode: "attack",
      source: doer,
      target: victim,
      polarity: frame?.negates ? "negated" : "affirmed",
      modality: "asserted",
      attributedTo: frame?.speaker ?? null,
      first: Math.min(r, doer.first),
      last: Math.max(victim.last, doer.last),
      rule: "conflict-toll",
      confidence: 0.55,
    };
    if (!seen(d)) out.push(d);
  }
  return out;
}
