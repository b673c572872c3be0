// An attack named once and referred back to: news articles name an attack with its victim
// ("تسميم الجاسوس الروسي السابق سيرغي سكريبال") and then blame or deny it with a bare
// reference ("تقف روسيا وراء الهجوم", "نفت موسكو أي ضلوع لها فيه", "اتهمت لندن موسكو بالوقوف
// وراءها"). The sentence of the blame names no victim; the attack it refers to is the last one
// the article named with a victim. frames-conflict.ts notes, per sentence, the victims of the
// attack nouns it reads and the doers of such references; this pass, over the whole article,
// gives each reference the victim of the attack named last before it. Why a separate pass:
// sentences are analysed one by one, and the victim lies in an earlier sentence.
import type { Draft, SentenceContext } from "./scope.js";
import type { SentenceView, Unit } from "./units.js";

/** A doer of an attack that a word refers back to ("روسيا ... وراء الهجوم"). */
export interface AttackReference {
  doer: Unit;
  /** Token of the referring word, and the evidence's token range. */
  at: number;
  first: number;
  last: number;
  negated: boolean;
  attributedTo: Unit | null;
  mode: string | null;
}

interface Notes {
  victims: Array<{ victim: Unit; at: number }>;
  references: AttackReference[];
  /** Where an attack is newly named without a victim ("وقع هجوم جديد"): it ends the last one. */
  fresh: number;
}

const notes = new WeakMap<SentenceView, Notes>();

/** Starts the sentence's notes afresh (a sentence analysed again does not double them). */
export function noteSentence(v: SentenceView): void {
  notes.delete(v);
}

function notesOf(v: SentenceView): Notes {
  let n = notes.get(v);
  if (!n) {
    n = { victims: [], references: [], fresh: -1 };
    notes.set(v, n);
  }
  return n;
}

export function noteVictim(v: SentenceView, victim: Unit, at: number): void {
  notesOf(v).victims.push({ victim, at });
}

export function noteReference(v: SentenceView, r: AttackReference): void {
  notesOf(v).references.push(r);
}

/** An attack named anew ("هجوم" without ال) and without a victim: a later reference is to it. */
export function noteFreshAttack(v: SentenceView, at: number): void {
  const n = notesOf(v);
  n.fresh = Math.max(n.fresh, at);
}

/** Gives each reference to an attack the victim of the attack the article named last. */
export function attackCorefDrafts(contexts: readonly SentenceContext[]): void {
  // The victims of the attack named last (one noun may name several: "تسميم سيرغي سكريبال
  // وابنته يوليا").
  let last: Unit[] = [];
  for (const ctx of contexts) {
    const n = notes.get(ctx.view);
    const drafts = ctx.result.drafts;
    for (const r of n?.references ?? []) {
      // A victim named earlier in the same sentence is the nearer antecedent.
      const before = n?.victims.filter((x) => x.at < r.at) ?? [];
      const nearest = before[before.length - 1]?.at;
      const here = before.filter((x) => x.at === nearest).map((x) => x.victim);
      for (const victim of here.length > 0 ? here : last) referenceDraft(drafts, r, victim);
    }
    // The attack named last: a victim noun, or an attack on a person the rules read; an
    // attack named anew with no victim ends the one before.
    let at = -1;
    if (n && n.fresh >= 0) {
      at = n.fresh;
      last = [];
    }
    for (const x of n?.victims ?? []) {
      if (x.at > at) last = [];
      if (x.at >= at) {
        at = x.at;
        last.push(x.victim);
      }
    }
    for (const d of drafts)
      if (
        d.type === "ASSAULT" &&
        d.rule !== "conflict-attack-reference" &&
        d.target.ref.kind === "person" &&
        d.first >= at
      ) {
        if (d.first > at) last = [];
        at = d.first;
        if (!last.includes(d.target)) last.push(d.target);
      }
  }
}

/** The doer of a reference to an attack does it to one of its victims. */
function referenceDraft(drafts: Draft[], r: AttackReference, victim: Unit): void {
  if (victim.ref.id === r.doer.ref.id) return;
  const polarity = r.negated ? "negated" : "affirmed";
  const dup = drafts.some(
    (d) =>
      d.type === "ASSAULT" &&
      d.source.ref.id === r.doer.ref.id &&
      d.target.ref.id === victim.ref.id &&
      d.polarity === polarity,
  );
  if (dup) return;
  const draft: Draft = {
    type: "ASSAULT",
    mode: r.mode,
    source: r.doer,
    target: victim,
    polarity,
    modality: "asserted",
    attributedTo: r.attributedTo,
    first: r.first,
    last: r.last,
    rule: "conflict-attack-reference",
    confidence: 0.55,
  };
  drafts.push(draft);
}
