// The viewer's controller: one dataset, one sigma renderer, one state. Every change goes
// through `update`, which recomputes what depends on it, redraws, and writes the URL.
import type Sigma from "sigma";
import { closeArticle, openArticle } from "./article.js";
import { byId, h, replace } from "./dom.js";
import { download, downloadPng, visibleGexf } from "./export.js";
import { countFacets, type FilterCounts, renderFilters } from "./filter-ui.js";
import { computeVisibility, type Visibility } from "./filters.js";
import { monthBuckets } from "./histogram.js";
import { LiveLayout } from "./layout.js";
import type { Dataset, ViewEdge, ViewNode } from "./model.js";
import type { PanelContext } from "./panel-context.js";
import { edgePanel } from "./panel-edge.js";
import { nodePanel } from "./panel-node.js";
import { createRenderer, type Highlight, LARGE } from "./renderer.js";
import { SearchIndex } from "./search.js";
import { stateToSearch, type ViewState } from "./state.js";

/** What tests and the benchmark read from the page (window.__athar). */
export interface DebugHook {
  frames: number;
  ready: boolean;
  state: () => ViewState;
  visibleEdges: (relation?: string) => number;
  visibleNodes: () => number;
  hover: (node: string | null) => void;
  search: (q: string) => string[];
  nodes: () => string[];
  /** A node as drawn: viewport position, colour, label, hidden. */
  display: (
    node: string,
  ) => { x: number; y: number; color: string; label: string | null; hidden: boolean } | null;
  errors: string[];
}

declare global {
  interface Window {
    __athar?: DebugHook;
  }
}

const FILTER_KEYS = [
  "hiddenTypes",
  "hiddenKinds",
  "hiddenOutlets",
  "polarity",
  "from",
  "to",
  "events",
] as const;

export class App {
  private renderer: Sigma<ViewNode, ViewEdge> | null = null;
  private vis: Visibility;
  private hl: Highlight = { hovered: null, near: new Set() };
  private index: SearchIndex;
  private facets: FilterCounts;
  private layout: LiveLayout;

  constructor(
    private data: Dataset,
    private state: ViewState,
    private warnings: string[] = [],
  ) {
    this.vis = computeVisibility(data.graph, state);
    this.index = new SearchIndex(data.graph);
    this.facets = countFacets(data.graph, monthBuckets(data.graph));
    this.layout = new LiveLayout(data.graph);
    // A shared link may name a node or edge this graph does not have.
    if (state.node && !data.graph.hasNode(state.node)) state.node = null;
    if (state.edge && !data.graph.hasEdge(state.edge)) state.edge = null;
  }

  private get large(): boolean {
    return this.data.graph.size > LARGE;
  }

  get dataset(): Dataset {
    return this.data;
  }

  get searchIndex(): SearchIndex {
    return this.index;
  }

  get view(): ViewState {
    return this.state;
  }

  mount(): void {
    const container = byId("graph");
    const renderer = createRenderer(this.data.graph, container, () => ({
      state: this.state,
      vis: this.vis,
      hl: this.hl,
    }));
    this.renderer = renderer;
    renderer.on("enterNode", ({ node }) => this.hover(node));
    renderer.on("leaveNode", () => this.hover(null));
    renderer.on("clickNode", ({ node }) => this.selectNode(node, false));
    renderer.on("clickEdge", ({ edge }) => this.selectEdge(edge));
    renderer.on("clickStage", () =>
      this.update((s) => {
        s.node = null;
        s.edge = null;
      }),
    );
    this.installHook(renderer);
    this.drawSide();
    this.status();
    if (this.state.node) this.center(this.state.node);
  }

  destroy(): void {
    this.layout.kill();
    this.renderer?.kill();
    this.renderer = null;
    closeArticle();
  }

  /** Applies a state change and redraws what depends on it. */
  update(mutate: (s: ViewState) => void): void {
    const before = JSON.stringify(FILTER_KEYS.map((k) => serial(this.state[k])));
    mutate(this.state);
    const filtersChanged = JSON.stringify(FILTER_KEYS.map((k) => serial(this.state[k]))) !== before;
    if (filtersChanged) this.vis = computeVisibility(this.data.graph, this.state);
    history.replaceState(
      null,
      "",
      stateToSearch(this.state, new URLSearchParams(location.search)) || location.pathname,
    );
    this.renderer?.refresh({ skipIndexation: !filtersChanged && this.large });
    this.drawSide(filtersChanged);
    this.status();
  }

  selectNode(node: string, center = true): void {
    this.update((s) => {
      s.node = node;
      s.edge = null;
    });
    if (center) this.center(node);
  }

  selectEdge(edge: string): void {
    this.update((s) => {
      s.edge = edge;
    });
  }

  center(node: string): void {
    const r = this.renderer;
    const d = r?.getNodeDisplayData(node);
    if (!r || !d) return;
    const camera = r.getCamera();
    camera.animate({ x: d.x, y: d.y, ratio: Math.min(camera.ratio, 0.6) }, { duration: 400 });
  }

