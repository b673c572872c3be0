// Viewer benchmark: a generated graph (default 20,000 nodes, 100,000 edges) served to the
// built viewer in headless Chromium. Prints time to first drawn frame (view.json: the nodes;
// then the time until its edges are drawn too), JS heap, and how fast hover, search, filters
// and camera moves answer at that size.
// Run: npx tsx scripts/bench-viewer.ts [--nodes N] [--edges M] [--seed S] [--json]
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { chromium, type Page } from "playwright-core";
import { build } from "vite";
import { graphViewFiles, VIEW_EDGES_FILE, VIEW_FILE } from "../src/export/view.js";
import { syntheticArticles, syntheticGraph } from "../src/synthetic-graph.js";
import type {} from "../viewer/src/hook.js";
import { CHROMIUM, CHROMIUM_ARGS } from "./chromium.js";
import { serveStatic } from "./serve-static.mjs";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

const { values } = parseArgs({
  options: {
    nodes: { type: "string", default: "20000" },
    edges: { type: "string", default: "100000" },
    seed: { type: "string", default: "1" },
    json: { type: "boolean", default: false },
  },
});
const N = Number(values.nodes);
const M = Number(values.edges);
const SEED = Number(values.seed);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

/** In-page: run `action` and resolve with ms until the next frame is on screen. */
async function timeToFrame(page: Page, action: string, arg: string): Promise<number> {
  return page.evaluate(
    async ([code, a]) => {
      const fn = new Function("a", code) as (a: string) => void;
      const t0 = performance.now();
      fn(a);
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      return performance.now() - t0;
    },
    [action, arg] as const,
  );
}

/** In-page: for a sample of edges, ms from selecting one to its evidence cards drawn. */
async function evidenceTimes(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    const hook = window.__athar;
    const all = hook?.edges() ?? [];
    const sample = all.filter((_e, i) => i % Math.floor(all.length / 6) === 3).slice(0, 6);
    const out: number[] = [];
    for (const edge of sample) {
      const frames = hook?.frames ?? 0;
      const t0 = performance.now();
      hook?.selectEdge(edge);
      while (!document.querySelector(`.edge-panel[data-edge="${CSS.escape(edge)}"] .evidence`))
        await new Promise((r) => setTimeout(r, 2));
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      out.push(performance.now() - t0);
      // The next click comes once this one's selection is drawn (the large graph's frame
      // follows the cards), as a reader's would: not inside the frame of the click before.
      const until = performance.now() + 3000;
      while ((hook?.frames ?? 0) === frames && performance.now() < until)
        await new Promise((r) => setTimeout(r, 5));
      // Drawn is not yet on screen: the animation frame after next starts once the compositor
      // has put it there (in software GL it waits for WebGL).
      for (let k = 0; k < 2; k++) await new Promise((r) => requestAnimationFrame(() => r(null)));
    }
    return out;
  });
}

