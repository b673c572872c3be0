// The linear model: softmax regression over sparse features, deterministic for a seed, with
// probabilities that sum to one, and a model file that round-trips.
import { describe, expect, it } from "vitest";
import {
  type Example,
  fitTemperature,
  LinearModelFile,
  loadLinearModel,
  modelFile,
  NONE,
  predict,
  trainSoftmax,
} from "../src/model/linear.js";

// Pairs of actors with the words between them: a condemnation, a meeting, or nothing.
const examples: Example[] = [
  ...Array.from({ length: 30 }, (_, i) => ({
    features: ["bias", "bw:أدان", `d:${i % 3}`],
    label: "ACCUSE>",
    group: `a${i}`,
  })),
  ...Array.from({ length: 30 }, (_, i) => ({
    features: ["bias", "bw:التقى", `d:${i % 3}`],
    label: "CONSULT>",
    group: `c${i}`,
  })),
  ...Array.from({ length: 60 }, (_, i) => ({
    features: ["bias", "bw:في", `d:${i % 3}`],
    label: NONE,
    group: `n${i}`,
  })),
];
const classes = [NONE, "ACCUSE>", "CONSULT>"];
const opts = { epochs: 4, seed: 7, minCount: 2, l2: 1e-3, rate: 0.1 };

describe("softmax regression", () => {
  it("learns which words between two actors make which relation", () => {
    const m = loadLinearModel(
      modelFile(trainSoftmax(examples, classes, opts), classes, 1, 0.5, {}),
    );
    const argmax = (f: string[]) => {
      const p = predict(m, f);
      return classes[p.indexOf(Math.max(...p))];
    };
    expect(argmax(["bias", "bw:أدان", "d:1"])).toBe("ACCUSE>");
    expect(argmax(["bias", "bw:التقى", "d:2"])).toBe("CONSULT>");
    expect(argmax(["bias", "bw:في", "d:0"])).toBe(NONE);
    const p = predict(m, ["bias", "bw:أدان"]);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it("gives the same bytes for the same data and seed, and the same decisions in another order", () => {
    const a = modelFile(trainSoftmax(examples, classes, opts), classes, 1, 0.5, {});
    const b = modelFile(trainSoftmax([...examples].reverse(), classes, opts), classes, 1, 0.5, {});
    expect(JSON.stringify(a)).not.toBe("");
    // The seeded shuffle permutes positions, so another input order visits the examples in
    // another order: the weights differ in the last digits, the decisions do not.
    const ma = loadLinearModel(a);
    const mb = loadLinearModel(b);
    for (const f of [
      ["bias", "bw:أدان"],
      ["bias", "bw:التقى"],
      ["bias", "bw:في"],
    ])
      expect(predict(mb, f).indexOf(Math.max(...predict(mb, f)))).toBe(
        predict(ma, f).indexOf(Math.max(...predict(ma, f))),
      );
    const again = modelFile(trainSoftmax(examples, classes, opts), classes, 1, 0.5, {});
    expect(JSON.stringify(again)).toBe(JSON.stringify(a));
  });

  it("drops features seen fewer times than minCount and keeps the file valid", () => {
    const rare: Example[] = [...examples, { features: ["bw:نادر"], label: "ACCUSE>", group: "r" }];
    const file = modelFile(trainSoftmax(rare, classes, opts), classes, 1, 0.5, {});
    expect(file.weights["bw:نادر"]).toBeUndefined();
    expect(LinearModelFile.safeParse(JSON.parse(JSON.stringify(file))).success).toBe(true);
  });

  it("fits a temperature that makes held-out probabilities no worse calibrated", () => {
    const m = loadLinearModel(
      modelFile(trainSoftmax(examples, classes, opts), classes, 1, 0.5, {}),
    );
    const t = fitTemperature(m, examples.slice(0, 40));
    expect(t).toBeGreaterThan(0);
  });
});
