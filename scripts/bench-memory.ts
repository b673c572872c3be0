// A build's memory against the size of its input: `athar build --no-store --jobs 1` on
// generated feeds of each size (scripts/generated-feed.ts), each a fresh process on the
// compiled package, wall time and peak RSS from GNU time, and the ratio of the largest peak to
// the smallest. The aim (issue "Scale on one machine"): 100,000 articles in at most 1.5 GB and
// at most 1.5× the peak at 10,000. That pair takes about 10 minutes here, so `npm run bench`
// runs 2,000 and 20,000; run the aim's sizes by hand:
//   npx tsx scripts/bench-memory.ts --articles 10000,100000 [--store]
// --store builds into a new store (the default of `athar build`) instead. Needs ../shared/corpus.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { CORPUS, corpusTexts, writeFeed } from "./generated-feed.js";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "2000,20000" },
    store: { type: "boolean", default: false },
  },
});
const sizes = values.articles.split(",").map(Number);
if (sizes.some((n) => !Number.isSafeInteger(n) || n < 1)) {
  console.error(
    `bench-memory: --articles takes sizes like 10000,100000 (not "${values.articles}")`,
  );
  process.exit(2);
}
const CLI = join(import.meta.dirname, "..", "bin", "athar.js");
const texts = corpusTexts();
if (texts === null) {
  console.log(`bench-memory: ${CORPUS} is absent; it needs the shared corpus.`);
  process.exit(0);
}

function timedBuild(feed: string, out: string): { seconds: number; rssMb: number } {
  const args = [feed, "--out", out, "--no-progress", "--jobs", "1", "-q"];
  if (!values.store) args.push("--no-store");
  const t0 = performance.now();
  const r = spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, CLI, "build", ...args], {
    encoding: "utf8",
  });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`athar build ${args.join(" ")}: ${r.stderr}`);
  return { seconds, rssMb: Number(r.stderr.trim().split("\n").pop()) / 1024 };
}

const dir = mkdtempSync(join(tmpdir(), "athar-bench-mem-"));
try {
  console.log(
    `Build memory (scripts/bench-memory.ts), ${values.store ? "into a new store" : "--no-store"}, one worker`,
  );
  const rows: Array<{ n: number; seconds: number; rssMb: number }> = [];
  for (const n of [...sizes].sort((a, b) => a - b)) {
    const feed = join(dir, `feed-${n}.jsonl`);
    writeFeed(feed, texts, 0, n);
    const r = timedBuild(feed, join(dir, `out-${n}`));
    rmSync(join(dir, `out-${n}`), { recursive: true, force: true });
    rmSync(feed, { force: true });
    rows.push({ n, ...r });
    console.log(
      `  ${n.toLocaleString("en").padStart(9)} articles ${r.seconds.toFixed(1).padStart(7)} s  peak RSS ${r.rssMb.toFixed(0).padStart(5)} MB  ${((n / r.seconds) | 0).toString().padStart(4)} articles/s`,
    );
  }
  const [small, large] = [rows[0], rows[rows.length - 1]];
  if (small && large && large !== small)
    console.log(
      `  peak at ${large.n.toLocaleString("en")} / peak at ${small.n.toLocaleString("en")}: ${(large.rssMb / small.rssMb).toFixed(2)}× for ${(large.n / small.n).toFixed(0)}× the articles`,
    );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
