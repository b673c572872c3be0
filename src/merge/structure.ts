// Structural edges from the knowledge base between entities already in the graph: an
// organisation PART_OF its state, a place LOCATED_IN its state.
import type { AtharGraph } from "../graph-file.js";
import type { EdgeAttributes } from "../graph-schema.js";
import type { Kb } from "../kb/kb.js";

/** A structural edge (PART_OF, LOCATED_IN, PARTICIPANT): affirmed, no mode, its own counts. */
export function structuralEdge(
  type: "PART_OF" | "LOCATED_IN" | "PARTICIPANT",
  counts: Pick<EdgeAttributes, "weight" | "mentions" | "first_date" | "last_date" | "evidence">,
  role?: "actor" | "recipient",
): EdgeAttributes {
  // Key order is the graph file's byte order: role, when there is one, before the evidence.
  return {
    type,
    family: "structural",
    mode: null,
    polarity: "affirmed",
    weight: counts.weight,
    mentions: counts.mentions,
    first_date: counts.first_date,
    last_date: counts.last_date,
    ...(role ? { role } : {}),
    evidence: counts.evidence,
  };
}

export function addStructuralEdges(g: AtharGraph, kb: Kb, partOf: Map<string, string>): void {
  for (const id of g.nodes().sort()) {
    const e = kb.entities.get(id);
    const links: Array<["PART_OF" | "LOCATED_IN", string | undefined]> = [
      ["PART_OF", e?.part_of ?? partOf.get(id)],
      ["LOCATED_IN", e?.kind === "place" ? e.located_in : undefined],
    ];
    for (const [type, to] of links) {
      if (!to || to === id || !g.hasNode(to)) continue;
      const key = `${id}|${type}|${to}|affirmed`;
      if (g.hasEdge(key)) continue;
      g.addEdgeWithKey(
        key,
        id,
        to,
        structuralEdge(type, {
          weight: 1,
          mentions: 0,
          first_date: null,
          last_date: null,
          evidence: [],
        }),
      );
    }
  }
}
