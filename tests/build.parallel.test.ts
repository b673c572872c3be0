// Extraction on worker threads, through the compiled package (a worker thread cannot load the
// TypeScript sources; `npm test` builds dist/ first): the same bytes for any number of workers,
// one error line for an article that fails in a worker or kills it, and a bounded number of
// articles handed to the pool at a time.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CORPUS, HAS_CORPUS, REPO, SEEDS, tempDir } from "./helpers/paths.js";

const CLI = join(REPO, "bin", "athar.js");
const HAS_DIST = existsSync(join(REPO, "dist", "src", "parallel", "worker.js"));
const NO_DIST = `dist/ is missing (npm run build): worker-thread tests skipped`;
if (!HAS_DIST) console.warn(NO_DIST);

const node = (args: string[], input?: string) =>
  spawnSync(process.execPath, args, { cwd: REPO, encoding: "utf8", input, timeout: 300_000 });

/** runBuild from dist/ with options the command line does not have (see the fixture). */
const runBuild = (inputs: string[], opts: Record<string, unknown>) =>
  node([join(REPO, "tests", "fixtures", "run-build.mjs"), JSON.stringify({ inputs, opts })]);

const FAULTY = join(REPO, "tests", "fixtures", "faulty-process.mjs");

const outputs = (dir: string) =>
  Object.fromEntries(readdirSync(dir).map((n) => [n, readFileSync(join(dir, n))]));

const ARTICLES: Record<string, string> = {
  "a.txt": "روسيا وسوريا\n\nأدانت روسيا الضربات الأمريكية على سوريا.\n",
  "b.txt":
    "لقاء في موسكو\n\nاستقبل الرئيس الروسي فلاديمير بوتين وزير الخارجية الصيني وانغ يي في موسكو.\n",
  "c.txt": "دعم\n\nأعلنت الولايات المتحدة دعمها لأوكرانيا في مواجهة روسيا.\n",
  "d.txt": "زيارة\n\nزار وزير الدفاع الروسي سيرغي شويغو بيونغ يانغ والتقى كيم جونغ أون.\n",
};

