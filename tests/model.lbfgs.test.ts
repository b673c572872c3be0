// L-BFGS: the minimum of smooth functions, from the gradient alone, deterministically.
import { describe, expect, it } from "vitest";
import { minimize } from "../src/model/lbfgs.js";

describe("minimize", () => {
  it("finds the minimum of an ill-conditioned quadratic", () => {
    // f(x) = sum_i c_i (x_i - i)^2, curvatures from 1 to 1000.
    const c = [1, 10, 100, 1000];
    const f = (x: Float64Array, g: Float64Array) => {
      let v = 0;
      x.forEach((xi, i) => {
        const d = xi - i;
        v += (c[i] as number) * d * d;
        g[i] = 2 * (c[i] as number) * d;
      });
      return v;
    };
    const m = minimize(f, new Float64Array(4));
    m.x.forEach((xi, i) => {
      expect(xi).toBeCloseTo(i, 5);
    });
    expect(m.value).toBeLessThan(1e-9);
  });

  it("finds the minimum of the Rosenbrock function from its usual start", () => {
    const f = (x: Float64Array, g: Float64Array) => {
      const [a, b] = [x[0] as number, x[1] as number];
      g[0] = -2 * (1 - a) - 400 * a * (b - a * a);
      g[1] = 200 * (b - a * a);
      return (1 - a) ** 2 + 100 * (b - a * a) ** 2;
    };
    const m = minimize(f, Float64Array.from([-1.2, 1]), { maxIterations: 1000 });
    expect(m.x[0]).toBeCloseTo(1, 4);
    expect(m.x[1]).toBeCloseTo(1, 4);
  });

  it("leaves the start untouched and gives the same bytes twice", () => {
    const f = (x: Float64Array, g: Float64Array) => {
      g[0] = 2 * ((x[0] as number) - 3);
      return ((x[0] as number) - 3) ** 2;
    };
    const start = Float64Array.from([10]);
    const a = minimize(f, start);
    const b = minimize(f, start);
    expect(start[0]).toBe(10);
    expect(Buffer.from(a.x.buffer).equals(Buffer.from(b.x.buffer))).toBe(true);
    expect(a.x[0]).toBeCloseTo(3, 8);
  });
});
