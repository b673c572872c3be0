// Independent readers check the GEXF: xmllint against the official RELAX NG grammar, and
// NetworkX (Debian's python3-networkx). Both are system packages: the tests say so and skip
// when they are missing (CI installs libxml2-utils and python3-networkx).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../src/analyze/index.js";
import { toGexf } from "../src/export/gexf.js";
import { toGraphml } from "../src/export/graphml.js";
import { graphFromFile } from "../src/graph-file.js";
import { GraphFile } from "../src/graph-schema.js";
import { sampleGraphFile } from "../src/query/sample.js";

const ROOT = resolve(import.meta.dirname, "..");
const RNG = resolve(ROOT, "../shared/data/gexf-1.3/gexf.rng");
const BUILT_JSON = join(ROOT, "graph/graph.json");
const BUILT_GEXF = join(ROOT, "graph/graph.gexf");

const hasXmllint = spawnSync("xmllint", ["--version"]).status === 0;
const hasRng = existsSync(RNG);

// Debian's NetworkX 2.8 predates GEXF 1.3 and is taught its namespace; NetworkX 3 knows it.
const NX_SCRIPT = `
import json, sys
import networkx as nx
from networkx.readwrite import gexf as gx
if "1.3" not in gx.GEXF.versions:
    gx.GEXF.versions["1.3"] = {
        "NS_GEXF": "http://gexf.net/1.3",
        "NS_VIZ": "http://gexf.net/1.3/viz",
        "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
        "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
        "VERSION": "1.3",
    }
g = nx.read_gexf(sys.argv[1], version="1.3")
labels = {n: d.get("label") for n, d in g.nodes(data=True)}
print(json.dumps({"version": nx.__version__, "nodes": g.number_of_nodes(),
                  "edges": g.number_of_edges(), "labels": labels}, ensure_ascii=False))
`;

/** Every python3 on this machine that can import networkx (the Debian one first). */
const pythons = ["/usr/bin/python3", "python3"].filter(
  (py, i, all) => all.indexOf(py) === i && spawnSync(py, ["-c", "import networkx"]).status === 0,
);

function tempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "athar-gexf-")), name);
  writeFileSync(path, content);
  return path;
}

function xmllint(path: string): { ok: boolean; output: string } {
  const r = spawnSync("xmllint", ["--noout", "--relaxng", RNG, path], { encoding: "utf8" });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

function networkx(py: string, path: string) {
  const r = spawnSync(py, ["-c", NX_SCRIPT, path], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${py} could not read ${path}:\n${r.stderr}`);
  return JSON.parse(r.stdout) as {
    version: string;
    nodes: number;
    edges: number;
    labels: Record<string, string>;
  };
}

const sampleGexf = () => toGexf(analyze(graphFromFile(sampleGraphFile())));

describe.skipIf(!hasXmllint || !hasRng)(
  `GEXF against the RELAX NG grammar (needs xmllint from libxml2-utils and ${RNG})`,
  () => {
    it("validates the sample graph's GEXF as written", () => {
      const r = xmllint(tempFile("sample.gexf", sampleGexf()));
      expect(r.output).toContain("validates");
      expect(r.ok).toBe(true);
    });

    it("validates an unanalysed graph's GEXF (no viz positions or sizes)", () => {
      const r = xmllint(tempFile("raw.gexf", toGexf(graphFromFile(sampleGraphFile()))));
      expect(r.ok, r.output).toBe(true);
    });

    it("validates labels full of XML-special characters, controls and emoji", () => {
      const file = sampleGraphFile();
      const kp = file.nodes[0];
      if (kp) kp.attributes.label_ar = `<كوريا> & "الشمالية" 'x'\u0001\t\n🇰🇵`;
      const r = xmllint(tempFile("odd.gexf", toGexf(graphFromFile(file))));
      expect(r.ok, r.output).toBe(true);
    });

    it.skipIf(!existsSync(BUILT_GEXF))("validates the committed graph/graph.gexf", () => {
      const r = xmllint(BUILT_GEXF);
      expect(r.ok, r.output).toBe(true);
    });

    it("rejects a GEXF that breaks the grammar (the check is real)", () => {
      const bad = sampleGexf().replace(
        '<graph defaultedgetype="directed">',
        '<graph defaultedgetype="sideways">',
      );
      expect(xmllint(tempFile("bad.gexf", bad)).ok).toBe(false);
    });
  },
);

describe.skipIf(pythons.length === 0)(
  "GEXF and GraphML read by NetworkX (needs python3-networkx)",
  () => {
    it.each(pythons)("%s reads the sample with the same node and edge counts and labels", (py) => {
      const g = analyze(graphFromFile(sampleGraphFile()));
      const nx = networkx(py, tempFile("sample.gexf", toGexf(g)));
      expect(nx.nodes).toBe(g.order);
      expect(nx.edges).toBe(g.size);
      expect(nx.labels["state:KP"]).toBe("كوريا الشمالية");
    });

    it.each(pythons)("%s reads the sample's GraphML with the same counts and types", (py) => {
      const g = analyze(graphFromFile(sampleGraphFile()));
      const path = tempFile("sample.graphml", toGraphml(g));
      const script = [
        "import json, sys, networkx as nx",
        "g = nx.read_graphml(sys.argv[1])",
        "d = g.nodes['state:KP']",
        "print(json.dumps({'nodes': g.number_of_nodes(), 'edges': g.number_of_edges(),",
        "  'label': d['label'], 'pagerank': d['pagerank'], 'provisional': d['provisional']},",
        "  ensure_ascii=False))",
      ].join("\n");
      const r = spawnSync(py, ["-c", script, path], { encoding: "utf8" });
      expect(r.status, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual({
        nodes: g.order,
        edges: g.size,
        label: "كوريا الشمالية",
        pagerank: g.getNodeAttribute("state:KP", "pagerank"),
        provisional: false,
      });
    });

    it.each(pythons)("%s reads graph/graph.gexf with graph.json's counts", (py) => {
      if (!existsSync(BUILT_GEXF) || !existsSync(BUILT_JSON)) {
        console.warn("graph/graph.gexf or graph/graph.json not built yet; nothing to compare");
        return;
      }
      const file = GraphFile.parse(JSON.parse(readFileSync(BUILT_JSON, "utf8")));
      const nx = networkx(py, BUILT_GEXF);
      expect(nx.nodes).toBe(file.nodes.length);
      expect(nx.edges).toBe(file.edges.length);
    });
  },
);

if (!hasXmllint || !hasRng || pythons.length === 0) {
  console.warn(
    "GEXF validation partly skipped: install libxml2-utils (xmllint) and python3-networkx, " +
      "and keep ../shared/data/gexf-1.3/ next to the checkout.",
  );
}
