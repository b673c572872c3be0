// Relation families, for colour in the viewer and GEXF: cooperative vs conflictual.
import type { EdgeType, Family } from "../graph-schema.js";

const COOPERATIVE = new Set([
  "AGREE",
  "CONSULT",
  "SUPPORT",
  "COOPERATE",
  "AID",
  "CONCEDE",
  "RETREAT",
  "REQUEST",
]);
const CONFLICTUAL = new Set([
  "ACCUSE",
  "REJECT",
  "THREATEN",
  "PROTEST",
  "SANCTION",
  "MOBILIZE",
  "COERCE",
  "ASSAULT",
]);

export function familyOf(type: EdgeType): Family {
  if (COOPERATIVE.has(type)) return "cooperative";
  if (CONFLICTUAL.has(type)) return "conflictual";
  return "structural";
}

/** Peer relations whose direction carries no meaning (a visit has a direction). */
export function isSymmetric(type: string, mode: string | null): boolean {
  return type === "COOPERATE" || type === "AGREE" || (type === "CONSULT" && mode !== "visit");
}