function folder(files: Record<string, string>): string {
  const dir = join(tempDir(), "news");
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe.skipIf(!HAS_DIST)("extraction on worker threads", () => {
  // The six files (the store, --no-store here, is compared by tests/build.incremental.test.ts).
  it("gives the same bytes with --jobs 1, 2 and 3 (the seeds and 60 corpus articles)", () => {
    const inputs = [SEEDS];
    if (HAS_CORPUS) {
      const news = join(tempDir(), "corpus");
      mkdirSync(news);
      const names = readdirSync(CORPUS)
        .filter((f) => /^\d+\.txt$/.test(f))
        .sort()
        .slice(0, 60);
      for (const f of [...names, "manifest.tsv"]) cpSync(join(CORPUS, f), join(news, f));
      inputs.push(news);
    } else console.warn("../shared/corpus is absent: the seeds alone are built");
    const root = tempDir();
    const built = [1, 2, 3].map((jobs) => {
      const out = join(root, `jobs-${jobs}`);
      const r = node([
        CLI,
        "build",
        ...inputs,
        "--out",
        out,
        "--jobs",
        String(jobs),
        "-q",
        "--no-store",
      ]);
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      return outputs(out);
    });
    const [one, ...more] = built as [Record<string, Buffer>, ...Array<Record<string, Buffer>>];
    expect(Object.keys(one).sort()).toEqual([
      "articles.json",
      "graph.gexf",
      "graph.json",
      "mentions.jsonl",
      "triples.jsonl",
      "view-edges.json",
      "view.json",
    ]);
    for (const other of more) {
      expect(Object.keys(other).sort()).toEqual(Object.keys(one).sort());
      for (const name of Object.keys(one))
        expect((other[name] as Buffer).equals(one[name] as Buffer), name).toBe(true);
    }
  }, 300_000);

  it("loads the --kb files in every worker: a user's entity is found as in one thread", () => {
    const kb = join(tempDir(), "my-kb.json");
    writeFileSync(
      kb,
      JSON.stringify([
        {
          id: "org:chatham-house",
          kind: "organization",
          label_ar: "تشاتام هاوس",
          label_en: "Chatham House",
          aliases: ["المعهد الملكي للشؤون الدولية"],
        },
        {
          id: "person:keir-giles",
          kind: "person",
          label_ar: "كير جايلز",
          label_en: "Keir Giles",
          aliases: ["جايلز"],
        },
      ]),
    );
    const said = "قال كير جايلز من تشاتام هاوس إن روسيا تعتمد على ذخائر كوريا الشمالية.";
    const dir = folder(
      Object.fromEntries(Object.entries(ARTICLES).map(([n, t]) => [n, `${t}${said}\n`])),
    );
    const built = [1, 2].map((jobs) => {
      const out = join(tempDir(), `jobs-${jobs}`);
      const r = node([
        CLI,
        "build",
        dir,
        "--kb",
        kb,
        "--out",
        out,
        "--jobs",
        String(jobs),
        "-q",
        "--no-store",
      ]);
      expect(r.stderr).toBe("");
      return readFileSync(join(out, "mentions.jsonl"), "utf8");
    });
    expect(built[1]).toBe(built[0]);
    const ids = (built[1] as string)
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l).entity.id);
    expect(ids.filter((id) => id === "person:keir-giles")).toHaveLength(4);
    expect(ids).toContain("org:chatham-house");
  }, 120_000);

  it("extracts on the threads asked for, and in this thread when there are fewer articles", () => {
    const dir = folder(ARTICLES);
    const script = `
      import { buildKb } from "./dist/src/kb/kb.js";
      import { bundledKbFiles, loadKbFiles } from "./dist/src/kb/load.js";
      import { build } from "./dist/src/pipeline.js";
      const kb = buildKb(loadKbFiles(bundledKbFiles()));
      const run = (jobs) => build({ inputs: [${JSON.stringify(dir)}], kb, kbFiles: [], jobs, gexf: false });
      const [two, five] = [await run(2), await run(5)];
      console.log(JSON.stringify([two.workers, two.input.articles.length, five.workers]));
    `;
    const r = node(["--input-type=module", "-e", script]);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual([2, 4, 0]);
  }, 120_000);

  it.each([1, 2])(
    "leaves out an article whose extraction throws with one error line naming it and the stage (--jobs %i)",
    (jobs) => {
      const dir = folder({ ...ARTICLES, "throws.txt": ARTICLES["b.txt"] as string });
      const out = join(tempDir(), "out");
      const r = runBuild([dir], { out, jobs, processModule: FAULTY });
      expect(r.stderr.trim().split("\n")).toEqual([
        "athar: throws.txt: recognize failed: cannot read properties of undefined; the article is left out",
      ]);
      expect(r.status).toBe(1);
      expect(r.stdout).toMatch(/^athar: 4 articles, \d+ mentions, .* 1 error -> /);
      const graph = JSON.parse(readFileSync(join(out, "graph.json"), "utf8"));
      expect(graph.meta.documents.map((d: { doc: string }) => d.doc)).toEqual(
        Object.keys(ARTICLES),
      );
      expect(graph.meta.errors).toEqual([
        {
          file: "throws.txt",
          stage: "recognize",
          message: "cannot read properties of undefined; the article is left out",
        },
      ]);
    },
    120_000,
  );

  it("fails only the articles of a worker that exits or runs out of memory, and builds the rest", () => {
    const dir = folder({
      ...ARTICLES,
      "exits.txt": ARTICLES["c.txt"] as string,
      "exhausts-memory.txt": ARTICLES["d.txt"] as string,
    });
    const out = join(tempDir(), "out");
    const r = runBuild([dir], { out, jobs: 2, processModule: FAULTY, workerHeapMb: 192 });
    expect(r.stderr.trim().split("\n")).toEqual([
      "athar: exhausts-memory.txt: the worker thread extracting it stopped (Worker terminated due to reaching memory limit: JS heap out of memory); the article is left out",
      "athar: exits.txt: the worker thread extracting it stopped (worker exited with code: 7); the article is left out",
    ]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^athar: 4 articles, .* 2 errors -> /);
    const graph = JSON.parse(readFileSync(join(out, "graph.json"), "utf8"));
    expect(graph.meta.documents.map((d: { doc: string }) => d.doc)).toEqual(Object.keys(ARTICLES));
  }, 180_000);

  it("hands the pool at most four articles a worker at a time, whatever the input holds", () => {
    const records = Array.from({ length: 300 }, (_, i) =>
      JSON.stringify({
        title: `خبر ${i + 1}`,
        text: (Object.values(ARTICLES)[i % 4] as string).split("\n\n")[1],
      }),
    );
    const feed = join(tempDir(), "feed.jsonl");
    writeFileSync(feed, `${records.join("\n")}\n`);
    const script = `
      import { buildKb } from "./dist/src/kb/kb.js";
      import { bundledKbFiles, loadKbFiles } from "./dist/src/kb/load.js";
      import { defaultStages } from "./dist/src/pipeline.js";
      import { Extractor } from "./dist/src/parallel/extractor.js";
      import { Ingest } from "./dist/src/ingest/stream.js";
      const kb = buildKb(loadKbFiles(bundledKbFiles()));
      let submitted = 0, done = 0, most = 0;
      const extractor = await Extractor.open({ jobs: 2, kb, kbFiles: [], stages: defaultStages,
        onDone: () => { done++; } });
      for await (const item of new Ingest([${JSON.stringify(feed)}]).items()) {
        await extractor.submit(item);
        submitted++;
        most = Math.max(most, submitted - done);
      }
      await extractor.finish();
      console.log(JSON.stringify({ submitted, done, most, workers: extractor.workers }));
    `;
    const r = node(["--input-type=module", "-e", script]);
    expect(r.stderr).toBe("");
    const seen = JSON.parse(r.stdout);
    expect(seen).toMatchObject({ submitted: 300, done: 300, workers: 2 });
    expect(seen.most).toBeGreaterThanOrEqual(2);
    expect(seen.most).toBeLessThanOrEqual(8);
  }, 120_000);
});
