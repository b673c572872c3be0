// A multiclass linear model over sparse string features: multinomial logistic regression
// trained by AdaGrad (deterministic: a seeded order), and a softmax over its scores with a
// temperature fitted on held-out data, so that a score is a calibrated probability.
import { z } from "zod";
import { mulberry32 } from "../analyze/rng.js";

export const NONE = "NONE";

export const LinearModelFile = z.object({
  format: z.literal("athar-linear/1"),
  /** Class labels; index 0 is NONE. */
  classes: z.array(z.string()).min(2),
  /** Softmax temperature fitted on held-out pairs. */
  temperature: z.number().positive(),
  /** The threshold on a class's probability used by default. */
  threshold: z.number().min(0).max(1),
  /** Per feature: [class index, weight] pairs (only the non-zero weights). */
  weights: z.record(z.string(), z.array(z.tuple([z.number().int().min(0), z.number()]))),
  /** How the model was made: data, seed, epochs, counts. */
  trained: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type LinearModelFile = z.infer<typeof LinearModelFile>;

/**
 * A loaded model: its weights in flat typed arrays, for scoring without allocation. A
 * feature's row is `row.get(feature)`; its [class, weight] pairs are `cls[k]`, `w[k]` for k
 * from `starts[row]` up to `starts[row + 1]`. Scoring reads a feature's weights from one
 * place in memory instead of an object and two arrays of its own (most lookups are cache
 * misses: scoring runs between the rules' passes over the sentences).
 */
export interface LinearModel {
  classes: string[];
  temperature: number;
  threshold: number;
  row: Map<string, number>;
  starts: Int32Array;
  cls: Int32Array;
  w: Float64Array;
}

export function loadLinearModel(file: LinearModelFile): LinearModel {
  const entries = Object.entries(file.weights);
  const row = new Map<string, number>();
  const starts = new Int32Array(entries.length + 1);
  let n = 0;
  for (const [, pairs] of entries) n += pairs.length;
  const cls = new Int32Array(n);
  const w = new Float64Array(n);
  let k = 0;
  entries.forEach(([feature, pairs], r) => {
    for (const [c] of pairs)
      if (c >= file.classes.length)
        throw new Error(`feature ${feature}: class ${c} is out of range`);
    row.set(feature, r);
    starts[r] = k;
    for (const [c, x] of pairs) {
      cls[k] = c;
      w[k] = x;
      k++;
    }
  });
  starts[entries.length] = k;
  return {
    classes: file.classes,
    temperature: file.temperature,
    threshold: file.threshold,
    row,
    starts,
    cls,
    w,
  };
}

/** Raw scores per class. */
export function scores(m: LinearModel, features: readonly string[]): Float64Array {
  const out = new Float64Array(m.classes.length);
  const { row, starts, cls, w } = m;
  for (const f of features) {
    const r = row.get(f);
    if (r === undefined) continue;
    const end = starts[r + 1] as number;
    for (let k = starts[r] as number; k < end; k++) {
      const c = cls[k] as number;
      out[c] = (out[c] as number) + (w[k] as number);
    }
  }
  return out;
}

export function softmax(s: Float64Array, temperature: number): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (const x of s) max = Math.max(max, x);
  const out = new Float64Array(s.length);
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    const e = Math.exp(((s[i] as number) - max) / temperature);
    out[i] = e;
    sum += e;
  }
  for (let i = 0; i < s.length; i++) out[i] = (out[i] as number) / sum;
  return out;
}

/** Class probabilities for one example. */
export function predict(m: LinearModel, features: readonly string[]): Float64Array {
  return softmax(scores(m, features), m.temperature);
}

export interface Example {
  features: string[];
  label: string;
  /** Which article it came from (held-out splits are by article). */
  group: string;
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Features seen fewer times than this in training are dropped. */
  minCount: number;
}

export interface SoftmaxOptions extends TrainOptions {
  /** L2 penalty per update. */
  l2: number;
  /** AdaGrad's base learning rate. */
  rate: number;
}

/**
 * Trains a multinomial logistic regression (softmax) by AdaGrad with an L2 penalty: weights by
 * feature and class. Scores are log-odds, so its probabilities are calibrated by construction
 * (a temperature fitted on held-out data corrects what the penalty leaves).
 */
export function trainSoftmax(
  examples: readonly Example[],
  classes: readonly string[],
  opts: SoftmaxOptions,
): Map<string, Float64Array> {
  const counts = new Map<string, number>();
  for (const ex of examples)
    for (const f of new Set(ex.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const keep = (f: string) => (counts.get(f) ?? 0) >= opts.minCount;
  const index = new Map(classes.map((c, i) => [c, i]));
  const n = classes.length;
  const w = new Map<string, Float64Array>();
  const g2 = new Map<string, Float64Array>();
  for (const f of [...counts.keys()].filter(keep).sort()) {
    w.set(f, new Float64Array(n));
    g2.set(f, new Float64Array(n));
  }
  const data = examples.map((ex) => ({
    rows: [...new Set(ex.features)]
      .filter(keep)
      .sort()
      .map((f) => [w.get(f) as Float64Array, g2.get(f) as Float64Array] as const),
    label: index.get(ex.label) ?? 0,
  }));
  const order = data.map((_, i) => i);
  const rand = mulberry32(opts.seed);
  const s = new Float64Array(n);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const i of order) {
      const ex = data[i] as (typeof data)[number];
      s.fill(0);
      for (const [wr] of ex.rows)
        for (let c = 0; c < n; c++) s[c] = (s[c] as number) + (wr[c] as number);
      const p = softmax(s, 1);
      for (const [wr, gr] of ex.rows) {
        for (let c = 0; c < n; c++) {
          const grad = (p[c] as number) - (c === ex.label ? 1 : 0) + opts.l2 * (wr[c] as number);
          gr[c] = (gr[c] as number) + grad * grad;
          wr[c] = (wr[c] as number) - (opts.rate * grad) / Math.sqrt((gr[c] as number) + 1e-8);
        }
      }
    }
  }
  return w;
}

/** The model file for trained weights, rounded so that the file is small and stable. */
export function modelFile(
  weights: Map<string, Float64Array>,
  classes: string[],
  temperature: number,
  threshold: number,
  trained: LinearModelFile["trained"],
): LinearModelFile {
  const out: LinearModelFile["weights"] = {};
  for (const [f, row] of weights) {
    const pairs: Array<[number, number]> = [];
    row.forEach((x, c) => {
      const r = Math.round(x * 1000) / 1000;
      // Weights this small change no decision (a few hundredths of a logit): leaving them out
      // keeps the model file small.
      if (Math.abs(r) >= 0.05) pairs.push([c, r]);
    });
    if (pairs.length > 0) out[f] = pairs;
  }
  return { format: "athar-linear/1", classes, temperature, threshold, weights: out, trained };
}

/** The temperature that minimizes the negative log-likelihood of held-out examples. */
export function fitTemperature(m: LinearModel, heldOut: readonly Example[]): number {
  const idx = new Map(m.classes.map((c, i) => [c, i]));
  const raw = heldOut.map((ex) => ({ s: scores(m, ex.features), y: idx.get(ex.label) ?? 0 }));
  let best = 1;
  let bestLoss = Number.POSITIVE_INFINITY;
  for (let t = 0.05; t <= 20; t *= 1.1) {
    let loss = 0;
    for (const { s, y } of raw) loss -= Math.log(Math.max(1e-12, softmax(s, t)[y] as number));
    if (loss < bestLoss) {
      bestLoss = loss;
      best = t;
    }
  }
  return Math.round(best * 1000) / 1000;
}
