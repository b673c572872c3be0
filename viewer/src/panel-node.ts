// The side panel for a node: names, kind, roles, and its relations grouped by type.
import { dirOf, h } from "./dom.js";
import { evidenceList, polarityWord } from "./evidence.js";
import { labelOf, type ViewEdge } from "./model.js";
import { type PanelContext, t } from "./panel-context.js";
import { KIND_COLOR, KIND_LABEL, TYPE_INFO } from "./theme.js";

interface Row {
  edge: string;
  attrs: ViewEdge;
  other: string;
  out: boolean;
}

export function nodePanel(ctx: PanelContext, node: string): HTMLElement {
  const { graph, state: s } = ctx;
  const a = graph.getNodeAttributes(node);
  const name = (id: string) =>
    graph.hasNode(id) ? labelOf(graph.getNodeAttributes(id), s.lang) : id;
  const kind = KIND_LABEL[a.kind];

  const groups = new Map<string, Row[]>();
  let hidden = 0;
  graph.forEachEdge(node, (edge, attrs, source, target) => {
    if (ctx.vis.hiddenEdges.has(edge)) {
      hidden++;
      return;
    }
    const out = source === node;
    const row = { edge, attrs, other: out ? target : source, out };
    const list = groups.get(attrs.relation) ?? [];
    list.push(row);
    groups.set(attrs.relation, list);
  });
  const order = [...groups.keys()].sort(
    (x, y) => (groups.get(y)?.length ?? 0) - (groups.get(x)?.length ?? 0) || x.localeCompare(y),
  );

  return h(
    "div",
    { class: "node-panel", data: { node } },
    h(
      "header",
      {},
      h("h2", { class: "label-ar", dir: "rtl", lang: "ar" }, a.label_ar),
      a.label_en ? h("div", { class: "label-en", dir: "ltr", lang: "en" }, a.label_en) : null,
      h(
        "div",
        { class: "node-kind" },
        h("span", { class: "swatch", attrs: { style: `background:${KIND_COLOR[a.kind]}` } }),
        `${kind.ar} · ${kind.en}`,
        a.event_type ? ` · ${a.event_type}` : null,
        a.date ? ` · ${a.date}` : null,
        a.provisional
          ? h("span", { class: "badge" }, t(s, "خارج قاعدة المعرفة", "not in KB"))
          : null,
      ),
      h("code", { class: "id", dir: "ltr" }, node),
      h(
        "div",
        { class: "stats" },
        `${t(s, "إشارات", "mentions")}: ${a.mentions} · ${t(s, "مقالات", "articles")}: ${a.articles} · ${t(s, "روابط", "links")}: ${graph.degree(node)}`,
      ),
    ),
    a.roles.length
      ? h(
          "section",
          { class: "roles" },
          h("h3", {}, t(s, "المناصب", "Roles")),
          h(
            "ul",
            {},
            ...a.roles.map((r) =>
              h(
                "li",
                {},
                h("span", { dir: "rtl", lang: "ar" }, r.title_ar),
                ` (${r.title_en}) — `,
                graph.hasNode(r.of)
                  ? h(
                      "button",
                      {
                        class: "link",
                        attrs: { type: "button" },
                        on: { click: () => ctx.selectNode(r.of) },
                      },
                      name(r.of),
                    )
                  : r.of,
                r.from || r.until
                  ? h(
                      "span",
                      { class: "dates", dir: "ltr" },
                      ` ${r.from ?? "…"} – ${r.until ?? "…"}`,
                    )
                  : null,
              ),
            ),
          ),
        )
      : null,
    a.aliases.length > 1
      ? h(
          "div",
          { class: "aliases", dir: "rtl", lang: "ar" },
          `${t(s, "يُكتب أيضاً", "also written")}: ${a.aliases.join("، ")}`,
        )
      : null,
    extraTable(a.extra),
    h(
      "section",
      { class: "relations" },
      h(
        "h3",
        {},
        t(s, "العلاقات", "Relations"),
        h("span", { class: "count" }, String(graph.degree(node) - hidden)),
      ),
      hidden
        ? h("div", { class: "hint" }, `${hidden} ${t(s, "مخفية بالمرشحات", "hidden by filters")}`)
        : null,
      ...order.map((type) => relationGroup(ctx, type, groups.get(type) ?? [], name)),
    ),
    a.evidence?.length || ctx.lazy?.has("node", node)
      ? h(
          "section",
          { class: "event-evidence" },
          h("h3", {}, t(s, "الدليل", "Evidence")),
          evidenceList(ctx, "node", node, a.evidence, "affirmed"),
        )
      : null,
  );
}

function relationGroup(
  ctx: PanelContext,
  type: string,
  rows: Row[],
  name: (id: string) => string,
): HTMLElement {
  const s = ctx.state;
  const info = TYPE_INFO[type];
  const mentions = rows.reduce((n, r) => n + r.attrs.mentions, 0);
  rows.sort((x, y) => y.attrs.weight - x.attrs.weight || Number(y.out) - Number(x.out));
  return h(
    "div",
    { class: `rel-group family-${info?.family ?? "structural"}`, data: { type } },
    h(
      "h4",
      {},
      h("span", { class: "type" }, type),
      info ? h("span", { class: "type-ar", dir: "rtl", lang: "ar" }, info.ar) : null,
      h(
        "span",
        { class: "count", title: t(s, "علاقات · إشارات", "relations · mentions") },
        `${rows.length} · ${mentions} ${t(s, "إشارة", "mentions")}`,
      ),
    ),
    h(
      "ul",
      {},
      ...rows.map((r) => {
        const other = name(r.other);
        return h(
          "li",
          {},
          h(
            "button",
            {
              class: `relation ${r.attrs.polarity}`,
              attrs: { type: "button" },
              data: { edge: r.edge, dir: r.out ? "out" : "in" },
              on: { click: () => ctx.selectEdge(r.edge) },
            },
            h("span", { class: "direction" }, r.out ? t(s, "إلى", "to") : t(s, "من", "from")),
            h("span", { class: "other", dir: dirOf(other) }, other),
            r.attrs.polarity === "negated"
              ? h("span", { class: "badge negated" }, polarityWord(ctx, "negated"))
              : null,
            r.attrs.mode ? h("span", { class: "mode" }, r.attrs.mode) : null,
            h(
              "span",
              {
                class: "weight",
                title: `${r.attrs.mentions} ${t(s, "إشارات", "mentions")}`,
              },
              `${r.attrs.weight} ${t(s, "مقال", r.attrs.weight === 1 ? "article" : "articles")}`,
            ),
          ),
        );
      }),
    ),
  );
}

/** Attributes a foreign GEXF carried, shown as they are (as text). */
export function extraTable(
  extra: Record<string, string | number | boolean> | undefined,
): HTMLElement | null {
  const rows = Object.entries(extra ?? {});
  if (!rows.length) return null;
  return h(
    "table",
    { class: "extra" },
    ...rows.map(([k, v]) => h("tr", {}, h("th", {}, k), h("td", { dir: "auto" }, String(v)))),
  );
}
