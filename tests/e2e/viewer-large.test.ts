// A large graph (more edges than renderer.LARGE) on view.json: a clicked edge's evidence is
// fetched and painted before the frame that marks the selection, which without a GPU takes
// hundreds of milliseconds and would otherwise hold the cards back; that frame follows.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Served } from "../../scripts/serve-static.mjs";
import { graphViewFiles } from "../../src/export/view.js";
import { syntheticArticles, syntheticGraph } from "../../src/synthetic-graph.js";
import {
  buildViewer,
  E2E_TIMEOUT,
  HAS_CHROMIUM,
  launch,
  openViewer,
  SKIP_MESSAGE,
  serveViewer,
} from "./helpers.js";

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

describe.skipIf(!HAS_CHROMIUM)("viewer on a large view.json", () => {
  let browser: Browser;
  let dist: { dir: string; cleanup: () => void };
  let dir = "";
  let server: Served;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "athar-large-"));
    // More edges than the renderer's LARGE (20,000; viewer/src/renderer.ts imports sigma, which
    // needs a browser): the large graph's partial redraws.
    const graph = syntheticGraph({ nodes: 3000, edges: 21_000, seed: 11 });
    for (const [name, text] of Object.entries(graphViewFiles(graph, syntheticArticles(graph))))
      writeFileSync(join(dir, name), text);
    [dist, browser] = await Promise.all([buildViewer(), launch()]);
    server = await serveViewer(dist.dir, dir);
  }, E2E_TIMEOUT);

  afterAll(async () => {
    await server?.close();
    await browser?.close();
    dist?.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it("paints a clicked edge's fetched evidence first, then draws the selection", {
    timeout: E2E_TIMEOUT,
  }, async () => {
    const { page, errors } = await openViewer(browser, server.url);
    await page.waitForFunction(() => window.__athar?.complete);
    const seen = await page.evaluate(async () => {
      const hook = window.__athar;
      if (!hook) throw new Error("no hook");
      const edges = hook.edges();
      const edge = edges[Math.floor(edges.length / 2)] as string;
      const panel = document.getElementById("panel") as HTMLElement;
      let framesAtCards = -1;
      const cards = new Promise<void>((ok) => {
        const watch = new MutationObserver(() => {
          if (!panel.querySelector(".edge-panel .evidence")) return;
          framesAtCards = hook.frames;
          watch.disconnect();
          ok();
        });
        watch.observe(panel, { childList: true, subtree: true });
      });
      const framesBefore = hook.frames;
      hook.selectEdge(edge);
      await cards;
      const deadline = performance.now() + 10_000;
      while (hook.frames === framesAtCards && performance.now() < deadline)
        await new Promise((r) => setTimeout(r, 10));
      return {
        edge,
        framesBefore,
        framesAtCards,
        framesAfter: hook.frames,
        shown: hook.evidenceShown,
      };
    });
    expect(seen.shown).toContain(seen.edge);
    // No frame was drawn between the click and the cards; the selection's frame came after.
    expect(seen.framesAtCards).toBe(seen.framesBefore);
    expect(seen.framesAfter).toBeGreaterThan(seen.framesAtCards);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("draws the nodes first, says the edges are loading, then adds them all and counts them", {
    timeout: E2E_TIMEOUT,
  }, async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    // The edges' file is held back until the nodes' frame has been looked at.
    let release = () => {};
    const held = new Promise<void>((ok) => {
      release = ok;
    });
    await page.route("**/graph/view-edges.json", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(server.url);
    await page.waitForFunction(() => (window.__athar?.frames ?? 0) > 0);
    const before = await page.evaluate(() => ({
      nodes: window.__athar?.nodes().length,
      edges: window.__athar?.edges().length,
      complete: window.__athar?.complete,
      status: document.getElementById("status")?.textContent,
      overview: document.querySelector("#panel .overview")?.textContent,
      // The page answers meanwhile: the search index is over the nodes.
      found: window.__athar?.search("ba").length,
      // The layout and the GEXF export wait for the edges.
      disabled: ["layout", "gexf"].map(
        (id) => (document.getElementById(id) as HTMLButtonElement | null)?.disabled,
      ),
    }));
    expect(before).toMatchObject({ nodes: 3000, edges: 0, complete: false });
    expect(before.status).toContain("3000/3000 nodes · loading 21,000 relations…");
    expect(before.overview).toContain("loading 21,000 relations…");
    expect(before.found).toBeGreaterThan(0);
    expect(before.disabled).toEqual([true, true]);

    release();
    await page.waitForFunction(() => window.__athar?.complete);
    // The filter column of a large graph comes in idle time after the edges.
    await page.waitForSelector("#filters [id^='f-type-']");
    const after = await page.evaluate(() => {
      const typeCounts = [...document.querySelectorAll("#filters label.row")]
        .filter((row) => row.querySelector("input[id^='f-type-']"))
        .map((row) => Number(row.querySelector(".count")?.textContent));
      return {
        edges: window.__athar?.edges().length,
        drawn: window.__athar?.visibleEdges(),
        status: document.getElementById("status")?.textContent,
        typeTotal: typeCounts.reduce((a, b) => a + b, 0),
        histogram: !!document.querySelector("#filters .dates svg"),
        disabled: ["layout", "gexf"].map(
          (id) => (document.getElementById(id) as HTMLButtonElement | null)?.disabled,
        ),
        marks: ["athar:first-frame", "athar:edges-drawn"].map(
          (m) => performance.getEntriesByName(m)[0]?.startTime ?? -1,
        ),
      };
    });
    expect(after.edges).toBe(21_000);
    expect(after.drawn).toBe(21_000);
    expect(after.status).toContain("3000/3000 nodes · 21000/21000 edges shown");
    expect(after.typeTotal).toBe(21_000);
    expect(after.histogram).toBe(true);
    expect(after.disabled).toEqual([false, false]);
    const [first, edgesDrawn] = after.marks as [number, number];
    expect(first).toBeGreaterThan(0);
    expect(edgesDrawn).toBeGreaterThan(first);

    // A filter after the edges are in hides exactly that type's edges.
    const accuse = await page.evaluate(() => window.__athar?.visibleEdges("ACCUSE") ?? 0);
    expect(accuse).toBeGreaterThan(0);
    await page.click("#f-type-ACCUSE");
    await page.waitForFunction((n) => window.__athar?.visibleEdges() === 21_000 - n, accuse);
    expect(errors).toEqual([]);
    await page.close();
  });
});
