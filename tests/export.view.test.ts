// view.json: the graph without evidence, pointing at byte ranges of graph.json and
// articles.json. The two files stay byte for byte what they were; every range holds exactly
// the evidence (or the article) it names, in UTF-8 bytes, whatever the script of the text.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { facetsOf } from "../src/export/facets.js";
import { graphViewFiles, VIEW_FILE } from "../src/export/view.js";
import { type ArticlesFile, type GraphFile, ViewFile } from "../src/graph-schema.js";

const FIXTURES = join(import.meta.dirname, "fixtures");
const graph = JSON.parse(readFileSync(join(FIXTURES, "viewer-graph.json"), "utf8")) as GraphFile;
const articles = JSON.parse(
  readFileSync(join(FIXTURES, "viewer-articles.json"), "utf8"),
) as ArticlesFile;

const slice = (text: string, [start, length]: [number, number]) =>
  Buffer.from(text, "utf8")
    .subarray(start, start + length)
    .toString("utf8");

describe("view.json beside graph.json", () => {
  const files = graphViewFiles(graph, articles);
  const view = ViewFile.parse(JSON.parse(files[VIEW_FILE] as string));

  it("leaves graph.json and articles.json as JSON.stringify writes them", () => {
    expect(files["graph.json"]).toBe(`${JSON.stringify(graph)}\n`);
    expect(files["articles.json"]).toBe(`${JSON.stringify(articles)}\n`);
  });

  it("points each edge at the bytes of its own evidence array in graph.json", () => {
    expect(view.edges.length).toBe(graph.edges.length);
    view.edges.forEach((e, i) => {
      const original = graph.edges[i] as GraphFile["edges"][number];
      expect(e.key).toBe(original.key);
      expect(JSON.parse(slice(files["graph.json"] as string, e.evidence))).toEqual(
        original.attributes.evidence,
      );
      expect("evidence" in e.attributes).toBe(false);
    });
  });

  it("points event nodes at their evidence, and other nodes nowhere", () => {
    view.nodes.forEach((n, i) => {
      const original = graph.nodes[i] as GraphFile["nodes"][number];
      if (original.attributes.evidence === undefined) expect(n.evidence).toBeUndefined();
      else
        expect(JSON.parse(slice(files["graph.json"] as string, n.evidence ?? [0, 1]))).toEqual(
          original.attributes.evidence,
        );
    });
    expect(view.nodes.some((n) => n.evidence)).toBe(true);
  });

  it("points each article at its record in articles.json", () => {
    for (const a of articles.articles) {
      const range = view.articles[a.doc];
      expect(range).toBeDefined();
      expect(JSON.parse(slice(files["articles.json"] as string, range ?? [0, 1]))).toEqual(a);
    }
  });

  it("counts bytes, not characters: Arabic, diacritics and emoji before a range", () => {
    const e = graph.edges[0] as GraphFile["edges"][number];
    const ev = e.attributes.evidence[0];
    if (!ev) throw new Error("the fixture's first edge has evidence");
    const wide: GraphFile = {
      ...graph,
      edges: [
        {
          ...e,
          key: "a|CONSULT|b|affirmed",
          attributes: {
            ...e.attributes,
            evidence: [{ ...ev, sentence: "قالَ الرئيسُ 🇸🇦 «نعم»\u200f" }],
          },
        },
        ...graph.edges,
      ],
    };
    const f = graphViewFiles(wide, articles);
    const v = ViewFile.parse(JSON.parse(f[VIEW_FILE] as string));
    v.edges.forEach((edge, i) => {
      expect(JSON.parse(slice(f["graph.json"] as string, edge.evidence))).toEqual(
        wide.edges[i]?.attributes.evidence,
      );
    });
  });

  it("sums each edge's evidence by outlet and date for the filters", () => {
    view.edges.forEach((e, i) => {
      const evidence = graph.edges[i]?.attributes.evidence ?? [];
      expect(e.attributes.facets).toEqual(facetsOf(evidence));
      expect(e.attributes.facets.reduce((n, f) => n + f[2], 0)).toBe(evidence.length);
    });
  });

  it("is much smaller than graph.json when edges carry evidence", () => {
    expect((files[VIEW_FILE] as string).length).toBeLessThan(
      (files["graph.json"] as string).length,
    );
  });
});

describe("facets", () => {
  const base = {
    doc: "a.txt",
    sentence: "التقى بوتين كيم",
    span: [0, 5] as [number, number],
    attributed_to: null,
    modality: "asserted" as const,
    mode: null,
    confidence: 1,
    rule: "r",
    section: "body" as const,
    source_text: "بوتين",
    target_text: "كيم",
  };
  it("uses the evidence's own date, else its article's, and keeps a missing outlet apart", () => {
    const f = facetsOf([
      { ...base, outlet: "الجزيرة", article_date: "2018-03-01", date: null },
      { ...base, outlet: "الجزيرة", article_date: "2018-03-05", date: "2018-03-01" },
      { ...base, outlet: null, article_date: null, date: null },
      { ...base, outlet: "", article_date: null, date: null },
    ]);
    expect(f).toEqual([
      [null, null, 1],
      ["", null, 1],
      ["الجزيرة", "2018-03-01", 2],
    ]);
  });
});
