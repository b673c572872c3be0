// athar build --from: the graph side of a build from extract records. Records from any number
// of extract runs (shards, partitions, in any order) give the bytes a build of the same
// articles gives; error records are the build's errors; broken records never pass silently.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runBuild } from "../src/cli/build.js";
import {
  buildFrom,
  captured,
  extract,
  OUTPUT_FILES,
  outputs,
  records,
  stdinOf,
} from "./helpers/extract.js";
import { CORPUS, HAS_CORPUS, NO_CORPUS_MESSAGE, REPO, SEEDS, tempDir } from "./helpers/paths.js";

const CLI = join(REPO, "bin", "athar.js");
const HAS_DIST = existsSync(join(REPO, "dist", "src", "cli.js"));

const jsonl = (...rows: unknown[]) => rows.map((r) => `${JSON.stringify(r)}\n`).join("");
const STDIN_ARTICLES = `${jsonl(
  {
    title: "بوتين وكيم",
    date: "2023-09-13",
    text: "واجتمع كيم جونغ أون مع الرئيس الروسي فلاديمير بوتين في فلاديفوستوك.",
  },
  { text: "زار وزير الدفاع الروسي سيرغي شويغو بيونغ يانغ." },
)}{"text": "روسيا\n${jsonl({ text: "أدانت روسيا الضربات الأمريكية على سوريا." })}`;

/** `athar build` of the inputs, in-process: exit code, folder, printed error lines. */
async function build(inputs: string[], stdinText?: string) {
  const out = join(tempDir(), "build");
  const run = await captured(() =>
    runBuild(inputs, {
      out,
      kb: [],
      progress: false,
      gexf: true,
      quiet: true,
      jobs: 1,
      ...(stdinText !== undefined ? { stdin: stdinOf(stdinText) } : {}),
    }),
  );
  return { code: run.value, out, stderr: run.stderr };
}

const lines = (text: string) => text.split("\n").filter((l) => l);

let seedRecords: string;
let seedBuild: Record<string, string>;

beforeAll(async () => {
  seedRecords = (await extract([SEEDS])).records;
  seedBuild = outputs((await build([SEEDS])).out);
}, 120_000);

