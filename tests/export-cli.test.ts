import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MultiDirectedGraph } from "graphology";
import gexf from "graphology-gexf";
import { describe, expect, it, vi } from "vitest";
import { main } from "../src/cli.js";
import { GraphFile } from "../src/graph-schema.js";
import { sampleGraphFile } from "../src/query/sample.js";

const dir = mkdtempSync(join(tmpdir(), "athar-export-cli-"));
const GRAPH = join(dir, "graph.json");
writeFileSync(GRAPH, JSON.stringify(sampleGraphFile()));

async function athar(...args: string[]): Promise<{ code: number; err: string }> {
  const err: string[] = [];
  const error = vi.spyOn(console, "error").mockImplementation((...a) => void err.push(a.join(" ")));
  const write = vi.spyOn(process.stderr, "write").mockImplementation((s) => {
    err.push(String(s));
    return true;
  });
  try {
    return { code: await main(["node", "athar", ...args]), err: err.join("\n") };
  } finally {
    error.mockRestore();
    write.mockRestore();
  }
}

describe("athar export", () => {
  it("writes GEXF that graphology reads back, laid out even when graph.json was not analysed", async () => {
    const out = join(dir, "out.gexf");
    const r = await athar("export", "--format", "gexf", "--graph", GRAPH, "--out", out);
    expect(r.code).toBe(0);
    expect(r.err).toContain("11 nodes, 13 edges");
    const g = gexf.parse(MultiDirectedGraph, readFileSync(out, "utf8"));
    expect(g.order).toBe(11);
    expect(typeof g.getNodeAttribute("state:RU", "x")).toBe("number");
    expect(readdirSync(dir).filter((f) => f.includes(".tmp"))).toEqual([]);
  });

  it("writes nodes.csv and edges.csv into a folder, with a BOM", async () => {
    const out = join(dir, "tables");
    expect((await athar("export", "--format", "csv", "-g", GRAPH, "-o", out)).code).toBe(0);
    expect(readFileSync(join(out, "nodes.csv"), "utf8").startsWith("\uFEFFid,label_ar")).toBe(true);
    expect(readFileSync(join(out, "edges.csv"), "utf8")).toContain("تنفي كوريا الشمالية");
  });

  it("writes graph.graphml into an existing folder and graph.json that validates", async () => {
    const folder = join(dir, "ml/");
    expect((await athar("export", "-f", "graphml", "-g", GRAPH, "-o", folder)).code).toBe(0);
    expect(existsSync(join(folder, "graph.graphml"))).toBe(true);
    const json = join(dir, "copy.json");
    expect(
      (await athar("export", "-f", "json", "-g", GRAPH, "-o", json, "--no-analyze")).code,
    ).toBe(0);
    expect(GraphFile.safeParse(JSON.parse(readFileSync(json, "utf8"))).success).toBe(true);
  });

  it("refuses parquet and plover for a graph.json without its build's files, naming one", async () => {
    for (const format of ["parquet", "plover"]) {
      const out = join(dir, `whole-build-${format}`);
      const r = await athar("export", "-f", format, "-g", GRAPH, "-o", out);
      expect(r.code, format).toBe(2);
      expect(r.err, format).toMatch(/(mentions|triples)\.jsonl: no such file/);
      expect(existsSync(out), format).toBe(false);
    }
  });

  it("refuses an unknown format and a graph that is not athar's", async () => {
    expect((await athar("export", "-f", "pdf", "-g", GRAPH, "-o", join(dir, "x"))).code).not.toBe(
      0,
    );
    const bad = join(dir, "bad.json");
    writeFileSync(bad, '{"meta": {"schema": "athar-graph/0"}}');
    const r = await athar("export", "-f", "gexf", "-g", bad, "-o", join(dir, "y.gexf"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("athar-graph/0");
    expect(existsSync(join(dir, "y.gexf"))).toBe(false);
  });
});
