// athar build --from --since/--until/--around: the graph of a slice of the records is the
// graph a build of just those articles makes.
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runBuildFrom } from "../src/cli/build-from.js";
import { sliceProblem } from "../src/cli/build-from-slice.js";
import { runQuiet } from "./helpers/build.js";
import { captured, extract, outputs, stdinOf } from "./helpers/extract.js";
import { SEED_FILES, SEEDS, tempDir } from "./helpers/paths.js";

let records: string;

beforeAll(async () => {
  const r = await extract([SEEDS]);
  expect(r.code).toBe(0);
  records = r.records;
}, 60_000);

async function sliced(slice: { since?: string; until?: string; around?: string[] }) {
  const out = join(tempDir(), "slice");
  const run = await captured(() =>
    runBuildFrom(["-"], [], {
      out,
      kb: [],
      gexf: true,
      quiet: false,
      stdin: stdinOf(records),
      ...slice,
    }),
  );
  return { code: run.value, out, stdout: run.stdout, stderr: run.stderr };
}

/** A build of just these seed files, in a folder (so their names are as in the records). */
async function buildOf(names: string[]): Promise<string> {
  const dir = join(tempDir(), "seeds");
  mkdirSync(dir);
  for (const n of names) copyFileSync(join(SEEDS, n), join(dir, n));
  const r = await runQuiet([dir], { gexf: true });
  expect(r.code).toBe(0);
  return r.out;
}

describe("athar build --from with a slice", () => {
  it("--since keeps the articles dated in range: the graph of those articles alone", async () => {
    const r = await sliced({ since: "2023-10" });
    expect(r.code).toBe(0);
    expect(r.stdout[0]).toContain("the slice keeps 1 of 5 articles");
    // 000 is the only seed dated after September 2023 (2023-11-09); undated ones are left out.
    expect(outputs(r.out)).toEqual(outputs(await buildOf([SEED_FILES[0] as string])));
  }, 60_000);

  it("--until and --since together bound both ends", async () => {
    const r = await sliced({ since: "2023-09", until: "2023-09-30" });
    expect(r.code).toBe(0);
    expect(outputs(r.out)).toEqual(outputs(await buildOf([SEED_FILES[1] as string])));
  }, 60_000);

  it("--around keeps the articles that relate an entity, and every relation in them", async () => {
    const r = await sliced({ around: ["state:UA"] });
    expect(r.code).toBe(0);
    const graph = JSON.parse(outputs(r.out)["graph.json"] as string);
    const docs: string[] = graph.meta.documents.map((d: { doc: string }) => d.doc);
    expect(docs.length).toBeGreaterThan(0);
    expect(docs.length).toBeLessThan(5);
    expect(outputs(r.out)).toEqual(outputs(await buildOf(docs)));
  }, 60_000);

  it("a slice nothing falls in writes nothing and says so", async () => {
    const r = await sliced({ since: "2030" });
    expect(r.code).toBe(1);
    expect(r.stderr).toEqual(["athar: none of the 5 articles is in the slice; nothing written"]);
  });

  it("refuses dates that are not dates", () => {
    expect(sliceProblem({ since: "2023-13x" })).toMatch(/--since takes YYYY/);
    expect(sliceProblem({ until: "last week" })).toMatch(/--until takes YYYY/);
    expect(sliceProblem({ since: "2023", until: "2024-02-29" })).toBeNull();
  });
});
