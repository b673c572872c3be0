// Labels for the relation model: an article's actor pair is labelled with the first annotated
// relation between its actors (type and direction), or NONE. Pure: pairs and annotations in.

import type { GoldDoc } from "../eval/gold.js";
import { entityMatches, type PredEntity } from "../eval/score.js";
import { SYMMETRIC_TYPES } from "../schema.js";
import { normalizeForMatch } from "../text/normalize.js";
import { NONE } from "./linear.js";
import type { ArticlePair } from "./pairs.js";

/** The class of a relation of `type` from the first actor to the second (or back). */
export const classOf = (type: string, forward: boolean) =>
  `${type}${SYMMETRIC_TYPES.has(type) || forward ? ">" : "<"}`;

/** A class name back to its type and direction. */
export function parseClass(c: string): { type: string; forward: boolean } | null {
  if (c === NONE) return null;
  return { type: c.slice(0, -1), forward: c.endsWith(">") };
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
