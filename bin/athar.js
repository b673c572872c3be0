#!/usr/bin/env node
// The CLI entry: runs the compiled code (npm ci builds dist/ through the prepare script).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";

// V8 lets a heap grow to several times what it holds before it collects; a build's heap is
// mostly garbage between articles, and that slack was most of its peak. Growing by a quarter
// at a time (here and in the worker threads: the flag is the process's) took the default build
// of 100,000 generated articles from 1,078 MB to 646 MB, and 10,000 from 538 MB to 434 MB, 6 %
// slower at 100,000 (BENCHMARKS.md). Set before any code runs, so every heap starts with it.
setFlagsFromString("--heap-growing-percent=25");

const cli = new URL("../dist/src/cli.js", import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  console.error("athar: dist/ is missing; run `npm run build` (npm ci does it) first.");
  process.exit(2);
}
// A reader that goes away (`athar ... | head`) ends the output, not in a stack trace.
process.stdout.on("error", (e) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});
const { main } = await import(cli.href);
process.exitCode = await main(process.argv);
