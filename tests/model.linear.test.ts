// The linear model: softmax regression over sparse features, trained to one minimum whatever
// the order of the examples, with probabilities that sum to one, and a model file that
// round-trips.
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
const opts = { minCount: 2, l2: 1e-3 };

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

  it("gives the same bytes for the same data, in any order of the examples", () => {
    const a = modelFile(trainSoftmax(examples, classes, opts), classes, 1, 0.5, {});
    const b = modelFile(trainSoftmax([...examples].reverse(), classes, opts), classes, 1, 0.5, {});
    expect(Object.keys(a.weights).length).toBeGreaterThan(0);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it("moves only a little when one example is added", () => {
    const a = loadLinearModel(
      modelFile(trainSoftmax(examples, classes, opts), classes, 1, 0.5, {}),
    );
    const more: Example[] = [
      ...examples,
      { features: ["bias", "bw:في", "d:1"], label: "ACCUSE>", group: "x" },
    ];
    const b = loadLinearModel(modelFile(trainSoftmax(more, classes, opts), classes, 1, 0.5, {}));
    for (const f of [
      ["bias", "bw:أدان"],
      ["bias", "bw:التقى"],
      ["bias", "bw:في"],
    ]) {
      const pa = predict(a, f);
      const pb = predict(b, f);
      pa.forEach((p, c) => {
        expect(Math.abs(p - (pb[c] as number))).toBeLessThan(0.05);
      });
    }
  });

  it("is pulled towards zero by a larger penalty", () => {
    const weak = trainSoftmax(examples, classes, { minCount: 2, l2: 1e-3 });
    const strong = trainSoftmax(examples, classes, { minCount: 2, l2: 1 });
    const size = (w: Map<string, Float64Array>) =>
      [...w.values()].reduce((s, row) => s + row.reduce((t, x) => t + x * x, 0), 0);
    expect(size(strong)).toBeLessThan(size(weak) / 10);
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
