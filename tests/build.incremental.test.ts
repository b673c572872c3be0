// Incremental builds: a build into a folder that holds a store extracts only new and changed
// articles, and its files equal those of one clean build of the same articles, byte for byte.
import { spawn } from "node:child_process";
import {
  appendFileSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { runBuild } from "../src/cli/build.js";
import { closeStore, openStore } from "../src/store/open.js";
import { documentKeys } from "../src/store/write.js";
import { runQuiet } from "./helpers/build.js";
import { REPO, SEED_FILES, SEEDS, tempDir } from "./helpers/paths.js";

const FILES = [
  "articles.json",
  "graph.gexf",
  "graph.json",
  "mentions.jsonl",
  "triples.jsonl",
  "view-edges.json",
  "view.json",
];

/** Each output file's bytes, by name. */
const outputsOf = (dir: string) => new Map(FILES.map((f) => [f, readFileSync(join(dir, f))]));

function expectSameOutputs(dir: string, clean: string): void {
  const a = outputsOf(dir);
  const b = outputsOf(clean);
  for (const f of FILES) expect((a.get(f) as Buffer).equals(b.get(f) as Buffer), f).toBe(true);
}

/** A folder with copies of the named seed files. */
function folderOf(names: string[]): string {
  const dir = join(tempDir(), "news");
  mkdirSync(dir);
  for (const n of names) copyFileSync(join(SEEDS, n), join(dir, n));
  return dir;
}

/** A clean build (no store) of `inputs`, for comparison. */
async function clean(inputs: string[]): Promise<string> {
  const r = await runQuiet(inputs, { gexf: true });
  expect(r.code, r.stderr.join("\n")).toBe(0);
  return r.out;
}

/** Runs the CLI's build with the store and returns the summary lines. */
async function incremental(inputs: string[], out: string, prune = false): Promise<string[]> {
  const said: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...a: unknown[]) => {
    said.push(a.map(String).join(" "));
  });
  const err = vi.spyOn(console, "error").mockImplementation(() => {});
  try {
    const code = await runBuild(inputs, {
      out,
      kb: [],
      progress: false,
      quiet: false,
      gexf: true,
      jobs: 1,
      prune,
    });
    expect(code).toBe(0);
  } finally {
    log.mockRestore();
    err.mockRestore();
  }
  return said;
}

const changesLine = (said: string[]) => said.find((l) => l.includes("articles: ")) ?? "";

describe("a build into a folder that holds a store", () => {
  const [a, b, c, d, e] = SEED_FILES as [string, string, string, string, string];
  let news: string;
  let out: string;

  beforeAll(async () => {
    news = folderOf([a, b, c]);
    out = join(tempDir(), "out");
    const said = await incremental([news], out);
    expect(changesLine(said)).toContain("3 added, 0 changed, 0 unchanged");
  }, 60_000);

  it("keeps athar.duckdb beside the files, holding every article with its key", async () => {
    expect(readdirSync(out).sort()).toEqual([...FILES, "athar.duckdb"].sort());
    const store = await openStore(join(out, "athar.duckdb"), { readOnly: true });
    try {
      expect([...(await documentKeys(store)).keys()].sort()).toEqual([a, b, c].sort());
    } finally {
      closeStore(store);
    }
  });

  it("extracts only an added article, and equals a clean build of all of them", async () => {
    copyFileSync(join(SEEDS, d), join(news, d));
    const said = await incremental([news], out);
    expect(changesLine(said)).toContain("1 added, 0 changed, 3 unchanged, 0 removed");
    expectSameOutputs(out, await clean([news]));
  }, 60_000);

  it("extracts an article again when its text changes", async () => {
    const path = join(news, a);
    writeFileSync(path, readFileSync(path, "utf8").replace("روسيا", "روسيا الاتحادية"));
    const said = await incremental([news], out);
    expect(changesLine(said)).toContain("0 added, 1 changed, 3 unchanged");
    expectSameOutputs(out, await clean([news]));
  }, 60_000);

  it("adds a folder of new articles to the stored ones: the graph holds both", async () => {
    const more = folderOf([e]);
    const said = await incremental([more], out);
    expect(changesLine(said)).toContain("1 added, 0 changed, 0 unchanged, 0 removed, 4 kept");
    const graph = JSON.parse(readFileSync(join(out, "graph.json"), "utf8"));
    expect(graph.meta.counts.articles).toBe(5);
    expect(graph.meta.documents.map((x: { doc: string }) => x.doc).sort()).toEqual(
      [a, b, c, d, e].sort(),
    );
    expectSameOutputs(out, await clean([news, more]));
  }, 60_000);

  it("--prune drops the stored articles the inputs no longer have", async () => {
    const said = await incremental([news], out, true);
    expect(changesLine(said)).toContain("0 added, 0 changed, 4 unchanged, 1 removed");
    expectSameOutputs(out, await clean([news]));
  }, 60_000);
});

