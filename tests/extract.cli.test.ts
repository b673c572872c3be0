// athar extract: one article in, its records out, nothing kept between articles; the same
// input gives the same bytes; failures are records and the stream goes on; --shard splits a
// batch so that every article is extracted by exactly one shard.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { shardOf } from "../src/cli/extract.js";
import { EXTRACT_FORMAT, ExtractRecord } from "../src/extract-records.js";
import { defaultStages } from "../src/pipeline.js";
import { extract, records } from "./helpers/extract.js";
import { REPO, SEED_FILES, SEEDS, tempDir } from "./helpers/paths.js";

const CLI = join(REPO, "bin", "athar.js");
const HAS_DIST = existsSync(join(REPO, "dist", "src", "cli.js"));
const seedPaths = SEED_FILES.map((f) => join(SEEDS, f));

const PUTIN_KIM = {
  title: "بوتين وكيم",
  date: "2023-09-13",
  text: "واجتمع كيم جونغ أون مع الرئيس الروسي فلاديمير بوتين في فلاديفوستوك.",
};
const SHOIGU = { text: "زار وزير الدفاع الروسي سيرغي شويغو بيونغ يانغ." };
const jsonl = (...rows: unknown[]) => rows.map((r) => `${JSON.stringify(r)}\n`).join("");

describe("athar extract on the seeds", () => {
  it("writes each article as a document record followed by its own mention, relation and part_of records", async () => {
    const r = await extract([SEEDS]);
    expect(r.code).toBe(0);
    const recs = records(r.records);
    for (const rec of recs)
      expect(ExtractRecord.safeParse(rec).success, JSON.stringify(rec)).toBe(true);
    const docs = recs.filter((x) => x.kind === "document");
    expect(docs.map((d) => d.doc)).toEqual(SEED_FILES);
    expect(docs.every((d) => d.format === EXTRACT_FORMAT)).toBe(true);
    let open = "";
    for (const rec of recs) {
      if (rec.kind === "document") open = rec.doc as string;
      else expect(rec.doc).toBe(open);
    }
    expect(recs.filter((x) => x.kind === "relation").length).toBeGreaterThan(10);
  }, 60_000);

  it("gives the file's SHA-256 and size on the document record", async () => {
    const [first] = seedPaths as [string];
    const doc = records((await extract([first])).records)[0] as Record<string, unknown>;
    const bytes = readFileSync(first);
    expect(doc.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    expect(doc.bytes).toBe(bytes.length);
    expect(doc.text).toBe(bytes.toString("utf8"));
  });

  it("gives the same bytes twice, and for the inputs given in reverse order", async () => {
    const a = await extract(seedPaths);
    const b = await extract(seedPaths);
    const reversed = await extract([...seedPaths].reverse());
    expect(b.records).toBe(a.records);
    expect(reversed.records).toBe(a.records);
  }, 60_000);
});

describe("athar extract on JSON Lines from stdin", () => {
  it("writes an error record naming a broken line, and goes on with the next line", async () => {
    const input = `${jsonl(PUTIN_KIM)}{"text": "روسيا\n${jsonl(SHOIGU)}`;
    const r = await extract(["-"], { stdinText: input });
    expect(r.code).toBe(1);
    const recs = records(r.records);
    const errors = recs.filter((x) => x.kind === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0]?.doc).toBe("stdin:2");
    expect(errors[0]?.message).toMatch(/^invalid JSON .*the line starts at byte \d+$/);
    expect(recs.filter((x) => x.kind === "document").map((d) => d.doc)).toEqual([
      "stdin#1",
      "stdin#3",
    ]);
    expect(r.stderr).toContain(`athar: stdin:2: ${errors[0]?.message}`);
  });

  it("leaves stdin's hash to an input record after the last article, as it is known only then", async () => {
    const input = jsonl(PUTIN_KIM, SHOIGU);
    const recs = records((await extract(["-"], { stdinText: input })).records);
    for (const d of recs.filter((x) => x.kind === "document")) {
      expect(d.sha256).toBeNull();
      expect(d.input).toBe("stdin");
    }
    expect(recs.at(-1)).toEqual({
      kind: "input",
      input: "stdin",
      sha256: createHash("sha256").update(input).digest("hex"),
      bytes: Buffer.byteLength(input),
    });
  });

  it("names a record's document by its doc field, with its text's hash unless one is given", async () => {
    const sha = "a".repeat(64);
    const input = jsonl(
      { ...PUTIN_KIM, doc: "news/putin-kim.txt" },
      { ...SHOIGU, doc: "feed.jsonl#7", sha256: sha, bytes: 9000 },
      { ...SHOIGU, doc: "" },
    );
    const r = await extract(["-"], { stdinText: input });
    const recs = records(r.records);
    const docs = recs.filter((x) => x.kind === "document");
    expect(docs.map((d) => [d.doc, d.sha256, d.bytes])).toEqual([
      [
        "news/putin-kim.txt",
        createHash("sha256").update(PUTIN_KIM.text).digest("hex"),
        Buffer.byteLength(PUTIN_KIM.text),
      ],
      ["feed.jsonl#7", sha, 9000],
    ]);
    expect(recs.filter((x) => x.kind === "mention").map((m) => m.doc)).toContain(
      "news/putin-kim.txt",
    );
    expect(recs.filter((x) => x.kind === "error")).toEqual([
      { kind: "error", doc: "stdin:3", message: "doc: doc is empty" },
    ]);
    expect(recs.some((x) => x.kind === "input")).toBe(false);
  });
});

