// One run of the parallel benchmark (scripts/bench.ts starts it), on the compiled package
// (dist/, as the command line runs), alone in its process so that its peak RSS is its own:
//
//   node scripts/bench-parallel.mjs extract <file.jsonl> <workers>   the articles through a
//       pool of <workers> threads (1 included), or through this thread when <workers> is 0
//   node scripts/bench-parallel.mjs build <file.jsonl> <jobs>        a whole build, as
//       `athar build <file.jsonl> --jobs <jobs>` makes it (outputs rendered, not written)
//   node scripts/bench-parallel.mjs read <file.jsonl> 0               the records read as a
//       stream into articles, and dropped (what reading alone costs, and holds)
//
// Prints one line of JSON: articles, bytes, seconds, and peak RSS in MB.
import { readFileSync } from "node:fs";
import { pid, resourceUsage } from "node:process";

const [mode, file, n] = process.argv.slice(2);
const jobs = Number(n);
const dist = new URL("../dist/src/", import.meta.url);
const load = (m) => import(new URL(m, dist).href);
const { buildKb } = await load("kb/kb.js");
const { bundledKbFiles, loadKbFiles } = await load("kb/load.js");
const { build, defaultStages } = await load("pipeline.js");
const { Extractor } = await load("parallel/extractor.js");
const { Ingest } = await load("ingest/stream.js");

const kb = buildKb(loadKbFiles(bundledKbFiles()));
const t0 = performance.now();
let articles = 0;
let firstDone = 0;
let lastDone = 0;
const done = () => {
  articles++;
  lastDone = performance.now();
  firstDone ||= lastDone;
};
let bytes = 0;
if (mode === "read") {
  const ingest = new Ingest([file]);
  for await (const item of ingest.items()) if ("article" in item) done();
  bytes = ingest.bytes;
} else if (mode === "extract") {
  const ingest = new Ingest([file]);
  const extractor = await Extractor.open({
    jobs: Math.max(jobs, 1),
    alwaysWorkers: jobs >= 1,
    kb,
    kbFiles: [],
    stages: defaultStages,
    onDone: done,
  });
  for await (const item of ingest.items()) if ("article" in item) await extractor.submit(item);
  await extractor.finish();
  bytes = ingest.bytes;
} else {
  await build({
    inputs: [file],
    kb,
    kbFiles: [],
    jobs,
    gexf: true,
    onProgress: (p) => {
      bytes = p.bytes;
      if (p.phase === "extract" && p.articles > articles) done();
    },
  });
}
const end = performance.now();

/** CPU seconds of the main thread alone (Linux), or null: the rest is workers and V8's helpers. */
function mainThreadCpu() {
  try {
    const stat = readFileSync(`/proc/self/task/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

console.log(
  JSON.stringify({
    mode,
    jobs,
    articles,
    bytes,
    seconds: (end - t0) / 1000,
    /** From the start to the last article extracted (ingest, worker start, extraction). */
    extractSeconds: (lastDone - t0) / 1000,
    /** From the first article extracted to the last: the pool once its workers are up. */
    steadySeconds: (lastDone - firstDone) / 1000,
    peakRssMb: resourceUsage().maxRSS / 1024,
    cpuSeconds: (resourceUsage().userCPUTime + resourceUsage().systemCPUTime) / 1e6,
    mainCpuSeconds: mainThreadCpu(),
  }),
);
