// The store's memory limit grows with its indexes. DuckDB keeps its ART indexes in memory while
// rows go in, and they grow with what the store holds: whatever limit a build starts with, a
// large enough archive needs more, and a write past the limit fails (BENCHMARKS.md).
import { totalmem } from "node:os";
import type { Store } from "./open.js";
import { queryRows } from "./sql.js";

/** The largest limit a write may grow the store's to: half the machine's memory. */
export const growthCeiling = (): number => Math.floor(totalmem() / 2);

const UNITS: Record<string, number> = {
  bytes: 1,
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  tb: 1e12,
  kib: 2 ** 10,
  mib: 2 ** 20,
  gib: 2 ** 30,
  tib: 2 ** 40,
};

/** DuckDB's memory_limit setting as it reports it ("128.0 MiB"), in bytes; null when unknown. */
export function limitBytes(setting: string): number | null {
  const m = /^\s*([\d.]+)\s*([A-Za-z]+)\s*$/.exec(setting);
  const unit = m ? UNITS[(m[2] as string).toLowerCase()] : undefined;
  return m && unit ? Math.round(Number(m[1]) * unit) : null;
}

async function memoryLimit(store: Store): Promise<number | null> {
  const rows = await queryRows<{ v: string }>(store, "SELECT current_setting('memory_limit') AS v");
  return limitBytes(rows[0]?.v ?? "");
}

/** What the store's ART indexes hold in memory, in bytes. */
async function indexBytes(store: Store): Promise<number> {
  const rows = await queryRows<{ n: number | null }>(
    store,
    "SELECT sum(memory_usage_bytes) AS n FROM duckdb_memory() WHERE tag = 'ART_INDEX'",
  );
  return Number(rows[0]?.n ?? 0);
}

/**
 * What a write needs beside the indexes, in bytes. Measured: seeds stored again and again
 * failed at a 32 MB limit with 11 MB of indexes (21 MB beside them) and went on at 60 MB (48
 * MB beside them); the default build of 100,000 generated articles ended with 71 MB of
 * indexes in its 128 MB (57 MB beside them). A quarter of the indexes more, for larger stores.
 */
export const headroom = (indexes: number): number => Math.max(48 * 2 ** 20, indexes / 4);

/**
 * Before a write: when the store's indexes leave less than `headroom` of its memory limit,
 * doubles the limit (up to `ceiling` bytes) until they leave enough. Growing before, not
 * retrying after: a commit that DuckDB (1.5) refused for want of memory left its indexes
 * unusable for the next write ("Corrupted ART index").
 */
export async function makeRoom(store: Store, ceiling: number = growthCeiling()): Promise<void> {
  const limit = await memoryLimit(store);
  if (limit === null || limit >= ceiling) return;
  const held = await indexBytes(store);
  const enough = (l: number) => l - held >= headroom(held);
  if (enough(limit)) return;
  let next = limit;
  while (!enough(next) && next < ceiling) next = Math.min(next * 2, ceiling);
  await store.connection.run(`SET memory_limit = '${Math.floor(next / 2 ** 20)}MiB'`);
}
