// Flat, scalar views of nodes and edges, shared by the GEXF, GraphML and CSV writers. Those
// formats hold scalars only (graphology-gexf even crashes on arrays of objects), so lists
// become joined strings and an edge's evidence is summarised by its count and first item.
import type { EdgeAttributes, NodeAttributes } from "../graph-schema.js";

export type Scalar = string | number | boolean | null;

/** Separator for joined lists: a pipe reads well between Arabic names and rarely occurs in them. */
export const LIST_SEPARATOR = " | ";

export interface FlatNode {
  label_ar: string;
  label_en: string | null;
  kind: string;
  provisional: boolean;
  mentions: number;
  articles: number;
  aliases: string;
  roles: string;
  event_type: string | null;
  date: string | null;
  degree: number | null;
  weighted_degree: number | null;
  pagerank: number | null;
  community: number | null;
  x: number | null;
  y: number | null;
  size: number | null;
  color: string | null;
}

export function flattenNode(a: NodeAttributes): FlatNode {
  return {
    label_ar: a.label_ar,
    label_en: a.label_en,
    kind: a.kind,
    provisional: a.provisional,
    mentions: a.mentions,
    articles: a.articles,
    aliases: a.aliases.join(LIST_SEPARATOR),
    roles: a.roles
      .map((r) => {
        const when = r.from || r.until ? ` [${r.from ?? ""}…${r.until ?? ""}]` : "";
        return `${r.title_en} / ${r.title_ar} (${r.of})${when}`;
      })
      .join(LIST_SEPARATOR),
    event_type: a.event_type ?? null,
    date: a.date ?? null,
    degree: a.degree ?? null,
    weighted_degree: a.weighted_degree ?? null,
    pagerank: a.pagerank ?? null,
    community: a.community ?? null,
    x: a.x ?? null,
    y: a.y ?? null,
    size: a.size ?? null,
    color: a.color ?? null,
  };
}

export interface FlatEdge {
  type: string;
  family: string;
  mode: string | null;
  polarity: string;
  weight: number;
  mentions: number;
  first_date: string | null;
  last_date: string | null;
  title: string | null;
  role: string | null;
  evidence_count: number;
  evidence_sentence: string | null;
  evidence_outlet: string | null;
  evidence_doc: string | null;
  evidence_span: string | null;
  evidence_attributed_to: string | null;
}

export function flattenEdge(a: EdgeAttributes): FlatEdge {
  const first = a.evidence[0];
  return {
    type: a.type,
    family: a.family,
    mode: a.mode,
    polarity: a.polarity,
    weight: a.weight,
    mentions: a.mentions,
    first_date: a.first_date,
    last_date: a.last_date,
    title: a.title ?? null,
    role: a.role ?? null,
    evidence_count: a.evidence.length,
    evidence_sentence: first?.sentence ?? null,
    evidence_outlet: first?.outlet ?? null,
    evidence_doc: first?.doc ?? null,
    // Half-open [start,end), written so that no spreadsheet reads "5-12" as a date.
    evidence_span: first ? `[${first.span[0]},${first.span[1]})` : null,
    evidence_attributed_to: first?.attributed_to?.id ?? null,
  };
}

/**
 * Gephi merges parallel edges that share source, target and kind; affirmed and negated
 * statements of one type must stay apart, so the kind carries the polarity when negated.
 */
export function edgeKind(a: Pick<EdgeAttributes, "type" | "polarity">): string {
  return a.polarity === "negated" ? `${a.type}:negated` : a.type;
}
