// The view's shareable state and its URL form. Filters are stored as what is hidden, so a
// shared link keeps meaning when the graph gains new types or outlets.

export type Polarity = "all" | "affirmed" | "negated";

export interface ViewState {
  node: string | null;
  edge: string | null;
  lang: "ar" | "en";
  hiddenTypes: Set<string>;
  hiddenKinds: Set<string>;
  hiddenOutlets: Set<string>;
  polarity: Polarity;
  /** Inclusive date range, YYYY-MM-DD; null is open. */
  from: string | null;
  to: string | null;
  events: boolean;
}

export function defaultState(): ViewState {
  return {
    node: null,
    edge: null,
    lang: "ar",
    hiddenTypes: new Set(),
    hiddenKinds: new Set(),
    hiddenOutlets: new Set(),
    polarity: "all",
    from: null,
    to: null,
    events: true,
  };
}

/** Outlet null (unknown) travels in the URL and the filter as this key. */
export const NO_OUTLET = "∅";

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function list(p: URLSearchParams, k: string): Set<string> {
  const v = p.get(k);
  return new Set(v ? v.split(",").filter(Boolean) : []);
}

export function stateFromUrl(search: string): ViewState {
  const p = new URLSearchParams(search);
  const s = defaultState();
  s.node = p.get("node");
  s.edge = p.get("edge");
  s.lang = p.get("lang") === "en" ? "en" : "ar";
  s.hiddenTypes = list(p, "hide_types");
  s.hiddenKinds = list(p, "hide_kinds");
  s.hiddenOutlets = list(p, "hide_outlets");
  const pol = p.get("polarity");
  s.polarity = pol === "affirmed" || pol === "negated" ? pol : "all";
  const from = p.get("from");
  const to = p.get("to");
  s.from = from && DATE.test(from) ? from : null;
  s.to = to && DATE.test(to) ? to : null;
  s.events = p.get("events") !== "0";
  return s;
}

/** The URL query for a state; `keep` carries parameters that are not view state (graph=...). */
export function stateToSearch(s: ViewState, keep: URLSearchParams): string {
  const p = new URLSearchParams();
  for (const k of ["graph", "articles"]) {
    const v = keep.get(k);
    if (v) p.set(k, v);
  }
  if (s.node) p.set("node", s.node);
  if (s.edge) p.set("edge", s.edge);
  if (s.lang !== "ar") p.set("lang", s.lang);
  const sets: [string, Set<string>][] = [
    ["hide_types", s.hiddenTypes],
    ["hide_kinds", s.hiddenKinds],
    ["hide_outlets", s.hiddenOutlets],
  ];
  for (const [k, v] of sets) if (v.size) p.set(k, [...v].sort().join(","));
  if (s.polarity !== "all") p.set("polarity", s.polarity);
  if (s.from) p.set("from", s.from);
  if (s.to) p.set("to", s.to);
  if (!s.events) p.set("events", "0");
  const q = p.toString();
  return q ? `?${q}` : "";
}
