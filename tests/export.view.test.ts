// view.json and view-edges.json: the graph without evidence, pointing at byte ranges of
// graph.json and articles.json. The two files stay byte for byte what they were; every range
// holds exactly the evidence (or the article) it names, in UTF-8 bytes, whatever the script of
// the text; the edges' columns give back every edge of graph.json but its evidence.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { facetsOf } from "../src/export/facets.js";
import { graphViewFiles, VIEW_EDGES_FILE, VIEW_FILE } from "../src/export/view.js";
import { columnsProblem, viewNodesFromColumns } from "../src/export/view-nodes.js";
import {
  type ArticlesFile,
  derivedEdgeKey,
  type GraphFile,
  VIEW_EDGE_COLUMNS,
  VIEW_NODE_COLUMNS,
  ViewEdge,
  ViewEdgesFile,
  ViewFile,
  ViewNode,
} from "../src/graph-schema.js";

const FIXTURES = join(import.meta.dirname, "fixtures");
const graph = JSON.parse(readFileSync(join(FIXTURES, "viewer-graph.json"), "utf8")) as GraphFile;
const articles = JSON.parse(
  readFileSync(join(FIXTURES, "viewer-articles.json"), "utf8"),
) as ArticlesFile;

const slice = (text: string, [start, length]: [number, number]) =>
  Buffer.from(text, "utf8")
    .subarray(start, start + length)
    .toString("utf8");

/** The nodes as records again, read from the columns the way the viewer reads them. */
const nodeRows = (files: Record<string, string>): ViewNode[] =>
  viewNodesFromColumns(ViewFile.parse(JSON.parse(files[VIEW_FILE] as string)).nodes).map((n) =>
    ViewNode.parse(n),
  );

/** The edges as rows again, read from the columns the way the viewer reads them. */
function edgeRows(files: Record<string, string>): ViewEdge[] {
  const nodes = nodeRows(files);
  const c = ViewEdgesFile.parse(JSON.parse(files[VIEW_EDGES_FILE] as string));
  const node = (i: number) => nodes[i]?.key as string;
  return c.type.map((type, i) => {
    const [source, target, polarity] = [
      node(c.source[i] ?? -1),
      node(c.target[i] ?? -1),
      c.polarity[i],
    ];
    const attributes = {
      type,
      family: c.family[i],
      mode: c.mode[i],
      polarity,
      weight: c.weight[i],
      mentions: c.mentions[i],
      first_date: c.first_date[i],
      last_date: c.last_date[i],
      ...(c.title[i] === null ? {} : { title: c.title[i] }),
      ...(c.role[i] === null ? {} : { role: c.role[i] }),
      facets: c.facets[i],
    };
    const key = c.key[i] ?? derivedEdgeKey(source, type, target, polarity as string);
    return ViewEdge.parse({ key, source, target, attributes, evidence: c.evidence[i] });
  });
}

