// Limited-memory BFGS (Nocedal & Wright, Numerical Optimization, algorithms 7.4 and 7.5) with
// a backtracking line search on the Armijo condition, over one flat Float64Array. Written
// here because the models are small and npm offers no maintained minimizer over typed
// arrays. For a strictly convex objective (logistic regression with an L2 penalty) it finds
// the one minimum whatever the order of the data, so a model trained on nearly the same data
// comes out nearly the same.

/** The value at `x`, with its gradient written into `grad`. */
export type Objective = (x: Float64Array, grad: Float64Array) => number;

export interface MinimizeOptions {
  /** Pairs of steps and gradient changes kept for the curvature estimate. */
  memory?: number;
  maxIterations?: number;
  /** Stop when the gradient's largest component is at most this. */
  gradientTolerance?: number;
  /** Stop when an iteration lowers the value by less than this, relatively. */
  valueTolerance?: number;
}

export interface Minimum {
  x: Float64Array;
  value: number;
  iterations: number;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] as number) * (b[i] as number);
  return s;
}

function maxAbs(a: Float64Array): number {
  let m = 0;
  for (const v of a) m = Math.max(m, Math.abs(v));
  return m;
}

/** The search direction -H·g from the kept pairs (the two-loop recursion). */
function direction(
  g: Float64Array,
  s: Float64Array[],
  y: Float64Array[],
  rho: number[],
): Float64Array {
  const q = Float64Array.from(g);
  const alpha = new Array<number>(s.length);
  for (let k = s.length - 1; k >= 0; k--) {
    const a = (rho[k] as number) * dot(s[k] as Float64Array, q);
    alpha[k] = a;
    const yk = y[k] as Float64Array;
    for (let i = 0; i < q.length; i++) q[i] = (q[i] as number) - a * (yk[i] as number);
  }
  const last = s.length - 1;
  const gamma =
    last >= 0
      ? dot(s[last] as Float64Array, y[last] as Float64Array) /
        dot(y[last] as Float64Array, y[last] as Float64Array)
      : 1;
  for (let i = 0; i < q.length; i++) q[i] = (q[i] as number) * gamma;
  for (let k = 0; k < s.length; k++) {
    const b = (rho[k] as number) * dot(y[k] as Float64Array, q);
    const sk = s[k] as Float64Array;
    const a = alpha[k] as number;
    for (let i = 0; i < q.length; i++) q[i] = (q[i] as number) + (a - b) * (sk[i] as number);
  }
  for (let i = 0; i < q.length; i++) q[i] = -(q[i] as number);
  return q;
}

/** The minimum of `f` from `x0` (not changed). Deterministic: no randomness, fixed order. */
export function minimize(f: Objective, x0: Float64Array, opts: MinimizeOptions = {}): Minimum {
  const memory = opts.memory ?? 10;
  const maxIterations = opts.maxIterations ?? 500;
  const gradientTolerance = opts.gradientTolerance ?? 1e-6;
  const valueTolerance = opts.valueTolerance ?? 1e-10;
  const n = x0.length;
  const x = Float64Array.from(x0);
  const g = new Float64Array(n);
  let value = f(x, g);
  const s: Float64Array[] = [];
  const y: Float64Array[] = [];
  const rho: number[] = [];
  let iterations = 0;
  const xNew = new Float64Array(n);
  const gNew = new Float64Array(n);
  while (iterations < maxIterations && maxAbs(g) > gradientTolerance) {
    iterations++;
    let d = direction(g, s, y, rho);
    let slope = dot(g, d);
    if (slope >= 0) {
      // Not a descent direction (the curvature pairs went stale): start again from -g.
      s.length = y.length = rho.length = 0;
      d = g.map((v) => -v);
      slope = dot(g, d);
    }
    // The first step is scaled so that it moves by at most 1 in any coordinate.
    let step = s.length === 0 ? Math.min(1, 1 / Math.max(1e-12, maxAbs(d))) : 1;
    let valueNew = Number.NaN;
    for (let tries = 0; tries < 40; tries++) {
      for (let i = 0; i < n; i++) xNew[i] = (x[i] as number) + step * (d[i] as number);
      valueNew = f(xNew, gNew);
      if (valueNew <= value + 1e-4 * step * slope) break;
      step /= 2;
    }
    if (!(valueNew < value)) break;
    const sk = new Float64Array(n);
    const yk = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      sk[i] = (xNew[i] as number) - (x[i] as number);
      yk[i] = (gNew[i] as number) - (g[i] as number);
    }
    const sy = dot(sk, yk);
    if (sy > 1e-12) {
      if (s.length === memory) {
        s.shift();
        y.shift();
        rho.shift();
      }
      s.push(sk);
      y.push(yk);
      rho.push(1 / sy);
    }
    const drop = value - valueNew;
    x.set(xNew);
    g.set(gNew);
    value = valueNew;
    if (drop <= valueTolerance * Math.max(1, Math.abs(value))) break;
  }
  return { x, value, iterations };
}
