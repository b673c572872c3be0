// Arrests and prison sentences the lexicon's verb entries cannot read safely, with the word
// lists in lexicon/conflict.json ("detain_verbs", "sentence_verbs", "penalties", "counts"):
//   أوقف X Y            "أوقفت السلطات الإيرانية المحامية نسرين سوتوده" (أوقف is also "to stop":
//                       an arrest only when a person or group stands right after its subject)
//   حكم / قضى X على Y بالسجن  "قضت محكمة باكستانية على نواز شريف بالسجن عشر سنوات" (the penalty
//                       may stand further from the verb than a verb entry's sense window reaches,
//                       or before على: "حكمت محكمة تركية بالسجن 3 سنوات على القس آندرو برانسون")
//   أصدر X مذكرة توقيف بحق Y  "أصدرت المحكمة الجنائية الدولية مذكرة اعتقال بحق عمر البشير"
// and objects that are a count of a group: "ألقت قوات الأمن القبض على ثلاثة مسلحين",
// "أوقفت الشرطة عشرات الطلاب". The anchors are found once per distinct word (frames-conflict.ts
// memoizes them on the word's shared info record), so a sentence without one costs nothing.
import { isCount, type Tok } from "../recognize/segment.js";
import { clauseEnd, normPrep, prepOf } from "./arguments.js";
import type { Draft, Frame, Trigger } from "./scope.js";
import { coordinatedAfter, hasBare, type SentenceView, type Unit } from "./units.js";

export interface CourtWords {
  detain: ReadonlySet<string>;
  sentence: ReadonlySet<string>;
  penalties: ReadonlySet<string>;
  /** Words describing a subject that its phrase leaves out: "مسلحون مجهولون". */
  descriptors: ReadonlySet<string>;
  /** Verbs that issue a warrant (أصدر), the warrant's nouns (مذكرة), its kinds (توقيف). */
  warrantVerbs: ReadonlySet<string>;
  warrants: ReadonlySet<string>;
  warrantKinds: ReadonlySet<string>;
  /** What names the one a warrant is for: بحق، ضد. */
  warrantPreps: ReadonlySet<string>;
}

/** Which of the frames a word opens, if any. */
export type CourtAnchor = "detain" | "sentence" | "warrant";

export function courtAnchor(t: Tok, w: CourtWords): CourtAnchor | null {
  if (hasBare(w.detain, t.text)) return "detain";
  if (hasBare(w.sentence, t.text)) return "sentence";
  if (hasBare(w.warrantVerbs, t.text)) return "warrant";
  return null;
}

/** How many words the one sentenced may stand after the subject when the penalty comes first. */
const SENTENCED_REACH = 6;

const tok = (v: SentenceView, i: number) => v.tokens[i] as Tok;
const ACTED_ON = new Set(["person", "group"]);

/** The subject right after the verb (VSO), else right before it (SVO). */
function subjectOf(v: SentenceView, units: Unit[], i: number): { s: Unit; next: number } | null {
  const vso = units.find((u) => !u.place && u.first > i && u.first <= i + 2 && prepOf(v, u) === "");
  if (vso) return { s: vso, next: vso.last + 1 };
  const svo = units.find((u) => !u.place && u.last === i - 1 && ["", "و"].includes(prepOf(v, u)));
  return svo ? { s: svo, next: i + 1 } : null;
}

/** The group counted at token `k` ("ثلاثة مسلحين", "عدد من المحتجين"), if any. */
export function countedGroup(v: SentenceView, units: Unit[], k: number): Unit | null {
  if (!isCount(v.tokens[k], v.words)) return null;
  let at = k + 1;
  // "أكثر من 20 ناشطا", "عدد من", "العشرات من".
  if (isCount(v.tokens[at], v.words)) at++;
  if (v.tokens[at]?.text === "من") at++;
  return units.find((u) => u.first === at && !u.place && u.ref.kind !== "state") ?? null;
}

/**
 * A person named after a description that opens at `k` with a definite word: "المحامية
 * البارزة المدافعة عن حقوق الإنسان نسرين سوتوده" (no other actor and no comma in between).
 */
function describedPerson(v: SentenceView, units: Unit[], k: number): Unit | null {
  if (!tok(v, k)?.text.startsWith("ال")) return null;
  for (const u of units) {
    if (u.last < k) continue;
    if (u.first > k + 6 || u.place || u.ref.kind !== "person") return null;
    for (let j = k + 1; j <= u.first; j++)
      if (/[،,.:؛]/.test(v.norm.slice(tok(v, j - 1).end, tok(v, j).start))) return null;
    return u;
  }
  return null;
}

function negatedBefore(v: SentenceView, i: number): boolean {
  for (let j = Math.max(0, i - 2); j < i; j++)
    if (v.words.negators.has(tok(v, j).text)) return true;
  return false;
}

function draft(
  rule: string,
  mode: string,
  verb: number,
  source: Unit,
  target: Unit,
  negated: boolean,
  frame: Frame | null,
): Draft {
  return {
    type: "COERCE",
    mode,
    source,
    target,
    polarity: negated || frame?.negates ? "negated" : "affirmed",
    modality: "asserted",
    attributedTo: frame?.speaker ?? null,
    first: Math.min(verb, source.first, target.first),
    last: Math.max(verb, source.last, target.last),
    rule,
    confidence: 0.6,
  };
}

