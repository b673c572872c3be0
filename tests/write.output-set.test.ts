// One consistent output set: a build's files become visible together or not at all, a build
// killed at any moment leaves the previous set whole, and the next build cleans up after it.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { OutputFolderError, recoverOutputs, writeOutputs } from "../src/write.js";
import { runQuiet } from "./helpers/build.js";
import { REPO, SEED_FILES, SEEDS, tempDir } from "./helpers/paths.js";

const CLI = join(REPO, "bin", "athar.js");
const HAS_DIST = existsSync(join(REPO, "dist", "src", "cli.js"));

/** A process id that is certainly not running: one that has just exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], {
    encoding: "utf8",
  });
  return Number(r.stdout);
}

const read = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => e.name)
      .sort()
      .map((n) => [n, readFileSync(join(dir, n), "utf8")]),
  );
const hidden = (dir: string) =>
  readdirSync(dirname(dir)).filter((n) => n.startsWith(`.${basename(dir)}.athar-`));

describe("writeOutputs", () => {
  it("keeps files of the folder that the build does not write (an export's csv/)", () => {
    const dir = join(tempDir(), "graph");
    writeOutputs(dir, { "graph.json": "old\n", "triples.jsonl": "1\n" });
    mkdirSync(join(dir, "csv"));
    writeFileSync(join(dir, "csv", "nodes.csv"), "id\n");
    writeOutputs(dir, { "graph.json": "new\n", "triples.jsonl": "2\n" });
    expect(readFileSync(join(dir, "csv", "nodes.csv"), "utf8")).toBe("id\n");
    expect(read(join(dir))).toMatchObject({ "graph.json": "new\n", "triples.jsonl": "2\n" });
    expect(hidden(dir)).toEqual([]);
  });

  it("refuses to replace a folder that holds files but no build, and names it", () => {
    const dir = join(tempDir(), "documents");
    mkdirSync(dir);
    writeFileSync(join(dir, "thesis.docx"), "mine");
    expect(() => writeOutputs(dir, { "graph.json": "{}\n" })).toThrow(OutputFolderError);
    expect(() => writeOutputs(dir, { "graph.json": "{}\n" })).toThrow(
      /documents holds files but no athar build/,
    );
    expect(readdirSync(dir)).toEqual(["thesis.docx"]);
  });

  it("removes a temporary file that an older build left when it was killed", () => {
    const dir = join(tempDir(), "graph");
    writeOutputs(dir, { "graph.json": "old\n" });
    writeFileSync(join(dir, "mentions.jsonl.tmp-4242"), "half a file");
    writeOutputs(dir, { "graph.json": "new\n" });
    expect(readdirSync(dir)).toEqual(["graph.json"]);
  });
});

describe("recovery after a killed build", () => {
  const pid = deadPid();
  const setUp = () => {
    const dir = join(tempDir(), "graph");
    writeOutputs(dir, { "graph.json": "old\n", "triples.jsonl": "old\n" });
    return { dir, sib: (phase: string) => join(dirname(dir), `.graph.athar-${phase}-${pid}`) };
  };

  it("removes a half-written set and keeps the previous one (killed while writing)", () => {
    const { dir, sib } = setUp();
    mkdirSync(sib("tmp"));
    writeFileSync(join(sib("tmp"), "graph.json"), "ne");
    recoverOutputs(dir);
    expect(read(dir)).toEqual({ "graph.json": "old\n", "triples.jsonl": "old\n" });
    expect(hidden(dir)).toEqual([]);
  });

  it("swaps in a complete set that was ready (killed before the swap)", () => {
    const { dir, sib } = setUp();
    mkdirSync(sib("ready"));
    writeFileSync(join(sib("ready"), "graph.json"), "new\n");
    writeFileSync(join(sib("ready"), "triples.jsonl"), "new\n");
    recoverOutputs(dir);
    expect(read(dir)).toEqual({ "graph.json": "new\n", "triples.jsonl": "new\n" });
    expect(hidden(dir)).toEqual([]);
  });

  it("swaps in the ready set when the old one was already moved aside (killed between renames)", () => {
    const { dir, sib } = setUp();
    mkdirSync(sib("ready"));
    writeFileSync(join(sib("ready"), "graph.json"), "new\n");
    cpSync(dir, sib("old"), { recursive: true });
    spawnSync("rm", ["-rf", dir]);
    recoverOutputs(dir);
    expect(read(dir)).toEqual({ "graph.json": "new\n" });
    expect(hidden(dir)).toEqual([]);
  });

  it("puts the previous set back when it was moved aside and nothing replaced it", () => {
    const { dir, sib } = setUp();
    cpSync(dir, sib("old"), { recursive: true });
    spawnSync("rm", ["-rf", dir]);
    recoverOutputs(dir);
    expect(read(dir)).toEqual({ "graph.json": "old\n", "triples.jsonl": "old\n" });
  });

  it("leaves alone the hidden folder of a build that is still running", () => {
    const { dir } = setUp();
    const running = join(dirname(dir), `.graph.athar-tmp-${process.ppid}`);
    mkdirSync(running);
    recoverOutputs(dir);
    expect(existsSync(running)).toBe(true);
  });
});

describe.skipIf(!HAS_DIST)("athar build killed at random moments", () => {
  let root: string;
  let full: Record<string, string>;
  let part: Record<string, string>;
  let partInputs: string;

  beforeAll(async () => {
    root = tempDir();
    partInputs = join(root, "part");
    mkdirSync(partInputs);
    for (const f of SEED_FILES.slice(0, 3)) cpSync(join(SEEDS, f), join(partInputs, f));
    const a = await runQuiet([SEEDS], { out: join(root, "expect-full"), gexf: true });
    const b = await runQuiet([partInputs], { out: join(root, "expect-part"), gexf: true });
    expect([a.code, b.code]).toEqual([0, 0]);
    full = read(a.out);
    part = read(b.out);
  }, 120_000);

  const kill = (inputs: string, out: string, afterMs: number) =>
    new Promise<void>((done) => {
      const child = spawn(
        process.execPath,
        [CLI, "build", inputs, "--out", out, "-q", "--no-store"],
        {
          stdio: "ignore",
        },
      );
      const timer = setTimeout(() => child.kill("SIGKILL"), afterMs);
      child.on("exit", () => {
        clearTimeout(timer);
        done();
      });
    });

  // Without the store: this is about the file set (tests/build.incremental.test.ts kills
  // builds that keep one).
  it("always leaves the previous or the new set, whole, and the next build finishes clean", async () => {
    const out = join(root, "graph");
    cpSync(join(root, "expect-full"), out, { recursive: true });
    writeFileSync(join(out, "notes.md"), "kept across builds\n");
    // A seeded sequence of kill times, from before the KB is loaded to after the write.
    let seed = 20261203;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const seen = new Set<string>();
    for (let i = 0; i < 12; i++) {
      await kill(i % 2 ? SEEDS : partInputs, out, Math.floor(next() * 2500));
      if (!existsSync(out)) {
        seen.add("moved aside");
        expect(hidden(out).length).toBeGreaterThan(0);
      } else {
        const { "notes.md": notes, ...files } = read(out);
        expect(notes).toBe("kept across builds\n");
        const whole = JSON.stringify(files) === JSON.stringify(full) ? "full" : "part";
        expect(files).toEqual(whole === "full" ? full : part);
        seen.add(whole);
      }
      recoverOutputs(out);
      const { "notes.md": _, ...after } = read(out);
      expect([JSON.stringify(full), JSON.stringify(part)]).toContain(JSON.stringify(after));
    }
    expect(seen.size).toBeGreaterThan(0);
    const last = spawnSync(process.execPath, [
      CLI,
      "build",
      SEEDS,
      "--out",
      out,
      "-q",
      "--no-store",
    ]);
    expect(last.status).toBe(0);
    const { "notes.md": notes, ...files } = read(out);
    expect(files).toEqual(full);
    expect(notes).toBe("kept across builds\n");
    expect(hidden(out)).toEqual([]);
  }, 180_000);
});
