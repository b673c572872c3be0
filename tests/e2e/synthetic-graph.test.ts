// src/synthetic-graph.ts: valid against the schema, deterministic, spans that point into the
// generated articles, and the requested size.
import { describe, expect, it } from "vitest";
import { ArticlesFile, GraphFile } from "../../src/graph-schema.js";
import { syntheticArticles, syntheticGraph } from "../../src/synthetic-graph.js";

describe("syntheticGraph", () => {
  const g = syntheticGraph({ nodes: 500, edges: 2000, seed: 7 });

  it("validates against GraphFile and ArticlesFile", () => {
    expect(GraphFile.safeParse(g).success).toBe(true);
    expect(ArticlesFile.safeParse(syntheticArticles(g)).success).toBe(true);
  });

  it("has the requested size, no self loops, every endpoint a node", () => {
    expect(g.nodes.length).toBe(500);
    expect(g.edges.length).toBe(2000);
    const ids = new Set(g.nodes.map((n) => n.key));
    expect(ids.size).toBe(500);
    expect(new Set(g.edges.map((e) => e.key)).size).toBe(2000);
    for (const e of g.edges) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      expect(e.source).not.toBe(e.target);
    }
    const kinds = new Set(g.nodes.map((n) => n.attributes.kind));
    expect(kinds.size).toBe(5);
    expect(new Set(g.edges.map((e) => e.attributes.family)).size).toBe(3);
  });

  it("is deterministic in its seed", () => {
    const again = syntheticGraph({ nodes: 500, edges: 2000, seed: 7 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(g));
    expect(JSON.stringify(syntheticGraph({ nodes: 500, edges: 2000, seed: 8 }))).not.toBe(
      JSON.stringify(g),
    );
  });

  it("gives spans that quote the articles", () => {
    const texts = new Map(syntheticArticles(g).articles.map((a) => [a.doc, a.text]));
    for (const e of g.edges.slice(0, 300)) {
      for (const ev of e.attributes.evidence) {
        const quote = texts.get(ev.doc)?.slice(ev.span[0], ev.span[1]) ?? "";
        expect(quote.length).toBeGreaterThan(0);
        expect(ev.sentence).toContain(quote);
      }
    }
  });

  it("can leave evidence out for small files", () => {
    const bare = syntheticGraph({ nodes: 100, edges: 300, seed: 1, evidencePerEdge: 0 });
    expect(bare.edges.every((e) => e.attributes.evidence.length === 0)).toBe(true);
    expect(GraphFile.safeParse(bare).success).toBe(true);
  });
});