describe("a build with nothing new", () => {
  it("writes nothing and says the folder is up to date; a file changed by hand is written again", async () => {
    const news = folderOf(SEED_FILES.slice(0, 2));
    const out = join(tempDir(), "out");
    await incremental([news], out);
    const before = new Map(FILES.map((f) => [f, statSync(join(out, f)).mtimeMs]));
    const said = await incremental([news], out);
    expect(said[0]).toMatch(/2 articles, 0 errors: .* is up to date \(nothing written\)/);
    expect(changesLine(said)).toContain("0 added, 0 changed, 2 unchanged, 0 removed");
    for (const f of FILES) expect(statSync(join(out, f)).mtimeMs, f).toBe(before.get(f));
    appendFileSync(join(out, "triples.jsonl"), "{}\n");
    const again = await incremental([news], out);
    expect(again[0]).not.toContain("up to date");
    expectSameOutputs(out, await clean([news]));
  }, 60_000);

  it("with other outputs asked for (--no-gexf), builds again", async () => {
    const news = folderOf(SEED_FILES.slice(0, 1));
    const out = join(tempDir(), "out");
    await incremental([news], out);
    const said: string[] = [];
    const log = vi.spyOn(console, "log").mockImplementation((...x: unknown[]) => {
      said.push(x.map(String).join(" "));
    });
    try {
      await runBuild([news], { out, kb: [], progress: false, quiet: false, gexf: false, jobs: 1 });
    } finally {
      log.mockRestore();
    }
    expect(said[0]).not.toContain("up to date");
  }, 60_000);
});

describe("incremental builds of JSON Lines", () => {
  const record = (name: string) =>
    JSON.stringify({ text: readFileSync(join(SEEDS, name), "utf8"), source: "seed" });

  it("a record added to a file leaves the others unextracted, the file's new hash listed", async () => {
    const dir = tempDir();
    const feed = join(dir, "feed.jsonl");
    const out = join(dir, "out");
    writeFileSync(feed, `${SEED_FILES.slice(0, 2).map(record).join("\n")}\n`);
    await incremental([feed], out);
    writeFileSync(feed, `${SEED_FILES.slice(0, 3).map(record).join("\n")}\n`);
    const said = await incremental([feed], out);
    expect(changesLine(said)).toContain("1 added, 0 changed, 2 unchanged");
    expectSameOutputs(out, await clean([feed]));
  }, 60_000);
});

describe("what the key of a stored article holds", () => {
  it("another knowledge base makes every article extracted again", async () => {
    const news = folderOf(SEED_FILES.slice(0, 2));
    const out = join(tempDir(), "out");
    await incremental([news], out);
    const kb = join(tempDir(), "extra.json");
    writeFileSync(
      kb,
      JSON.stringify([
        {
          id: "org:ATHAR_TEST",
          kind: "organization",
          label_ar: "منظمة أثر",
          label_en: "Athar",
          aliases: ["منظمة أثر"],
        },
      ]),
    );
    const said: string[] = [];
    const log = vi.spyOn(console, "log").mockImplementation((...x: unknown[]) => {
      said.push(x.map(String).join(" "));
    });
    try {
      await runBuild([news], { out, kb: [kb], progress: false, quiet: false, gexf: true, jobs: 1 });
    } finally {
      log.mockRestore();
    }
    expect(changesLine(said)).toContain("0 added, 2 changed, 0 unchanged");
  }, 60_000);
});

describe("articles of earlier builds under other resources", () => {
  it("are extracted again from the store's text: the files of a clean build with the new KB", async () => {
    const [a, b] = SEED_FILES as [string, string];
    const first = folderOf([a]);
    const second = folderOf([b]);
    const out = join(tempDir(), "out");
    await incremental([first], out);
    const kb = join(tempDir(), "extra.json");
    writeFileSync(
      kb,
      JSON.stringify([
        {
          id: "org:ATHAR_TEST",
          kind: "organization",
          label_ar: "منظمة أثر",
          label_en: "Athar",
          aliases: ["منظمة أثر"],
        },
      ]),
    );
    const said: string[] = [];
    const log = vi.spyOn(console, "log").mockImplementation((...x: unknown[]) => {
      said.push(x.map(String).join(" "));
    });
    try {
      await runBuild([second], {
        out,
        kb: [kb],
        progress: false,
        quiet: false,
        gexf: true,
        jobs: 1,
      });
    } finally {
      log.mockRestore();
    }
    expect(changesLine(said)).toContain("1 added, 1 changed, 0 unchanged, 0 removed, 1 kept");
    // The clean build names the two files from their common folder: compare through a build
    // of one folder holding both, built the same two steps without a KB change.
    const both = folderOf([a, b]);
    const cleanOut = join(tempDir(), "clean");
    const r = await runQuiet([both], { out: cleanOut, gexf: true, kb: [kb] });
    expect(r.code).toBe(0);
    const triples = (dir: string) =>
      readFileSync(join(dir, "triples.jsonl"), "utf8").split("\n").filter(Boolean).sort();
    expect(triples(out)).toEqual(triples(cleanOut));
  }, 60_000);
});

