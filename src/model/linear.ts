// A multiclass linear model over sparse string features: an averaged perceptron for training
// (fast, deterministic, sparse weights) and a softmax over its scores with a temperature fitted
// on held-out data, so that a score becomes a calibrated probability.
import { z } from "zod";

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

/** A loaded model: weights in typed arrays by feature, for scoring without allocation. */
export interface LinearModel {
  classes: string[];
  temperature: number;
  threshold: number;
  weights: Map<string, { cls: Int32Array; w: Float64Array }>;
}

export function loadLinearModel(file: LinearModelFile): LinearModel {
  const weights = new Map<string, { cls: Int32Array; w: Float64Array }>();
  for (const [feature, pairs] of Object.entries(file.weights)) {
    for (const [c] of pairs)
      if (c >= file.classes.length)
        throw new Error(`feature ${feature}: class ${c} is out of range`);
    weights.set(feature, {
      cls: Int32Array.from(pairs.map((p) => p[0])),
      w: Float64Array.from(pairs.map((p) => p[1])),
    });
  }
  return {
    classes: file.classes,
    temperature: file.temperature,
    threshold: file.threshold,
    weights,
  };
}

/** Raw scores per class. */
export function scores(m: LinearModel, features: readonly string[]): Float64Array {
  const out = new Float64Array(m.classes.length);
  for (const f of features) {
    const e = m.weights.get(f);
    if (!e) continue;
    for (let k = 0; k < e.cls.length; k++) {
      const c = e.cls[k] as number;
      out[c] = (out[c] as number) + (e.w[k] as number);
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

/** A small deterministic PRNG (mulberry32) for the training order. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Features seen fewer times than this in training are dropped. */
  minCount: number;
}

/** Trains an averaged perceptron; returns weights by feature and class (temperature 1). */
export function trainPerceptron(
  examples: readonly Example[],
  classes: readonly string[],
  opts: TrainOptions,
): Map<string, Float64Array> {
  const counts = new Map<string, number>();
  for (const ex of examples)
    for (const f of new Set(ex.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const keep = (f: string) => (counts.get(f) ?? 0) >= opts.minCount;
  const index = new Map(classes.map((c, i) => [c, i]));
  const w = new Map<string, Float64Array>();
  // Averaging through the timestamp trick: total[f][c] accumulates weight × time held.
  const total = new Map<string, Float64Array>();
  const stamp = new Map<string, Float64Array>();
  const row = (m: Map<string, Float64Array>, f: string) => {
    let r = m.get(f);
    if (!r) {
      r = new Float64Array(classes.length);
      m.set(f, r);
    }
    return r;
  };
  const data = examples.map((ex) => ({
    features: [...new Set(ex.features)].filter(keep).sort(),
    label: index.get(ex.label) ?? 0,
  }));
  const order = data.map((_, i) => i);
  const rand = prng(opts.seed);
  let time = 0;
  const update = (f: string, c: number, delta: number) => {
    const wr = row(w, f);
    const tr = row(total, f);
    const sr = row(stamp, f);
    tr[c] = (tr[c] as number) + (time - (sr[c] as number)) * (wr[c] as number);
    sr[c] = time;
    wr[c] = (wr[c] as number) + delta;
  };
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const i of order) {
      time++;
      const ex = data[i] as (typeof data)[number];
      const s = new Float64Array(classes.length);
      for (const f of ex.features) {
        const r = w.get(f);
        if (r) for (let c = 0; c < s.length; c++) s[c] = (s[c] as number) + (r[c] as number);
      }
      let best = 0;
      for (let c = 1; c < s.length; c++) if ((s[c] as number) > (s[best] as number)) best = c;
      if (best === ex.label) continue;
      for (const f of ex.features) {
        update(f, ex.label, 1);
        update(f, best, -1);
      }
    }
  }
  const averaged = new Map<string, Float64Array>();
  for (const [f, wr] of [...w].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) {
    const tr = row(total, f);
    const sr = row(stamp, f);
    const avg = new Float64Array(classes.length);
    for (let c = 0; c < classes.length; c++) {
      const t = (tr[c] as number) + (time - (sr[c] as number)) * (wr[c] as number);
      avg[c] = t / time;
    }
    averaged.set(f, avg);
  }
  return averaged;
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
      if (r !== 0) pairs.push([c, r]);
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
