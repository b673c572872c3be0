// Entry point: the bundled Arabic font, the data named by the URL, then the app.
import "@fontsource/noto-sans-arabic/400.css";
import "@fontsource/noto-sans-arabic/600.css";
import "./style.css";
import { App } from "./app.js";
import { byId, h, replace } from "./dom.js";
import { attachDrop } from "./drop.js";
import { emptyHook } from "./hook.js";
import { articlesUrlFor, DEFAULT_GRAPH_URL, DEFAULT_VIEW_URL, loadFromUrl } from "./load.js";
import { LABEL_FONT } from "./renderer.js";
import { attachSearch } from "./search-ui.js";
import { stateFromUrl } from "./state.js";

let app: App | null = null;

function fail(message: string): void {
  window.__athar?.errors.push(message);
  replace(
    byId("panel"),
    h("div", { class: "error" }, h("h2", {}, "Cannot show the graph"), h("p", {}, message)),
  );
  replace(byId("status"), message);
}

function start(next: App): void {
  app?.destroy();
  app = next;
  next.mount();
}

async function boot(): Promise<void> {
  window.__athar = emptyHook();
  const params = new URLSearchParams(location.search);
  // By default a build's view.json (evidence on demand), else its whole graph.json.
  const graphUrl = params.get("graph") ?? DEFAULT_VIEW_URL;
  const fallback = params.get("graph") ? undefined : DEFAULT_GRAPH_URL;
  const articlesUrl = params.get("articles") ?? articlesUrlFor(graphUrl);
  replace(byId("status"), `loading ${graphUrl} …`);
  // sigma draws labels on a canvas: the font must be loaded before the first frame, or the
  // labels are drawn with a fallback font and stay so until the next redraw.
  const fonts = Promise.all([
    document.fonts.load(`13px ${LABEL_FONT}`, "بوتين"),
    document.fonts.load(`600 13px ${LABEL_FONT}`, "بوتين"),
  ]).catch(() => undefined);
  try {
    const [{ dataset, warnings }] = await Promise.all([
      loadFromUrl(graphUrl, articlesUrl, fallback),
      fonts,
    ]);
    // Marks for the benchmark (scripts/bench-viewer.ts): fetch+parse+validate, then indexing.
    performance.mark("athar:data-loaded");
    start(new App(dataset, stateFromUrl(location.search), warnings));
    performance.mark("athar:mounted");
  } catch (err) {
    fail((err as Error).message);
  }
}

function wireToolbar(): void {
  attachSearch(
    () => {
      if (!app) throw new Error("no graph");
      return app.searchIndex;
    },
    () => {
      if (!app) throw new Error("no graph");
      return app.dataset.graph;
    },
    () => app?.view.lang ?? "ar",
    (node) => app?.selectNode(node),
  );
  byId("lang").addEventListener("click", () =>
    app?.update((s) => {
      s.lang = s.lang === "ar" ? "en" : "ar";
    }),
  );
  byId<HTMLInputElement>("events").addEventListener("change", (ev) => {
    const on = (ev.target as HTMLInputElement).checked;
    app?.update((s) => {
      s.events = on;
    });
  });
  const layout = byId<HTMLButtonElement>("layout");
  layout.addEventListener("click", () => {
    const running = app?.toggleLayout() ?? false;
    layout.textContent = running ? "■ Stop layout" : "▶ Layout";
    layout.classList.toggle("running", running);
  });
  byId("gexf").addEventListener("click", () => app?.downloadGexf());
  byId("png").addEventListener("click", () => void app?.downloadPng());
  attachDrop(
    (data) => {
      const params = new URLSearchParams(location.search);
      params.delete("graph");
      params.delete("articles");
      history.replaceState(null, "", `?${params}`);
      const state = stateFromUrl(location.search);
      state.node = null;
      state.edge = null;
      layout.textContent = "▶ Layout";
      start(new App({ ...data, articles: app?.dataset.articles ?? new Map() }, state));
    },
    (articles) => {
      if (app) start(new App({ ...app.dataset, articles }, app.view));
    },
    fail,
  );
}

wireToolbar();
void boot();
