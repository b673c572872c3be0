// Colours and bilingual names for kinds, relation types and families: the legend and the
// graph read from the same tables, so they cannot disagree.

export const KINDS = [
  "state",
  "person",
  "organization",
  "group",
  "place",
  "event",
  "other",
] as const;
export type Kind = (typeof KINDS)[number];

export const KIND_COLOR: Record<Kind, string> = {
  state: "#2b6cb0",
  person: "#dd6b20",
  organization: "#805ad5",
  group: "#3182ce",
  place: "#2c7a7b",
  event: "#d69e2e",
  other: "#718096",
};

export const KIND_LABEL: Record<Kind, { ar: string; en: string }> = {
  state: { ar: "دولة", en: "state" },
  person: { ar: "شخص", en: "person" },
  organization: { ar: "منظمة", en: "organisation" },
  group: { ar: "جماعة", en: "group" },
  place: { ar: "مكان", en: "place" },
  event: { ar: "حدث", en: "event" },
  other: { ar: "أخرى", en: "other" },
};

export const FAMILIES = ["cooperative", "conflictual", "structural"] as const;
export type FamilyName = (typeof FAMILIES)[number];

export const FAMILY_COLOR: Record<FamilyName, string> = {
  cooperative: "#4caf68",
  conflictual: "#e5534b",
  structural: "#aab4c3",
};
/** Negated relations: grey and dashed, whatever their family. */
export const NEGATED_COLOR = "#555b66";
export const DIM_NODE = "#e2e8f0";
export const DIM_EDGE = "#edf0f4";

export const FAMILY_LABEL: Record<FamilyName, { ar: string; en: string }> = {
  cooperative: { ar: "تعاوني", en: "cooperative" },
  conflictual: { ar: "صراعي", en: "conflictual" },
  structural: { ar: "بنيوي", en: "structural" },
};

/** PLOVER types, the structural types and PARTICIPANT, with their family. */
export const TYPE_INFO: Record<string, { ar: string; en: string; family: FamilyName }> = {
  AGREE: { ar: "اتفاق", en: "agree", family: "cooperative" },
  CONSULT: { ar: "تشاور", en: "consult", family: "cooperative" },
  SUPPORT: { ar: "دعم", en: "support", family: "cooperative" },
  COOPERATE: { ar: "تعاون", en: "cooperate", family: "cooperative" },
  AID: { ar: "مساعدة", en: "aid", family: "cooperative" },
  CONCEDE: { ar: "تنازل", en: "concede", family: "cooperative" },
  RETREAT: { ar: "تراجع", en: "retreat", family: "cooperative" },
  REQUEST: { ar: "طلب", en: "request", family: "cooperative" },
  ACCUSE: { ar: "اتهام", en: "accuse", family: "conflictual" },
  REJECT: { ar: "رفض", en: "reject", family: "conflictual" },
  THREATEN: { ar: "تهديد", en: "threaten", family: "conflictual" },
  PROTEST: { ar: "احتجاج", en: "protest", family: "conflictual" },
  SANCTION: { ar: "عقوبات", en: "sanction", family: "conflictual" },
  MOBILIZE: { ar: "تعبئة", en: "mobilize", family: "conflictual" },
  COERCE: { ar: "إكراه", en: "coerce", family: "conflictual" },
  ASSAULT: { ar: "اعتداء", en: "assault", family: "conflictual" },
  ROLE: { ar: "منصب", en: "role", family: "structural" },
  PART_OF: { ar: "جزء من", en: "part of", family: "structural" },
  LOCATED_IN: { ar: "يقع في", en: "located in", family: "structural" },
  PARTICIPANT: { ar: "مشارك", en: "participant", family: "structural" },
};

export function familyOfType(type: string): FamilyName {
  return TYPE_INFO[type]?.family ?? "structural";
}

export function typeLabel(type: string): string {
  const t = TYPE_INFO[type];
  return t ? `${type} · ${t.ar}` : type;
}

export function edgeColor(family: FamilyName, negated: boolean): string {
  return negated ? NEGATED_COLOR : FAMILY_COLOR[family];
}

/** Thickness grows with the number of distinct articles, slowly so hubs stay readable. */
export function edgeSize(weight: number): number {
  return 2 + 2 * Math.log2(Math.max(1, weight));
}

/**
 * How an edge is drawn, from what it is: its program (a negated relation dashed), thickness
 * and colour. Every reader of a graph file (graph.json, view-edges.json, GEXF) draws by it.
 */
export function edgeLook(
  family: FamilyName,
  negated: boolean,
  weight: number,
): { type: "arrow" | "dashed"; size: number; color: string } {
  return {
    type: negated ? "dashed" : "arrow",
    size: edgeSize(weight),
    color: edgeColor(family, negated),
  };
}

/** Node size grows with the square root of degree (area ~ degree). */
export function nodeSize(degree: number): number {
  return Math.min(40, 4 + 2.4 * Math.sqrt(degree));
}
