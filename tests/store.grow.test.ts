// The store's memory limit grows with its indexes: DuckDB keeps them in memory while rows go in,
// and a write past the limit fails. makeRoom raises the limit before a write that would need it.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { growthCeiling, limitBytes, makeRoom } from "../src/store/grow.js";
import { closeStore, openStore, type Store } from "../src/store/open.js";
import { isOutOfMemory } from "../src/store/out-of-memory.js";
import { queryRows } from "../src/store/sql.js";
import { putArticles, type StoreItem } from "../src/store/write.js";
import { SEEDS, tempDir } from "./helpers/paths.js";
import { processInputs } from "./store.fixture.js";

const MIB = 2 ** 20;

async function limitOf(store: Store): Promise<number> {
  const rows = await queryRows<{ v: string }>(store, "SELECT current_setting('memory_limit') AS v");
  return limitBytes(rows[0]?.v ?? "") ?? Number.NaN;
}

/** The seed articles again under other document ids (round 3: "3/<doc>"). */
function renamed(items: readonly StoreItem[], round: number): StoreItem[] {
  return items.map(({ info, output }) => {
    const doc = `${round}/${info.doc}`;
    return {
      info: { ...info, doc },
      output: {
        ...output,
        doc,
        mentions: output.mentions.map((m) => ({ ...m, doc })),
        relations: output.relations.map((r) => ({ ...r, doc })),
      },
    };
  });
}

describe("the store's memory limit", () => {
  it("reads DuckDB's settings in its units", () => {
    expect(limitBytes("128.0 MiB")).toBe(128 * MIB);
    expect(limitBytes("1.5 GiB")).toBe(1.5 * 1024 * MIB);
    expect(limitBytes("256MB")).toBe(256e6);
    expect(limitBytes("512 bytes")).toBe(512);
    expect(limitBytes("unlimited")).toBeNull();
    expect(limitBytes("")).toBeNull();
  });

  it("knows DuckDB's refusals for want of memory from other failures", () => {
    expect(
      isOutOfMemory(
        new Error(
          "TransactionContext Error: Failed to commit: failed to pin block of size 256.0 KiB (121.9 MiB/122.0 MiB used)",
        ),
      ),
    ).toBe(true);
    expect(
      isOutOfMemory(new Error("Failed to append: could not allocate block of size 32.0 KiB")),
    ).toBe(true);
    expect(isOutOfMemory(new Error('Constraint Error: Duplicate key "doc: a"'))).toBe(false);
  });

  it("stays as it is while the indexes are small beside it", async () => {
    const store = await openStore(join(tempDir(), "athar.duckdb"), {
      create: true,
      memoryLimit: "128MB",
    });
    try {
      const before = await limitOf(store);
      await makeRoom(store);
      expect(await limitOf(store)).toBe(before);
    } finally {
      closeStore(store);
    }
  });

  it("grows so that a store opened with 16 MB keeps taking batches its indexes outgrow", async () => {
    // Without makeRoom, the second batch of the seeds failed ("failed to pin block").
    const seeds = processInputs([SEEDS]).items;
    const store = await openStore(join(tempDir(), "athar.duckdb"), {
      create: true,
      memoryLimit: "16MB",
    });
    try {
      for (let round = 0; round < 12; round++) await putArticles(store, renamed(seeds, round));
      const rows = await queryRows<{ n: number }>(store, "SELECT count(*) AS n FROM documents");
      expect(rows[0]?.n).toBe(12 * seeds.length);
      const limit = await limitOf(store);
      expect(limit).toBeGreaterThan(16e6);
      expect(limit).toBeLessThanOrEqual(growthCeiling());
    } finally {
      closeStore(store);
    }
  }, 60_000);

  it("never grows past the ceiling it is given", async () => {
    const store = await openStore(join(tempDir(), "athar.duckdb"), {
      create: true,
      memoryLimit: "16MB",
    });
    try {
      await makeRoom(store, 20 * MIB);
      const limit = await limitOf(store);
      expect(limit).toBeGreaterThan(16e6);
      expect(limit).toBeLessThanOrEqual(20 * MIB);
    } finally {
      closeStore(store);
    }
  }, 60_000);
});
