// nodes.csv and edges.csv for spreadsheets: RFC 4180 (CRLF, quotes doubled), UTF-8 with a
// byte-order mark, without which Excel reads Arabic as mojibake.
import type { AtharGraph } from "../graph-file.js";
import type { EdgeAttributes, NodeAttributes } from "../graph-schema.js";
import { edgeKind, flattenEdge, flattenNode, type Scalar } from "./flatten.js";

const BOM = "\uFEFF";
const CRLF = "\r\n";

export interface CsvFiles {
  nodes: string;
  edges: string;
}

export function toCsv(graph: AtharGraph): CsvFiles {
  const nodeRows: Record<string, Scalar>[] = [];
  graph.forEachNode((key, a) => {
    nodeRows.push({ id: key, ...flattenNode(a as NodeAttributes) });
  });
  const edgeRows: Record<string, Scalar>[] = [];
  graph.forEachEdge((key, a, source, target) => {
    const s = graph.getNodeAttributes(source) as NodeAttributes;
    const t = graph.getNodeAttributes(target) as NodeAttributes;
    edgeRows.push({
      id: key,
      source,
      target,
      source_label_ar: s.label_ar,
      target_label_ar: t.label_ar,
      source_label_en: s.label_en,
      target_label_en: t.label_en,
      kind: edgeKind(a as EdgeAttributes),
      ...flattenEdge(a as EdgeAttributes),
    });
  });
  return {
    nodes: table(NODE_COLUMNS, nodeRows),
    edges: table(EDGE_COLUMNS, edgeRows),
  };
}

const NODE_COLUMNS = [
  "id",
  "label_ar",
  "label_en",
  "kind",
  "provisional",
  "mentions",
  "articles",
  "aliases",
  "roles",
  "event_type",
  "date",
  "degree",
  "weighted_degree",
  "pagerank",
  "community",
  "x",
  "y",
  "size",
  "color",
];

const EDGE_COLUMNS = [
  "id",
  "source",
  "target",
  "source_label_ar",
  "target_label_ar",
  "source_label_en",
  "target_label_en",
  "type",
  "kind",
  "family",
  "mode",
  "polarity",
  "weight",
  "mentions",
  "first_date",
  "last_date",
  "title",
  "role",
  "evidence_count",
  "evidence_sentence",
  "evidence_outlet",
  "evidence_doc",
  "evidence_span",
  "evidence_attributed_to",
];

function table(columns: string[], rows: Record<string, Scalar>[]): string {
  const lines = [columns.map(field).join(",")];
  for (const row of rows) lines.push(columns.map((c) => cell(row[c] ?? null)).join(","));
  return BOM + lines.join(CRLF) + CRLF;
}

function cell(v: Scalar): string {
  if (v === null) return "";
  if (typeof v !== "string") return String(v);
  return field(defuseFormula(v));
}

/** RFC 4180: quote a field holding a comma, a quote or a line break; double its quotes. */
export function field(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/**
 * A text cell that starts with = + - @ would run as a formula in a spreadsheet (CSV
 * injection); a leading apostrophe makes Excel and LibreOffice show it as text. Numbers are
 * written as numbers and never touched.
 */
function defuseFormula(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}
