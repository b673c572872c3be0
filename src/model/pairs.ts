// Actor pairs of a whole article: every two actors that share a sentence, with the features
// of all the sentences they share (what is said between them anywhere counts), the number of
// such sentences, whether they meet in the title or the lead, and the sentence to cite.
import type { SentenceContext } from "../extract/index.js";
import type { Draft } from "../extract/scope.js";
import { heldOffice, type Unit } from "../extract/units.js";
import { type Kb, stateOfPlace } from "../kb/kb.js";
import type { EntityRef } from "../schema.js";
import { type Candidate, candidatePairs, draftsByPair, pairFeatures } from "./features.js";

export interface ArticlePair {
  /** `${a.id}|${b.id}` with the ids in code-unit order. */
  key: string;
  /** The two actors, in id order. */
  refs: [EntityRef, EntityRef];
  features: string[];
  /** Where the pair is cited from: the sentence where its actors stand closest. */
  best: { ctx: SentenceContext; pair: Candidate };
  /** The surface forms of each actor in the article (for matching annotations; empty unless asked). */
  texts: [Set<string>, Set<string>];
  /** The rules related the pair somewhere in the article. */
  ruled: boolean;
  /**
   * One is a person the article names in an office of the other ("وزير الدفاع الروسي سيرغي
   * شويغو"): ROLE relates them, and the model does not.
   */
  holds: boolean;
}

const gapOf = (c: Candidate) => c.b.first - c.a.last;

const NO_VOTES: ReturnType<typeof draftsByPair> = new Map();

const pairKey = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`);

/**
 * Pairs the rules relate somewhere in the article. A visited place ("وزار بيونغ يانغ") is
 * related as the state it stands in (article.ts emits it so): that pair is the rules' too.
 */
function ruledPairs(
  contexts: readonly SentenceContext[],
  stateOf: (placeId: string) => string | undefined,
): Set<string> {
  const out = new Set<string>();
  for (const ctx of contexts)
    for (const d of ctx.result.drafts) {
      out.add(pairKey(d.source.ref.id, d.target.ref.id));
      const state = d.target.place ? stateOf(d.target.ref.id) : undefined;
      if (state) out.add(pairKey(d.source.ref.id, state));
    }
  return out;
}

/** The KB's state of each place (stateOfPlace), as article.ts relates a visited place. */
export const placeStates = (kb: Kb) => (placeId: string) => stateOfPlace(kb, placeId);

/** Pairs of a person and the state or organisation the article names them in an office of. */
function officePairs(contexts: readonly SentenceContext[]): Set<string> {
  const out = new Set<string>();
  for (const ctx of contexts)
    for (const u of ctx.units) {
      const of = heldOffice(u);
      if (of) out.add(pairKey(u.ref.id, of.id));
    }
  return out;
}

/** Places and events are where and what, never a party the model relates. */
const unrelatable = (u: Unit) => u.ref.kind === "place" || u.ref.kind === "event";

export interface PairOptions {
  /**
   * The model deciding: pairs the rules relate and pairs with a place or an event are left out
   * before their features are computed (the model reads only the others).
   */
  skipRuled?: boolean;
  /** Collect each actor's surface forms (`texts`): only labelling against annotations needs them. */
  texts?: boolean;
  /** The state of a place the rules relate as visited (placeStates(kb)); none without it. */
  stateOf?: (placeId: string) => string | undefined;
}

/** Every pair of actors that share a sentence, in key order. */
export function articlePairs(
  contexts: readonly SentenceContext[],
  { skipRuled = false, texts = false, stateOf = () => undefined }: PairOptions = {},
): ArticlePair[] {
  const pairs = new Map<string, ArticlePair & { feats: Set<string>; n: number }>();
  const ruled = ruledPairs(contexts, stateOf);
  const offices = officePairs(contexts);
  for (const ctx of contexts) {
    // Pairs the rules relate are skipped, so the others have no votes to read.
    const votes = skipRuled ? NO_VOTES : draftsByPair(ctx.result.drafts as Draft[]);
    for (const c of candidatePairs(ctx)) {
      const [x, y] = c.a.ref.id < c.b.ref.id ? [c.a, c.b] : [c.b, c.a];
      const key = `${x.ref.id}|${y.ref.id}`;
      const holds = offices.has(key);
      if (skipRuled && (ruled.has(key) || holds || unrelatable(x) || unrelatable(y))) continue;
      let p = pairs.get(key);
      if (!p) {
        p = {
          key,
          refs: [x.ref, y.ref],
          features: [],
          best: { ctx, pair: c },
          texts: [new Set(), new Set()],
          ruled: ruled.has(key),
          holds,
          feats: new Set(),
          n: 0,
        };
        pairs.set(key, p);
      }
      p.n++;
      if (texts) {
        p.texts[0].add(ctx.view.norm.slice(x.start, x.end));
        p.texts[1].add(ctx.view.norm.slice(y.start, y.end));
      }
      for (const f of pairFeatures(ctx, c, votes)) p.feats.add(f);
      if (ctx.sentence.section === "title") p.feats.add("title");
      if (ctx.index <= 2) p.feats.add("lead");
      if (gapOf(c) < gapOf(p.best.pair)) p.best = { ctx, pair: c };
    }
  }
  const out: ArticlePair[] = [];
  for (const key of [...pairs.keys()].sort()) {
    const p = pairs.get(key) as ArticlePair & { feats: Set<string>; n: number };
    p.feats.add(`n:${Math.min(p.n, 4)}`);
    // Scoring sums weights, so the order of the features does not matter.
    out.push({
      key,
      refs: p.refs,
      features: [...p.feats],
      best: p.best,
      texts: p.texts,
      ruled: p.ruled,
      holds: p.holds,
    });
  }
  return out;
}
