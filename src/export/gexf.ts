// GEXF 1.3 for Gephi, written by graphology-gexf. Arabic names are node labels, everything
// else is a typed attribute, and viz carries colour (as r/g/b, which NetworkX and Gephi both
// read), size and position; edges get thickness, never viz:size.
import gexf from "graphology-gexf";
import { FAMILY_COLORS, hexToRgb, KIND_COLORS } from "../analyze/palette.js";
import type { AtharGraph } from "../graph-file.js";
import type { EdgeAttributes, NodeAttributes } from "../graph-schema.js";
import { SCHEMA_VERSION } from "../schema.js";
import { edgeKind, flattenEdge, flattenNode, type Scalar } from "./flatten.js";
import { referenceLineEnds, xmlSafe } from "./xml.js";

/** Declared GEXF types where graphology-gexf's inference could guess narrower ones. */
const DOUBLES = new Set(["pagerank", "weighted_degree"]);

export interface GexfOptions {
  /** Written into <meta><creator>; no date is written, so the bytes stay reproducible. */
  creator?: string;
}

export function toGexf(graph: AtharGraph, options: GexfOptions = {}): string {
  const view = withGraphAttributes(graph, {
    creator: options.creator ?? "athar",
    description: `Knowledge graph of Arabic news (${SCHEMA_VERSION})`,
  });
  const xml = gexf.write(view, {
    version: "1.3",
    formatNode: (key, attrs) => formatNode(key, attrs as NodeAttributes),
    formatEdge: (_key, attrs) => formatEdge(attrs as EdgeAttributes),
  });
  // Read back, a literal U+2028 or NEL became a line feed, then a space (attribute values).
  return referenceLineEnds(declareDoubles(dropSchemaLocation(xml)));
}

function formatNode(key: string, a: NodeAttributes) {
  const { label_ar, x, y, size, color, ...rest } = flattenNode(a);
  const viz: { color: string; size?: number; x?: number; y?: number } = {
    color: rgb(color ?? KIND_COLORS[a.kind]),
  };
  if (size !== null) viz.size = size;
  if (x !== null && y !== null) {
    viz.x = x;
    viz.y = y;
  }
  return { label: xmlSafe(label_ar) || key, attributes: scalars(rest), viz };
}

function formatEdge(a: EdgeAttributes) {
  const { weight, ...rest } = flattenEdge(a);
  const kind = edgeKind(a);
  return {
    label: kind,
    kind,
    weight,
    attributes: scalars(rest),
    viz: {
      color: rgb(FAMILY_COLORS[a.family]),
      thickness: Math.round((1 + Math.log2(Math.max(1, weight))) * 100) / 100,
    },
  };
}

/** Drops nulls (GEXF has no null) and characters XML cannot hold. */
function scalars(o: Record<string, Scalar>): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(o)) {
    if (v === null) continue;
    out[k] = typeof v === "string" ? xmlSafe(v) : v;
  }
  return out;
}

/** graphology-gexf writes a hex colour as viz:color@hex, which NetworkX cannot read. */
function rgb(hex: string): string {
  const { r, g, b } = hexToRgb(hex);
  return `rgb(${r},${g},${b})`;
}

/**
 * The writer turns every scalar graph attribute into a <meta> child, which the grammar does not
 * allow; a proxy shows it only the attributes GEXF knows, without copying the graph.
 */
function withGraphAttributes(graph: AtharGraph, attrs: Record<string, string>): AtharGraph {
  return new Proxy(graph, {
    get(target, prop, receiver) {
      if (prop === "getAttributes") return () => ({ ...attrs });
      return Reflect.get(target, prop, receiver);
    },
  });
}

/**
 * The published RELAX NG grammar does not declare xsi:schemaLocation (see
 * ../shared/data/gexf-1.3/SOURCE.md); without it the file validates as written.
 */
function dropSchemaLocation(xml: string): string {
  return xml
    .replace(' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"', "")
    .replace(' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"', "");
}

/** An attribute whose values all happen to be whole numbers is still a double. */
function declareDoubles(xml: string): string {
  return xml.replace(
    /<attribute id="([a-z_]+)" title="\1" type="(integer|long)"\/>/g,
    (m, id: string) =>
      DOUBLES.has(id) ? `<attribute id="${id}" title="${id}" type="double"/>` : m,
  );
}
