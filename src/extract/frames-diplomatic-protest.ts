// A state's protest to another through diplomacy: an envoy summoned in protest ("استدعت
// الخارجية الإيرانية السفير السويدي احتجاجا على ...") or a protest delivered to one ("قدمت
// الخارجية الروسية احتجاجا رسميا إلى السفير الأمريكي"، "وأبلغته احتجاجا"). PLOVER codes the
// protest (PROTEST) beside whatever the summons itself is read as.
import type { Tok } from "../recognize/segment.js";
import { subjectAfter, unitAfterPrep } from "./arguments.js";
import { conflictWords } from "./frames-conflict.js";
import { modalityAt, negatedAt } from "./modality.js";
import type { Draft, SentenceScope } from "./scope.js";
import { frameAround } from "./scope.js";
import { hasBare, type Unit } from "./units.js";

/** How far after the summoned envoy the word of protest may stand. */
const PROTEST_WORD_REACH = 6;

const tok = (s: SentenceScope, i: number) => s.v.tokens[i] as Tok;

/** The subject the components found for the verb at token `at`. */
const subjectAt = (s: SentenceScope, at: number) =>
  s.verbSubjects.find((x) => x.at === at)?.subject ?? null;

/**
 * The envoy's actor (not a place) soon after `from`: "السفير السويدي"، "سفير فرنسا"، "مسؤولا
 * عسكريا روسيا" (the words of the description before its nisba).
 */
function envoyAfter(s: SentenceScope, from: number): Unit | null {
  const u = s.units.find((x) => x.first >= from && x.first <= from + 2 && !x.place);
  return u ?? null;
}

/** Whether a word of protest stands within reach after `from`. */
function protestWordAfter(s: SentenceScope, from: number): number {
  const words = conflictWords().protestWords;
  for (let k = from; k < s.v.tokens.length && k <= from + PROTEST_WORD_REACH; k++)
    if (hasBare(words, tok(s, k).text)) return k;
  return -1;
}

function protestDraft(
  s: SentenceScope,
  at: number,
  source: Unit,
  target: Unit,
  last: number,
): Draft {
  const frame = frameAround(s.frames, at);
  return {
    type: "PROTEST",
    mode: "diplomatic",
    source,
    target,
    polarity: negatedAt(s.v, at) || frame?.negates ? "negated" : "affirmed",
    modality: modalityAt(s.v, at, { future: false }),
    attributedTo: frame?.speaker ?? s.according,
    first: Math.min(source.first, at),
    last: Math.max(last, target.last),
    rule: "diplomatic-protest",
    confidence: 0.6,
  };
}

const same = (a: Draft, b: Draft) =>
  a.type === b.type && a.source.ref.id === b.source.ref.id && a.target.ref.id === b.target.ref.id;

/** Whether `text` is a verb of delivering, bare or with an object pronoun ("وأبلغته"). */
function delivering(text: string): { pronoun: boolean } | null {
  const verbs = conflictWords().deliverVerbs;
  if (hasBare(verbs, text)) return { pronoun: false };
  const bare = text.replace(/(ه|ها|هم)$/, "");
  return bare !== text && hasBare(verbs, bare) ? { pronoun: true } : null;
}

/** The verb's subject: the one the components found, else the actor right after it. */
function subjectOf(s: SentenceScope, i: number): Unit | null {
  return subjectAt(s, i)?.[0] ?? subjectAfter(s.v, s.units, i + 1)?.[0] ?? null;
}

export function diplomaticProtestDrafts(s: SentenceScope): void {
  const w = conflictWords();
  let summoned: { by: Unit; envoy: Unit } | null = null;
  for (let i = 0; i < s.v.tokens.length; i++) {
    const text = tok(s, i).text;
    let d: Draft | null = null;
    // "وقدمت له احتجاجا": the envoy's pronoun as a word of its own.
    const own = s.v.tokens[i + 1] !== undefined && hasBare(w.own, tok(s, i + 1).text);
    const found = delivering(text);
    const deliver = found && own ? { pronoun: true } : found;
    if (hasBare(w.summonVerbs, text)) {
      // "استدعت X السفير Y احتجاجا": the envoy right after the subject.
      const by = subjectOf(s, i);
      const envoy = by && envoyAfter(s, Math.max(i + 1, by.last + 1));
      if (!by || !envoy || envoy.ref.id === by.ref.id) continue;
      summoned = { by, envoy };
      const k = protestWordAfter(s, envoy.last + 1);
      if (k >= 0) d = protestDraft(s, i, by, envoy, k);
    } else if (deliver) {
      // "قدمت X احتجاجا رسميا إلى السفير Y"؛ "وأبلغته احتجاجا": to the envoy just summoned.
      const stated = deliver.pronoun ? null : subjectOf(s, i);
      const by = stated ?? summoned?.by;
      const from = stated ? stated.last + 1 : own ? i + 2 : i + 1;
      const k = protestWordAfter(s, from);
      if (!by || k < 0 || k > from + 1) continue;
      const to = unitAfterPrep(s.v, s.units, k + 1, k + 4, s.v.words.to_prepositions);
      const envoy = deliver.pronoun ? summoned?.envoy : to?.unit;
      if (envoy && envoy.ref.id !== by.ref.id) d = protestDraft(s, i, by, envoy, k);
    }
    if (d && !s.drafts.some((x) => same(x, d as Draft))) s.drafts.push(d);
  }
}