async function main(): Promise<void> {
  const log = (s: string) => {
    if (!values.json) console.log(s);
  };
  const work = mkdtempSync(join(tmpdir(), "athar-bench-viewer-"));
  const graphDir = join(work, "graph");
  const inlineDir = join(work, "inline");
  const distDir = join(work, "dist");
  try {
    let t = performance.now();
    const graph = syntheticGraph({ nodes: N, edges: M, seed: SEED });
    const articles = syntheticArticles(graph);
    const genMs = performance.now() - t;
    // The build's files (view.json and view-edges.json with graph.json and articles.json),
    // and beside them a folder with graph.json alone: evidence inline, for the ratio.
    mkdirSync(graphDir, { recursive: true });
    mkdirSync(inlineDir, { recursive: true });
    for (const [name, text] of Object.entries(graphViewFiles(graph, articles))) {
      writeFileSync(join(graphDir, name), text);
      if (name !== VIEW_FILE && name !== VIEW_EDGES_FILE)
        writeFileSync(join(inlineDir, name), text);
    }
    const mb = statSync(join(graphDir, "graph.json")).size / 1e6;
    const viewMb = statSync(join(graphDir, VIEW_FILE)).size / 1e6;
    const edgesMb = statSync(join(graphDir, VIEW_EDGES_FILE)).size / 1e6;
    log(
      `generated ${N} nodes, ${M} edges in ${genMs.toFixed(0)} ms; graph.json ${mb.toFixed(1)} MB, view.json ${viewMb.toFixed(1)} MB, view-edges.json ${edgesMb.toFixed(1)} MB`,
    );

    t = performance.now();
    await build({
      configFile: join(ROOT, "viewer/vite.config.ts"),
      build: { outDir: distDir, emptyOutDir: true },
      logLevel: "warn",
    });
    log(`viewer built in ${(performance.now() - t).toFixed(0)} ms`);

    const server = await serveStatic({
      mounts: [
        { prefix: "/inline/", dir: inlineDir },
        { prefix: "/graph/", dir: graphDir },
        { prefix: "/", dir: distDir },
      ],
    });
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
    // tsx keeps function names with an `__name` helper that page.evaluate callbacks then
    // reference inside the page: give the page a no-op one.
    await page.addInitScript({ content: "window.__name = (f) => f;" });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });

    // First frame, alternating: view.json (evidence on demand) and graph.json with all its
    // evidence inline (the viewer before view.json), three runs each.
    const firstFrames = { view: [] as number[], inline: [] as number[] };
    // view.json: navigation -> every edge drawn too (inline, the first frame has them all).
    const edgesDrawn: number[] = [];
    const evidenceMs = { view: [] as number[], inline: [] as number[] };
    for (let run = 0; run < 3; run++) {
      for (const mode of ["inline", "view"] as const) {
        const p = await browser.newPage({ viewport: { width: 1400, height: 850 } });
        await p.goto(mode === "view" ? server.url : `${server.url}?graph=./inline/graph.json`);
        await p.waitForFunction(() => (window.__athar?.frames ?? 0) > 0, null, {
          timeout: 180_000,
        });
        await p.waitForFunction(
          () => window.__athar?.complete || (window.__athar?.errors.length ?? 0) > 0,
          null,
          { timeout: 180_000 },
        );
        // No named helpers inside: these pages lack the `__name` shim (see below).
        const at = await p.evaluate(() => ({
          first: performance.getEntriesByName("athar:first-frame")[0]?.startTime ?? Number.NaN,
          edges: performance.getEntriesByName("athar:edges-drawn")[0]?.startTime ?? Number.NaN,
        }));
        firstFrames[mode].push(at.first);
        if (mode === "view") edgesDrawn.push(at.edges);
        // A clicked edge's evidence on screen, the same way in both: the cards in the panel,
        // then the next frame (view.json: one byte range of graph.json before the cards).
        if (run === 0) evidenceMs[mode].push(...(await evidenceTimes(p)));
        await p.close();
      }
    }

    await page.goto(server.url);
    await page.waitForFunction(
      () => window.__athar?.complete || (window.__athar?.errors.length ?? 0) > 0,
      null,
      {
        timeout: 120_000,
      },
    );
    const marks = await page.evaluate(() => {
      const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
      return {
        fetched: at("athar:fetched"),
        validated: at("athar:validated"),
        sigma: at("athar:sigma"),
        dataLoaded: at("athar:data-loaded"),
        mounted: at("athar:mounted"),
        firstFrame: at("athar:first-frame"),
        presented: at("athar:first-frame-presented"),
        edgesParsed: at("athar:edges-parsed"),
        edgesInGraph: at("athar:edges-in-graph"),
        edgesAdded: at("athar:edges-added"),
        edgesDrawn: at("athar:edges-drawn"),
      };
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("HeapProfiler.collectGarbage");
    await cdp.send("Performance.enable");
    const metrics = (await cdp.send("Performance.getMetrics")).metrics;
    const heap = (metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? 0) / 1e6;

    // Hover: the hubs (largest nodes) are the worst case; a sample of others the common one.
    const sample = await page.evaluate(() => {
      const hook = window.__athar;
      const all = hook?.nodes() ?? [];
      return [...all.slice(0, 5), ...all.filter((_n, i) => i % 2000 === 7).slice(0, 10)];
    });
    const hoverMs: number[] = [];
    for (const node of sample) {
      hoverMs.push(await timeToFrame(page, "window.__athar.hover(a)", node));
      hoverMs.push(await timeToFrame(page, "window.__athar.hover(null)", ""));
    }
    // A real mouse hover on one hub, end to end through sigma's hit test.
    const hub = sample[0] ?? "";
    const pos = await page.evaluate((n) => window.__athar?.display(n), hub);
    const box = await page.locator("#graph").boundingBox();
    const framesBefore = await page.evaluate(() => window.__athar?.frames ?? 0);
    t = performance.now();
    await page.mouse.move((box?.x ?? 0) + (pos?.x ?? 0), (box?.y ?? 0) + (pos?.y ?? 0));
    await page.waitForFunction((f) => (window.__athar?.frames ?? 0) > f, framesBefore);
    const mouseHoverMs = performance.now() - t;
    await page.mouse.move(1, 1);

    // Search: the index alone, and the search box (input event to suggestions drawn).
    const queries = ["با", "روسا", "Ko", "kotina", "لباتي", "state:s1"];
    const searchMs = await page.evaluate((qs) => {
      const out: number[] = [];
      for (const q of qs) {
        const t0 = performance.now();
        window.__athar?.search(q);
        out.push(performance.now() - t0);
      }
      return out;
    }, queries);
    const boxMs: number[] = [];
    for (const q of queries) {
      boxMs.push(
        await timeToFrame(
          page,
          "const i = document.getElementById('search'); i.value = a; i.dispatchEvent(new Event('input'));",
          q,
        ),
      );
    }
    const suggestions = await page.locator("#suggestions .option").count();

    // A filter change (hide ACCUSE), and back.
    const filterMs = [
      await timeToFrame(page, "document.getElementById('f-type-ACCUSE').click()", ""),
      await timeToFrame(page, "document.getElementById('f-type-ACCUSE').click()", ""),
    ];

    // Camera: frames drawn during a one-second animated zoom.
    const fps = await page.evaluate(async () => {
      const hook = window.__athar;
      const f0 = hook?.frames ?? 0;
      const canvas = document.querySelector("#graph canvas:last-of-type");
      const r = canvas?.getBoundingClientRect();
      const t0 = performance.now();
      // Wheel events zoom in and out around the centre, as a user would.
      for (let i = 0; i < 10; i++) {
        canvas?.dispatchEvent(
          new WheelEvent("wheel", {
            deltaY: i < 5 ? -120 : 120,
            clientX: (r?.left ?? 0) + (r?.width ?? 0) / 2,
            clientY: (r?.top ?? 0) + (r?.height ?? 0) / 2,
            bubbles: true,
            cancelable: true,
          }),
        );
        await new Promise((res) => setTimeout(res, 100));
      }
      const dt = performance.now() - t0;
      return (((hook?.frames ?? 0) - f0) / dt) * 1000;
    });

    const result = {
      viewJsonMB: Number(viewMb.toFixed(1)),
      viewEdgesJsonMB: Number(edgesMb.toFixed(1)),
      firstFrameViewMedianMs: Math.round(median(firstFrames.view)),
      firstFrameInlineMedianMs: Math.round(median(firstFrames.inline)),
      firstFrameRatio: Number((median(firstFrames.view) / median(firstFrames.inline)).toFixed(2)),
      edgesDrawnViewMedianMs: Math.round(median(edgesDrawn)),
      edgesDrawnRatio: Number((median(edgesDrawn) / median(firstFrames.inline)).toFixed(2)),
      evidenceViewMedianMs: Math.round(median(evidenceMs.view)),
      evidenceViewMaxMs: Math.round(Math.max(...evidenceMs.view)),
      evidenceInlineMedianMs: Math.round(median(evidenceMs.inline)),
      nodes: N,
      edges: M,
      graphJsonMB: Number(mb.toFixed(1)),
      fetchedMs: Math.round(marks.fetched),
      validatedMs: Math.round(marks.validated),
      dataLoadedMs: Math.round(marks.dataLoaded),
      sigmaMs: Math.round(marks.sigma),
      mountedMs: Math.round(marks.mounted),
      firstFrameMs: Math.round(marks.firstFrame),
      presentedMs: Math.round(marks.presented),
      edgesParsedMs: Math.round(marks.edgesParsed),
      edgesInGraphMs: Math.round(marks.edgesInGraph),
      edgesAddedMs: Math.round(marks.edgesAdded),
      edgesDrawnMs: Math.round(marks.edgesDrawn),
      jsHeapMB: Number(heap.toFixed(0)),
      hoverMedianMs: Number(median(hoverMs).toFixed(1)),
      hoverMaxMs: Number(Math.max(...hoverMs).toFixed(1)),
      mouseHoverMs: Math.round(mouseHoverMs),
      searchIndexMedianMs: Number(median(searchMs).toFixed(2)),
      searchBoxMedianMs: Number(median(boxMs).toFixed(1)),
      suggestions,
      filterChangeMs: filterMs.map((x) => Math.round(x)),
      zoomFps: Number(fps.toFixed(0)),
      errors,
    };
    if (values.json) {
      console.log(JSON.stringify(result));
    } else {
      log("");
      log(`viewer, ${N} nodes / ${M} edges (headless Chromium, software GL):`);
      log(
        `  first frame, view.json (median of 3)  ${result.firstFrameViewMedianMs} ms   (aim ≤ 2000; the nodes, edges loading)`,
      );
      log(
        `  all edges drawn, view.json            ${result.edgesDrawnViewMedianMs} ms   (view/inline first frame ${result.edgesDrawnRatio})`,
      );
      log(
        `  first frame, graph.json inline        ${result.firstFrameInlineMedianMs} ms   (view/inline ${result.firstFrameRatio}, aim ≤ 0.5)`,
      );
      log(
        `  clicked edge -> evidence on screen    ${result.evidenceViewMedianMs} ms median, ${result.evidenceViewMaxMs} ms max (aim ≤ 300); inline ${result.evidenceInlineMedianMs} ms`,
      );
      log("  the figures below are for view.json:");
      log(`  navigation -> view.json downloaded   ${result.fetchedMs} ms`);
      log(
        `  navigation -> parsed, checked        ${result.validatedMs} ms (sampled; full check follows)`,
      );
      log(`  navigation -> graph built            ${result.dataLoadedMs} ms`);
      log(`  navigation -> sigma ready            ${result.sigmaMs} ms`);
      log(`  navigation -> first frame drawn      ${result.firstFrameMs} ms   (aim < 3000)`);
      log(`  navigation -> first frame on screen  ${result.presentedMs} ms`);
      log(`  navigation -> edges parsed           ${result.edgesParsedMs} ms`);
      log(`  navigation -> edges in the graph     ${result.edgesInGraphMs} ms (5,000 at a time)`);
      log(`  navigation -> edges indexed by sigma ${result.edgesAddedMs} ms`);
      log(`  navigation -> edges drawn            ${result.edgesDrawnMs} ms`);
      log(`  JS heap after GC                     ${result.jsHeapMB} MB`);
      log(
        `  hover -> frame (median / max)        ${result.hoverMedianMs} / ${result.hoverMaxMs} ms`,
      );
      log(
        `  real mouse hover on a hub -> frame   ${result.mouseHoverMs} ms (incl. CDP round trip)`,
      );
      log(`  search index query (median)          ${result.searchIndexMedianMs} ms`);
      log(
        `  search box keystroke -> frame        ${result.searchBoxMedianMs} ms (${suggestions} suggestions)`,
      );
      log(`  filter change -> frame               ${result.filterChangeMs.join(" / ")} ms`);
      log(`  frames/s while zooming               ${result.zoomFps}`);
      if (errors.length) log(`  page errors: ${errors.join("; ")}`);
    }
    await browser.close();
    await server.close();
    if (errors.length) process.exitCode = 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
