// Files in and out of the viewer: GEXF and PNG downloads, and opening another graph by the
// Open button or by drag and drop (athar JSON or GEXF).
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
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

const FIXTURE = join(ROOT, "tests/fixtures/viewer-graph.json");
const RNG = join(ROOT, "../shared/data/gexf-1.3/gexf.rng");
const fixture = JSON.parse(readFileSync(FIXTURE, "utf8")) as { nodes: unknown[]; edges: unknown[] };

async function status(page: Page): Promise<string> {
  return (await page.textContent("#status")) ?? "";
}

/** Drops a file on the page the way a browser does for a dragged file. */
async function drop(page: Page, name: string, content: string): Promise<void> {
  await page.evaluate(
    ([n, c]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([c ?? ""], n ?? "file", { type: "application/octet-stream" }));
      window.dispatchEvent(new DragEvent("dragenter", { dataTransfer: dt }));
      window.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, cancelable: true }));
    },
    [name, content],
  );
}

describe.skipIf(!HAS_CHROMIUM)("viewer files", () => {
  let browser: Browser;
  let dist: { dir: string; cleanup: () => void };
  let server: Served;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "athar-files-"));
    copyFileSync(FIXTURE, join(dir, "graph.json"));
    copyFileSync(join(ROOT, "tests/fixtures/viewer-articles.json"), join(dir, "articles.json"));
    [dist, browser] = await Promise.all([buildViewer(), launch()]);
    server = await serveViewer(dist.dir, dir);
  }, E2E_TIMEOUT);

  afterAll(async () => {
    await server?.close();
    await browser?.close();
    dist?.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it("downloads the visible graph as GEXF 1.3 and opens it again", {
    timeout: E2E_TIMEOUT,
  }, async () => {
    const { page, errors } = await openViewer(browser, server.url);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#gexf")]);
    const file = join(dir, "export.gexf");
    await download.saveAs(file);
    const xml = readFileSync(file, "utf8");
    expect(xml).toContain('version="1.3"');
    expect(xml).toContain("فلاديمير بوتين");
    expect(xml.match(/<node /g)?.length).toBe(fixture.nodes.length);
    expect(xml.match(/<edge /g)?.length).toBe(fixture.edges.length);

    // It is GEXF 1.3 by the official grammar, when xmllint and the schema are at hand
    // (the grammar does not declare xsi:schemaLocation, which graphology-gexf writes).
    if (existsSync(RNG) && spawnSync("xmllint", ["--version"]).status === 0) {
      const bare = join(dir, "export-bare.gexf");
      writeFileSync(bare, xml.replace(/ xsi:schemaLocation="[^"]*"/, ""));
      const lint = spawnSync("xmllint", ["--noout", "--relaxng", RNG, bare], { encoding: "utf8" });
      expect(lint.stderr).toContain("validates");
    }

    await page.setInputFiles("#open", file);
    await expect
      .poll(() => status(page))
      .toContain(`${fixture.nodes.length}/${fixture.nodes.length} nodes`);
    expect(await status(page)).toContain(`${fixture.edges.length}/${fixture.edges.length} edges`);
    // Kinds, labels and relation types survive the round trip.
    expect(await page.isVisible("#f-kind-state")).toBe(true);
    expect(await page.isVisible("#f-type-CONSULT")).toBe(true);
    expect(await page.evaluate(() => window.__athar?.search("بوتين")[0])).toBe(
      "person:vladimir-putin",
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the GEXF download follows the filters", { timeout: E2E_TIMEOUT }, async () => {
    const { page } = await openViewer(browser, `${server.url}?hide_types=CONSULT`);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#gexf")]);
    const file = join(dir, "filtered.gexf");
    await download.saveAs(file);
    expect(readFileSync(file, "utf8")).not.toContain('kind="CONSULT"');
    await page.close();
  });

  it("downloads the view as PNG", { timeout: E2E_TIMEOUT }, async () => {
    const { page, errors } = await openViewer(browser, server.url);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#png")]);
    const file = join(dir, "view.png");
    await download.saveAs(file);
    const png = readFileSync(file);
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect(png.length).toBeGreaterThan(5000);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("opens a graph dropped on the page: athar JSON, then GEXF; a bad file gets a message", {
    timeout: E2E_TIMEOUT,
  }, async () => {
    const { page, errors } = await openViewer(browser, server.url);
    const small = {
      ...(JSON.parse(readFileSync(FIXTURE, "utf8")) as object),
      nodes: (fixture.nodes as { key: string }[]).filter((n) => n.key.startsWith("state:")),
      edges: (fixture.edges as { source: string; target: string }[]).filter(
        (e) => e.source.startsWith("state:") && e.target.startsWith("state:"),
      ),
    };
    await drop(page, "small.json", JSON.stringify(small));
    await expect
      .poll(() => status(page))
      .toContain(`${small.nodes.length}/${small.nodes.length} nodes`);

    const gexf = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="directed">
    <nodes><node id="a" label="Alpha"/><node id="b" label="بيتا"/><node id="c" label="Gamma"/></nodes>
    <edges><edge id="e1" source="a" target="b"/><edge id="e2" source="b" target="c"/></edges>
  </graph>
</gexf>`;
    await drop(page, "other.gexf", gexf);
    await expect.poll(() => status(page)).toContain("3/3 nodes · 2/2 edges");
    expect(await page.evaluate(() => window.__athar?.search("بيتا")[0])).toBe("b");

    await drop(page, "nonsense.json", '{"hello": 1}');
    await expect.poll(() => page.textContent("#panel")).toContain("nonsense.json");
    expect(errors).toEqual([]);
    await page.close();
  });
});
