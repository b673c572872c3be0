// `athar eval-ner` on a file that is not CoNLL says so and fails, instead of printing all-zero
// scores that look like a result.
import { existsSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { main } from "../src/cli.js";
import { conllProblem } from "../src/eval/ner.js";
import { REPO, SEED_FILES, SEEDS, tempDir } from "./helpers/paths.js";

const ANERCORP = resolve(REPO, "..", "shared", "data", "ner", "ANERCorp_CamelLab_test.txt");
const HAS_ANERCORP = existsSync(ANERCORP);

async function evalNer(file: string): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...a) => void out.push(a.join(" ")));
  const error = vi.spyOn(console, "error").mockImplementation((...a) => void err.push(a.join(" ")));
  try {
    const code = await main(["node", "athar", "eval-ner", file]);
    return { code, out: out.join("\n"), err: err.join("\n") };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

function file(name: string, content: string | Buffer): string {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return path;
}

const CONLL = [
  "قال O",
  "الرئيس O",
  "الروسي O",
  "فلاديمير B-PERS",
  "بوتين I-PERS",
  "في O",
  "موسكو B-LOC",
  "",
  "وزار O",
  "شويغو B-PERS",
  "بيونغ B-LOC",
  "يانغ I-LOC",
  "",
].join("\n");

/** Fails with a message naming the file and matching `why`, and prints no scores. */
async function expectRefused(path: string, why: RegExp): Promise<void> {
  const r = await evalNer(path);
  expect(r.code).not.toBe(0);
  expect(r.out).toBe("");
  expect(r.err).toContain(path);
  expect(r.err).toMatch(why);
  expect(r.err).not.toContain("\n");
}

describe("eval-ner refuses a file that is not CoNLL", () => {
  it("refuses a binary file", async () => {
    const bin = Buffer.concat([
      Buffer.from("PK\x03\x04"),
      Buffer.alloc(32),
      Buffer.from("روسيا O"),
    ]);
    await expectRefused(file("model.bin", bin), /binary file/);
  });

  it("refuses an empty file", async () => {
    await expectRefused(file("empty.txt", ""), /empty file/);
  });

  it("refuses a file of blank lines", async () => {
    await expectRefused(file("blank.txt", "\n \n\t\n"), /no tokens/);
  });

  it("refuses a JSON file, quoting its first line", async () => {
    const json = JSON.stringify(
      { title: "بوتين في موسكو", text: "وزار شويغو بيونغ يانغ" },
      null,
      2,
    );
    await expectRefused(file("article.json", json), /not a CoNLL file.*line 1 is "\{"/);
  });

  it("refuses an Arabic article", async () => {
    await expectRefused(join(SEEDS, SEED_FILES[0] as string), /not a CoNLL file: no line is/);
  });

  it("refuses a file with more than a few malformed lines, naming the first", async () => {
    const lines = CONLL.split("\n");
    lines.splice(3, 0, "فلاديمير بوتين الرئيس", "كلمة PERSON");
    const r = await evalNer(file("mixed.conll", lines.join("\n")));
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(
      /2 of 13 lines are not "token TAG" with a BIO tag; the first bad line 4 is/,
    );
  });

  it("refuses a file it cannot read, in words", async () => {
    await expectRefused(join(tempDir(), "missing.conll"), /cannot read: no such file or directory/);
  });
});

describe("eval-ner reads CoNLL", () => {
  it("scores a small file with space- or tab-separated tags", async () => {
    for (const text of [
      CONLL,
      CONLL.replaceAll(" ", "\t"),
      `\uFEFF${CONLL.replaceAll("\n", "\r\n")}`,
    ]) {
      const r = await evalNer(file("small.conll", text));
      expect(r.err).toBe("");
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/2 sentences of/);
      expect(r.out).toMatch(/LOC\s+1\.000/);
    }
  });

  it("tolerates a stray line among many good ones", () => {
    const many = Array.from({ length: 60 }, () => CONLL).join("\n");
    expect(conllProblem(`-DOCSTART- -X- O\n\n${many}\n# a comment line`)).toBeNull();
  });

  it.skipIf(!HAS_ANERCORP)(
    HAS_ANERCORP
      ? "accepts ../shared/data/ner/ANERCorp_CamelLab_test.txt"
      : `${ANERCORP} is absent: ANERcorp check skipped`,
    async () => {
      const r = await evalNer(ANERCORP);
      expect(r.err).toBe("");
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/925 sentences/);
    },
  );
});