describe("athar build --from on the seeds' records", () => {
  it("writes the six files a build of the seeds writes, byte for byte", async () => {
    const r = await buildFrom(seedRecords);
    expect(r.code).toBe(0);
    expect(outputs(r.out)).toEqual(seedBuild);
  }, 60_000);

  it("gives the same bytes from the records in reverse article order", async () => {
    const articles = seedRecords.split(/(?=\{"kind":"document")/);
    const r = await buildFrom(articles.reverse().join(""));
    expect(outputs(r.out)).toEqual(seedBuild);
  }, 60_000);

  it("gives the same bytes from three shards' record files, read from a folder", async () => {
    const dir = tempDir();
    for (const i of [2, 0, 1])
      writeFileSync(
        join(dir, `shard-${i}.jsonl`),
        (await extract([SEEDS], { shard: `${i}/3` })).records,
      );
    const r = await buildFrom(null, [dir]);
    expect(r.code).toBe(0);
    expect(outputs(r.out)).toEqual(seedBuild);
  }, 60_000);
});

describe("athar build --from on records of JSON Lines from stdin", () => {
  it("equals `athar build -` of the same lines, the broken line's error included", async () => {
    const ex = await extract(["-"], { stdinText: STDIN_ARTICLES });
    const direct = await build(["-"], STDIN_ARTICLES);
    const r = await buildFrom(ex.records);
    expect(direct.code).toBe(1);
    expect(r.code).toBe(1);
    expect(r.stderr).toEqual(direct.stderr);
    expect(r.stderr).toEqual([expect.stringMatching(/^athar: stdin:3: invalid JSON/)]);
    expect(outputs(r.out)).toEqual(outputs(direct.out));
  }, 60_000);

  it("leaves out, with an error, an article whose input record never came (records cut short)", async () => {
    const ex = await extract(["-"], { stdinText: STDIN_ARTICLES });
    const cut = lines(ex.records).slice(0, -1).join("\n");
    const r = await buildFrom(`${cut}\n`);
    expect(r.code).toBe(1);
    const cutShort = r.stderr.filter((l) => l.includes("ends before the input record of stdin"));
    expect(cutShort.map((l) => l.split(":")[1])).toEqual([" stdin#1", " stdin#2", " stdin#4"]);
    expect(r.stderr.at(-1)).toBe("athar: no article in the records; nothing written");
  }, 60_000);
});

describe("athar build --from on broken records", () => {
  it("leaves out an article whose records hold a line that is not a record, naming the line", async () => {
    const recs = lines(seedRecords);
    const firstDoc = records(seedRecords)[0]?.doc as string;
    recs.splice(2, 0, '{"kind":"mention","doc":');
    const r = await buildFrom(`${recs.join("\n")}\n`);
    expect(r.code).toBe(1);
    expect(r.stderr).toEqual([
      `athar: ${firstDoc}: its extract records are broken (stdin:3); the article is left out`,
      expect.stringMatching(/^athar: stdin:3: invalid JSON/),
    ]);
    const graph = JSON.parse(readFileSync(join(r.out, "graph.json"), "utf8"));
    expect(graph.meta.documents.map((d: { doc: string }) => d.doc)).not.toContain(firstDoc);
  }, 60_000);

  it("refuses a mention of another document and a document of another format", async () => {
    const recs = records(seedRecords);
    const doc = recs[0] as Record<string, unknown>;
    const stray = recs.find((x) => x.kind === "mention" && x.doc !== doc.doc);
    const input = jsonl({ ...doc, doc: "future.txt", format: "athar-extract/2" }, doc, stray);
    const r = await buildFrom(input);
    expect(r.code).toBe(1);
    expect(r.stderr).toEqual([
      'athar: stdin:1: not an extract record: a document of format "athar-extract/2"; this athar reads athar-extract/1',
      `athar: stdin:3: a mention record of ${stray?.doc} that does not follow its document record; left out`,
    ]);
    // The stray record breaks no article: the document before it is built.
    const graph = JSON.parse(readFileSync(join(r.out, "graph.json"), "utf8"));
    expect(graph.meta.documents.map((d: { doc: string }) => d.doc)).toEqual([doc.doc]);
  }, 60_000);

  it("turns error records into the build's error lines", async () => {
    const input = `${seedRecords}${jsonl({ kind: "error", doc: "x.txt", stage: "extract", message: "boom; the article is left out" })}`;
    const r = await buildFrom(input);
    expect(r.code).toBe(1);
    expect(r.stderr).toEqual(["athar: x.txt: extract failed: boom; the article is left out"]);
    const graph = JSON.parse(readFileSync(join(r.out, "graph.json"), "utf8"));
    expect(graph.meta.errors).toEqual([
      { file: "x.txt", stage: "extract", message: "boom; the article is left out" },
    ]);
  }, 60_000);
});

const sh = (cmd: string) => spawnSync("bash", ["-c", cmd], { cwd: REPO, encoding: "utf8" });
const sameFiles = (a: string, b: string) => {
  for (const f of OUTPUT_FILES)
    expect(readFileSync(join(a, f)).equals(readFileSync(join(b, f))), f).toBe(true);
};

describe.skipIf(!HAS_DIST)(
  "athar extract | athar build --from - (compiled, through a pipe)",
  () => {
    it("equals athar build on the seeds", () => {
      const root = tempDir();
      const piped = sh(
        `node ${CLI} extract ${SEEDS} | node ${CLI} build --from - --out ${root}/x -q`,
      );
      const direct = sh(`node ${CLI} build ${SEEDS} --out ${root}/y -q --no-progress`);
      expect(piped.status, piped.stderr).toBe(0);
      expect(direct.status, direct.stderr).toBe(0);
      sameFiles(join(root, "x"), join(root, "y"));
    }, 120_000);

    it("refuses article inputs beside --from, and a build with neither", () => {
      const withBoth = sh(`node ${CLI} build ${SEEDS} --from - --out ${tempDir()}/x < /dev/null`);
      expect(withBoth.status).toBe(2);
      expect(withBoth.stderr).toMatch(/--from reads extract records, not articles/);
      const neither = sh(`node ${CLI} build --out ${tempDir()}/x`);
      expect(neither.status).toBe(2);
    }, 60_000);

    it.skipIf(!HAS_CORPUS)(
      "equals athar build on the 300 corpus articles",
      () => {
        const root = tempDir();
        mkdirSync(root, { recursive: true });
        const piped = sh(
          `node ${CLI} extract ${CORPUS} -q | node ${CLI} build --from - --out ${root}/x -q`,
        );
        const direct = sh(`node ${CLI} build ${CORPUS} --out ${root}/y -q --no-progress`);
        expect(piped.status, piped.stderr).toBe(0);
        expect(direct.status, direct.stderr).toBe(0);
        sameFiles(join(root, "x"), join(root, "y"));
      },
      240_000,
    );
  },
);

if (!HAS_CORPUS) console.warn(`build-from.test.ts: ${NO_CORPUS_MESSAGE}`);
