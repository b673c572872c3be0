// Which nodes and edges the filters leave visible. Computed once per filter change into sets,
// so sigma's reducers (run on every frame that refreshes) only do set lookups.
import type { Evidence } from "../../src/graph-schema.js";
import { facetsOf } from "./facets.js";
import type { ViewGraph } from "./model.js";
import { NO_OUTLET, type ViewState } from "./state.js";

export interface Visibility {
  hiddenNodes: Set<string>;
  hiddenEdges: Set<string>;
  visibleNodes: number;
  visibleEdges: number;
}

/** [first day, last day] of a YYYY, YYYY-MM or YYYY-MM-DD date, as comparable strings. */
export function dateBounds(d: string): [string, string] {
  if (d.length === 4) return [`${d}-01-01`, `${d}-12-31`];
  if (d.length === 7) return [`${d}-01`, `${d}-31`];
  return [d, d];
}

/** The date a piece of evidence speaks about: its own, else its article's. */
export function evidenceDate(e: Pick<Evidence, "date" | "article_date">): string | null {
  return e.date ?? e.article_date;
}

function inRange(d: string | null, from: string | null, to: string | null): boolean {
  if (!from && !to) return true;
  if (!d) return false;
  const [lo, hi] = dateBounds(d);
  return (!from || hi >= from) && (!to || lo <= to);
}

/** True when pieces of evidence of this outlet and date pass both filters. */
function facetPasses(outlet: string | null, date: string | null, s: ViewState): boolean {
  return !s.hiddenOutlets.has(outlet ?? NO_OUTLET) && inRange(date, s.from, s.to);
}

export function computeVisibility(graph: ViewGraph, s: ViewState): Visibility {
  const hiddenNodes = new Set<string>();
  graph.forEachNode((node, a) => {
    if (s.hiddenKinds.has(a.kind) || (!s.events && a.kind === "event")) hiddenNodes.add(node);
  });
  const hiddenEdges = new Set<string>();
  const byEvidence = s.hiddenOutlets.size > 0 || s.from !== null || s.to !== null;
  graph.forEachEdge((edge, a, source, target) => {
    const hidden =
      hiddenNodes.has(source) ||
      hiddenNodes.has(target) ||
      s.hiddenTypes.has(a.relation) ||
      (s.polarity !== "all" && a.polarity !== s.polarity) ||
      // Structural edges (roles, membership, places) are facts about the world, not reports
      // on a date by an outlet: outlet and date filters leave them alone.
      (byEvidence &&
        a.family !== "structural" &&
        facetsOf(a).length > 0 &&
        !facetsOf(a).some(([outlet, date]) => facetPasses(outlet, date, s)));
    if (hidden) hiddenEdges.add(edge);
  });
  return {
    hiddenNodes,
    hiddenEdges,
    visibleNodes: graph.order - hiddenNodes.size,
    visibleEdges: graph.size - hiddenEdges.size,
  };
}
