// An edge's evidence in brief: what the viewer's outlet and date filters and its histogram
// count. Written into view-edges.json by the build; computed from inline evidence by the viewer.
// No Node APIs: the viewer bundles this module.
import type { Evidence, Facet } from "../graph-schema.js";

/** The evidence in brief: (outlet, date) pairs with counts, sorted. */
export function facetsOf(evidence: readonly Evidence[]): Facet[] {
  const counts = new Map<string, Facet>();
  for (const e of evidence) {
    const date = e.date ?? e.article_date;
    const key = `${e.outlet ?? ""}\u0000${e.outlet === null ? 0 : 1}\u0000${date ?? ""}`;
    const facet = counts.get(key);
    if (facet) facet[2]++;
    else counts.set(key, [e.outlet, date, 1]);
  }
  return [...counts.keys()].sort().map((k) => counts.get(k) as Facet);
}
