import { describe, expect, it } from "vitest";
import { analyze, KIND_COLORS } from "../src/analyze/index.js";
import { initialPosition, layoutIterations } from "../src/analyze/layout.js";
import { graphFromFile, graphToFile } from "../src/graph-file.js";
import { GraphFile } from "../src/graph-schema.js";
import { sampleGraphFile } from "../src/query/sample.js";

const sample = () => graphFromFile(sampleGraphFile());

describe("analyze", () => {
  it("gives the same bytes for the same graph, run after run", () => {
    const a = JSON.stringify(graphToFile(analyze(sample()), sampleGraphFile().meta));
    const b = JSON.stringify(graphToFile(analyze(sample()), sampleGraphFile().meta));
    expect(a).toBe(b);
  });

  it("leaves its input untouched and returns a copy", () => {
    const g = sample();
    const before = JSON.stringify(g.export());
    const out = analyze(g);
    expect(JSON.stringify(g.export())).toBe(before);
    expect(out).not.toBe(g);
    expect(g.getNodeAttribute("state:RU", "pagerank")).toBeUndefined();
  });

  it("stores degree as the number of incident edges and weighted degree as their weight sum", () => {
    const out = analyze(sample());
    // روسيا: AID from KP (weight 2), negated AID (1), SANCTION from US, ROLE of Putin and Shoigu,
    // LOCATED_IN of Vladivostok.
    expect(out.getNodeAttribute("state:RU", "degree")).toBe(6);
    expect(out.getNodeAttribute("state:RU", "weighted_degree")).toBe(7);
    expect(out.getNodeAttribute("person:unk-park-jin", "degree")).toBe(0);
  });

  it("ranks the state everybody points at above an isolated name", () => {
    const out = analyze(sample());
    const ru = out.getNodeAttribute("state:RU", "pagerank") ?? 0;
    const park = out.getNodeAttribute("person:unk-park-jin", "pagerank") ?? 0;
    expect(ru).toBeGreaterThan(park);
    let total = 0;
    out.forEachNode((_n, a) => {
      total += a.pagerank ?? 0;
    });
    expect(total).toBeCloseTo(1, 4);
  });

  it("colours by kind from the fixed palette and sizes by degree", () => {
    const out = analyze(sample());
    expect(out.getNodeAttribute("state:KP", "color")).toBe(KIND_COLORS.state);
    expect(out.getNodeAttribute("person:kim-jong-un", "color")).toBe(KIND_COLORS.person);
    expect(out.getNodeAttribute("event:summit-kim-putin-2023-09-13", "color")).toBe(
      KIND_COLORS.event,
    );
    const big = out.getNodeAttribute("state:RU", "size") ?? 0;
    const small = out.getNodeAttribute("place:vladivostok", "size") ?? 0;
    expect(big).toBeGreaterThan(small);
  });

  it("puts tightly linked nodes in one community and gives every node finite coordinates", () => {
    const out = analyze(sample());
    out.forEachNode((_n, a) => {
      expect(Number.isInteger(a.community)).toBe(true);
      expect(Number.isFinite(a.x)).toBe(true);
      expect(Number.isFinite(a.y)).toBe(true);
    });
    expect(out.getNodeAttribute("event:summit-kim-putin-2023-09-13", "community")).toBe(
      out.getNodeAttribute("person:kim-jong-un", "community"),
    );
  });

  it("keeps the graph file valid after analysis", () => {
    const file = graphToFile(analyze(sample()), sampleGraphFile().meta);
    expect(GraphFile.safeParse(file).success).toBe(true);
  });

  it("handles an empty graph", () => {
    const file = sampleGraphFile();
    file.nodes = [];
    file.edges = [];
    expect(analyze(graphFromFile(file)).order).toBe(0);
  });

  it("seeds each start position from the node key alone", () => {
    expect(initialPosition("state:KP", 1, 100)).toEqual(initialPosition("state:KP", 1, 100));
    expect(initialPosition("state:KP", 1, 100)).not.toEqual(initialPosition("state:RU", 1, 100));
  });

  it("runs fewer layout iterations on bigger graphs", () => {
    expect(layoutIterations(10)).toBeGreaterThan(layoutIterations(10_000));
    expect(layoutIterations(1_000_000)).toBeGreaterThanOrEqual(30);
    expect(layoutIterations(73)).toBe(500);
  });
});
