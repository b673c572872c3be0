// Safety: article text, labels, outlets and messages are data, never markup. A graph whose
// every string is an XSS attempt is loaded and explored; nothing may run or be parsed.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Served } from "../../scripts/serve-static.mjs";
import { ArticlesFile, type Evidence, GraphFile } from "../../src/graph-schema.js";
import {
  buildViewer,
  E2E_TIMEOUT,
  HAS_CHROMIUM,
  launch,
  openViewer,
  ROOT,
  SKIP_MESSAGE,
  serveViewer,
} from "./helpers.js";

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

const IMG = `<img src=x onerror="window.__xss='img'">`;
const SCRIPT = `<script>window.__xss='script'</script>`;
const SVG = `<svg onload="window.__xss='svg'"></svg>`;
const XSS_ID = "person:xss-test";

/** The fixture plus an article, an entity and a relation made of injection attempts. */
function hostileFixture(dir: string): void {
  const graph = GraphFile.parse(
    JSON.parse(readFileSync(join(ROOT, "tests/fixtures/viewer-graph.json"), "utf8")),
  );
  const articles = ArticlesFile.parse(
    JSON.parse(readFileSync(join(ROOT, "tests/fixtures/viewer-articles.json"), "utf8")),
  );
  const sentence = `قال ${IMG} إن روسيا ${SCRIPT} تهدد ${SVG}.`;
  const text = `عنوان ${IMG}\nتاريخ النشر: 9th, November 2023 GMT\n${sentence}\nالمصدر: ${SCRIPT}\n`;
  const start = text.indexOf(sentence) + 4;
  const span: [number, number] = [start, start + IMG.length + 8];
  const ref = { id: XSS_ID, kind: "person" as const, label_ar: IMG, label_en: SVG };
  const evidence: Evidence = {
    doc: "xss.txt",
    sentence,
    span,
    outlet: SCRIPT,
    article_date: "2023-11-09",
    date: "2023-11-09",
    attributed_to: ref,
    modality: "asserted",
    mode: IMG,
    confidence: 0.5,
    rule: SCRIPT,
    section: "body",
    source_text: IMG,
    target_text: "روسيا",
  };
  graph.nodes.push({
    key: XSS_ID,
    attributes: {
      kind: "person",
      label_ar: IMG,
      label_en: `xss ${SVG}`,
      aliases: [IMG, SCRIPT],
      roles: [{ title_ar: SCRIPT, title_en: IMG, of: "state:RU" }],
      provisional: true,
      mentions: 1,
      articles: 1,
      x: 0,
      y: 60,
    },
  });
  graph.edges.push({
    key: `${XSS_ID}|ACCUSE|state:RU|affirmed`,
    source: XSS_ID,
    target: "state:RU",
    attributes: {
      type: "ACCUSE",
      family: "conflictual",
      mode: IMG,
      polarity: "affirmed",
      weight: 1,
      mentions: 1,
      first_date: "2023-11-09",
      last_date: "2023-11-09",
      title: SCRIPT,
      evidence: [evidence],
    },
  });
  graph.meta.errors.push({ file: IMG, message: SCRIPT });
  articles.articles.push({
    doc: "xss.txt",
    title: IMG,
    date: "2023-11-09",
    source: SCRIPT,
    url: "javascript:window.__xss='url'",
    text,
  });
  writeFileSync(join(dir, "graph.json"), JSON.stringify(GraphFile.parse(graph)));
  writeFileSync(join(dir, "articles.json"), JSON.stringify(ArticlesFile.parse(articles)));
}

describe.skipIf(!HAS_CHROMIUM)("viewer safety", () => {
  let browser: Browser;
  let dist: { dir: string; cleanup: () => void };
  let server: Served;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "athar-xss-"));
    mkdirSync(dir, { recursive: true });
    hostileFixture(dir);
    [dist, browser] = await Promise.all([buildViewer(), launch()]);
    server = await serveViewer(dist.dir, dir);
  }, E2E_TIMEOUT);

  afterAll(async () => {
    await server?.close();
    await browser?.close();
    dist?.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it("an article and labels containing <img onerror>, <script> and <svg onload> run nothing", {
    timeout: E2E_TIMEOUT,
  }, async () => {
    const { page, errors } = await openViewer(browser, server.url);
    // Overview (with the build error), search suggestions, node panel, relation, article.
    await page.type("#search", "xss");
    await page.waitForSelector(`#suggestions [data-node="${XSS_ID}"]`);
    await page.keyboard.press("Enter");
    await page.waitForSelector(`.node-panel[data-node="${XSS_ID}"]`);
    expect(await page.textContent(".node-panel h2")).toBe(IMG);
    await page.click('.rel-group[data-type="ACCUSE"] button.relation');
    await page.waitForSelector(".edge-panel .evidence");
    const sentence = await page.textContent(".edge-panel .sentence");
    expect(sentence).toContain(IMG);
    expect(await page.textContent(".edge-panel mark.span")).toContain("<img src=x");
    await page.click(".edge-panel .open-article");
    await page.waitForSelector("#article-span");
    expect(await page.textContent("#article .article-text")).toContain(SCRIPT);
    // The javascript: URL is not turned into a link.
    expect(await page.locator("#article a").count()).toBe(0);
    await page.keyboard.press("Escape");
    await page.click("#lang");
    await page.mouse.move(700, 400);
    await page.waitForTimeout(300);

    expect(await page.evaluate(() => window.__xss)).toBeUndefined();
    expect(await page.locator("img, svg:not(.histogram), iframe, object, embed").count()).toBe(0);
    // The only scripts are the viewer's own (the early graph download and the bundle).
    const scripts = await page.locator("script").evaluateAll((els) => els.map((e) => e.outerHTML));
    expect(scripts.length).toBe(2);
    expect(scripts.some((s) => s.includes("__xss"))).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a graph URL that does not exist gives a clear message, not a blank page", {
    timeout: E2E_TIMEOUT,
  }, async () => {
    const { page } = await openViewer(browser, `${server.url}?graph=./graph/missing.json`);
    expect(await page.textContent("#panel")).toContain("missing.json");
    expect(await page.textContent("#panel")).toContain("404");
    await page.close();
  });

  it("a graph file that is not athar's is refused with the zod path of the problem", {
    timeout: E2E_TIMEOUT,
  }, async () => {
    const bad = JSON.parse(readFileSync(join(dir, "graph.json"), "utf8")) as {
      nodes: { attributes: { kind: string } }[];
    };
    const first = bad.nodes[0];
    if (first) first.attributes.kind = "planet";
    writeFileSync(join(dir, "bad.json"), JSON.stringify(bad));
    const { page } = await openViewer(browser, `${server.url}?graph=./graph/bad.json`);
    const text = await page.textContent("#panel");
    expect(text).toContain("not an athar graph file");
    expect(text).toContain("nodes.0.attributes.kind");
    await page.close();
  });
});
