// Shared by the viewer's browser tests: build the viewer, serve it with a graph, drive
// Debian's chromium through playwright-core, and read what the page drew.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { build } from "vite";
import { CHROMIUM, CHROMIUM_ARGS } from "../../scripts/chromium.js";
import { type Served, serveStatic } from "../../scripts/serve-static.mjs";
import type {} from "../../viewer/src/hook.js";

export { CHROMIUM, CHROMIUM_ARGS };

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const HAS_CHROMIUM = existsSync(CHROMIUM);
export const SKIP_MESSAGE = `viewer e2e tests skipped: no Chromium at ${CHROMIUM} (install it with \`apt-get install -y chromium\`)`;
export const RESULTS = join(ROOT, "test-results");

/** Browser tests are slow: generous per-test and per-hook time limits. */
export const E2E_TIMEOUT = 120_000;

/** Builds the viewer into a fresh temporary folder (test files build in parallel). */
export async function buildViewer(): Promise<{ dir: string; cleanup: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), "athar-viewer-"));
  await build({
    configFile: join(ROOT, "viewer/vite.config.ts"),
    build: { outDir: dir, emptyOutDir: true },
    logLevel: "warn",
  });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Serves the built viewer at / and a folder holding graph.json (+ articles.json) at /graph/. */
export function serveViewer(distDir: string, graphDir: string): Promise<Served> {
  return serveStatic({
    mounts: [
      { prefix: "/graph/", dir: graphDir },
      { prefix: "/", dir: distDir },
    ],
  });
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export interface Opened {
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
}

/** Opens the viewer and waits until the whole graph is drawn (view.json: its edges too). */
export async function openViewer(browser: Browser, url: string): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
  const errors: string[] = [];
  page.on("console", (m) => {
    // A folder built before view.json existed has none (nor view-edges.json, which the page
    // asks for at once beside it): the viewer then falls back to graph.json, and the browser
    // logs those requests' 404s on its own.
    const fallback =
      /\/graph\/view(-edges)?\.json$/.test(m.location().url) && /\b404\b/.test(m.text());
    if (m.type() === "error" && !fallback) errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  // The viewer works offline: every request goes to the local server (fonts are bundled).
  page.on("request", (r) => {
    if (!r.url().startsWith(new URL(url).origin) && !/^(data|blob):/.test(r.url())) {
      errors.push(`external request: ${r.url()}`);
    }
  });
  page.on("dialog", (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(url);
  await page.waitForFunction(
    () => window.__athar?.complete || (window.__athar?.errors.length ?? 0) > 0,
    null,
    {
      timeout: 30_000,
    },
  );
  return { page, errors };
}

/**
 * How many pixels of the graph area are drawn (not background). sigma draws nodes and
 * edges with WebGL, which cannot be read back after compositing, so this reads a screenshot.
 */
export async function drawnPixels(page: Page): Promise<{ drawn: number; total: number }> {
  const png = await page.locator("#graph").screenshot();
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement("canvas");
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext("2d");
    if (!ctx) return { drawn: 0, total: 0 };
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let drawn = 0;
    for (let i = 0; i < d.length; i += 4) {
      if ((d[i] ?? 255) < 240 || (d[i + 1] ?? 255) < 240 || (d[i + 2] ?? 255) < 240) drawn++;
    }
    return { drawn, total: d.length / 4 };
  }, png.toString("base64"));
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}
