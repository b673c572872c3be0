import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../src/analyze/index.js";
import { GraphFileError, loadGraph, parseGraph, relations, toGexf, toJson } from "../src/api.js";
import { graphFromFile } from "../src/graph-file.js";
import { sampleGraphFile } from "../src/query/sample.js";

const dir = mkdtempSync(join(tmpdir(), "athar-load-"));
function file(name: string, content: string): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}
const sampleJson = () => JSON.stringify(sampleGraphFile());

async function loadError(path: string): Promise<GraphFileError> {
  try {
    await loadGraph(path);
  } catch (err) {
    expect(err).toBeInstanceOf(GraphFileError);
    return err as GraphFileError;
  }
  throw new Error(`${path} loaded`);
}

describe("loadGraph", () => {
  it("loads, validates and indexes a graph.json", async () => {
    const kg = await loadGraph(file("graph.json", sampleJson()));
    expect(kg.graph.order).toBe(11);
    expect(kg.meta?.schema).toBe("athar-graph/1");
    expect(relations(kg, { source: "كوريا الشمالية", type: "AID" }).length).toBe(2);
  });

  it("loads what toJson writes, analysis attributes included", async () => {
    const g = analyze(graphFromFile(sampleGraphFile()));
    const kg = await loadGraph(
      file("analysed.json", toJson(g, sampleGraphFile().meta, { pretty: true })),
    );
    expect(kg.graph.getNodeAttribute("state:RU", "pagerank")).toBe(
      g.getNodeAttribute("state:RU", "pagerank"),
    );
  });

  it("names the file and the problem for a missing file", async () => {
    const e = await loadError(join(dir, "nope.json"));
    expect(e.file).toBe(join(dir, "nope.json"));
    expect(e.message).toContain("nope.json");
    expect(e.message).toContain("no such file");
  });

  it("says a GEXF is not a graph.json", async () => {
    const e = await loadError(file("graph.gexf", toGexf(graphFromFile(sampleGraphFile()))));
    expect(e.message).toContain("graph.gexf");
    expect(e.message).toContain("GEXF");
  });

  it("says truncated JSON ends early", async () => {
    const text = sampleJson();
    const e = await loadError(file("cut.json", text.slice(0, Math.floor(text.length / 2))));
    expect(e.message).toContain("cut.json");
    expect(e.message).toMatch(/truncated/);
  });

  it("recognises truncation wherever the file was cut", () => {
    const text = JSON.stringify(sampleGraphFile(), null, 1);
    for (let cut = 1; cut < text.length; cut += 97) {
      expect(() => parseGraph(text.slice(0, cut), "g.json")).toThrow(/truncated/);
    }
  });

  it("calls JSON broken in the middle invalid, not truncated", () => {
    const text = sampleJson().replace('"nodes":[', '"nodes":[}');
    expect(() => parseGraph(text, "g.json")).toThrow(/not valid JSON/);
  });

  it("names the schema version it found and the one it reads", async () => {
    const old = sampleGraphFile() as unknown as { meta: { schema: string } };
    old.meta.schema = "athar-graph/0";
    const e = await loadError(file("old.json", JSON.stringify(old)));
    expect(e.message).toContain('"athar-graph/0"');
    expect(e.message).toContain('"athar-graph/1"');
  });

  it("says a plain graphology export has no meta", async () => {
    const g = graphFromFile(sampleGraphFile());
    const e = await loadError(file("plain.json", JSON.stringify(g.export())));
    expect(e.message).toMatch(/no "meta"/);
  });

  it("points at the entries that do not fit the schema", async () => {
    const bad = sampleGraphFile() as unknown as { nodes: { attributes: { kind: string } }[] };
    (bad.nodes[2] as { attributes: { kind: string } }).attributes.kind = "planet";
    const e = await loadError(file("bad.json", JSON.stringify(bad)));
    expect(e.message).toContain("nodes.2.attributes.kind");
  });

  it("rejects an empty file, an HTML page, a JSON array and an edge to a missing node", async () => {
    expect((await loadError(file("empty.json", ""))).message).toContain("empty");
    expect((await loadError(file("page.json", "<!DOCTYPE html><html></html>"))).message).toContain(
      "HTML",
    );
    expect((await loadError(file("array.json", "[1,2]"))).message).toContain("not an athar graph");
    const dangling = sampleGraphFile();
    dangling.nodes = dangling.nodes.filter((n) => n.key !== "state:RU");
    expect((await loadError(file("dangling.json", JSON.stringify(dangling)))).message).toContain(
      "inconsistent graph",
    );
  });

  it("says a folder is a folder", async () => {
    expect((await loadError(dir)).message).toContain("folder");
  });
});
