// A build's files go to disk as they are rendered, piece by piece, so no file is ever held whole:
// what lands is byte for byte what rendering to strings gives, a render that fails half-way
// leaves nothing of itself, and a failing disk is reported as the disk's, not an article's.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import type { OutputWriter, RenderFile } from "../src/export/sink.js";
import { type BuildInput, build, defaultStages } from "../src/pipeline.js";
import { OutputWriteError, StagedOutputs } from "../src/write.js";
import { tempDir } from "./helpers/paths.js";
import { bundledKb } from "./helpers/pipeline.js";

const ARTICLES = {
  "a.txt": "روسيا وسوريا\n\nأدانت روسيا الضربات الأمريكية على سوريا.\n",
  "b.txt":
    "لقاء في موسكو\n\nاستقبل الرئيس الروسي فلاديمير بوتين وزير الخارجية الصيني وانغ يي في موسكو.\n",
  "c.txt": "دعم\n\nأعلنت الولايات المتحدة دعمها لأوكرانيا في مواجهة روسيا.\n",
};

function folder(): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(dir, name), text);
  return dir;
}

const filesIn = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((n) => [n, readFileSync(join(dir, n), "utf8")]),
  );
const hidden = (dir: string) =>
  readdirSync(dirname(dir)).filter((n) => n.startsWith(`.${basename(dir)}.athar-`));

/** A writer that records the length of every piece each file is handed in. */
class PieceLengths implements OutputWriter {
  pieces: Record<string, number[]> = {};
  begin(): void {
    this.pieces = {};
  }
  file(name: string, render: RenderFile): void {
    const lengths: number[] = [];
    render({ write: (t) => lengths.push(t.length) });
    this.pieces[name] = lengths;
  }
}

/** A build into `staged` whose render writes one more file after the usual ones. */
const buildWithOneMore = (
  staged: StagedOutputs,
  more: (input: BuildInput, writer: OutputWriter) => void,
) =>
  build({
    inputs: [folder()],
    kb: bundledKb(),
    writer: staged,
    stages: {
      render: (input, g, opts, writer) => {
        defaultStages.render(input, g, opts, writer);
        more(input, writer);
      },
    },
  });

describe("files written as they are rendered", () => {
  it("writes the same bytes as rendering to strings, and records each file's SHA-256", async () => {
    const inputs = [folder()];
    const inMemory = await build({ inputs, kb: bundledKb() });
    const out = join(tempDir(), "graph");
    const staged = new StagedOutputs(out);
    await build({ inputs, kb: bundledKb(), writer: staged });
    const written = staged.commit();
    expect(written.map((w) => basename(w))).toEqual(Object.keys(inMemory.output.files).sort());
    expect(filesIn(out)).toEqual(inMemory.output.files);
    for (const [name, text] of Object.entries(inMemory.output.files))
      expect(staged.hashes[name]).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
    expect(hidden(out)).toEqual([]);
  });

  it("hands the writer JSON Lines a line at a time and graph.json a record at a time", async () => {
    const pieces = new PieceLengths();
    const inMemory = await build({ inputs: [folder()], kb: bundledKb() });
    await build({ inputs: [folder()], kb: bundledKb(), writer: pieces });
    for (const name of [
      "mentions.jsonl",
      "triples.jsonl",
      "graph.json",
      "view.json",
      "view-edges.json",
    ]) {
      const whole = (inMemory.output.files[name] as string).length;
      expect(pieces.pieces[name]?.length, name).toBeGreaterThan(3);
      expect(Math.max(...(pieces.pieces[name] ?? [])), name).toBeLessThan(whole / 2);
    }
  });

  it("keeps nothing of a render that failed half-way: the article is left out, the rest lands", async () => {
    const out = join(tempDir(), "graph");
    const staged = new StagedOutputs(out);
    // After every file is written: a failure the build must not leave a trace of.
    const built = await buildWithOneMore(staged, (input, writer) =>
      writer.file("partial.txt", (o) => {
        o.write("half");
        if (input.articles.some((a) => a.doc === "b.txt")) throw new Error("render broke");
      }),
    );
    staged.commit();
    expect(built.input.errors.map((e) => `${e.file} ${e.stage}`)).toEqual(["b.txt render"]);
    const graph = JSON.parse(readFileSync(join(out, "graph.json"), "utf8"));
    expect(graph.meta.documents.map((d: { doc: string }) => d.doc)).toEqual(["a.txt", "c.txt"]);
    expect(readFileSync(join(out, "partial.txt"), "utf8")).toBe("half");
    expect(hidden(out)).toEqual([]);
  });

  it("reports a failing disk as the disk's, leaving every article in and the folder as it was", async () => {
    const parent = tempDir();
    const out = join(parent, "graph");
    mkdirSync(out);
    writeFileSync(join(out, "graph.json"), "{}\n");
    const staged = new StagedOutputs(out);
    // A name the file system refuses, as a full or read-only disk would.
    const failing = buildWithOneMore(staged, (_, writer) =>
      writer.file(join("no-such-folder", "x.json"), (o) => o.write("{}")),
    );
    await expect(failing).rejects.toBeInstanceOf(OutputWriteError);
    await expect(failing).rejects.toThrow(/cannot write .*graph: ENOENT/);
    staged.discard();
    expect(filesIn(out)).toEqual({ "graph.json": "{}\n" });
    expect(hidden(out)).toEqual([]);
  });
});
