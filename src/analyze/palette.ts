// Fixed colours by entity kind, shared by graph.json (the viewer), GEXF and CSV. The
// Okabe–Ito palette stays distinguishable for colour-blind readers.
import type { EntityKind } from "../schema.js";

export const KIND_COLORS: Readonly<Record<EntityKind, string>> = {
  state: "#0072b2",
  person: "#d55e00",
  organization: "#009e73",
  group: "#56b4e9",
  place: "#e69f00",
  event: "#cc79a7",
};

/** Edge colours by relation family, for Gephi (the viewer styles edges itself). */
export const FAMILY_COLORS: Readonly<Record<"cooperative" | "conflictual" | "structural", string>> =
  {
    cooperative: "#009e73",
    conflictual: "#d55e00",
    structural: "#999999",
  };

/** `#rrggbb` to channels; GEXF readers such as NetworkX only understand r/g/b. */
export function hexToRgb(hex: string): { r: number; g: number; b: number } {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return { r: 153, g: 153, b: 153 };
  return {
    r: Number.parseInt(m[1] as string, 16),
    g: Number.parseInt(m[2] as string, 16),
    b: Number.parseInt(m[3] as string, 16),
  };
}