  hover(node: string | null): void {
    if (node === this.hl.hovered) return;
    const near = new Set<string>();
    if (node) {
      near.add(node);
      this.data.graph.forEachEdge(node, (edge, _a, s, t) => {
        if (!this.vis.hiddenEdges.has(edge)) near.add(s === node ? t : s);
      });
    }
    this.hl = { hovered: node, near };
    // Only colours change. On large graphs skip re-indexing (z-order then stays as it was),
    // which is what keeps hover fast at 100k edges.
    this.renderer?.refresh({ skipIndexation: this.large });
  }

  toggleLayout(): boolean {
    if (this.layout.running) this.layout.stop();
    else this.layout.start();
    return this.layout.running;
  }

  downloadGexf(): void {
    const base = this.data.name.replace(/^.*\//, "").replace(/\.(json|gexf|xml)$/i, "") || "athar";
    download(
      `${base}.gexf`,
      "application/gexf+xml",
      visibleGexf(this.data.graph, this.vis, this.state),
    );
  }

  async downloadPng(): Promise<void> {
    if (this.renderer) await downloadPng(this.renderer);
  }

  private panelContext(): PanelContext {
    return {
      graph: this.data.graph,
      state: this.state,
      vis: this.vis,
      articles: this.data.articles,
      selectNode: (n) => this.selectNode(n),
      selectEdge: (e) => this.selectEdge(e),
      openArticle: (doc, span) => {
        const a = this.data.articles.get(doc);
        if (a) openArticle(a, span);
      },
    };
  }

  private drawSide(filters = true): void {
    const panel = byId("panel");
    const s = this.state;
    panel.dir = s.lang === "ar" ? "rtl" : "ltr";
    panel.lang = s.lang;
    const ctx = this.panelContext();
    if (s.edge && this.data.graph.hasEdge(s.edge)) replace(panel, edgePanel(ctx, s.edge));
    else if (s.node && this.data.graph.hasNode(s.node)) replace(panel, nodePanel(ctx, s.node));
    else replace(panel, this.overview());
    panel.scrollTop = 0;
    if (filters) renderFilters(byId("filters"), this.facets, s, (m) => this.update(m));
    byId<HTMLInputElement>("events").checked = s.events;
  }

  private overview(): HTMLElement {
    const m = this.data.meta;
    const g = this.data.graph;
    return h(
      "div",
      { class: "overview", dir: "ltr", lang: "en" },
      h("h2", {}, "athar ", h("span", { lang: "ar" }, "أثر")),
      h("p", {}, `${g.order} nodes · ${g.size} edges · ${this.data.articles.size} articles loaded`),
      m
        ? h(
            "p",
            { class: "hint" },
            `${m.counts.articles} articles · ${m.counts.relations} relations · extractor ${m.extractor}`,
          )
        : h("p", { class: "hint" }, `${this.data.format.toUpperCase()} file: ${this.data.name}`),
      ...this.warnings.map((w) => h("p", { class: "warning" }, w)),
      m?.errors.length
        ? h(
            "details",
            {},
            h("summary", {}, `${m.errors.length} build errors`),
            ...m.errors.map((e) => h("div", {}, `${e.file}: ${e.message}`)),
          )
        : null,
      h(
        "p",
        { class: "hint" },
        "Search a name, click a node or an edge, drag across the histogram to filter dates. Drop a graph.json, articles.json or GEXF file anywhere to open it.",
      ),
    );
  }

  private status(): void {
    const g = this.data.graph;
    replace(
      byId("status"),
      `${this.vis.visibleNodes}/${g.order} nodes · ${this.vis.visibleEdges}/${g.size} edges shown`,
      g.size > LARGE ? " · large graph: edges hidden while moving" : "",
    );
  }

  private installHook(renderer: Sigma<ViewNode, ViewEdge>): void {
    const hook: DebugHook = window.__athar ?? {
      frames: 0,
      ready: false,
      state: () => this.state,
      visibleEdges: () => 0,
      visibleNodes: () => 0,
      hover: () => {},
      search: () => [],
      nodes: () => [],
      display: () => null,
      errors: [],
    };
    hook.state = () => this.state;
    hook.visibleEdges = (relation) => {
      let n = 0;
      this.data.graph.forEachEdge((e, a) => {
        if ((!relation || a.relation === relation) && !renderer.getEdgeDisplayData(e)?.hidden) n++;
      });
      return n;
    };
    hook.visibleNodes = () => this.vis.visibleNodes;
    hook.hover = (n) => this.hover(n);
    hook.search = (q) => this.index.search(q).map((x) => x.node);
    hook.nodes = () => this.data.graph.nodes();
    hook.display = (node) => {
      const d = renderer.getNodeDisplayData(node);
      if (!d) return null;
      const p = renderer.framedGraphToViewport(d);
      return { x: p.x, y: p.y, color: d.color, label: d.label, hidden: d.hidden };
    };
    // sigma draws once in its constructor; the frame is on screen at the next animation frame.
    requestAnimationFrame(() => {
      if (hook.frames++ === 0) performance.mark("athar:first-frame");
    });
    renderer.on("afterRender", () => {
      hook.frames++;
    });
    hook.ready = true;
    window.__athar = hook;
  }
}

function serial(v: unknown): unknown {
  return v instanceof Set ? [...v].sort() : v;
}
