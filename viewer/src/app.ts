// The viewer's controller: one dataset, one sigma renderer, one state. Every change goes
// through `update`, which recomputes what depends on it, redraws, and writes the URL.
import type Sigma from "sigma";
import { closeArticle, openArticle } from "./article.js";
import { byId, h, replace } from "./dom.js";
import { LoadError } from "./errors.js";
import { afterEvidence } from "./evidence.js";
import { download, downloadPng, visibleGexf } from "./export.js";
import { countFacets, type FilterCounts, renderFilters } from "./filter-ui.js";
import { computeVisibility, type Visibility } from "./filters.js";
import { monthBuckets } from "./histogram.js";
import { type DebugHook, emptyHook } from "./hook.js";
import { LiveLayout } from "./layout.js";
import type { Dataset, ViewEdge, ViewNode } from "./model.js";
import type { PanelContext } from "./panel-context.js";
import { edgePanel } from "./panel-edge.js";
import { nodePanel } from "./panel-node.js";
import { createRenderer, type Highlight, isLarge } from "./renderer.js";
import { SearchIndex } from "./search.js";
import { stateToSearch, type ViewState } from "./state.js";

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
  private index: SearchIndex | null = null;
  private facets: FilterCounts | null = null;
  private layout: LiveLayout;

  constructor(
    private data: Dataset,
    private state: ViewState,
    private warnings: string[] = [],
  ) {
    this.vis = computeVisibility(data.graph, state);
    performance.mark("athar:visibility");
    this.layout = new LiveLayout(data.graph);
    // A shared link may name a node or edge this graph does not have (edges still to come
    // are looked for when they are in).
    if (state.node && !data.graph.hasNode(state.node)) state.node = null;
    if (state.edge && !this.loading && !data.graph.hasEdge(state.edge)) state.edge = null;
  }

  private get large(): boolean {
    return isLarge(this.data.graph, this.data.edges?.count);
  }

  /** view.json's edges are on their way: the nodes are drawn, the edges not yet. */
  private get loading(): boolean {
    return !!this.data.edges && !this.data.edges.settled;
  }

  get dataset(): Dataset {
    return this.data;
  }

  /** Built on first use, or in idle time after the first frame. */
  get searchIndex(): SearchIndex {
    this.index ??= new SearchIndex(this.data.graph);
    return this.index;
  }

  private get facetCounts(): FilterCounts {
    this.facets ??= countFacets(this.data.graph, monthBuckets(this.data.graph));
    return this.facets;
  }

  get view(): ViewState {
    return this.state;
  }

  mount(): void {
    const container = byId("graph");
    const renderer = createRenderer(
      this.data.graph,
      container,
      () => ({ state: this.state, vis: this.vis, hl: this.hl }),
      this.large,
    );
    this.renderer = renderer;
    performance.mark("athar:sigma");
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
    // Large graphs: the first frame first; the filter column, the search index and the rest
    // of validation follow while the user looks at it. view.json: its edges first.
    this.drawSide(!this.large);
    this.status();
    if (this.state.node) this.center(this.state.node);
    requestAnimationFrame(() => setTimeout(() => void this.afterFirstFrame(renderer), 0));
  }

  /** What follows the first frame: view.json's edges, then what waits for idle time. */
  private async afterFirstFrame(renderer: Sigma<ViewNode, ViewEdge>): Promise<void> {
    const checks = [this.data.check];
    if (this.data.edges) {
      let failed: string | null = null;
      try {
        checks.push((await this.data.edges.load()).check);
      } catch (err) {
        failed = err instanceof LoadError ? err.message : `cannot add the edges: ${err}`;
      }
      if (this.renderer !== renderer) return;
      // A failure half-way leaves the edges added so far: they are shown, with the reason.
      this.edgesAdded(renderer);
      if (failed) {
        this.problem(failed);
        return;
      }
      // The frame with the edges before the filter column and the search index (about a
      // second at 100k edges without a GPU), which would otherwise hold it back.
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      if (this.renderer !== renderer) return;
    }
    if (this.large)
      renderFilters(byId("filters"), this.facetCounts, this.state, (m) => this.update(m));
    const index = await SearchIndex.inSlices(this.data.graph);
    if (this.renderer !== renderer) return;
    // A search typed meanwhile built one at once: keep that.
    this.index ??= index;
    performance.mark("athar:idle-ready");
    for (const check of checks) {
      const problem = await check?.();
      if (this.renderer !== renderer) return;
      if (problem) this.problem(problem);
    }
  }

  /**
   * view.json's edges are in the graph: everything computed from edges at mount (visibility,
   * filter counts, histogram, search weights, the panel, the status) again, and sigma
   * indexes them all at once (it was not told of each).
   */
  private edgesAdded(renderer: Sigma<ViewNode, ViewEdge>): void {
    const g = this.data.graph;
    if (this.state.edge && !g.hasEdge(this.state.edge)) this.state.edge = null;
    this.vis = computeVisibility(g, this.state);
    this.facets = null;
    this.index = null;
    renderer.refresh();
    performance.mark("athar:edges-added");
    this.drawSide(!this.large);
    this.status();
    this.markComplete();
  }

  /** The whole graph is drawn at the next animation frame (for the benchmark and tests). */
  private markComplete(): void {
    requestAnimationFrame(() => {
      performance.mark("athar:edges-drawn");
      if (window.__athar) window.__athar.complete = true;
    });
  }

  private problem(message: string): void {
    this.warnings.push(message);
    window.__athar?.errors.push(message);
    this.drawSide(false);
    this.status();
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
    const { node, edge, lang } = this.state;
    mutate(this.state);
    const filtersChanged = JSON.stringify(FILTER_KEYS.map((k) => serial(this.state[k]))) !== before;
    const previous = this.vis;
    if (filtersChanged) this.vis = computeVisibility(this.data.graph, this.state);
    history.replaceState(
      null,
      "",
      stateToSearch(this.state, new URLSearchParams(location.search)) || location.pathname,
    );
    if (this.loading) {
      // sigma knows no edge yet (they are added without telling it): nodes only, until the
      // full refresh that follows the last edge.
      this.renderer?.refresh({
        partialGraph: { nodes: this.data.graph.nodes() },
        skipIndexation: true,
      });
    } else if (!this.large) this.renderer?.refresh();
    else if (filtersChanged) {
      // Large graphs: when only edges appear or disappear, re-reduce just those; nodes
      // changing visibility need the label grid rebuilt, i.e. a full refresh.
      const nodes = changed(previous.hiddenNodes, this.vis.hiddenNodes);
      if (nodes.length) this.renderer?.refresh();
      else {
        const edges = changed(previous.hiddenEdges, this.vis.hiddenEdges);
        this.renderer?.refresh({ partialGraph: { edges }, skipIndexation: true });
      }
    } else {
      // Large graphs: re-reduce only what the change touches, never all 100k edges.
      const g = this.data.graph;
      const nodes =
        lang !== this.state.lang
          ? g.nodes()
          : [node, this.state.node].filter((n): n is string => !!n && g.hasNode(n));
      const edges = [edge, this.state.edge].filter((e): e is string => !!e && g.hasEdge(e));
      const renderer = this.renderer;
      // The panel first: its evidence is fetched while the frame that marks the selection
      // waits (without a GPU that frame takes hundreds of ms and would hold the answer back).
      this.drawSide(false);
      this.status();
      afterEvidence(byId("panel"), () => {
        if (this.renderer === renderer)
          renderer?.refresh({ partialGraph: { nodes, edges }, skipIndexation: true });
      });
      return;
    }
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
    // Large graphs: hover changes nodes only (edges keep their look), so re-reduce the nodes
    // and leave the 100k edges alone.
    if (this.large) {
      this.renderer?.refresh({
        partialGraph: { nodes: this.data.graph.nodes() },
        skipIndexation: true,
      });
    } else {
      this.renderer?.refresh();
    }
  }

  toggleLayout(): boolean {
    // The layout's worker takes the graph as it is: wait for the edges.
    if (this.loading) return false;
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
      lazy: this.data.lazy ?? null,
      selectNode: (n) => this.selectNode(n),
      selectEdge: (e) => this.selectEdge(e),
      openArticle: (doc, span) => {
        const a = this.data.articles.get(doc);
        if (a) openArticle(a, span);
        else
          this.data.lazy?.article(doc).then(
            (fetched) => {
              if (!fetched) return;
              this.data.articles.set(doc, fetched);
              openArticle(fetched, span);
            },
            (err: Error) => replace(byId("status"), err.message),
          );
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
    if (filters) renderFilters(byId("filters"), this.facetCounts, s, (m) => this.update(m));
    byId<HTMLInputElement>("events").checked = s.events;
  }

  private overview(): HTMLElement {
    const m = this.data.meta;
    const g = this.data.graph;
    return h(
      "div",
      { class: "overview", dir: "ltr", lang: "en" },
      h("h2", {}, "athar ", h("span", { lang: "ar" }, "أثر")),
      h(
        "p",
        {},
        `${g.order} nodes · ${this.loading ? this.edgesComing() : `${g.size} edges`} · ` +
          (this.data.lazy
            ? "evidence and articles fetched when opened"
            : `${this.data.articles.size} articles loaded`),
      ),
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

  private edgesComing(): string {
    // 100000 -> "100,000" by hand: the first toLocaleString loads Intl's data (tens of ms).
    const count = String(this.data.edges?.count ?? 0).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    return `loading ${count} relations…`;
  }

  private status(): void {
    const g = this.data.graph;
    // The layout and the GEXF export take the graph as it is: not until its edges are in.
    for (const id of ["layout", "gexf"]) {
      const button = document.getElementById(id) as HTMLButtonElement | null;
      if (!button) continue;
      button.disabled = this.loading;
      button.classList.toggle("waiting", this.loading);
    }
    replace(
      byId("status"),
      this.loading
        ? `${this.vis.visibleNodes}/${g.order} nodes · ${this.edgesComing()}`
        : `${this.vis.visibleNodes}/${g.order} nodes · ${this.vis.visibleEdges}/${g.size} edges shown`,
      this.large ? " · large graph: edges drawn as lines, hidden while moving" : "",
    );
  }

  private installHook(renderer: Sigma<ViewNode, ViewEdge>): void {
    const hook: DebugHook = window.__athar ?? emptyHook();
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
    hook.search = (q) => this.searchIndex.search(q).map((x) => x.node);
    hook.nodes = () => this.data.graph.nodes();
    hook.edges = () => this.data.graph.edges();
    hook.selectEdge = (e) => this.selectEdge(e);
    hook.renderMs = () => {
      const t0 = performance.now();
      // render() is public in sigma's JS but typed private; the benchmark needs it alone.
      (renderer as unknown as { render(): void }).render();
      return performance.now() - t0;
    };
    hook.display = (node) => {
      const d = renderer.getNodeDisplayData(node);
      if (!d) return null;
      const p = renderer.framedGraphToViewport(d);
      return { x: p.x, y: p.y, color: d.color, label: d.label, hidden: d.hidden };
    };
    // sigma draws once in its constructor; the frame is on screen at the next animation frame.
    // With view.json's edges still to come, that frame has the nodes only.
    hook.complete = false;
    const whole = !this.loading;
    requestAnimationFrame(() => {
      if (whole) hook.complete = true;
      if (hook.frames++ === 0) performance.mark("athar:first-frame");
      // The next frame starts only once the first is composited (in software GL the
      // compositor waits for WebGL): that is when the graph is on screen.
      requestAnimationFrame(() => performance.mark("athar:first-frame-presented"));
    });
    renderer.on("afterRender", () => {
      hook.frames++;
    });
    hook.ready = true;
    window.__athar = hook;
  }
}

/** Keys in exactly one of two sets. */
function changed(a: Set<string>, b: Set<string>): string[] {
  const out: string[] = [];
  for (const k of a) if (!b.has(k)) out.push(k);
  for (const k of b) if (!a.has(k)) out.push(k);
  return out;
}

function serial(v: unknown): unknown {
  return v instanceof Set ? [...v].sort() : v;
}
