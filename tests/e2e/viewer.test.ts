// The viewer in a real headless Chromium, on the hand-made fixture and, once the pipeline has
// written it, on the seeds' build in graph/. Each dataset is served at /graph/ exactly as
// `npm start` serves it: view.json (evidence fetched when opened) when the folder has one,
// which the viewer asks for first, else graph.json (+ articles.json) with inline evidence.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Served } from "../../scripts/serve-static.mjs";
import { graphViewFiles } from "../../src/export/view.js";
import {
  buildViewer,
  drawnPixels,
  E2E_TIMEOUT,
  HAS_CHROMIUM,
  launch,
  openViewer,
  RESULTS,
  ROOT,
  SKIP_MESSAGE,
  serveViewer,
} from "./helpers.js";

interface Dataset {
  name: string;
  /** A folder with graph.json and articles.json. */
  dir: () => string;
}

let fixtureDir = "";
let fixtureViewDir = "";
const datasets: Dataset[] = [
  { name: "fixture", dir: () => fixtureDir },
  // The same graph as a build writes it for the viewer: view.json, evidence fetched on demand.
  { name: "fixture view.json", dir: () => fixtureViewDir },
];
if (existsSync(join(ROOT, "graph/graph.json"))) {
  datasets.push({ name: "seeds", dir: () => join(ROOT, "graph") });
}

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

const PUTIN = "person:vladimir-putin";
/** theme.ts DIM_NODE. */
const DIM = "#e2e8f0";

function articleText(dir: string, doc: string): string | null {
  const file = join(dir, "articles.json");
  if (!existsSync(file)) return null;
  const a = JSON.parse(readFileSync(file, "utf8")) as { articles: { doc: string; text: string }[] };
  return a.articles.find((x) => x.doc === doc)?.text ?? null;
}

async function selectBySearch(page: Page, query: string): Promise<void> {
  await page.fill("#search", "");
  await page.type("#search", query);
  await page.waitForSelector("#suggestions .option");
  await page.keyboard.press("Enter");
}

/** The CONSULT relation between Kim and Putin, clicked from Putin's panel. */
async function openKimPutin(page: Page): Promise<void> {
  await selectBySearch(page, "بوتين");
  const row = page
    .locator('.rel-group[data-type="CONSULT"] button.relation', { hasText: "كيم" })
    .first();
  await row.click();
  await page.waitForSelector(".edge-panel");
}