/**
 * The arrests and sentences opened at the anchor tokens `at` (with their kinds). `frameAt`
 * gives the speech frame around a token; `seen` tells whether a draft is already made.
 */
export function courtDrafts(
  v: SentenceView,
  units: Unit[],
  at: ReadonlyArray<[number, CourtAnchor]>,
  frameAt: (i: number) => Frame | null,
  seen: (d: Draft) => boolean,
  w: CourtWords,
): Draft[] {
  const out: Draft[] = [];
  for (const [i, kind] of at) {
    const found = subjectOf(v, units, i);
    if (!found) continue;
    const { s, next } = found;
    let d: Draft | null = null;
    if (kind === "detain") {
      // The object right after the subject (SVO: right after the verb), or a count of a group.
      const object =
        units.find((u) => u.first === next && !u.place && ACTED_ON.has(u.ref.kind)) ??
        describedPerson(v, units, next) ??
        countedGroup(v, units, next);
      if (object && object.ref.id !== s.ref.id)
        d = draft("conflict-detain", "arrest", i, s, object, negatedBefore(v, i), frameAt(i));
    } else if (kind === "sentence") {
      // "على Y" within a few words of the subject, the penalty before it or after it.
      const end = clauseEnd(v, next);
      const penaltyFirst = hasBare(w.penalties, tok(v, next)?.text ?? "");
      const reach = penaltyFirst ? SENTENCED_REACH : 3;
      const y = units.find(
        (u) => !u.place && u.first >= next && u.first <= next + reach && u.first < end,
      );
      if (!y || !sentencedOn(v, y, next) || y.ref.id === s.ref.id) continue;
      let penalty = false;
      for (let k = next; k <= y.last + 6 && k < end && !penalty; k++)
        if (hasBare(w.penalties, tok(v, k).text)) penalty = true;
      if (penalty)
        d = draft("conflict-sentence", "sentence", i, s, y, negatedBefore(v, i), frameAt(i));
    } else {
      // Every one a warrant names: "بحق أحمد عسيري وسعود القحطاني".
      const y = warrantFor(v, units, next, w);
      const named = y ? coordinatedAfter(v, units, units.indexOf(y)) : [];
      for (const x of named) {
        if (x.ref.id === s.ref.id || !ACTED_ON.has(x.ref.kind)) continue;
        const one = draft("conflict-warrant", "arrest", i, s, x, negatedBefore(v, i), frameAt(i));
        if (!seen(one)) out.push(one);
      }
    }
    if (d && !seen(d) && !out.some((x) => x.source === d.source && x.target === d.target))
      out.push(d);
  }
  return out;
}

/**
 * Whether `y` is the one sentenced: على right before it, or before one title word ("على القس
 * آندرو برانسون") after `from`.
 */
function sentencedOn(v: SentenceView, y: Unit, from: number): boolean {
  if (prepOf(v, y) === "علي") return true;
  const before = v.tokens[y.first - 1];
  return (
    y.first - 2 >= from &&
    y.ref.kind === "person" &&
    tok(v, y.first - 2).text === "علي" &&
    before?.text.startsWith("ال") === true &&
    !v.byLast.has(y.first - 1)
  );
}

/**
 * The one a warrant right after the subject is for: "مذكرة توقيف بحق Y"، "مذكرتي اعتقال ضد Y"
 * (the warrant's noun, its kind, then بحق or ضد and the actor, one title word between).
 */
function warrantFor(v: SentenceView, units: Unit[], at: number, w: CourtWords): Unit | null {
  if (!hasBare(w.warrants, v.tokens[at]?.text ?? "")) return null;
  if (!w.warrantKinds.has(v.tokens[at + 1]?.text ?? "")) return null;
  let k = at + 2;
  // "مذكرة توقيف دولية بحق": one adjective may stand before the preposition.
  if (!w.warrantPreps.has(v.tokens[k]?.text ?? "")) k++;
  if (!w.warrantPreps.has(v.tokens[k]?.text ?? "")) return null;
  const y = units.find((u) => !u.place && u.first > k && u.first <= k + 3);
  if (!y || !ACTED_ON.has(y.ref.kind)) return null;
  for (let j = k + 1; j < y.first; j++)
    if (v.byFirst.has(j) && !v.byFirst.get(j)?.adjective) return null;
  return y;
}

/** The triggers a count may follow: an arrest or attack verb read by its own entry. */
export function countedObjectOf(
  v: SentenceView,
  units: Unit[],
  t: Trigger,
  next: number,
  w: CourtWords,
): Unit | null {
  const e = t.verb?.entry;
  if (!e) return null;
  // "قتل مسلحون مجهولون خمسة من رجال الشرطة": a word describing the subject first.
  if (hasBare(w.descriptors, v.tokens[next]?.text ?? "")) next++;
  // "ألقت الشرطة القبض على ثلاثة مسلحين": the entry's preposition before the count.
  const p = v.tokens[next]?.text;
  const skip = p !== undefined && e.preps.some((x) => x !== "" && normPrep(x) === p);
  return countedGroup(v, units, skip ? next + 1 : next);
}
