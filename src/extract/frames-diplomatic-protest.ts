// A state's protest to another through diplomacy: an envoy summoned in protest ("استدعت
// الخارجية الإيرانية السفير السويدي احتجاجا على ...") or a protest delivered to one ("قدمت
// الخارجية الروسية احتجاجا رسميا إلى السفير الأمريكي"، "سلمت الخارجية السفير مذكرة احتجاج"،
// "وأبلغته احتجاجا"). PLOVER codes the protest (PROTEST) beside whatever the summons itself is
// read as. The envoy is named by a word of envoy (conflict.json's envoy_heads: سفير، القائم
// بالأعمال، مسؤول) before its state, so a summons of workers or activists is none.
import type { Tok } from "../recognize/segment.js";
import { subjectAfter } from "./arguments.js";
import { conflictWords, sameDraft } from "./frames-conflict.js";
import { modalityAt, negatedAt } from "./modality.js";
import type { Draft, SentenceScope } from "./scope.js";
import { frameAround } from "./scope.js";
import { hasBare, ofSentence, type Unit, unitOf } from "./units.js";

/** How many words after the envoy the word of protest may stand ("السفير السويدي في طهران احتجاجا"). */
const PROTEST_WORD_REACH = 3;

/** How many words of the envoy's description may stand before its state ("مسؤولا عسكريا روسيا"). */
const ENVOY_WORDS = 2;

const tok = (s: SentenceScope, i: number) => s.v.tokens[i] as Tok;

/**
 * The envoy right after `from`: a word of envoy opening the phrase and the actor it is of
 * within two words ("السفير السويدي"، "سفير فرنسا"، "القائم بالأعمال الهولندي").
 */
function envoyAfter(s: SentenceScope, from: number): Unit | null {
  if (!hasBare(conflictWords().envoyHeads, s.v.tokens[from]?.text ?? "")) return null;
  const within = (first: number) => first >= from && first <= from + ENVOY_WORDS;
  const unit = s.units.find((x) => within(x.first) && !x.place);
  // "القائم بالأعمال الهولندي": an envoy whose title is no office of the lexicon keeps its
  // state's nisba as the only actor.
  const nisba = s.v.found.find((f) => f.adjective && f.entity.kind === "state" && within(f.first));
  return unit ?? (nisba ? unitOf(nisba) : null);
}

/**
 * The index of a word of protest in the clause after `from` (one word, or two: "مذكرة
 * احتجاج"), within `reach` words and before any relative word; -1 when none.
 */
function protestWordAfter(s: SentenceScope, from: number, reach: number): number {
  const phrases = conflictWords().protestWords;
  for (let k = from; k < s.v.tokens.length && k <= from + reach; k++) {
    const text = tok(s, k).text;
    if (s.v.words.relatives.has(text)) return -1;
    const two = `${text} ${s.v.tokens[k + 1]?.text ?? ""}`;
    if (hasBare(phrases, text) || phrases.has(two)) return k;
  }
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
  const own = (u: Unit) => ofSentence(s.v, u);
  return {
    type: "PROTEST",
    mode: "diplomatic",
    source,
    target,
    polarity: negatedAt(s.v, at) || frame?.negates ? "negated" : "affirmed",
    modality: modalityAt(s.v, at, { future: false }),
    attributedTo: frame?.speaker ?? s.according,
    first: own(source) ? Math.min(source.first, at) : at,
    last: Math.max(last, target.last),
    rule: "diplomatic-protest",
    confidence: 0.6,
  };
}

/**
 * The envoy a protest is delivered to, after إلى or لـ within two words of `from`: "احتجاجا
 * رسميا إلى السفير الأمريكي"، "احتجاجا للسفير الإسرائيلي".
 */
function envoyTo(s: SentenceScope, from: number): Unit | null {
  const heads = conflictWords().envoyHeads;
  for (let j = from; j < s.v.tokens.length && j <= from + 2; j++) {
    const text = tok(s, j).text;
    if (s.v.words.to_prepositions.has(text)) return envoyAfter(s, j + 1);
    const bare = text.replace(/^لل/, "ال");
    if (bare !== text && hasBare(heads, bare))
      return s.units.find((x) => x.first >= j && x.first <= j + ENVOY_WORDS && !x.place) ?? null;
  }
  return null;
}

