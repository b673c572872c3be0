// Training examples from annotated articles: every candidate pair of a sentence, labelled with
// the annotated relation whose evidence lies in that sentence and whose ends are the pair's
// actors (in either direction), or NONE. Pure: contexts and annotations in, examples out.

import type { GoldDoc, GoldEntity, GoldRelation } from "../eval/gold.js";
import { entityMatches, type PredEntity } from "../eval/score.js";
import type { SentenceContext } from "../extract/index.js";
import type { Unit } from "../extract/units.js";
import type { Recognized } from "../recognize/recognize.js";
import { normalizeForMatch, toOriginalSpan } from "../text/normalize.js";
import { type Candidate, candidatePairs, draftsByPair, pairFeatures } from "./features.js";
import { type Example, NONE } from "./linear.js";
import type { ArticlePair } from "./pairs.js";

/** Types whose direction carries no meaning: one label for both orders. */
export const SYMMETRIC_TYPES = new Set(["CONSULT", "COOPERATE", "AGREE"]);

/** The class of a relation of `type` from the first actor to the second (or back). */
export const classOf = (type: string, forward: boolean) =>
  `${type}${SYMMETRIC_TYPES.has(type) || forward ? ">" : "<"}`;

/** A class name back to its type and direction. */
export function parseClass(c: string): { type: string; forward: boolean } | null {
  if (c === NONE) return null;
  return { type: c.slice(0, -1), forward: c.endsWith(">") };
}

function unitEntity(ctx: SentenceContext, u: Unit): PredEntity {
  const arabic = new Set([
    normalizeForMatch(u.ref.label_ar),
    normalizeForMatch(ctx.view.norm.slice(u.start, u.end)),
  ]);
  if (u.found.place) arabic.add(normalizeForMatch(u.found.place.label_ar));
  return { id: u.ref.id, label_en: u.ref.label_en, arabic };
}

/** Original-text ranges of a relation's evidence (every place it occurs). */
function evidenceRanges(text: string, evidence: string | undefined): Array<[number, number]> {
  if (!evidence) return [];
  const out: Array<[number, number]> = [];
  for (let i = text.indexOf(evidence); i >= 0; i = text.indexOf(evidence, i + 1))
    out.push([i, i + evidence.length]);
  return out;
}

export interface LabelledPair {
  ctx: SentenceContext;
  pair: Candidate;
  label: string;
}

/** Every candidate pair of the article with its label from the annotations. */
export function labelPairs(
  rec: Recognized,
  contexts: readonly SentenceContext[],
  gold: GoldDoc,
): LabelledPair[] {
  const text = rec.article.text;
  const relations = gold.relations
    .filter((r) => r.type !== "ROLE")
    .map((r) => ({ r, ranges: evidenceRanges(text, r.evidence) }));
  const out: LabelledPair[] = [];
  for (const ctx of contexts) {
    const [s, e] = toOriginalSpan(rec.seg.norm, ctx.sentence.start, ctx.sentence.end);
    const here: GoldRelation[] = relations
      .filter((x) => x.ranges.some(([a, b]) => a < e && b > s))
      .map((x) => x.r);
    const pairs = candidatePairs(ctx);
    if (pairs.length === 0) continue;
    const ents = new Map<Unit, PredEntity>();
    const ent = (u: Unit) => {
      let p = ents.get(u);
      if (!p) {
        p = unitEntity(ctx, u);
        ents.set(u, p);
      }
      return p;
    };
    const is = (u: Unit, g: GoldEntity) => entityMatches(ent(u), g);
    for (const pair of pairs) {
      let label = NONE;
      for (const r of here) {
        if (is(pair.a, r.source) && is(pair.b, r.target)) label = classOf(r.type, true);
        else if (is(pair.b, r.source) && is(pair.a, r.target)) label = classOf(r.type, false);
        if (label !== NONE) break;
      }
      out.push({ ctx, pair, label });
    }
  }
  return out;
}

/** Labelled pairs to training examples (features and label), grouped by document. */
export function toExamples(pairs: readonly LabelledPair[], group: string): Example[] {
  const votes = new Map<SentenceContext, ReturnType<typeof draftsByPair>>();
  return pairs.map(({ ctx, pair, label }) => {
    let v = votes.get(ctx);
    if (!v) {
      v = draftsByPair(ctx.result.drafts);
      votes.set(ctx, v);
    }
    return { features: pairFeatures(ctx, pair, v), label, group };
  });
}

/** The label of an article pair: the first annotated relation between its actors, or NONE. */
export function labelArticlePair(p: ArticlePair, gold: GoldDoc): string {
  const ent = (i: 0 | 1): PredEntity => {
    const arabic = new Set([normalizeForMatch(p.refs[i].label_ar)]);
    for (const t of p.texts[i]) arabic.add(normalizeForMatch(t));
    return { id: p.refs[i].id, label_en: p.refs[i].label_en, arabic };
  };
  const [x, y] = [ent(0), ent(1)];
  for (const r of gold.relations) {
    if (r.type === "ROLE") continue;
    if (entityMatches(x, r.source) && entityMatches(y, r.target)) return classOf(r.type, true);
    if (entityMatches(y, r.source) && entityMatches(x, r.target)) return classOf(r.type, false);
  }
  return NONE;
}
