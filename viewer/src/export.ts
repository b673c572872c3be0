// Downloads: the visible graph as GEXF 1.3 (for Gephi) and the current view as PNG.
import { downloadAsPNG } from "@sigma/export-image";
import { MultiDirectedGraph } from "graphology";
import { write } from "graphology-gexf/browser";
import type Sigma from "sigma";
import { evidenceCount } from "./facets.js";
import type { Visibility } from "./filters.js";
import { labelOf, type ViewEdge, type ViewGraph, type ViewNode } from "./model.js";
import type { ViewState } from "./state.js";

type Flat = Record<string, string | number | boolean>;

/** "rgb(r,g,b)": graphology-gexf then writes viz:color as r/g/b attributes, as Gephi reads best. */
function rgb(color: string): string {
  const hex = /^#([0-9a-f]{6})$/i.exec(color)?.[1];
  if (!hex) return color;
  const n = Number.parseInt(hex, 16);
  return `rgb(${n >> 16},${(n >> 8) & 255},${n & 255})`;
}

/** GEXF text of the visible part of the graph. graphology-gexf cannot write arrays of objects, so evidence is summarized in scalars. */
export function visibleGexf(graph: ViewGraph, vis: Visibility, state: ViewState): string {
  const g = new MultiDirectedGraph<Flat, Flat>();
  graph.forEachNode((node, a: ViewNode) => {
    if (vis.hiddenNodes.has(node)) return;
    g.addNode(node, {
      label: labelOf(a, state.lang),
      kind: a.kind,
      label_ar: a.label_ar,
      label_en: a.label_en ?? "",
      aliases: a.aliases.join(" | "),
      mentions: a.mentions,
      articles: a.articles,
      x: a.x,
      y: a.y,
      size: a.size,
      color: a.color,
    });
  });
  graph.forEachEdge((edge, a: ViewEdge, s, t) => {
    if (vis.hiddenEdges.has(edge) || !g.hasNode(s) || !g.hasNode(t)) return;
    // Evidence not loaded (view.json): the count is known, the sentence is not.
    const first = a.evidence?.[0];
    g.addEdgeWithKey(edge, s, t, {
      relation: a.relation,
      family: a.family,
      polarity: a.polarity,
      mode: a.mode ?? "",
      weight: a.weight,
      mentions: a.mentions,
      first_date: a.first_date ?? "",
      last_date: a.last_date ?? "",
      evidence_count: evidenceCount(a),
      evidence_sentence: first?.sentence ?? "",
      evidence_outlet: first?.outlet ?? "",
      size: a.size,
    });
  });
  return write(g, {
    version: "1.3",
    formatNode: (_key, a) => {
      const { label, x, y, size, color, ...attributes } = a;
      return {
        label: String(label),
        attributes,
        viz: { x: Number(x), y: Number(y), size: Number(size), color: rgb(String(color)) },
      };
    },
    formatEdge: (_key, a) => {
      const { size, ...attributes } = a;
      return {
        label: String(a.relation),
        kind: String(a.relation),
        weight: Number(a.weight),
        attributes,
        viz: { thickness: Number(size) },
      };
    },
  });
}

export function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadPng(renderer: Sigma<ViewNode, ViewEdge>): Promise<void> {
  return downloadAsPNG(renderer as unknown as Sigma, {
    fileName: "athar-graph",
    backgroundColor: "#ffffff",
  });
}
