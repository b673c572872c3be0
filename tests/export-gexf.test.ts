import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { MultiDirectedGraph } from "graphology";
import gexf from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { analyze } from "../src/analyze/index.js";
import { toGexf } from "../src/export/gexf.js";
import { graphFromFile } from "../src/graph-file.js";
import { GraphFile } from "../src/graph-schema.js";
import { sampleGraphFile } from "../src/query/sample.js";

const analysed = () => analyze(graphFromFile(sampleGraphFile()));
const reread = (xml: string) => gexf.parse(MultiDirectedGraph, xml);

describe("toGexf", () => {
  it("round-trips labels, kinds, weights and positions through graphology-gexf", () => {
    const g = analysed();
    const back = reread(toGexf(g));
    expect(back.order).toBe(g.order);
    expect(back.size).toBe(g.size);
    expect(back.getNodeAttribute("state:KP", "label")).toBe("كوريا الشمالية");
    expect(back.getNodeAttribute("state:KP", "label_en")).toBe("North Korea");
    expect(back.getNodeAttribute("person:kim-jong-un", "kind")).toBe("person");
    expect(back.getNodeAttribute("state:RU", "x")).toBe(g.getNodeAttribute("state:RU", "x"));
    expect(back.getNodeAttribute("state:RU", "y")).toBe(g.getNodeAttribute("state:RU", "y"));
    expect(back.getNodeAttribute("state:RU", "size")).toBe(g.getNodeAttribute("state:RU", "size"));
    expect(back.getNodeAttribute("state:RU", "color")).toBe("rgb(0,114,178)");
    expect(back.getNodeAttribute("state:RU", "pagerank")).toBe(
      g.getNodeAttribute("state:RU", "pagerank"),
    );
    const aid = back.getEdgeAttributes("state:KP|AID|state:RU|affirmed");
    expect(aid.weight).toBe(2);
    expect(aid.kind).toBe("AID");
    expect(aid.type).toBe("AID");
    expect(aid.mode).toBe("military");
    expect(aid.evidence_count).toBe(2);
    expect(aid.evidence_sentence).toContain("تدفق الأسلحة من كوريا الشمالية إلى روسيا");
    expect(aid.evidence_outlet).toBe("موقع 24");
    expect(aid.first_date).toBe("2023-10-14");
    expect(aid.last_date).toBe("2023-11");
  });

  it("keeps affirmed and negated statements of one type as separate edges with distinct kinds", () => {
    const back = reread(toGexf(analysed()));
    const kinds = back.edges("state:KP", "state:RU").map((e) => back.getEdgeAttribute(e, "kind"));
    expect(kinds.sort()).toEqual(["AID", "AID:negated"]);
    // Gephi merges edges sharing (source, target, kind): none may share all three.
    const seen = new Set<string>();
    back.forEachEdge((_e, a, s, t) => {
      const k = `${s}\u0000${t}\u0000${a.kind}`;
      expect(seen.has(k)).toBe(false);
      seen.add(k);
    });
  });

  it("writes colours as r/g/b, edge thickness and never a size on edges", () => {
    const xml = toGexf(analysed());
    expect(xml).not.toContain("hex=");
    expect(xml).toMatch(/<viz:color r="\d+" g="\d+" b="\d+"\/>/);
    for (const edge of xml.match(/<edge [\s\S]*?<\/edge>/g) ?? []) {
      expect(edge).not.toContain("viz:size");
      expect(edge).toContain("viz:thickness");
    }
  });

  it("declares typed attributes: integers, doubles, booleans and strings", () => {
    const xml = toGexf(analysed());
    expect(xml).toContain('<attribute id="pagerank" title="pagerank" type="double"/>');
    expect(xml).toContain('<attribute id="community" title="community" type="integer"/>');
    expect(xml).toContain('<attribute id="mentions" title="mentions" type="integer"/>');
    expect(xml).toContain('<attribute id="provisional" title="provisional" type="boolean"/>');
    expect(xml).toContain('<attribute id="evidence_count" title="evidence_count" type="integer"/>');
  });

  it("escapes XML-special characters in evidence sentences", () => {
    const back = reread(toGexf(analysed()));
    const req = back.getEdgeAttributes("state:US|REQUEST|org:un-security-council|affirmed");
    expect(req.evidence_sentence).toBe(
      'دعت الولايات المتحدة مجلس الأمن إلى "تحرك عاجل" <رد> & متابعة.',
    );
  });

  it("writes an unanalysed graph too, coloured by kind and without positions", () => {
    const xml = toGexf(graphFromFile(sampleGraphFile()));
    expect(xml).not.toContain("viz:position");
    expect(reread(xml).getNodeAttribute("person:antony-blinken", "color")).toBe("rgb(213,94,0)");
  });

  it("writes the same bytes for the same graph", () => {
    expect(toGexf(analysed())).toBe(toGexf(analysed()));
  });
});

const ROOT = resolve(import.meta.dirname, "..");
const BUILT_JSON = join(ROOT, "graph/graph.json");
const BUILT_GEXF = join(ROOT, "graph/graph.gexf");

describe.skipIf(!existsSync(BUILT_JSON) || !existsSync(BUILT_GEXF))(
  "the committed graph/graph.gexf",
  () => {
    const file = () => GraphFile.parse(JSON.parse(readFileSync(BUILT_JSON, "utf8")));

    it("is what toGexf makes of graph/graph.json", () => {
      expect(readFileSync(BUILT_GEXF, "utf8")).toBe(toGexf(graphFromFile(file())));
    });

    it("round-trips labels, kinds, weights and positions through graphology-gexf", () => {
      const f = file();
      const back = reread(readFileSync(BUILT_GEXF, "utf8"));
      expect(back.order).toBe(f.nodes.length);
      expect(back.size).toBe(f.edges.length);
      for (const n of f.nodes) {
        const a = back.getNodeAttributes(n.key);
        expect(a.label).toBe(n.attributes.label_ar || n.key);
        expect(a.kind).toBe(n.attributes.kind);
        expect(a.x).toBe(n.attributes.x);
        expect(a.y).toBe(n.attributes.y);
      }
      for (const e of f.edges) {
        const a = back.getEdgeAttributes(e.key);
        expect(a.weight).toBe(e.attributes.weight);
        expect(a.type).toBe(e.attributes.type);
        expect(back.source(e.key)).toBe(e.source);
        expect(back.target(e.key)).toBe(e.target);
      }
    });
  },
);
