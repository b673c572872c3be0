// cluster/dask_build.py: the corpus extracted in partitions on two Dask worker processes, then
// merged by `athar build --from`, gives the bytes a local `athar build` of the same files gives.
// Needs Debian's python3-dask and python3-distributed, the compiled CLI and ../shared/corpus.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { OUTPUT_FILES } from "./helpers/extract.js";
import { CORPUS, HAS_CORPUS, NO_CORPUS_MESSAGE, REPO, tempDir } from "./helpers/paths.js";

const DRIVER = join(REPO, "cluster", "dask_build.py");
const CLI = join(REPO, "bin", "athar.js");
const HAS_DIST = existsSync(join(REPO, "dist", "src", "cli.js"));

/** The first python3 that imports dask.distributed (the Debian one first), or null. */
const PYTHON =
  ["/usr/bin/python3", "python3"].find(
    (p) => spawnSync(p, ["-c", "import dask.distributed"], { encoding: "utf8" }).status === 0,
  ) ?? null;

const missing = [
  PYTHON
    ? null
    : "python3 with dask and distributed (apt-get install python3-dask python3-distributed)",
  HAS_CORPUS ? null : NO_CORPUS_MESSAGE,
  HAS_DIST ? null : "dist/ (npm run build)",
].filter((m) => m !== null);
if (missing.length > 0)
  console.warn(`cluster.dask.test.ts: skipped, missing ${missing.join("; ")}`);

const driver = (args: string[]) =>
  spawnSync(PYTHON ?? "python3", [DRIVER, ...args], { cwd: REPO, encoding: "utf8" });

describe.skipIf(PYTHON === null)("cluster/dask_build.py, before any cluster starts", () => {
  it("documents its options and gives examples in --help", () => {
    const r = driver(["--help"]);
    expect(r.status).toBe(0);
    for (const flag of ["--workers", "--scheduler", "--partitions", "--work", "--athar", "--kb"])
      expect(r.stdout).toContain(flag);
    expect(r.stdout).toMatch(/examples:/);
  });

  it("names an input that does not exist and exits 2", () => {
    const r = driver(["no/such/folder", "--out", join(tempDir(), "x")]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe("dask_build: no/such/folder: no such file or folder");
  });
});

describe.skipIf(missing.length > 0)(
  "cluster/dask_build.py on the corpus, 2 worker processes",
  () => {
    it("writes the six files a local athar build of the corpus writes, byte for byte", () => {
      const root = tempDir();
      const work = join(root, "work");
      const r = driver([CORPUS, "--workers", "2", "--work", work, "--out", join(root, "dask")]);
      expect(r.status, r.stderr).toBe(0);
      expect(readdirSync(work).sort()).toEqual(["part-00000.jsonl", "part-00001.jsonl"]);
      const local = spawnSync(
        process.execPath,
        [CLI, "build", CORPUS, "--out", join(root, "local"), "-q", "--no-progress"],
        { encoding: "utf8" },
      );
      expect(local.status, local.stderr).toBe(0);
      for (const f of OUTPUT_FILES) {
        const same = readFileSync(join(root, "dask", f)).equals(
          readFileSync(join(root, "local", f)),
        );
        expect(same, f).toBe(true);
      }
    }, 300_000);
  },
);
