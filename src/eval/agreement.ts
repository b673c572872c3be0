// Agreement between two annotations of the same articles (ANNOTATING.md): one is scored as
// gold, the other as a prediction, with the scorer's own entity matching. Relations are counted
// once per (source, type, target, polarity) on each side, as the scorer counts predictions.

import { SYMMETRIC_TYPES } from "../schema.js";
import { normalizeForMatch } from "../text/normalize.js";
import type { GoldDoc, GoldEntity, GoldRelation } from "./gold.js";
import { entityMatches, type PredEntity, type Prf, prf } from "./score.js";

type Counts = [number, number, number];
const add = (c: Counts, tp: number, fp: number, fn: number): Counts => [
  c[0] + tp,
  c[1] + fp,
  c[2] + fn,
];

const asPred = (e: GoldEntity): PredEntity => ({
  id: e.en,
  label_en: e.en,
  arabic: new Set(e.ar.map(normalizeForMatch)),
});

function unique(rels: GoldRelation[]): GoldRelation[] {
  const seen = new Set<string>();
  return rels.filter((r) => {
    const k = `${r.source.en}|${r.type}|${r.target.en}|${r.polarity}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function greedy<P, G>(ps: P[], gs: G[], ok: (p: P, g: G) => boolean): number {
  const used = new Set<number>();
  let n = 0;
  for (const p of ps) {
    const k = gs.findIndex((g, i) => !used.has(i) && ok(p, g));
    if (k >= 0) {
      used.add(k);
      n++;
    }
  }
  return n;
}

export interface Agreement {
  docs: number;
  entities: Prf;
  strict: Prf;
  relaxed: Prf;
}

/** Scores `b` against `a` as gold, over the documents both annotate. */
export function agreement(a: GoldDoc[], b: GoldDoc[]): Agreement {
  const bs = new Map(b.map((d) => [d.doc, d]));
  // [true positives, false positives, false negatives] for entities, strict and relaxed.
  const t = { e: [0, 0, 0] as Counts, s: [0, 0, 0] as Counts, r: [0, 0, 0] as Counts };
  let docs = 0;
  for (const ga of a) {
    const gb = bs.get(ga.doc);
    if (!gb) continue;
    docs++;
    const em = greedy(gb.entities, ga.entities, (p, g) => entityMatches(asPred(p), g));
    t.e = add(t.e, em, gb.entities.length - em, ga.entities.length - em);
    const ra = unique(ga.relations);
    const rb = unique(gb.relations);
    const ends = (p: GoldRelation, g: GoldRelation, flip: boolean) => {
      const [s, o] = flip ? [g.target, g.source] : [g.source, g.target];
      return entityMatches(asPred(p.source), s) && entityMatches(asPred(p.target), o);
    };
    const strict = greedy(
      rb,
      ra,
      (p, g) =>
        (p.type === g.type || g.alt_types.includes(p.type) || p.alt_types.includes(g.type)) &&
        p.polarity === g.polarity &&
        (ends(p, g, false) || (SYMMETRIC_TYPES.has(g.type) && ends(p, g, true))),
    );
    const relaxed = greedy(rb, ra, (p, g) => ends(p, g, false) || ends(p, g, true));
    t.s = add(t.s, strict, rb.length - strict, ra.length - strict);
    t.r = add(t.r, relaxed, rb.length - relaxed, ra.length - relaxed);
  }
  const p = (x: Counts) => prf(x[0], x[1], x[2]);
  return { docs, entities: p(t.e), strict: p(t.s), relaxed: p(t.r) };
}
