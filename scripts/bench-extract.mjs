// Past one machine, measured: `athar extract` through a pipe against a build of the same
// JSON Lines file (one thread each), extract's start-up, and cluster/dask_build.py with 1 and
// 2 worker processes. Input: the corpus (../shared/corpus, else seeds/) repeated to ~5 MB as
// one .jsonl. Needs `npm run build`; the Dask rows need python3-dask and python3-distributed.
// node scripts/bench-extract.mjs  (npm run bench runs it last)
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const REPO = resolve(import.meta.dirname, "..");
const CLI = join(REPO, "bin", "athar.js");
const CORPUS = resolve(REPO, "..", "shared", "corpus");
const TARGET_BYTES = 5 * 1024 * 1024;
const ONE_ARTICLE = "أدانت روسيا الضربات الأمريكية على سوريا.";

/** One JSON Lines file of the articles, repeated until it holds TARGET_BYTES. */
function feed(dir) {
  const from = existsSync(join(CORPUS, "0001.txt")) ? CORPUS : join(REPO, "seeds");
  const names = readdirSync(from)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  const once = names
    .map((f) => `${JSON.stringify({ text: readFileSync(join(from, f), "utf8") })}\n`)
    .join("");
  const times = Math.max(1, Math.round(TARGET_BYTES / Buffer.byteLength(once)));
  const path = join(dir, "feed.jsonl");
  writeFileSync(path, once.repeat(times));
  return { path, from, articles: names.length * times, bytes: Buffer.byteLength(once) * times };
}

/** Wall-clock seconds of a shell command; throws with its stderr when it fails. */
function timed(cmd) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync("bash", ["-c", cmd], { cwd: REPO, encoding: "utf8", maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} exited ${r.status}: ${r.stderr}`);
  return seconds;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n, d = 1) => n.toFixed(d);

function hasDask() {
  const r = spawnSync("/usr/bin/python3", ["-c", "import dask.distributed"], { encoding: "utf8" });
  return r.status === 0;
}

function main() {
  if (!existsSync(join(REPO, "dist", "src", "cli.js"))) {
    console.error("bench-extract: dist/ is missing; run `npm run build` first");
    process.exit(2);
  }
  const dir = mkdtempSync(join(tmpdir(), "athar-bench-extract-"));
  try {
    const f = feed(dir);
    const mb = f.bytes / 1e6;
    console.log(
      `\nPast one machine: ${f.articles} articles (${f.from} repeated), ${fmt(mb, 2)} MB of JSON Lines`,
    );
    // The build's store, when this athar writes one, is left out: extract does not write it.
    const help = spawnSync(process.execPath, [CLI, "build", "--help"], { encoding: "utf8" }).stdout;
    const noStore = help.includes("--no-store") ? " --no-store" : "";
    const rows = [];
    const row = (what, s, extra = "") =>
      rows.push([
        what,
        `${fmt(s, 2)} s`,
        `${fmt(f.articles / s, 0)} articles/s`,
        `${fmt(mb / s, 2)} MB/s`,
        extra,
      ]);
    const extract = timed(`cat ${f.path} | node ${CLI} extract -q > /dev/null`);
    row("athar extract, through a pipe", extract);
    const build = timed(
      `node ${CLI} build ${f.path} --out ${dir}/build --jobs 1 -q --no-progress${noStore}`,
    );
    row(
      `athar build --jobs 1${noStore}`,
      build,
      `extract / build: ${fmt(build / extract, 2)}x the speed`,
    );
    const startup = median(
      [1, 2, 3].map(() => timed(`node ${CLI} extract -q < /dev/null > /dev/null`)),
    );
    rows.push([
      "athar extract start-up (empty input, median of 3)",
      `${fmt(startup, 2)} s`,
      "",
      "",
      "",
    ]);
    // The lexicon and the relation model load with the first article: a worker's real start-up.
    writeFileSync(join(dir, "one.jsonl"), `${JSON.stringify({ text: ONE_ARTICLE })}\n`);
    const first = median(
      [1, 2, 3].map(() => timed(`node ${CLI} extract -q < ${dir}/one.jsonl > /dev/null`)),
    );
    rows.push([
      "athar extract of one short article (median of 3)",
      `${fmt(first, 2)} s`,
      "",
      "",
      "",
    ]);
    if (hasDask()) {
      for (const n of [1, 2]) {
        const s = timed(
          `/usr/bin/python3 cluster/dask_build.py ${f.path} --workers ${n} --work ${dir}/work-${n} --out ${dir}/dask-${n} 2>/dev/null >/dev/null`,
        );
        row(`cluster/dask_build.py, ${n} worker${n > 1 ? "s" : ""} (all of it)`, s);
      }
      const merge = timed(`node ${CLI} build --from ${dir}/work-2 --out ${dir}/merge -q`);
      row("  of which athar build --from (merge alone)", merge);
    } else rows.push(["cluster/dask_build.py", "skipped: no python3-dask", "", "", ""]);
    for (const r of rows)
      console.log(
        `  ${r[0].padEnd(52)} ${r[1].padStart(9)} ${r[2].padStart(16)} ${r[3].padStart(10)}  ${r[4]}`,
      );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