describe("view.json and view-edges.json beside graph.json", () => {
  const files = graphViewFiles(graph, articles);
  const view = ViewFile.parse(JSON.parse(files[VIEW_FILE] as string));
  const nodes = nodeRows(files);
  const edges = edgeRows(files);

  it("gives back every node of graph.json, in order, but for its evidence, colour and size", () => {
    expect(nodes.length).toBe(graph.nodes.length);
    nodes.forEach((n, i) => {
      const original = graph.nodes[i] as GraphFile["nodes"][number];
      const { evidence: _, color: __, size: ___, ...attributes } = original.attributes;
      expect({ key: n.key, attributes: n.attributes }).toEqual({ key: original.key, attributes });
    });
  });

  it("writes the nodes as columns of one length, a lone alias and no roles as null", () => {
    const c = JSON.parse(files[VIEW_FILE] as string).nodes as Record<string, unknown[]>;
    expect(Object.keys(c)).toEqual(VIEW_NODE_COLUMNS);
    for (const column of VIEW_NODE_COLUMNS) expect(c[column]?.length).toBe(graph.nodes.length);
    expect(c.aliases?.some((a) => a === null)).toBe(true);
    expect(c.roles?.some((r) => r === null)).toBe(true);
    expect(columnsProblem(c)).toBeNull();
    expect(columnsProblem({ ...c, kind: c.kind?.slice(1) })).toMatch(/nodes\.kind: \d+ entries/);
    expect(columnsProblem([])).toMatch(/object of columns/);
  });

  it("leaves the list of documents out of view.json's meta, and keeps the counts", () => {
    expect("documents" in view.meta).toBe(false);
    expect(view.meta.counts).toEqual(graph.meta.counts);
  });

  it("names the edges' file and how many edges it holds", () => {
    expect(view.files.edges).toBe(VIEW_EDGES_FILE);
    expect(view.edge_count).toBe(graph.edges.length);
    expect("edges" in JSON.parse(files[VIEW_FILE] as string)).toBe(false);
  });

  it("gives back every edge of graph.json, in order, but for its evidence", () => {
    expect(edges.length).toBe(graph.edges.length);
    edges.forEach((e, i) => {
      const { evidence: _, ...attributes } = (graph.edges[i] as GraphFile["edges"][number])
        .attributes;
      const { facets: __, ...rest } = e.attributes;
      expect({ key: e.key, source: e.source, target: e.target, attributes: rest }).toEqual({
        ...(graph.edges[i] as GraphFile["edges"][number]),
        attributes,
      });
    });
  });

  it("writes a key only where it is not source|type|target|polarity, each column as long", () => {
    const c = JSON.parse(files[VIEW_EDGES_FILE] as string) as ViewEdgesFile;
    for (const column of VIEW_EDGE_COLUMNS) expect(c[column].length).toBe(graph.edges.length);
    expect(c.key.some((k) => k === null)).toBe(true);
    const odd: GraphFile = {
      ...graph,
      edges: graph.edges.map((e, i) => (i === 0 ? { ...e, key: "other-key" } : e)),
    };
    const f = graphViewFiles(odd, articles);
    const oddKeys = (JSON.parse(f[VIEW_EDGES_FILE] as string) as ViewEdgesFile).key;
    expect(oddKeys[0]).toBe("other-key");
    expect(edgeRows(f)[0]?.key).toBe("other-key");
  });

  it("refuses an edge whose end is not among the nodes", () => {
    const first = graph.edges[0] as GraphFile["edges"][number];
    const broken: GraphFile = { ...graph, edges: [{ ...first, target: "person:nobody" }] };
    expect(() => graphViewFiles(broken, articles)).toThrow(/person:nobody|does not have/);
  });

  it("writes the same bytes for the same graph", () => {
    expect(graphViewFiles(graph, articles)).toEqual(files);
  });

  it("leaves graph.json and articles.json as JSON.stringify writes them", () => {
    expect(files["graph.json"]).toBe(`${JSON.stringify(graph)}\n`);
    expect(files["articles.json"]).toBe(`${JSON.stringify(articles)}\n`);
  });

  it("points each edge at the bytes of its own evidence array in graph.json", () => {
    expect(edges.length).toBe(graph.edges.length);
    edges.forEach((e, i) => {
      const original = graph.edges[i] as GraphFile["edges"][number];
      expect(e.key).toBe(original.key);
      expect(JSON.parse(slice(files["graph.json"] as string, e.evidence))).toEqual(
        original.attributes.evidence,
      );
      expect("evidence" in e.attributes).toBe(false);
    });
  });

  it("points event nodes at their evidence, and other nodes nowhere", () => {
    nodes.forEach((n, i) => {
      const original = graph.nodes[i] as GraphFile["nodes"][number];
      if (original.attributes.evidence === undefined) expect(n.evidence).toBeUndefined();
      else
        expect(JSON.parse(slice(files["graph.json"] as string, n.evidence ?? [0, 1]))).toEqual(
          original.attributes.evidence,
        );
    });
    expect(nodes.some((n) => n.evidence)).toBe(true);
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
    edgeRows(f).forEach((edge, i) => {
      expect(JSON.parse(slice(f["graph.json"] as string, edge.evidence))).toEqual(
        wide.edges[i]?.attributes.evidence,
      );
    });
  });

  it("sums each edge's evidence by outlet and date for the filters", () => {
    edges.forEach((e, i) => {
      const evidence = graph.edges[i]?.attributes.evidence ?? [];
      expect(e.attributes.facets).toEqual(facetsOf(evidence));
      expect(e.attributes.facets.reduce((n, f) => n + f[2], 0)).toBe(evidence.length);
    });
  });

  it("is much smaller than graph.json when edges carry evidence", () => {
    const view = (files[VIEW_FILE] as string).length + (files[VIEW_EDGES_FILE] as string).length;
    expect(view).toBeLessThan((files["graph.json"] as string).length);
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
