// The viewer on a build's view.json: the first frame needs neither the evidence nor the
// articles; a relation's evidence and an article arrive as byte ranges of graph.json and
// articles.json when they are opened, and a server without Range support still works.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Served } from "../../scripts/serve-static.mjs";
import { graphViewFiles } from "../../src/export/view.js";
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

const KIM_PUTIN = "person:kim-jong-un|CONSULT|person:vladimir-putin|affirmed";

/** Requests for the graph folder's files: path and Range header. */
function recordRequests(page: Page): { path: string; range: string | null }[] {
  const seen: { path: string; range: string | null }[] = [];
  page.on("request", (r: Request) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith("/graph/")) seen.push({ path, range: r.headers().range ?? null });
  });
  return seen;
}

async function openKimPutin(page: Page): Promise<void> {
  await page.fill("#search", "بوتين");
  await page.waitForSelector("#suggestions .option");
  await page.keyboard.press("Enter");
  await page
    .locator('.rel-group[data-type="CONSULT"] button.relation', { hasText: "كيم" })
    .first()
    .click();
  await page.waitForSelector(".edge-panel .evidence mark.span");
}

describe.skipIf(!HAS_CHROMIUM)("viewer on view.json (evidence on demand)", () => {
  let browser: Browser;
  let dist: { dir: string; cleanup: () => void };
  let dir = "";
  let server: Served;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "athar-lazy-"));
    const files = graphViewFiles(
      JSON.parse(readFileSync(join(ROOT, "tests/fixtures/viewer-graph.json"), "utf8")),
      JSON.parse(readFileSync(join(ROOT, "tests/fixtures/viewer-articles.json"), "utf8")),
    );
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    [dist, browser] = await Promise.all([buildViewer(), launch()]);
    server = await serveViewer(dist.dir, dir);
  }, E2E_TIMEOUT);

  afterAll(async () => {
    await server?.close();
    await browser?.close();
    dist?.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it("draws the graph from view.json and its edges alone, then fetches one edge's evidence as a byte range", {
    timeout: E2E_TIMEOUT,
  }, async () => {
    const opened = await openViewer(browser, server.url);
    const seen = recordRequests(opened.page);
    // Loading asked for view.json and its edges only (the first page's requests were not
    // recorded: reload).
    await opened.page.reload();
    await opened.page.waitForFunction(() => window.__athar?.complete);
    expect(seen.map((r) => r.path).sort()).toEqual(["/graph/view-edges.json", "/graph/view.json"]);

    await openKimPutin(opened.page);
    const graphReads = seen.filter((r) => r.path === "/graph/graph.json");
    expect(graphReads.length).toBe(1);
    expect(graphReads[0]?.range).toMatch(/^bytes=\d+-\d+$/);
    // The evidence's article came as a range too, to mark the span in the sentence.
    const articleReads = seen.filter((r) => r.path === "/graph/articles.json");
    expect(articleReads.length).toBeGreaterThan(0);
    expect(articleReads.every((r) => /^bytes=\d+-\d+$/.test(r.range ?? ""))).toBe(true);
    expect(await opened.page.evaluate(() => window.__athar?.evidenceShown)).toContain(KIM_PUTIN);
    const marked = await opened.page
      .locator(".edge-panel .evidence mark.span")
      .first()
      .textContent();
    expect(marked).toBe("واجتمع كيم مع الرئيس الروسي، فلاديمير بوتين");

    await opened.page.locator(".edge-panel .open-article").first().click();
    await opened.page.waitForSelector("#article-span");
    expect(await opened.page.textContent("#article-span")).toBe(marked);
    expect(opened.errors).toEqual([]);
    await opened.page.close();
  });

  it("works with a server that ignores Range (the whole file, fetched once and sliced)", {
    timeout: E2E_TIMEOUT,
  }, async () => {
    // A minimal server that answers every request with the whole file and status 200.
    const plain: Server = createServer((req, res) => {
      const path = new URL(req.url ?? "/", "http://x").pathname;
      const file = path.startsWith("/graph/")
        ? join(dir, path.slice("/graph/".length))
        : join(dist.dir, path === "/" ? "index.html" : path);
      try {
        const body = readFileSync(file);
        const type = file.endsWith(".js")
          ? "text/javascript"
          : file.endsWith(".html")
            ? "text/html"
            : file.endsWith(".css")
              ? "text/css"
              : "application/octet-stream";
        res.writeHead(200, { "Content-Type": type }).end(body);
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((ok) => plain.listen(0, "127.0.0.1", ok));
    const { port } = plain.address() as { port: number };
    try {
      const { page, errors } = await openViewer(browser, `http://127.0.0.1:${port}/`);
      await openKimPutin(page);
      expect(await page.locator(".edge-panel .evidence mark.span").first().textContent()).toBe(
        "واجتمع كيم مع الرئيس الروسي، فلاديمير بوتين",
      );
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await new Promise((ok) => plain.close(ok));
    }
  });

  it("a graph.json changed since view.json was read gives a message, not wrong evidence", {
    timeout: E2E_TIMEOUT,
  }, async () => {
    const { page } = await openViewer(browser, server.url);
    const graph = join(dir, "graph.json");
    const before = readFileSync(graph);
    try {
      // Rebuilt in between: the bytes view.json points at now hold something else.
      writeFileSync(graph, ` ${before.toString("utf8")}`);
      await page.fill("#search", "بوتين");
      await page.waitForSelector("#suggestions .option");
      await page.keyboard.press("Enter");
      await page
        .locator('.rel-group[data-type="CONSULT"] button.relation', { hasText: "كيم" })
        .first()
        .click();
      await page.waitForSelector(".edge-panel .evidence-slot.error");
      expect(await page.textContent(".edge-panel .evidence-slot.error")).toMatch(/reload/);
    } finally {
      writeFileSync(graph, before);
      await page.close();
    }
  });

  it("a view.json of an older athar (athar-view/1) is refused by name, or graph.json is shown", {
    timeout: E2E_TIMEOUT,
  }, async () => {
    const old = mkdtempSync(join(tmpdir(), "athar-old-view-"));
    for (const name of ["graph.json", "articles.json"])
      writeFileSync(join(old, name), readFileSync(join(dir, name)));
    // The first shape: the edges inside view.json, no view-edges.json beside it.
    const current = JSON.parse(readFileSync(join(dir, "view.json"), "utf8"));
    const v1 = { ...current, schema: "athar-view/1", edges: [] };
    writeFileSync(join(old, "view.json"), JSON.stringify(v1));
    const oldServer = await serveViewer(dist.dir, old);
    try {
      // Asked for by name: a message that says what it is and what to do.
      const named = await openViewer(browser, `${oldServer.url}?graph=./graph/view.json`);
      const errors = await named.page.evaluate(() => window.__athar?.errors ?? []);
      expect(errors.join(" ")).toMatch(/athar-view\/1.*athar-view\/3.*build the graph again/);
      await named.page.close();
      // By default: graph.json beside it, with the reason in the overview.
      const { page } = await openViewer(browser, oldServer.url);
      expect(await page.evaluate(() => window.__athar?.edges().length)).toBeGreaterThan(0);
      expect(await page.textContent("#panel .overview")).toMatch(/athar-view\/1.*graph\.json/);
      await page.close();
    } finally {
      await oldServer.close();
      rmSync(old, { recursive: true, force: true });
    }
  });

  it("an edges file that cannot be read leaves the nodes drawn and says why", {
    timeout: E2E_TIMEOUT,
  }, async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
    await page.route("**/graph/view-edges.json", (route) =>
      route.fulfill({ status: 200, contentType: "application/json", body: '{"schema":"x"}' }),
    );
    await page.goto(server.url);
    await page.waitForFunction(() => window.__athar?.complete);
    const shown = await page.evaluate(() => ({
      nodes: window.__athar?.nodes().length ?? 0,
      edges: window.__athar?.edges().length,
      errors: window.__athar?.errors ?? [],
      status: document.getElementById("status")?.textContent ?? "",
    }));
    expect(shown.nodes).toBeGreaterThan(0);
    expect(shown.edges).toBe(0);
    expect(shown.errors.join(" ")).toMatch(/view-edges\.json is not the edges of an athar-view\/3/);
    expect(shown.status).not.toMatch(/loading/);
    await page.close();
  });
});
