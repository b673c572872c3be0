// The search box: suggestions as you type (Arabic or English), arrows and Enter to choose.
import { byId, dirOf, h, replace } from "./dom.js";
import { labelOf, type ViewGraph } from "./model.js";
import type { SearchIndex } from "./search.js";
import { KIND_COLOR, KIND_LABEL } from "./theme.js";

export function attachSearch(
  index: () => SearchIndex,
  graph: () => ViewGraph,
  lang: () => "ar" | "en",
  choose: (node: string) => void,
): void {
  const input = byId<HTMLInputElement>("search");
  const list = byId<HTMLDivElement>("suggestions");
  let active = 0;
  let hits: string[] = [];

  const close = () => {
    list.hidden = true;
    hits = [];
  };
  const pick = (node: string) => {
    input.value = labelOf(graph().getNodeAttributes(node), lang());
    close();
    choose(node);
  };
  const draw = () => {
    const g = graph();
    replace(
      list,
      ...hits.map((node, i) => {
        const a = g.getNodeAttributes(node);
        const label = labelOf(a, lang());
        const other = lang() === "ar" ? a.label_en : a.label_ar;
        return h(
          "div",
          {
            class: i === active ? "option active" : "option",
            attrs: { role: "option", "aria-selected": String(i === active) },
            data: { node },
            on: {
              mousedown: (ev) => {
                ev.preventDefault();
                pick(node);
              },
            },
          },
          h("span", { class: "swatch dot", attrs: { style: `background:${KIND_COLOR[a.kind]}` } }),
          h("span", { class: "name", dir: dirOf(label) }, label),
          other ? h("span", { class: "alt", dir: dirOf(other) }, other) : null,
          h("span", { class: "kind" }, KIND_LABEL[a.kind].en),
        );
      }),
    );
    list.hidden = hits.length === 0;
  };

  input.addEventListener("input", () => {
    const q = input.value.trim();
    hits = q
      ? index()
          .search(q, 12)
          .map((x) => x.node)
      : [];
    active = 0;
    draw();
  });
  input.addEventListener("keydown", (ev) => {
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      if (!hits.length) return;
      ev.preventDefault();
      active = (active + (ev.key === "ArrowDown" ? 1 : hits.length - 1)) % hits.length;
      draw();
    } else if (ev.key === "Enter") {
      const node = hits[active];
      if (node) pick(node);
    } else if (ev.key === "Escape") {
      close();
    }
  });
  input.addEventListener("blur", () => setTimeout(close, 100));
}
