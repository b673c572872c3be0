// The evidence of an edge in brief, wherever it comes from: view.json carries it, an inline
// graph.json's evidence gives it (computed once per edge).

import { facetsOf as fromEvidence } from "../../src/export/facets.js";
import type { Facet } from "../../src/graph-schema.js";
import type { ViewEdge } from "./model.js";

const computed = new WeakMap<ViewEdge, Facet[]>();

export function facetsOf(a: ViewEdge): Facet[] {
  if (a.facets) return a.facets;
  let f = computed.get(a);
  if (!f) {
    f = fromEvidence(a.evidence ?? []);
    computed.set(a, f);
  }
  return f;
}

/** How many pieces of evidence the edge has (loaded or not). */
export function evidenceCount(a: ViewEdge): number {
  return a.evidence?.length ?? a.mentions;
}