describe.skipIf(!HAS_CHROMIUM)("viewer in Chromium", () => {
  let browser: Browser;
  let dist: { dir: string; cleanup: () => void };

  beforeAll(async () => {
    fixtureDir = mkdtempSync(join(tmpdir(), "athar-fixture-"));
    copyFileSync(join(ROOT, "tests/fixtures/viewer-graph.json"), join(fixtureDir, "graph.json"));
    copyFileSync(
      join(ROOT, "tests/fixtures/viewer-articles.json"),
      join(fixtureDir, "articles.json"),
    );
    fixtureViewDir = mkdtempSync(join(tmpdir(), "athar-fixture-view-"));
    const files = graphViewFiles(
      JSON.parse(readFileSync(join(fixtureDir, "graph.json"), "utf8")),
      JSON.parse(readFileSync(join(fixtureDir, "articles.json"), "utf8")),
    );
    for (const [name, text] of Object.entries(files))
      writeFileSync(join(fixtureViewDir, name), text);
    mkdirSync(RESULTS, { recursive: true });
    [dist, browser] = await Promise.all([buildViewer(), launch()]);
  }, E2E_TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    dist?.cleanup();
    rmSync(fixtureDir, { recursive: true, force: true });
    rmSync(fixtureViewDir, { recursive: true, force: true });
  });

  describe.each(datasets)("$name graph", (ds) => {
    let server: Served;
    beforeAll(async () => {
      server = await serveViewer(dist.dir, ds.dir());
    });
    afterAll(async () => {
      await server?.close();
    });

    it("loads with no console errors and draws the canvas", { timeout: E2E_TIMEOUT }, async () => {
      const { page, errors } = await openViewer(browser, server.url);
      await page.waitForTimeout(300);
      expect(errors).toEqual([]);
      const status = await page.textContent("#status");
      expect(status).toMatch(/\d+\/\d+ nodes · \d+\/\d+ edges shown/);
      const { drawn, total } = await drawnPixels(page);
      // Nodes, edges and labels cover a visible share of the graph area.
      expect(drawn / total).toBeGreaterThan(0.005);
      expect(await page.locator("#filters input[type=checkbox]").count()).toBeGreaterThan(3);
      await page.screenshot({ path: join(RESULTS, `viewer-${ds.name}.png`), fullPage: true });
      await page.close();
    });

    it('searching "بوتين" selects Vladimir Putin and lists his relations', {
      timeout: E2E_TIMEOUT,
    }, async () => {
      const { page, errors } = await openViewer(browser, server.url);
      await page.type("#search", "بوتين");
      const first = page.locator("#suggestions .option").first();
      await expect.poll(() => first.getAttribute("data-node")).toBe(PUTIN);
      await page.keyboard.press("Enter");
      await page.waitForSelector(`.node-panel[data-node="${PUTIN}"]`);
      expect(await page.evaluate(() => window.__athar?.state().node)).toBe(PUTIN);
      expect(page.url()).toContain(`node=${encodeURIComponent(PUTIN)}`);
      expect(await page.textContent(".node-panel h2")).toContain("بوتين");
      expect(await page.locator(".rel-group").count()).toBeGreaterThan(0);
      expect(
        await page.locator('.rel-group[data-type="CONSULT"] button.relation').count(),
      ).toBeGreaterThan(0);
      // The panel is right-to-left while labels are Arabic.
      expect(await page.getAttribute("#panel", "dir")).toBe("rtl");
      // Selected and centred: the node is highlighted and on screen.
      const d = await page.evaluate((n) => window.__athar?.display(n), PUTIN);
      expect(d?.hidden).toBe(false);
      expect(errors).toEqual([]);
      await page.close();
    });

    it("variants and English reach the same entity", { timeout: E2E_TIMEOUT }, async () => {
      const { page } = await openViewer(browser, server.url);
      const top = (q: string) => page.evaluate((x) => window.__athar?.search(x)[0], q);
      expect(await top("Putin")).toBe(PUTIN);
      expect(await top("وبوتين")).toBe(PUTIN);
      expect(await top("بُوتِين")).toBe(PUTIN);
      expect(await top("کوریا الشمالیة")).toBe("state:KP");
      await page.close();
    });

    it("opening the Kim–Putin relation shows the evidence with the span highlighted", {
      timeout: E2E_TIMEOUT,
    }, async () => {
      const { page, errors } = await openViewer(browser, server.url);
      await openKimPutin(page);
      const ev = page.locator(".edge-panel .evidence").first();
      const mark = ev.locator("mark.span");
      await expect.poll(() => mark.count()).toBe(1);
      const marked = (await mark.textContent()) ?? "";
      const sentence = (await ev.locator(".sentence").textContent()) ?? "";
      expect(marked.length).toBeGreaterThan(0);
      expect(sentence).toContain(marked);
      expect(await ev.locator(".sentence").getAttribute("dir")).toBe("rtl");
      // The mark is the article's text at the span, character for character.
      const doc = (await ev.getAttribute("data-doc")) ?? "";
      const [start, end] = ((await ev.getAttribute("data-span")) ?? "").split("-").map(Number);
      expect(marked).toBe(articleText(ds.dir(), doc)?.slice(start, end));
      expect(await ev.locator(".meta .outlet").count()).toBe(1);
      expect(await ev.locator(".meta .date").count()).toBe(1);
      expect(await ev.locator(".meta .claimant").count()).toBe(1);
      expect(await ev.locator(".meta .polarity").count()).toBe(1);
      if (ds.name === "fixture") {
        expect(sentence).toContain("واجتمع كيم مع الرئيس الروسي، فلاديمير بوتين");
        expect(marked).toBe("واجتمع كيم مع الرئيس الروسي، فلاديمير بوتين");
      }
      expect(errors).toEqual([]);
      await page.close();
    });

    it("each evidence opens its article with the span highlighted and scrolled into view", {
      timeout: E2E_TIMEOUT,
    }, async () => {
      const { page } = await openViewer(browser, server.url);
      await openKimPutin(page);
      const ev = page.locator(".edge-panel .evidence").first();
      const marked = await ev.locator("mark.span").textContent();
      await ev.locator("button.open-article").click();
      const span = page.locator("#article #article-span");
      await span.waitFor();
      expect(await span.textContent()).toBe(marked);
      await expect
        .poll(() =>
          span.evaluate((el) => {
            const r = el.getBoundingClientRect();
            const box = (el.closest(".article-text") as HTMLElement).getBoundingClientRect();
            return r.top >= box.top && r.bottom <= box.bottom;
          }),
        )
        .toBe(true);
      await page.keyboard.press("Escape");
      expect(await page.isHidden("#article")).toBe(true);
      await page.close();
    });

    it("filtering out CONSULT hides those edges, and the URL keeps it", {
      timeout: E2E_TIMEOUT,
    }, async () => {
      const { page, errors } = await openViewer(
        browser,
        `${server.url}?node=${encodeURIComponent(PUTIN)}`,
      );
      await page.waitForSelector(`.node-panel[data-node="${PUTIN}"]`);
      const consult = () => page.evaluate(() => window.__athar?.visibleEdges("CONSULT"));
      const all = () => page.evaluate(() => window.__athar?.visibleEdges());
      const before = (await consult()) ?? 0;
      const allBefore = (await all()) ?? 0;
      expect(before).toBeGreaterThan(0);
      await page.uncheck("#f-type-CONSULT");
      expect(await consult()).toBe(0);
      expect(await all()).toBe(allBefore - before);
      expect(page.url()).toContain("hide_types=CONSULT");
      expect(await page.locator('.rel-group[data-type="CONSULT"]').count()).toBe(0);
      // A shared link restores the view: same node, same filter.
      await page.goto(page.url());
      await page.waitForSelector(`.node-panel[data-node="${PUTIN}"]`);
      expect(await page.isChecked("#f-type-CONSULT")).toBe(false);
      expect(await consult()).toBe(0);
      await page.check("#f-type-CONSULT");
      expect(await consult()).toBe(before);
      expect(errors).toEqual([]);
      await page.close();
    });

    it("hover highlights the neighbours and dims the rest", { timeout: E2E_TIMEOUT }, async () => {
      const { page } = await openViewer(browser, server.url);
      const at = await page.evaluate((n) => window.__athar?.display(n), PUTIN);
      if (!at) throw new Error("Putin not drawn");
      const box = await page.locator("#graph").boundingBox();
      await page.mouse.move((box?.x ?? 0) + at.x, (box?.y ?? 0) + at.y);
      const count = () =>
        page.evaluate((dimColor) => {
          const hook = window.__athar;
          const all = hook?.nodes() ?? [];
          const dim = all.filter((n) => hook?.display(n)?.color === dimColor).length;
          return { all: all.length, dim };
        }, DIM);
      // Putin and his neighbours keep their colours; every other node is dimmed.
      await expect.poll(async () => (await count()).dim).toBeGreaterThan(0);
      expect(await page.evaluate((n) => window.__athar?.display(n)?.color, PUTIN)).not.toBe(DIM);
      const { all, dim } = await count();
      expect(dim).toBeLessThan(all);
      await page.mouse.move(2, 2);
      await expect.poll(async () => (await count()).dim).toBe(0);
      await page.close();
    });

    it("label language toggles between Arabic and English", { timeout: E2E_TIMEOUT }, async () => {
      const { page } = await openViewer(browser, `${server.url}?node=${encodeURIComponent(PUTIN)}`);
      expect(await page.evaluate((n) => window.__athar?.display(n)?.label, PUTIN)).toContain(
        "بوتين",
      );
      await page.click("#lang");
      expect(await page.evaluate((n) => window.__athar?.display(n)?.label, PUTIN)).toBe(
        "Vladimir Putin",
      );
      expect(page.url()).toContain("lang=en");
      expect(await page.getAttribute("#panel", "dir")).toBe("ltr");
      await page.close();
    });

    it("event nodes can be hidden; a date range hides relations outside it", {
      timeout: E2E_TIMEOUT,
    }, async () => {
      const { page } = await openViewer(browser, server.url);
      const events = await page.evaluate(() => {
        const s = window.__athar?.search("event:") ?? [];
        return s.filter((n) => n.startsWith("event:"));
      });
      const event = events[0];
      if (event) {
        await page.uncheck("#events");
        expect(await page.evaluate((n) => window.__athar?.display(n)?.hidden, event)).toBe(true);
        expect(page.url()).toContain("events=0");
        await page.check("#events");
        expect(await page.evaluate((n) => window.__athar?.display(n)?.hidden, event)).toBe(false);
      }
      const consult = () => page.evaluate(() => window.__athar?.visibleEdges("CONSULT"));
      expect(await consult()).toBeGreaterThan(0);
      await page.fill("#f-from", "2100-01-01");
      await page.dispatchEvent("#f-from", "change");
      expect(await consult()).toBe(0);
      expect(page.url()).toContain("from=2100-01-01");
      await page.click("#f-dates-clear");
      expect(await consult()).toBeGreaterThan(0);
      await page.close();
    });

    it.runIf(ds.name === "fixture")(
      "brushing the histogram sets the date range; outlets filter by evidence",
      { timeout: E2E_TIMEOUT },
      async () => {
        const { page, errors } = await openViewer(browser, server.url);
        const consult = () => page.evaluate(() => window.__athar?.visibleEdges("CONSULT"));
        expect(await consult()).toBe(3);
        // Fixture months: 2023-07 .. 2023-11; drag across the first two bars (July, August).
        const bars = page.locator(".histogram rect.bar");
        expect(await bars.count()).toBe(5);
        await page.locator(".histogram").scrollIntoViewIfNeeded();
        const first = await bars.nth(0).boundingBox();
        const second = await bars.nth(1).boundingBox();
        if (!first || !second) throw new Error("histogram not drawn");
        await page.mouse.move(first.x + first.width / 2, first.y + first.height - 1);
        await page.mouse.down();
        await page.mouse.move(second.x + second.width / 2, second.y + second.height - 1, {
          steps: 4,
        });
        await page.mouse.up();
        await expect.poll(() => page.url()).toContain("from=2023-07-01");
        expect(page.url()).toContain("to=2023-08-31");
        // Only Shoigu's July visit is left among the CONSULT relations.
        expect(await consult()).toBe(1);
        await page.click("#f-dates-clear");
        expect(await consult()).toBe(3);
        // الحرة alone reports Shoigu's visit; Kim–Putin is also reported by صدى البلد.
        const hurra = page.locator("#filters label.row", { hasText: "الحرة" }).locator("input");
        await hurra.uncheck();
        expect(page.url()).toContain("hide_outlets=");
        expect(await consult()).toBe(2);
        await page.goto(`${server.url}?polarity=negated`);
        await page.waitForFunction(() => (window.__athar?.frames ?? 0) > 0);
        expect(await page.evaluate(() => window.__athar?.visibleEdges())).toBe(1);
        expect(await page.isChecked("#f-pol-negated")).toBe(true);
        expect(errors).toEqual([]);
        await page.close();
      },
    );

    it("ForceAtlas2 runs in a worker and stops", { timeout: E2E_TIMEOUT }, async () => {
      const { page, errors } = await openViewer(browser, server.url);
      const before = await page.evaluate((n) => window.__athar?.display(n), PUTIN);
      await page.click("#layout");
      expect(await page.textContent("#layout")).toContain("Stop");
      await expect
        .poll(() => page.evaluate((n) => window.__athar?.display(n), PUTIN), { timeout: 10_000 })
        .not.toEqual(before);
      await page.click("#layout");
      expect(await page.textContent("#layout")).toContain("Layout");
      expect(errors).toEqual([]);
      await page.close();
    });
  });
});