describe("athar extract when an article's processing throws", () => {
  it("writes one error record naming the article and the stage, and extracts the others", async () => {
    const failing = seedPaths[1] as string;
    const r = await extract(seedPaths, {
      stages: {
        process: (a, kb) => {
          if (join(SEEDS, a.doc) === failing) throw new TypeError("cannot read properties of x");
          return defaultStages.process(a, kb);
        },
      },
    });
    expect(r.code).toBe(1);
    const recs = records(r.records);
    expect(recs.filter((x) => x.kind === "error")).toEqual([
      {
        kind: "error",
        doc: SEED_FILES[1],
        stage: "recognize",
        message: "cannot read properties of x; the article is left out",
      },
    ]);
    expect(recs.filter((x) => x.kind === "document").map((d) => d.doc)).toEqual(
      SEED_FILES.filter((_, i) => i !== 1),
    );
  }, 60_000);
});

describe("athar extract --shard i/n", () => {
  it("extracts every article in exactly one of n shards, by the hash of its name", async () => {
    const all = records((await extract([SEEDS])).records);
    const docsOf = (text: string) =>
      records(text)
        .filter((x) => x.kind === "document")
        .map((d) => d.doc as string);
    const shards = [];
    for (const i of [0, 1, 2])
      shards.push(docsOf((await extract([SEEDS], { shard: `${i}/3` })).records));
    expect(shards.flat().sort()).toEqual(SEED_FILES);
    shards.forEach((docs, i) => {
      for (const d of docs) expect(shardOf(d, 3)).toBe(i);
    });
    // A shard's records are the whole run's records of its articles, unchanged.
    const whole = new Map(all.filter((x) => x.kind === "document").map((d) => [d.doc, d]));
    for (const d of shards.flat()) expect(whole.get(d)).toBeDefined();
  }, 60_000);

  it("refuses a shard that is not i/n with i < n", async () => {
    for (const shard of ["3/3", "1", "a/b", "-1/2"]) {
      const r = await extract([SEEDS], { shard });
      expect(r.code, shard).toBe(2);
      expect(r.stderr.join("\n")).toMatch(/--shard must be i\/n/);
    }
  });
});

describe.skipIf(!HAS_DIST)("athar extract on the command line (compiled)", () => {
  const run = (args: string[], input?: string) =>
    spawnSync(process.execPath, [CLI, "extract", ...args], { cwd: REPO, encoding: "utf8", input });

  it("writes the same records to --out FILE as to stdout", () => {
    const file = join(tempDir(), "records.jsonl");
    const piped = run([SEEDS, "-q"]);
    const written = run([SEEDS, "-q", "--out", file]);
    expect(piped.status).toBe(0);
    expect(written.status).toBe(0);
    expect(written.stdout).toBe("");
    expect(readFileSync(file, "utf8")).toBe(piped.stdout);
  }, 60_000);

  it("stops quietly when its reader goes away (| head -1)", () => {
    const r = spawnSync("bash", ["-c", `node ${CLI} extract ${SEEDS} -q | head -1`], {
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout).kind).toBe("document");
  }, 60_000);

  it("explains its records and gives examples in --help", () => {
    const r = run(["--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/--shard <i\/n>/);
    expect(r.stdout).toMatch(/athar extract seeds \| athar build --from - --out/);
  });
});
