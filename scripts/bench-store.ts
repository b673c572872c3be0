// Queries on a large store, from a new process: `athar query relations --from <id> --store
// <file> --json` on a generated store of 100k entities, 500k edges and 2M relation mentions
// (the evidence), wall time including start-up and peak RSS, next to `node -e ""` (Node's own
// start) in the same run. Run: npx tsx scripts/bench-store.ts [--edges 500000] [--evidence
// 2000000] [--nodes 100000] [--runs 9]. Needs the compiled CLI (npm run build).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { closeStore, openStore } from "../src/store/open.js";

const { values } = parseArgs({
  options: {
    nodes: { type: "string", default: "100000" },
    edges: { type: "string", default: "500000" },
    evidence: { type: "string", default: "2000000" },
    runs: { type: "string", default: "9" },
    // Keep the generated store in this folder, and reuse it when it is there.
    keep: { type: "string" },
  },
});
const N = Number(values.nodes);
const M = Number(values.edges);
const E = Number(values.evidence);
const RUNS = Number(values.runs);
const ROOT = join(import.meta.dirname, "..");
const CLI = join(ROOT, "bin", "athar.js");

/**
 * The store: mention i belongs to edge i % M; edge e goes from entity e % N to one of five
 * targets fixed by e / N, with one of four one-way types, so the edges are distinct. A
 * document holds 10 mentions (E / 10 documents), dated over 2018-2019.
 */
async function generate(path: string): Promise<void> {
  const store = await openStore(path, { create: true });
  const run = (sql: string) => store.connection.run(sql);
  const t0 = performance.now();
  await run(
    // Entity i is first met as the source of relation mention i (edge i): where its row says.
    `INSERT INTO entities SELECT 'syn:' || i, 'state', 'كيان ' || i, 'Entity ' || i,
      1, 'doc' || lpad((i // 10)::VARCHAR, 8, '0'), (i % 10) * 8 + 1 FROM range(${N}) t(i)`,
  );
  await run(`INSERT INTO documents SELECT 'doc' || lpad(d::VARCHAR, 8, '0'), 'k' || d, 's' || d, 100,
      'عنوان ' || d, '2018-' || lpad((1 + d % 12)::VARCHAR, 2, '0') || '-15', 'outlet ' || (d % 5), NULL, 10, 'نص', '[]'
      FROM range(${Math.ceil(E / 10)}) t(d)`);
  await run(`INSERT INTO relation_mentions
    WITH m AS (
      SELECT i, i % ${M} AS e, (i % ${M}) % ${N} AS s, (i % ${M}) // ${N} AS j FROM range(${E}) t(i)
    ), ends AS (
      SELECT i, e, s, (s + 1 + j * 13 + (s * 31) % 50) % ${N} AS t,
             ['SUPPORT', 'ACCUSE', 'AID', 'THREATEN'][1 + e % 4] AS type FROM m
    )
    SELECT 'doc' || lpad((i // 10)::VARCHAR, 8, '0'), (i % 10)::INTEGER,
      'syn:' || s, 'state', 'كيان ' || s, 'Entity ' || s, 'كيان ' || s,
      'syn:' || t, 'state', 'كيان ' || t, 'Entity ' || t, 'كيان ' || t,
      type, NULL, 'affirmed', 'asserted', NULL, NULL, NULL, NULL, NULL,
      '2018-' || lpad((1 + i % 12)::VARCHAR, 2, '0') || '-01',
      'جملة الدليل رقم ' || i, 0, 20, 0.9, 'bench', 'body', NULL, NULL, NULL, NULL, NULL, NULL
    FROM ends`);
  await run("CHECKPOINT");
  closeStore(store);
  console.log(
    `  generated ${N.toLocaleString()} entities, ${M.toLocaleString()} edges, ${E.toLocaleString()} relation mentions in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${(statSync(path).size / 1024 ** 2).toFixed(0)} MB on disk`,
  );
}

/** Wall seconds and peak RSS (MB) of a command, from GNU time. */
function timed(cmd: string[]): { wall: number; rss: number; out: string } {
  const t0 = performance.now();
  const r = spawnSync("/usr/bin/time", ["-f", "%M", ...cmd], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  const wall = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`${cmd.join(" ")}: ${r.stderr}`);
  const rss = Number(r.stderr.trim().split("\n").pop()) / 1024;
  return { wall, rss, out: r.stdout };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

if (values.keep) mkdirSync(values.keep, { recursive: true });
const dir = values.keep ?? mkdtempSync(join(tmpdir(), "athar-bench-store-"));
try {
  const path = join(dir, "athar.duckdb");
  console.log("Store queries from a new process (scripts/bench-store.ts)");
  if (!existsSync(path)) await generate(path);
  const node = Array.from({ length: RUNS }, () => timed([process.execPath, "-e", ""]));
  const ids = Array.from({ length: RUNS }, (_, k) => `syn:${(k * 7919) % N}`);
  const query = ids.map((id) =>
    timed([process.execPath, CLI, "query", "relations", "--from", id, "--store", path, "--json"]),
  );
  const answered = JSON.parse(query[0]?.out ?? "[]") as Array<{ evidence: unknown[] }>;
  const evidence = answered.reduce((n, r) => n + r.evidence.length, 0);
  console.log(
    `  node -e "" (start-up alone)           median ${median(node.map((x) => x.wall)).toFixed(2)} s, RSS ${median(node.map((x) => x.rss)).toFixed(0)} MB`,
  );
  console.log(
    `  athar query relations --from <id> --store --json: median ${median(query.map((x) => x.wall)).toFixed(2)} s wall, max ${Math.max(...query.map((x) => x.wall)).toFixed(2)} s; peak RSS median ${median(query.map((x) => x.rss)).toFixed(0)} MB, max ${Math.max(...query.map((x) => x.rss)).toFixed(0)} MB (${RUNS} runs, one entity each; the first answer: ${answered.length} relations, ${evidence} pieces of evidence)`,
  );
} finally {
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
}
