// Incremental builds: a clean build of N articles into a store, then the same build with 1 %
// new articles added, then a build with nothing new, each a fresh `athar build` process on
// the compiled package (wall time and peak RSS from GNU time), next to a build without the
// store in the same run. Inputs: the shared corpus's articles, each copy with its sentences
// in another (seeded) order and its own date and outlet, so every document differs, as one
// .jsonl (scripts/generated-feed.ts). Run: npx tsx scripts/bench-incremental.ts [--articles
// 3000]. Needs ../shared/corpus.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { CORPUS, corpusTexts, writeFeed } from "./generated-feed.js";

const { values } = parseArgs({ options: { articles: { type: "string", default: "3000" } } });
const N = Number(values.articles);
const ROOT = join(import.meta.dirname, "..");
const CLI = join(ROOT, "bin", "athar.js");

const texts = corpusTexts();
if (texts === null) {
  console.log(`bench-incremental: ${CORPUS} is absent; it needs the shared corpus.`);
  process.exit(0);
}

function timedBuild(args: string[]): { seconds: number; rssMb: number; summary: string } {
  const t0 = performance.now();
  const r = spawnSync(
    "/usr/bin/time",
    ["-f", "%M", process.execPath, CLI, "build", ...args, "--no-progress", "--jobs", "1"],
    {
      encoding: "utf8",
      maxBuffer: 1 << 26,
    },
  );
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`athar build ${args.join(" ")}: ${r.stderr}`);
  const rssMb = Number(r.stderr.trim().split("\n").pop()) / 1024;
  const summary =
    r.stdout
      .split("\n")
      .find((l) => l.includes("articles:"))
      ?.trim() ?? "";
  return { seconds, rssMb, summary };
}

const dir = mkdtempSync(join(tmpdir(), "athar-bench-inc-"));
try {
  const feed = join(dir, "feed.jsonl");
  writeFeed(feed, texts, 0, N);
  const out = join(dir, "out");
  console.log(
    `Incremental builds (scripts/bench-incremental.ts), ${N.toLocaleString()} articles, one worker`,
  );
  const plain = timedBuild([feed, "--out", join(dir, "plain"), "--no-store"]);
  const full = timedBuild([feed, "--out", out]);
  const more = Math.max(1, Math.round(N / 100));
  writeFeed(feed, texts, N, N + more, true);
  const added = timedBuild([feed, "--out", out]);
  const same = timedBuild([feed, "--out", out]);
  const row = (label: string, r: ReturnType<typeof timedBuild>, note = "") =>
    console.log(
      `  ${label.padEnd(36)} ${r.seconds.toFixed(1).padStart(6)} s  peak RSS ${r.rssMb.toFixed(0).padStart(5)} MB  ${note || r.summary}`,
    );
  row("clean build, no store", plain, " ");
  row("clean build into a new store", full);
  row(`+${more} articles (1 %)`, added);
  row("again, nothing new", same);
  console.log(
    `  1 % added / clean build: ${(added.seconds / full.seconds).toFixed(2)}×; nothing new / clean: ${(same.seconds / full.seconds).toFixed(2)}×; store / no store: ${(full.seconds / plain.seconds).toFixed(2)}×`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
