// The side panel for a relation: its two ends, type, polarity, and every piece of evidence.
import { dirOf, h } from "./dom.js";
import { evidenceList, polarityWord } from "./evidence.js";
import { evidenceCount } from "./facets.js";
import { labelOf } from "./model.js";
import { type PanelContext, t } from "./panel-context.js";
import { extraTable } from "./panel-node.js";
import { FAMILY_LABEL, TYPE_INFO } from "./theme.js";

export function edgePanel(ctx: PanelContext, edge: string): HTMLElement {
  const { graph, state: s } = ctx;
  const a = graph.getEdgeAttributes(edge);
  const [source, target] = graph.extremities(edge);
  const end = (id: string) => {
    const label = labelOf(graph.getNodeAttributes(id), s.lang);
    return h(
      "button",
      {
        class: "link end",
        dir: dirOf(label),
        attrs: { type: "button" },
        on: { click: () => ctx.selectNode(id) },
      },
      label,
    );
  };
  const info = TYPE_INFO[a.relation];
  const back =
    s.node && graph.hasNode(s.node)
      ? h(
          "button",
          {
            class: "back",
            attrs: { type: "button" },
            on: { click: () => s.node && ctx.selectNode(s.node) },
          },
          `‹ ${labelOf(graph.getNodeAttributes(s.node), s.lang)}`,
        )
      : null;
  return h(
    "div",
    { class: "edge-panel", data: { edge } },
    back,
    h(
      "header",
      {},
      h(
        "h2",
        { class: "triple" },
        end(source),
        h(
          "span",
          { class: `type family-${a.family}` },
          a.relation,
          info ? h("small", { lang: "ar" }, ` ${info.ar}`) : null,
        ),
        // Source to target, in the reading direction of the panel.
        h(
          "span",
          { class: "arrow", attrs: { "aria-hidden": "true" } },
          s.lang === "ar" ? "←" : "→",
        ),
        end(target),
      ),
      h(
        "div",
        { class: "facts" },
        h("span", { class: `badge ${a.polarity}` }, polarityWord(ctx, a.polarity)),
        h("span", {}, `${FAMILY_LABEL[a.family].ar} · ${FAMILY_LABEL[a.family].en}`),
        a.mode ? h("span", {}, a.mode) : null,
        a.title ? h("span", { dir: "auto" }, a.title) : null,
        a.role ? h("span", {}, a.role) : null,
        h("span", {}, `${t(s, "مقالات", "articles")}: ${a.weight}`),
        h("span", {}, `${t(s, "إشارات", "mentions")}: ${a.mentions}`),
        a.first_date
          ? h(
              "span",
              {},
              a.first_date === a.last_date
                ? a.first_date
                : `${a.first_date} – ${a.last_date ?? ""}`,
            )
          : null,
      ),
    ),
    extraTable(a.extra),
    h(
      "section",
      {},
      h(
        "h3",
        {},
        t(s, "الأدلة", "Evidence"),
        h("span", { class: "count" }, String(evidenceCount(a))),
      ),
      evidenceCount(a)
        ? evidenceList(ctx, "edge", edge, a.evidence, a.polarity)
        : h("div", { class: "hint" }, t(s, "لا أدلة في هذا الملف", "no evidence in this file")),
    ),
  );
}
