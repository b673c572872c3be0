// Query speed on a large generated graph: load time, memory, and the median time of the
// library's queries. Run: npx tsx scripts/bench-query.ts [--nodes 100000] [--edges 500000]
// (it re-runs itself with a larger heap and --expose-gc when started without them).
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { getHeapStatistics } from "node:v8";
import { findEntity, loadGraph, neighbors, paths, relations } from "../src/api.js";
import { prng, syntheticGraph } from "../src/synthetic-graph.js";

// A 336 MB graph.json needs more than Node's default heap while it loads, and `gc` makes the
// memory figures steady: run again with both when they are missing.
if (getHeapStatistics().heap_size_limit < 6 * 1024 ** 3 || !(globalThis as { gc?: unknown }).gc) {
  const { spawnSync } = await import("node:child_process");
  const r = spawnSync(
    process.execPath,
    ["--max-old-space-size=8192", "--expose-gc", ...process.execArgv, ...process.argv.slice(1)],
    { stdio: "inherit" },
  );
  process.exit(r.status ?? 1);
}

const { values } = parseArgs({
  options: {
    nodes: { type: "string", default: "100000" },
    edges: { type: "string", default: "500000" },
    seed: { type: "string", default: "7" },
    samples: { type: "string", default: "1000" },
    evidence: { type: "string", default: "1" },
  },
});
const N = Number(values.nodes);
const M = Number(values.edges);
const SAMPLES = Number(values.samples);

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const ms = (x: number) => (x < 1 ? `${(x * 1000).toFixed(1)} µs` : `${x.toFixed(2)} ms`);
function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Median and 95th percentile of `fn` over the inputs, in milliseconds. */
function time<T>(inputs: T[], fn: (x: T) => unknown): { median: number; p95: number } {
  for (const x of inputs.slice(0, 20)) fn(x); // warm-up: JIT and inline caches
  const t: number[] = [];
  for (const x of inputs) {
    const t0 = performance.now();
    fn(x);
    t.push(performance.now() - t0);
  }
  t.sort((a, b) => a - b);
  return { median: t[Math.floor(t.length / 2)] ?? 0, p95: t[Math.floor(t.length * 0.95)] ?? 0 };
}

function row(label: string, r: { median: number; p95: number }, note = ""): void {
  console.log(
    `  ${label.padEnd(42)} median ${ms(r.median).padStart(10)}   p95 ${ms(r.p95).padStart(10)}${note}`,
  );
}

console.log(
  `athar query benchmark: ${N.toLocaleString("en")} nodes, ${M.toLocaleString("en")} edges`,
);
gc();
const baseline = process.memoryUsage().heapUsed;
let t0 = performance.now();
const file = syntheticGraph({
  nodes: N,
  edges: M,
  seed: Number(values.seed),
  evidencePerEdge: Number(values.evidence),
});
const dir = mkdtempSync(join(tmpdir(), "athar-bench-"));
const path = join(dir, "graph.json");
writeFileSync(path, JSON.stringify(file));
const generated = performance.now() - t0;
const bytes = statSync(path).size;
// Let the generator's copy go before measuring the loaded graph.
(file as { nodes: unknown[] }).nodes = [];
(file as { edges: unknown[] }).edges = [];
gc();

t0 = performance.now();
const kg = await loadGraph(path);
const loaded = performance.now() - t0;
gc();
const after = process.memoryUsage();
rmSync(dir, { recursive: true, force: true });

console.log(
  `  generated and wrote graph.json (${mb(bytes)}) in ${(generated / 1000).toFixed(1)} s`,
);
console.log(
  `  loadGraph (read, JSON.parse, zod validation, graphology, name index): ${(loaded / 1000).toFixed(2)} s`,
);
console.log(
  `  memory after load: RSS ${mb(after.rss)}, heap used ${mb(after.heapUsed)} (${mb(after.heapUsed - baseline)} more than before the graph)`,
);

const rand = prng(42);
const nodes = kg.graph.nodes();
const pick = () => nodes[Math.floor(rand() * nodes.length)] as string;
const ids = Array.from({ length: SAMPLES }, pick);
const arabic = ids.map((id) => kg.graph.getNodeAttribute(id, "label_ar"));
const english = ids.map((id) => kg.graph.getNodeAttribute(id, "label_en") ?? id);
const hub = nodes.reduce(
  (best, n) => (kg.graph.degree(n) > kg.graph.degree(best) ? n : best),
  nodes[0] as string,
);

console.log("queries (random entities):");
row(
  "relations({ source: id })",
  time(ids, (id) => relations(kg, { source: id })),
);
row(
  "relations({ involving: id })",
  time(ids, (id) => relations(kg, { involving: id })),
);
row(
  "relations({ source: id, type: 'AID' })",
  time(ids, (id) => relations(kg, { source: id, type: "AID" })),
);
row(
  "relations({ source: Arabic name })",
  time(arabic, (name) => {
    try {
      return relations(kg, { source: name });
    } catch {
      return []; // synthetic names can repeat: an ambiguous name is still a full lookup
    }
  }),
);
row(
  `relations({ involving: hub }) degree ${kg.graph.degree(hub)}`,
  time([hub, hub, hub, hub, hub, hub, hub, hub, hub, hub, hub], (id) =>
    relations(kg, { involving: id }),
  ),
);
row(
  "findEntity(Arabic name)",
  time(arabic, (name) => findEntity(kg, name)),
);
row(
  "findEntity(English name)",
  time(english, (name) => findEntity(kg, name)),
);
const few = ids.slice(0, Math.min(200, ids.length));
row(
  "neighbors(id, 2)",
  time(few, (id) => neighbors(kg, id, 2)),
  "  (incl. building results with evidence)",
);
const pairs = few.map((id, i) => [id, few[(i + 1) % few.length] as string] as const);
row(
  "paths(a, b) (up to 10 shortest)",
  time(pairs, ([a, b]) => paths(kg, a, b)),
);
row(
  "paths(a, b, { maxPaths: 1 })",
  time(pairs, ([a, b]) => paths(kg, a, b, { maxPaths: 1 })),
);
