// A GEXF file (athar's or anyone's) -> the viewer's graph. athar's own GEXF carries kind,
// label_en, relation type, polarity and weight as attributes; other files get defaults.
import { MultiGraph } from "graphology";
import { parse } from "graphology-gexf/browser";
import type { Attributes } from "graphology-types";
import { dirOf } from "./dom.js";
import { LoadError, sizeByDegree, spiral } from "./from-athar.js";
import { type Dataset, type Extra, newViewGraph } from "./model.js";
import { edgeLook, familyOfType, KIND_COLOR, KINDS, type Kind } from "./theme.js";

const NODE_KNOWN = new Set([
  "label",
  "x",
  "y",
  "z",
  "size",
  "color",
  "kind",
  "label_ar",
  "label_en",
]);
const EDGE_KNOWN = new Set([
  "label",
  "weight",
  "color",
  "size",
  "type",
  "kind",
  "relation",
  "polarity",
]);

function str(v: unknown): string | null {
  return typeof v === "string" && v !== "" ? v : null;
}

function extra(a: Attributes, known: Set<string>): Extra {
  const out: Extra = {};
  for (const [k, v] of Object.entries(a)) {
    if (known.has(k)) continue;
    if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") out[k] = v;
  }
  return out;
}

export function graphFromGexf(xml: string, name: string): Omit<Dataset, "articles"> {
  let source: MultiGraph;
  try {
    source = parse(MultiGraph, xml, { addMissingNodes: true, allowUndeclaredAttributes: true });
  } catch (err) {
    throw new LoadError(`${name} is not a readable GEXF file: ${(err as Error).message}`);
  }
  const graph = newViewGraph();
  let i = 0;
  source.forEachNode((key, a) => {
    const label = str(a.label) ?? key;
    const kind: Kind = (KINDS as readonly string[]).includes(String(a.kind))
      ? (a.kind as Kind)
      : "other";
    const labelAr = str(a.label_ar) ?? label;
    const labelEn = str(a.label_en) ?? (dirOf(label) === "ltr" ? label : null);
    const [sx, sy] = spiral(i++);
    graph.addNode(key, {
      kind,
      label_ar: labelAr,
      label_en: labelEn,
      aliases: [],
      roles: [],
      provisional: false,
      mentions: typeof a.mentions === "number" ? a.mentions : 0,
      articles: typeof a.articles === "number" ? a.articles : 0,
      x: typeof a.x === "number" ? a.x : sx,
      y: typeof a.y === "number" ? a.y : sy,
      size: 1,
      color: KIND_COLOR[kind],
      label: labelAr,
      extra: extra(a, NODE_KNOWN),
    });
  });
  source.forEachEdge((key, a, s, t) => {
    const relation = str(a.relation) ?? str(a.type) ?? str(a.kind) ?? str(a.label) ?? "RELATED";
    const negated = a.polarity === "negated";
    const family = familyOfType(relation);
    const weight = typeof a.weight === "number" && a.weight > 0 ? Math.round(a.weight) : 1;
    graph.addEdgeWithKey(graph.hasEdge(key) ? `${key}#${i++}` : key, s, t, {
      relation,
      family,
      mode: str(a.mode),
      polarity: negated ? "negated" : "affirmed",
      weight,
      mentions: typeof a.mentions === "number" ? a.mentions : weight,
      first_date: str(a.first_date),
      last_date: str(a.last_date),
      evidence: [],
      ...edgeLook(family, negated, weight),
      extra: extra(a, EDGE_KNOWN),
    });
  });
  sizeByDegree(graph);
  return { graph, meta: null, name, format: "gexf" };
}
