import { copyFileSync, existsSync, mkdirSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { MAX_BYTES } from "../src/ingest/read.js";
import { type BuildResult, build, runQuiet } from "./helpers/build.js";
import { SEEDS, tempDir } from "./helpers/paths.js";

const GOOD = "001_d06de67a4468fdf3.txt";

/** The one error line the build printed for `file`. */
const errorFor = (b: { stderr: string[] }, file: string) => {
  const lines = b.stderr.filter((l) => l.includes(file));
  expect(lines, `no error line names ${file}:\n${b.stderr.join("\n")}`).toHaveLength(1);
  const line = lines[0] as string;
  expect(line).not.toContain("\n");
  return line;
};

describe("a folder with bad files among good ones", () => {
  let dir: string;
  let b: BuildResult;
  const missing = "/nonexistent/athar/article.txt";

  beforeAll(async () => {
    dir = tempDir();
    const news = join(dir, "news");
    mkdirSync(news);
    copyFileSync(join(SEEDS, GOOD), join(news, GOOD));
    copyFileSync(join(SEEDS, "004_8cd855bd8944e8de.txt"), join(news, "zz-good.txt"));
    writeFileSync(join(news, "empty.txt"), "");
    writeFileSync(join(news, "blank.txt"), "  \n\t\n");
    writeFileSync(
      join(news, "binary.txt"),
      Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(64), Buffer.from("روسيا")]),
    );
    // A lone continuation byte and a truncated 2-byte sequence inside Arabic text.
    writeFileSync(
      join(news, "latin1.txt"),
      Buffer.concat([Buffer.from("قال بلينكن "), Buffer.from([0x80, 0xd8]), Buffer.from(" روسيا")]),
    );
    // Sparse: over the limit without writing 20 MB.
    writeFileSync(join(news, "huge.txt"), "روسيا");
    truncateSync(join(news, "huge.txt"), MAX_BYTES + 1);
    writeFileSync(join(news, "broken.json"), '{"title": "خبر", "text": ');
    b = await build([news, missing]);
  });

  it("builds the good articles", () => {
    expect([...b.texts.keys()].sort()).toEqual([GOOD, "zz-good.txt"]);
    expect(b.mentions.some((m) => m.doc === GOOD && m.entity.id === "person:kim-jong-un")).toBe(
      true,
    );
    expect(b.triples.some((t) => t.doc === "zz-good.txt")).toBe(true);
  });

  it("says in the exit code that something failed", () => {
    expect(b.code).toBe(1);
  });

  it("gives one line per bad file, naming the file and the reason", () => {
    expect(errorFor(b, "empty.txt")).toMatch(/empty/);
    expect(errorFor(b, "blank.txt")).toMatch(/no text|white space|empty/);
    expect(errorFor(b, "binary.txt")).toMatch(/binary/);
    expect(errorFor(b, "latin1.txt")).toMatch(/UTF-8/);
    expect(errorFor(b, "huge.txt")).toMatch(/too large/);
    expect(errorFor(b, "broken.json")).toMatch(/JSON/);
    expect(errorFor(b, missing)).toMatch(/cannot read|ENOENT/);
  });

  it("records the errors in graph.json's meta", () => {
    const files = b.graph.meta.errors.map((e) => e.file).sort();
    expect(files).toEqual(
      [
        "binary.txt",
        "blank.txt",
        "broken.json",
        "empty.txt",
        "huge.txt",
        "latin1.txt",
        missing,
      ].sort(),
    );
    expect(b.graph.meta.counts.errors).toBe(7);
    expect(b.graph.meta.counts.articles).toBe(2);
  });
});

describe("bad input on its own", () => {
  it("writes nothing and fails when no article can be read", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "empty.txt"), "");
    const out = join(dir, "out");
    const r = await runQuiet([join(dir, "empty.txt")], { out });
    expect(r.code).toBe(1);
    expect(errorFor(r, "empty.txt")).toMatch(/empty/);
    expect(existsSync(join(out, "graph.json"))).toBe(false);
  });

  it("fails with a message when a folder holds no article files", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "notes.md"), "# ملاحظات");
    const r = await runQuiet([dir]);
    expect(r.code).toBe(2);
    expect(r.stderr.join("\n")).toMatch(/no article files/);
  });

  it("reports a file that is not valid UTF-8 even when its NUL-free bytes look like text", async () => {
    const dir = tempDir();
    // windows-1256 bytes for "روسيا"
    writeFileSync(join(dir, "cp1256.txt"), Buffer.from([0xd1, 0xe6, 0xd3, 0xed, 0xc7, 0x0a]));
    const r = await runQuiet([join(dir, "cp1256.txt")]);
    expect(errorFor(r, "cp1256.txt")).toMatch(/not valid UTF-8/);
  });
});
