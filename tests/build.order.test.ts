// Determinism regardless of order: the same set of inputs gives the same bytes in every output,
// whatever order the files, folders and records are given in.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runQuiet } from "./helpers/build.js";
import { CORPUS, HAS_CORPUS, SEED_FILES, SEEDS, tempDir } from "./helpers/paths.js";

const outputs = (dir: string) =>
  Object.fromEntries(readdirSync(dir).map((n) => [n, readFileSync(join(dir, n))]));

function expectSameBytes(a: string, b: string): void {
  const x = outputs(a);
  const y = outputs(b);
  expect(Object.keys(y).sort()).toEqual(Object.keys(x).sort());
  for (const name of Object.keys(x))
    expect((y[name] as Buffer).equals(x[name] as Buffer), name).toBe(true);
}

const build = async (inputs: string[]) => {
  const r = await runQuiet(inputs, { gexf: true });
  expect(r.stderr).toEqual([]);
  return r.out;
};

describe("the same inputs in another order", () => {
  it("give the same bytes when the seed files are given forwards, backwards or as their folder", async () => {
    const files = SEED_FILES.map((f) => join(SEEDS, f));
    const forwards = await build(files);
    expectSameBytes(forwards, await build([...files].reverse()));
    expectSameBytes(forwards, await build([SEEDS]));
  }, 120_000);

  it("give the same bytes when a .jsonl and .txt files are mixed in another order", async () => {
    const dir = tempDir();
    const records = [
      { text: "أدانت روسيا الضربات الأمريكية على سوريا.", date: "2018-04-14" },
      {
        text: "استقبل الرئيس الروسي فلاديمير بوتين وزير الخارجية الصيني وانغ يي في موسكو.",
        date: "2018-04-20",
      },
    ];
    writeFileSync(join(dir, "wire.jsonl"), records.map((r) => `${JSON.stringify(r)}\n`).join(""));
    cpSync(join(SEEDS, SEED_FILES[0] as string), join(dir, "z.txt"));
    cpSync(join(SEEDS, SEED_FILES[1] as string), join(dir, "a.txt"));
    const inputs = ["wire.jsonl", "z.txt", "a.txt"].map((f) => join(dir, f));
    expectSameBytes(
      await build(inputs),
      await build([inputs[2], inputs[0], inputs[1]] as string[]),
    );
  }, 120_000);

  it.skipIf(!HAS_CORPUS)(
    "give the same bytes for corpus articles and seeds in two folders",
    async () => {
      const a = join(tempDir(), "news");
      mkdirSync(a);
      for (const f of ["0003.txt", "0009.txt", "0116.txt", "manifest.tsv"])
        cpSync(join(CORPUS, f), join(a, f));
      expectSameBytes(await build([a, SEEDS]), await build([SEEDS, a]));
    },
    120_000,
  );
});
