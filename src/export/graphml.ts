// GraphML for yEd, Cytoscape, NetworkX and Gephi. graphology-graphml only parses, so this
// writes the (small) format itself: typed <key>s, then nodes and edges with <data>. Colour is
// written as r/g/b integers, the convention Gephi and graphology-graphml read back.
import { hexToRgb, KIND_COLORS } from "../analyze/palette.js";
import type { AtharGraph } from "../graph-file.js";
import type { EdgeAttributes, NodeAttributes } from "../graph-schema.js";
import {
  edgeKind,
  type FlatEdge,
  type FlatNode,
  flattenEdge,
  flattenNode,
  type Scalar,
} from "./flatten.js";
import { escapeAttribute as attr, escapeText as text, xmlSafe } from "./xml.js";

type GraphmlType = "string" | "boolean" | "int" | "double";

type NodeColumn = Exclude<keyof FlatNode, "label_ar" | "color"> | "label" | "r" | "g" | "b";
type EdgeColumn = keyof FlatEdge | "label" | "kind";

const NODE_KEYS: ReadonlyArray<[NodeColumn, GraphmlType]> = [
  ["label", "string"],
  ["label_en", "string"],
  ["kind", "string"],
  ["provisional", "boolean"],
  ["mentions", "int"],
  ["articles", "int"],
  ["aliases", "string"],
  ["roles", "string"],
  ["event_type", "string"],
  ["date", "string"],
  ["degree", "int"],
  ["weighted_degree", "double"],
  ["pagerank", "double"],
  ["community", "int"],
  ["x", "double"],
  ["y", "double"],
  ["size", "double"],
  ["r", "int"],
  ["g", "int"],
  ["b", "int"],
];

const EDGE_KEYS: ReadonlyArray<[EdgeColumn, GraphmlType]> = [
  ["label", "string"],
  ["kind", "string"],
  ["type", "string"],
  ["family", "string"],
  ["mode", "string"],
  ["polarity", "string"],
  ["weight", "double"],
  ["mentions", "int"],
  ["first_date", "string"],
  ["last_date", "string"],
  ["title", "string"],
  ["role", "string"],
  ["evidence_count", "int"],
  ["evidence_sentence", "string"],
  ["evidence_outlet", "string"],
  ["evidence_doc", "string"],
  ["evidence_span", "string"],
  ["evidence_attributed_to", "string"],
];

// Key ids are prefixed: node and edge keys share one id space in GraphML (NetworkX relies on it).
const nodeKeyId = (name: string) => `n_${name}`;
const edgeKeyId = (name: string) => `e_${name}`;

export function toGraphml(graph: AtharGraph): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [name, type] of NODE_KEYS) out.push(keyLine(nodeKeyId(name), "node", name, type));
  for (const [name, type] of EDGE_KEYS) out.push(keyLine(edgeKeyId(name), "edge", name, type));
  out.push('  <graph id="athar" edgedefault="directed">');
  graph.forEachNode((key, a) => {
    out.push(`    <node id="${attr(key)}">`);
    for (const [name, value] of Object.entries(nodeRow(key, a as NodeAttributes))) {
      pushData(out, nodeKeyId(name), value);
    }
    out.push("    </node>");
  });
  graph.forEachEdge((key, a, source, target) => {
    out.push(`    <edge id="${attr(key)}" source="${attr(source)}" target="${attr(target)}">`);
    for (const [name, value] of Object.entries(edgeRow(a as EdgeAttributes))) {
      pushData(out, edgeKeyId(name), value);
    }
    out.push("    </edge>");
  });
  out.push("  </graph>", "</graphml>", "");
  return out.join("\n");
}

function keyLine(id: string, domain: "node" | "edge", name: string, type: GraphmlType): string {
  return `  <key id="${id}" for="${domain}" attr.name="${name}" attr.type="${type}"/>`;
}

function pushData(out: string[], key: string, value: Scalar): void {
  if (value === null || value === "") return;
  out.push(`      <data key="${key}">${text(String(value))}</data>`);
}

function nodeRow(key: string, a: NodeAttributes): Record<NodeColumn, Scalar> {
  const { label_ar, color, ...rest } = flattenNode(a);
  const { r, g, b } = hexToRgb(color ?? KIND_COLORS[a.kind]);
  return { label: xmlSafe(label_ar) || key, ...rest, r, g, b };
}

function edgeRow(a: EdgeAttributes): Record<EdgeColumn, Scalar> {
  const kind = edgeKind(a);
  return { label: kind, kind, ...flattenEdge(a) };
}
