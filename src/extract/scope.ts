// What the rules of one sentence share: its triggers, the drafts they make, the speech and
// accusation frames they open, and the scope every sentence component reads and adds to.

import type { Kb } from "../kb/kb.js";
import type { Sentence } from "../recognize/segment.js";
import type { Modality, Polarity, RelationType } from "../schema.js";
import type { Lexicon, NounEntry, VerbForm } from "./lexicon.js";
import type { SentenceView, Unit } from "./units.js";

export interface Trigger {
  kind: "verb" | "noun" | "speech";
  first: number;
  last: number;
  verb?: VerbForm;
  noun?: NounEntry;
  /** سـ / سوف before an imperfect verb. */
  future: boolean;
  /** A pronoun suffix on a noun head (زيارته): its owner is the clause's subject. */
  pronoun: boolean;
  /**
   * Tokens of a subject standing inside a multi-word predicate ("فتحت الشرطة النار"), past a
   * count that opens it ("فتح ثلاثة مسلحين النار": from مسلحين).
   */
  split?: [number, number];
  /**
   * A verbal noun in the accusative that says what its clause is for ("طردت كندا دبلوماسيين
   * روسا تضامنا مع بريطانيا"): its owner is the clause's subject.
   */
  purpose?: boolean;
}

export interface Draft {
  type: RelationType;
  mode: string | null;
  source: Unit;
  target: Unit;
  polarity: Polarity;
  modality: Modality;
  attributedTo: Unit | null;
  /** Token range of the evidence. */
  first: number;
  last: number;
  rule: string;
  confidence: number;
  event?: string;
  /** Where it happened, when the sentence places it ("اجتمعا في فلاديفوستوك"; event-places.ts). */
  place?: Unit;
}

export interface Frame {
  /** Who the complement is attributed to. */
  speaker: Unit | null;
  /** All subjects of the framing verb ("تنفي كوريا الشمالية وروسيا"). */
  subjects: Unit[];
  /** The framing draft (an accusation without a stated object takes its target later). */
  draftType: RelationType | null;
  mode: string | null;
  verbFirst: number;
  /** First token of the complement, and the first token after it. */
  from: number;
  to: number;
  negates: boolean;
  /** For accusations: the accused, the implicit subject of the complement. */
  accused: Unit | null;
  /**
   * For requests: the one asked, whom a pronoun on a noun of the complement refers to ("دعت
   * مجموعة السبع روسيا إلى الكف عن دعمها للنظام": Russia's support).
   */
  asked?: Unit | null;
}

export interface SentenceResult {
  drafts: Draft[];
  /** The subject of the sentence's first verb (for a pronoun subject in the next sentence). */
  subject: Unit[] | null;
  /** Speech and accusation frames: who says what stands between `from` and `to`. */
  frames: Frame[];
  /** The source of "بحسب X" / "وفقا لـ X": the whole sentence is X's claim. */
  according: Unit | null;
  /** Each verb's subject, by the verb's first token (for the steps over the article). */
  verbSubjects: ReadonlyArray<{ at: number; subject: Unit[] }>;
}

/**
 * Whether `drafts` already relate `source` to `target` by `type` (by entity; either way round
 * when `either`, for a symmetric type).
 */
export function hasDraft(
  drafts: readonly Draft[],
  type: RelationType,
  source: Unit,
  target: Unit,
  either = false,
): boolean {
  const same = (x: Unit, y: Unit) => x.ref.id === y.ref.id;
  return drafts.some(
    (d) =>
      d.type === type &&
      ((same(d.source, source) && same(d.target, target)) ||
        (either && same(d.source, target) && same(d.target, source))),
  );
}

/**
 * The victim of an attack's noun just before it («تنديدا بالحرب على غزة»، «الهجوم على السفارة
 * التركية»): a protest against the attack is not one against the victim, nor placed there.
 */
export const attackVictim = (triggers: readonly Trigger[], u: Unit): boolean =>
  triggers.some(
    (x) =>
      x.kind === "noun" && x.noun?.type === "ASSAULT" && x.last < u.first && u.first - x.last <= 3,
  );

/** The innermost frame around token `i`, if any. */
export function frameAround(frames: readonly Frame[], i: number): Frame | null {
  let best: Frame | null = null;
  for (const f of frames) if (f.from <= i && i < f.to && (!best || f.from >= best.from)) best = f;
  return best;
}
/**
 * One sentence as the components see it. The first five fields are the sentence and its
 * language resources, fixed; the rest is what the components find, in the order they run
 * (src/extract/components.ts): a later component reads what an earlier one added.
 */
export interface SentenceScope {
  readonly v: SentenceView;
  readonly lex: Lexicon;
  readonly units: Unit[];
  readonly triggers: Trigger[];
  /** The subject of the previous sentence (a sentence-initial verb may continue it). */
  readonly previousSubject: Unit[] | null;
  /** "بحسب X" / "وفقا لـ X": the whole sentence is X's claim. */
  according: Unit | null;
  drafts: Draft[];
  frames: Frame[];
  /** Each verb's subject, by the verb's first token (a participle continues its clause). */
  verbSubjects: Array<{ at: number; subject: Unit[] }>;
  /** The subject of the sentence's first verb with one, and of its first verb of saying. */
  sentenceSubject: Unit[] | null;
  speechSubject: Unit[] | null;
}

/** The scope of one sentence before any component has run. */
export function newScope(
  v: SentenceView,
  lex: Lexicon,
  units: Unit[],
  triggers: Trigger[],
  previousSubject: Unit[] | null,
): SentenceScope {
  return {
    v,
    lex,
    units,
    triggers,
    previousSubject,
    according: null,
    drafts: [],
    frames: [],
    verbSubjects: [],
    sentenceSubject: null,
    speechSubject: null,
  };
}

/** A named step of a sentence's analysis: reads the scope, adds to or filters its drafts. */
export interface SentenceComponent {
  readonly name: string;
  readonly run: (scope: SentenceScope) => void;
}

/** What the analysis of one sentence holds: its actors, triggers and the rules' drafts. */
export interface SentenceContext {
  index: number;
  sentence: Sentence;
  view: SentenceView;
  /** The sentence's own actor units (mentions grown to their phrases). */
  units: Unit[];
  /** Those and the units that coreference adds ("البلدين"), in token order. */
  all: Unit[];
  triggers: Trigger[];
  result: SentenceResult;
}

/** A step over the whole article, after every sentence has its drafts. */
export interface ArticleComponent {
  readonly name: string;
  readonly run: (contexts: SentenceContext[], kb: Kb) => void;
}
