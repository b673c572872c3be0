// The progress line of a long build, on stderr when it is a terminal: how far through the
// input bytes (when their total is known: files, not stdin), articles and megabytes a second,
// the time left, and the errors so far.
import { SingleBar } from "cli-progress";
import type { BuildProgress } from "../pipeline.js";

export interface Progress {
  update(p: BuildProgress): void;
  stop(): void;
}

const MB = 1024 * 1024;

/** Seconds as "42s", "3m07s" or "1h05m". */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  const pad = (n: number) => String(n).padStart(2, "0");
  if (s < 3600) return `${Math.floor(s / 60)}m${pad(s % 60)}s`;
  return `${Math.floor(s / 3600)}h${pad(Math.floor((s % 3600) / 60))}m`;
}

/** The figures of the line, from where the build is and how long it has run. */
export function progressFigures(p: BuildProgress, seconds: number) {
  const t = Math.max(seconds, 1e-3);
  const left =
    p.totalBytes !== null && p.bytes > 0 && p.phase === "extract"
      ? duration((seconds * (p.totalBytes - p.bytes)) / p.bytes)
      : null;
  return {
    rate: (p.articles / t).toFixed(0),
    mbps: (p.bytes / MB / t).toFixed(1),
    left: p.phase === "assemble" ? "merging" : left === null ? "…" : `ETA ${left}`,
  };
}

// cli-progress fills {bar} and {percentage}; the rest is ours ({eta} would be its own).
const KNOWN =
  "building {bar} {percentage}% | {articles} articles, {rate}/s, {mbps} MB/s | {errors} errors | {left}";
const UNKNOWN = "building | {articles} articles, {rate}/s, {mbps} MB/s | {errors} errors | {phase}";

/** A progress line on stderr, or nothing when it is not wanted or not a terminal. */
export function progressBar(wanted: boolean): Progress {
  if (!wanted || !process.stderr.isTTY) return { update: () => {}, stop: () => {} };
  const t0 = performance.now();
  let bar: SingleBar | null = null;
  return {
    update(p) {
      const known = p.totalBytes !== null && p.totalBytes > 0;
      const payload = {
        articles: p.articles,
        errors: p.errors,
        ...progressFigures(p, (performance.now() - t0) / 1000),
        phase: p.phase === "assemble" ? "merging" : "reading",
      };
      const value = known ? Math.min(p.bytes, p.totalBytes as number) : 0;
      if (bar) bar.update(value, payload);
      else {
        bar = new SingleBar({
          format: known ? KNOWN : UNKNOWN,
          stream: process.stderr,
          hideCursor: true,
          barsize: 24,
        });
        bar.start(known ? (p.totalBytes as number) : 0, value, payload);
      }
    },
    stop() {
      bar?.stop();
    },
  };
}
