// A multiclass linear model over sparse string features: multinomial logistic regression
// trained to the one minimum of its penalized log-loss (deterministic, whatever the order of
// the examples), and a softmax over its scores, so that a score is a probability (a
// temperature fitted on held-out data can correct its calibration).
import { z } from "zod";
import { minimize } from "./lbfgs.js";

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
  /** How the model was made: data, training, penalty, counts. */
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
  /** Features seen fewer times than this in training are dropped. */
  minCount: number;
  /** The L2 penalty: (l2 / 2) times the squared weights, against the mean log-loss. */
  l2: number;
  maxIterations?: number;
}

/**
 * Trains a multinomial logistic regression by minimizing its mean log-loss plus an L2 penalty
 * over all the examples at once (L-BFGS, src/model/lbfgs.ts). The objective is strictly
 * convex, so the weights are its one minimum: they do not depend on the order of the
 * examples, and a few more or fewer examples move them only a little.
 */
export function trainSoftmax(
  examples: readonly Example[],
  classes: readonly string[],
  opts: TrainOptions,
): Map<string, Float64Array> {
  const counts = new Map<string, number>();
  for (const ex of examples)
    for (const f of new Set(ex.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const features = [...counts.keys()]
    .filter((f) => (counts.get(f) as number) >= opts.minCount)
    .sort();
  const col = new Map(features.map((f, i) => [f, i]));
  const index = new Map(classes.map((c, i) => [c, i]));
  const n = classes.length;
  const data = examples.map((ex) => ({
    rows: Int32Array.from(
      [...new Set(ex.features)].flatMap((f) => {
        const i = col.get(f);
        return i === undefined ? [] : [i * n];
      }),
    ),
    label: index.get(ex.label) ?? 0,
  }));
  const inv = 1 / Math.max(1, data.length);
  const s = new Float64Array(n);
  const objective = (w: Float64Array, grad: Float64Array): number => {
    let loss = 0;
    for (let i = 0; i < w.length; i++) {
      const x = w[i] as number;
      loss += 0.5 * opts.l2 * x * x;
      grad[i] = opts.l2 * x;
    }
    for (const ex of data) {
      s.fill(0);
      for (const r of ex.rows)
        for (let c = 0; c < n; c++) s[c] = (s[c] as number) + (w[r + c] as number);
      const p = softmax(s, 1);
      loss -= inv * Math.log(Math.max(1e-300, p[ex.label] as number));
      for (const r of ex.rows)
        for (let c = 0; c < n; c++)
          grad[r + c] =
            (grad[r + c] as number) + inv * ((p[c] as number) - (c === ex.label ? 1 : 0));
    }
    return loss;
  };
  const { x } = minimize(objective, new Float64Array(features.length * n), {
    maxIterations: opts.maxIterations ?? 400,
  });
  const out = new Map<string, Float64Array>();
  features.forEach((f, i) => {
    out.set(f, x.slice(i * n, i * n + n));
  });
  return out;
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
