// The left column: legend and filters. It is redrawn from the state on every change (the
// state is the truth), keeping scroll position and keyboard focus.
import { h, replace } from "./dom.js";
import { facetsOf } from "./facets.js";
import { type Buckets, histogram } from "./histogram.js";
import type { ViewGraph } from "./model.js";
import { NO_OUTLET, type Polarity, type ViewState } from "./state.js";
import {
  edgeColor,
  FAMILIES,
  FAMILY_LABEL,
  familyOfType,
  KIND_COLOR,
  KIND_LABEL,
  KINDS,
  type Kind,
  TYPE_INFO,
} from "./theme.js";

export interface FilterCounts {
  kinds: Map<string, number>;
  types: Map<string, number>;
  outlets: Map<string, number>;
  buckets: Buckets;
}

export function countFacets(graph: ViewGraph, buckets: Buckets): FilterCounts {
  const kinds = new Map<string, number>();
  const types = new Map<string, number>();
  const outlets = new Map<string, number>();
  const inc = (m: Map<string, number>, k: string, n = 1) => m.set(k, (m.get(k) ?? 0) + n);
  graph.forEachNode((_n, a) => inc(kinds, a.kind));
  graph.forEachEdge((_e, a) => {
    inc(types, a.relation);
    for (const [outlet, , n] of facetsOf(a)) inc(outlets, outlet ?? NO_OUTLET, n);
  });
  return { kinds, types, outlets, buckets };
}

type Change = (mutate: (s: ViewState) => void) => void;

function checkbox(id: string, checked: boolean, onChange: (on: boolean) => void): HTMLInputElement {
  const box = h("input", { attrs: { type: "checkbox", id } });
  box.checked = checked;
  box.addEventListener("change", () => onChange(box.checked));
  return box;
}

function toggleIn(set: Set<string>, key: string, visible: boolean): void {
  if (visible) set.delete(key);
  else set.add(key);
}