/** Whether `text` is a verb of delivering, bare or with an object pronoun ("وأبلغته"). */
function delivering(text: string): { pronoun: boolean } | null {
  const verbs = conflictWords().deliverVerbs;
  if (hasBare(verbs, text)) return { pronoun: false };
  const bare = text.replace(/(ه|ها|هم)$/, "");
  return bare !== text && hasBare(verbs, bare) ? { pronoun: true } : null;
}

/** The verb's subject: the one the components found, else the actor right after it. */
function subjectOf(s: SentenceScope, i: number): Unit | null {
  const found = s.verbSubjects.find((x) => x.at === i)?.subject[0];
  return found ?? subjectAfter(s.v, s.units, i + 1)?.[0] ?? null;
}

/** Where the words after a verb and its subject begin: after the subject when it is here. */
const afterSubject = (s: SentenceScope, i: number, by: Unit | null) =>
  by && ofSentence(s.v, by) && by.first > i ? by.last + 1 : i + 1;

/** Whether the word of envoy at `k` carries a pronoun of its sender («سفيرها»، «سفراءه»). */
const ownEnvoy = (s: SentenceScope, k: number) => /(ها|ه|هم)$/.test(tok(s, k).text);

/** The summons at `i` read as a cut in relations, when the envoy is another state's. */
function dropSummonSanction(s: SentenceScope, i: number, envoy: Unit): void {
  for (let j = s.drafts.length - 1; j >= 0; j--) {
    const x = s.drafts[j] as Draft;
    if (x.type === "SANCTION" && x.first <= i && i <= x.last && x.target.ref.id === envoy.ref.id)
      s.drafts.splice(j, 1);
  }
}

export function diplomaticProtestDrafts(s: SentenceScope): void {
  const w = conflictWords();
  let summoned: { by: Unit; envoy: Unit } | null = null;
  for (let i = 0; i < s.v.tokens.length; i++) {
    const text = tok(s, i).text;
    let d: Draft | null = null;
    // "وقدمت له احتجاجا": the envoy's pronoun as a word of its own.
    const own = hasBare(w.own, s.v.tokens[i + 1]?.text ?? "");
    const found = delivering(text);
    const deliver = found && own ? { pronoun: true } : found;
    if (hasBare(w.summonVerbs, text)) {
      // "استدعت X السفير Y احتجاجا على".
      const by = subjectOf(s, i);
      const envoy = by && envoyAfter(s, afterSubject(s, i, by));
      if (!by || !envoy || envoy.ref.id === by.ref.id) continue;
      summoned = { by, envoy };
      const k = protestWordAfter(s, envoy.last + 1, PROTEST_WORD_REACH);
      // Another state's envoy summoned is a protest to that state, said or not; one's own
      // recalled («استدعت سفيرها في موسكو») is a cut in relations, which the verb reads.
      const foreign = !ownEnvoy(s, afterSubject(s, i, by));
      if (k >= 0) d = protestDraft(s, i, by, envoy, k);
      else if (foreign) d = protestDraft(s, i, by, envoy, envoy.last);
      if (d && foreign) dropSummonSanction(s, i, envoy);
    } else if (deliver) {
      // "قدمت X احتجاجا إلى السفير Y"، "سلمت X السفير Y مذكرة احتجاج"، "وأبلغته احتجاجا".
      const stated = deliver.pronoun ? null : subjectOf(s, i);
      const by = stated ?? summoned?.by;
      if (!by) continue;
      const from = deliver.pronoun ? i + (own ? 2 : 1) : afterSubject(s, i, stated);
      const envoy = deliver.pronoun ? (summoned?.envoy ?? null) : envoyAfter(s, from);
      // The word of protest right after the subject, or within reach after a named envoy.
      const named = envoy !== null && !deliver.pronoun;
      const k = protestWordAfter(s, named ? envoy.last + 1 : from, named ? PROTEST_WORD_REACH : 1);
      if (k < 0) continue;
      const to = envoy ?? envoyTo(s, k + 1);
      if (to && to.ref.id !== by.ref.id) d = protestDraft(s, i, by, to, k);
    }
    if (d && !sameDraft(s.drafts, d)) s.drafts.push(d);
  }
}
