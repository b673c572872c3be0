import { MultiDirectedGraph } from "graphology";
import graphml from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { analyze } from "../src/analyze/index.js";
import { toCsv } from "../src/export/csv.js";
import { toGraphml } from "../src/export/graphml.js";
import { toJson } from "../src/export/json.js";
import { graphFromFile } from "../src/graph-file.js";
import { GraphFile } from "../src/graph-schema.js";
import { sampleGraphFile } from "../src/query/sample.js";

const analysed = () => analyze(graphFromFile(sampleGraphFile()));

/** A strict RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  return rows;
}

describe("toGraphml", () => {
  it("is read back by graphology-graphml with labels, kinds, weights, colours and positions", () => {
    const g = analysed();
    const back = graphml.parse(MultiDirectedGraph, toGraphml(g));
    expect(back.order).toBe(g.order);
    expect(back.size).toBe(g.size);
    expect(back.getNodeAttribute("state:RU", "label")).toBe("روسيا");
    expect(back.getNodeAttribute("state:RU", "label_en")).toBe("Russia");
    expect(back.getNodeAttribute("state:RU", "kind")).toBe("state");
    expect(back.getNodeAttribute("state:RU", "color")).toBe("#0072b2");
    expect(back.getNodeAttribute("state:RU", "x")).toBe(g.getNodeAttribute("state:RU", "x"));
    expect(back.getNodeAttribute("state:RU", "provisional")).toBe(false);
    expect(back.getNodeAttribute("person:unk-park-jin", "provisional")).toBe(true);
    const neg = back.getEdgeAttributes("state:KP|AID|state:RU|negated");
    expect(neg.polarity).toBe("negated");
    expect(neg.kind).toBe("AID:negated");
    expect(neg.weight).toBe(1);
    expect(neg.evidence_sentence).toBe("تنفي كوريا الشمالية وروسيا عقد أي صفقات أسلحة.");
  });

  it("declares node and edge keys with distinct ids", () => {
    const xml = toGraphml(analysed());
    const ids = [...xml.matchAll(/<key id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(xml).toContain('<key id="n_mentions" for="node" attr.name="mentions" attr.type="int"/>');
    expect(xml).toContain('<key id="e_mentions" for="edge" attr.name="mentions" attr.type="int"/>');
  });
});

describe("toCsv", () => {
  it("starts both files with a UTF-8 byte-order mark and ends lines with CRLF", () => {
    const { nodes, edges } = toCsv(analysed());
    for (const f of [nodes, edges]) {
      expect(f.startsWith("\uFEFF")).toBe(true);
      expect(f.endsWith("\r\n")).toBe(true);
      expect(f.replaceAll("\r\n", "")).not.toMatch(/(?<!")\n/);
    }
  });

  it("writes one row per node and per edge, with Arabic labels intact", () => {
    const g = analysed();
    const { nodes, edges } = toCsv(g);
    const n = parseCsv(nodes.slice(1));
    const e = parseCsv(edges.slice(1));
    expect(n.length).toBe(g.order + 1);
    expect(e.length).toBe(g.size + 1);
    const header = n[0] ?? [];
    const kp = n.find((r) => r[0] === "state:KP") ?? [];
    expect(kp[header.indexOf("label_ar")]).toBe("كوريا الشمالية");
    expect(kp[header.indexOf("aliases")]).toBe("كوريا الشمالية | کوریا الشمالیة | بيونغ يانغ");
    expect(Number(kp[header.indexOf("pagerank")])).toBeGreaterThan(0);
  });

  it("quotes commas, quotes and line breaks the RFC 4180 way", () => {
    const file = sampleGraphFile();
    const kp = file.nodes[0];
    if (kp) kp.attributes.label_ar = 'كوريا، "الشمالية",\r\nسطر';
    const { nodes } = toCsv(graphFromFile(file));
    expect(nodes).toContain('"كوريا، ""الشمالية"",\r\nسطر"');
    const rows = parseCsv(nodes.slice(1));
    expect(rows[1]?.[1]).toBe('كوريا، "الشمالية",\r\nسطر');
  });

  it("keeps the evidence sentence and outlet of each edge", () => {
    const { edges } = toCsv(analysed());
    const rows = parseCsv(edges.slice(1));
    const h = rows[0] ?? [];
    const req =
      rows.find((r) => r[0] === "state:US|REQUEST|org:un-security-council|affirmed") ?? [];
    expect(req[h.indexOf("evidence_sentence")]).toBe(
      'دعت الولايات المتحدة مجلس الأمن إلى "تحرك عاجل" <رد> & متابعة.',
    );
    expect(req[h.indexOf("evidence_outlet")]).toBe("صدى البلد");
    expect(req[h.indexOf("source_label_ar")]).toBe("الولايات المتحدة");
    expect(req[h.indexOf("evidence_span")]).toBe("[400,462)");
  });

  it("defuses text that a spreadsheet would run as a formula, but not negative numbers", () => {
    const file = sampleGraphFile();
    const kp = file.nodes[0];
    if (kp) kp.attributes.label_ar = '=HYPERLINK("http://x")';
    const g = analyze(graphFromFile(file));
    const rows = parseCsv(toCsv(g).nodes.slice(1));
    const h = rows[0] ?? [];
    const row = rows.find((r) => r[0] === "state:KP") ?? [];
    expect(row[h.indexOf("label_ar")]).toBe('\'=HYPERLINK("http://x")');
    const xs = rows.slice(1).map((r) => r[h.indexOf("x")] ?? "");
    expect(xs.some((x) => x.startsWith("-"))).toBe(true);
  });
});

describe("toJson", () => {
  it("writes a graph file that validates and reads back to the same graph", () => {
    const g = analysed();
    const meta = sampleGraphFile().meta;
    const file = GraphFile.parse(JSON.parse(toJson(g, meta)));
    const back = graphFromFile(file);
    expect(back.order).toBe(g.order);
    expect(back.size).toBe(g.size);
    expect(JSON.parse(toJson(back, meta))).toEqual(JSON.parse(toJson(g, meta)));
  });
});