export function renderFilters(
  root: HTMLElement,
  c: FilterCounts,
  s: ViewState,
  change: Change,
): void {
  const focused = document.activeElement?.id;
  const scroll = root.scrollTop;

  const kindRows = KINDS.filter((k) => c.kinds.has(k)).map((k: Kind) => {
    const on = k === "event" ? s.events : !s.hiddenKinds.has(k);
    return h(
      "label",
      { class: "row" },
      checkbox(`f-kind-${k}`, on, (v) =>
        change((st) => {
          if (k === "event") st.events = v;
          else toggleIn(st.hiddenKinds, k, v);
        }),
      ),
      h("span", { class: "swatch dot", attrs: { style: `background:${KIND_COLOR[k]}` } }),
      h("span", { lang: "ar" }, KIND_LABEL[k].ar),
      ` ${KIND_LABEL[k].en}`,
      h("span", { class: "count" }, String(c.kinds.get(k) ?? 0)),
    );
  });

  const edgeLegend = [
    ...FAMILIES.map((f) =>
      h(
        "div",
        { class: "row" },
        h("span", { class: "swatch line", attrs: { style: `background:${edgeColor(f, false)}` } }),
        h("span", { lang: "ar" }, FAMILY_LABEL[f].ar),
        ` ${FAMILY_LABEL[f].en}`,
      ),
    ),
    h(
      "div",
      { class: "row" },
      h("span", { class: "swatch line dashed" }),
      h("span", { lang: "ar" }, "منفي"),
      " negated",
    ),
    h("div", { class: "row hint" }, "thicker = more articles · size = degree"),
  ];

  const types = [...c.types.keys()].sort(
    (a, b) =>
      FAMILIES.indexOf(familyOfType(a)) - FAMILIES.indexOf(familyOfType(b)) || a.localeCompare(b),
  );
  const typeRows = types.map((type) =>
    h(
      "label",
      { class: "row" },
      checkbox(`f-type-${type}`, !s.hiddenTypes.has(type), (v) =>
        change((st) => toggleIn(st.hiddenTypes, type, v)),
      ),
      h("span", {
        class: "swatch line",
        attrs: { style: `background:${edgeColor(familyOfType(type), false)}` },
      }),
      type,
      TYPE_INFO[type] ? h("span", { class: "type-ar", lang: "ar" }, TYPE_INFO[type].ar) : null,
      h("span", { class: "count" }, String(c.types.get(type) ?? 0)),
    ),
  );
  const allTypes = (visible: boolean) =>
    change((st) => {
      st.hiddenTypes = visible ? new Set() : new Set(types);
    });

  const pol = (["all", "affirmed", "negated"] as Polarity[]).map((p) => {
    const r = h("input", {
      attrs: { type: "radio", name: "polarity", id: `f-pol-${p}`, value: p },
    });
    r.checked = s.polarity === p;
    r.addEventListener("change", () =>
      change((st) => {
        st.polarity = p;
      }),
    );
    return h(
      "label",
      { class: "inline" },
      r,
      { all: "all", affirmed: "affirmed", negated: "negated" }[p],
    );
  });

  const outlets = [...c.outlets.entries()].sort((a, b) => b[1] - a[1]);
  const outletRows = outlets.slice(0, 50).map(([o, n], i) =>
    h(
      "label",
      { class: "row" },
      checkbox(`f-outlet-${i}`, !s.hiddenOutlets.has(o), (v) =>
        change((st) => toggleIn(st.hiddenOutlets, o, v)),
      ),
      h("span", { dir: "auto", data: { outlet: o } }, o === NO_OUTLET ? "(unknown)" : o),
      h("span", { class: "count" }, String(n)),
    ),
  );

  const dateInput = (
    id: string,
    value: string | null,
    set: (st: ViewState, v: string | null) => void,
  ) => {
    const input = h("input", { attrs: { type: "date", id } });
    input.value = value && value.length === 10 ? value : (value ?? "");
    input.addEventListener("change", () => change((st) => set(st, input.value || null)));
    return input;
  };
  const brushed = (range: [string, string] | null) =>
    change((st) => {
      st.from = range ? `${range[0]}-01` : null;
      st.to = range ? `${range[1]}-31` : null;
    });

  replace(
    root,
    h("section", {}, h("h3", {}, "Nodes ", h("span", { lang: "ar" }, "العُقد")), ...kindRows),
    h("section", {}, h("h3", {}, "Edges ", h("span", { lang: "ar" }, "الروابط")), ...edgeLegend),
    h(
      "section",
      {},
      h(
        "h3",
        {},
        "Relation types ",
        h(
          "button",
          { class: "mini", attrs: { type: "button" }, on: { click: () => allTypes(true) } },
          "all",
        ),
        h(
          "button",
          { class: "mini", attrs: { type: "button" }, on: { click: () => allTypes(false) } },
          "none",
        ),
      ),
      ...typeRows,
    ),
    h("section", {}, h("h3", {}, "Polarity"), h("div", { class: "row" }, ...pol)),
    outlets.length
      ? h(
          "section",
          { class: "outlets" },
          h("h3", {}, "Outlets ", h("span", { lang: "ar" }, "المصادر")),
          ...outletRows,
        )
      : null,
    c.buckets.months.length
      ? h(
          "section",
          { class: "dates" },
          h("h3", {}, "Dates"),
          histogram(c.buckets, [s.from, s.to], brushed),
          h(
            "div",
            { class: "row" },
            dateInput("f-from", s.from, (st, v) => {
              st.from = v;
            }),
            "–",
            dateInput("f-to", s.to, (st, v) => {
              st.to = v;
            }),
          ),
          h(
            "div",
            { class: "row hint" },
            `${c.buckets.undated} undated`,
            s.from || s.to
              ? h(
                  "button",
                  {
                    class: "mini",
                    attrs: { type: "button", id: "f-dates-clear" },
                    on: { click: () => brushed(null) },
                  },
                  "clear",
                )
              : null,
          ),
        )
      : null,
  );
  root.scrollTop = scroll;
  if (focused) document.getElementById(focused)?.focus();
}