describe("a store athar cannot use", () => {
  it("of another schema version: one line naming it, exit 2, nothing changed", async () => {
    const out = join(tempDir(), "out");
    await incremental([folderOf(SEED_FILES.slice(0, 1))], out);
    const store = await openStore(join(out, "athar.duckdb"));
    await store.connection.run(
      "UPDATE athar_meta SET value = 'athar-store/0' WHERE key = 'schema'",
    );
    closeStore(store);
    const before = readFileSync(join(out, "graph.json"));
    const errors: string[] = [];
    const err = vi.spyOn(console, "error").mockImplementation((...x: unknown[]) => {
      errors.push(x.map(String).join(" "));
    });
    let code: number;
    try {
      code = await runBuild([SEEDS], {
        out,
        kb: [],
        progress: false,
        quiet: true,
        gexf: true,
        jobs: 1,
      });
    } finally {
      err.mockRestore();
    }
    expect(code).toBe(2);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/athar\.duckdb: built by another athar version .*delete it, then/);
    expect(readFileSync(join(out, "graph.json")).equals(before)).toBe(true);
  }, 60_000);
});

const CLI = join(REPO, "bin", "athar.js");
const COMPILED = existsSync(join(REPO, "dist", "src", "cli.js"));

/** Runs the compiled CLI's build, killed with SIGKILL after `ms` (or left to finish). */
function buildKilledAfter(args: string[], ms: number | null): Promise<number | null> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, "build", ...args, "-q", "--no-progress"], {
      stdio: "ignore",
    });
    const timer = ms === null ? null : setTimeout(() => child.kill("SIGKILL"), ms);
    child.on("exit", (code) => {
      if (timer) clearTimeout(timer);
      done(code);
    });
  });
}

describe.skipIf(!COMPILED)("a build killed while it writes its store", () => {
  it("run again, gives the files of an uninterrupted build", async () => {
    // 200 records (the seeds with distinct sources) in a feed, built, then one more seed's
    // worth of records added and the build killed at several moments.
    const dir = tempDir();
    const feed = join(dir, "feed.jsonl");
    const lines = (n: number) =>
      Array.from({ length: n }, (_, i) =>
        JSON.stringify({
          text: readFileSync(join(SEEDS, SEED_FILES[i % SEED_FILES.length] as string), "utf8"),
          source: `outlet ${i}`,
        }),
      ).join("\n");
    writeFileSync(feed, `${lines(150)}\n`);
    const out = join(dir, "out");
    expect(await buildKilledAfter([feed, "--out", out, "--jobs", "1"], null)).toBe(0);
    writeFileSync(feed, `${lines(200)}\n`);
    for (const ms of [400, 1200, 2500]) {
      await buildKilledAfter([feed, "--out", out, "--jobs", "1"], ms);
    }
    expect(await buildKilledAfter([feed, "--out", out, "--jobs", "1"], null)).toBe(0);
    expectSameOutputs(out, await clean([feed]));
  }, 120_000);
});

describe("a library build that closes its store once the store holds the articles", () => {
  it("leaves the store closed and makes the same graph as a build that keeps it open", async () => {
    const { buildIncremental } = await import("../src/pipeline.js");
    const { resourcesKey } = await import("../src/resources.js");
    const { bundledKb } = await import("./helpers/pipeline.js");
    const [a, b] = SEED_FILES as [string, string];
    const graphOf = async (closeWhenStored: boolean) => {
      const store = await openStore(join(tempDir(), "athar.duckdb"), { create: true });
      try {
        const outcome = await buildIncremental({
          inputs: [join(SEEDS, a), join(SEEDS, b)],
          kb: bundledKb(),
          store: { store, resources: resourcesKey(), closeWhenStored },
        });
        if (outcome.upToDate) throw new Error("a new store cannot be up to date");
        const stillOpen = await store.connection.run("SELECT 1").then(
          () => true,
          () => false,
        );
        return { graph: outcome.output.files["graph.json"], stillOpen };
      } finally {
        closeStore(store);
      }
    };
    const closed = await graphOf(true);
    const open = await graphOf(false);
    expect(closed.stillOpen).toBe(false);
    expect(open.stillOpen).toBe(true);
    expect(closed.graph).toBeDefined();
    expect(closed.graph).toEqual(open.graph);
  }, 60_000);
});
