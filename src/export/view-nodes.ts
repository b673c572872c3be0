// view.json's nodes as columns (graph-schema.ts ViewNodeColumns): a node's entry in each
// column, for the writer, and the nodes back from the columns, for the viewer. Pure: no I/O,
// nothing from Node, so the viewer's bundle takes it as it is.
import type { z } from "zod";
import type { ByteRange, GraphFile, ViewNode, ViewNodeColumns } from "../graph-schema.js";
import { NodeAttributes, VIEW_NODE_COLUMNS } from "../graph-schema.js";

type GraphNode = GraphFile["nodes"][number];
export type NodeColumn = keyof ViewNodeColumns;

/** Node `n`'s entry in `column`; `range` is where its evidence is, if it has any. */
export function viewNodeCell(
  column: NodeColumn,
  n: GraphNode,
  range: ByteRange | undefined,
): unknown {
  const a = n.attributes;
  switch (column) {
    case "key":
      return n.key;
    case "evidence":
      return range ?? null;
    case "aliases":
      return a.aliases.length === 1 && a.aliases[0] === a.label_ar ? null : a.aliases;
    case "roles":
      return a.roles.length === 0 ? null : a.roles;
    default:
      return a[column] ?? null;
  }
}

/**
 * Why `nodes` is no set of columns (a column missing or not a list, or of another length than
 * `key`), or null when it is one. The entries themselves are checked by ViewNode afterwards.
 */
export function columnsProblem(nodes: unknown): string | null {
  if (typeof nodes !== "object" || nodes === null || Array.isArray(nodes))
    return "nodes: expected an object of columns";
  const cols = nodes as Record<string, unknown>;
  const keys = cols.key;
  if (!Array.isArray(keys)) return "nodes.key: expected a list";
  for (const c of VIEW_NODE_COLUMNS) {
    const col = cols[c];
    if (!Array.isArray(col)) return `nodes.${c}: expected a list`;
    if (col.length !== keys.length)
      return `nodes.${c}: ${col.length} entries for ${keys.length} nodes`;
  }
  return null;
}

// Attributes a null leaves out, rather than setting it: those NodeAttributes makes optional
// and not nullable (an event type, the analysis). label_en's null is its own value; a date is
// read with its event type.
const ABSENT_WHEN_NULL = new Set(
  VIEW_NODE_COLUMNS.filter((c) => {
    const attr = (NodeAttributes.shape as Record<string, z.ZodType>)[c];
    return attr?.safeParse(undefined).success === true && !attr.safeParse(null).success;
  }),
);

/** The nodes the columns hold, in order (after columnsProblem found nothing). */
export function viewNodesFromColumns(cols: ViewNodeColumns): ViewNode[] {
  const out: ViewNode[] = [];
  for (let i = 0; i < cols.key.length; i++) {
    const attributes: Record<string, unknown> = {};
    for (const c of VIEW_NODE_COLUMNS) {
      if (c === "key" || c === "evidence") continue;
      const v = (cols[c] as unknown[])[i];
      if (c === "aliases") attributes.aliases = v ?? [cols.label_ar[i]];
      else if (c === "roles") attributes.roles = v ?? [];
      else if (c === "date") {
        if (cols.event_type[i] !== null) attributes.date = v;
      } else if (v !== null || !ABSENT_WHEN_NULL.has(c)) attributes[c] = v;
    }
    const node = { key: cols.key[i], attributes } as ViewNode;
    const range = cols.evidence[i];
    out.push(range ? { ...node, evidence: range } : node);
  }
  return out;
}
