// A store of an earlier schema is brought up to date, not refused: athar-store/3 (a primary key
// on the rows of mentions and relation_mentions) is read as it is and remade without the keys
// when opened for writing, every row kept.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { closeStore, openStore, readMeta, type Store } from "../src/store/open.js";
import {
  createTable,
  indexesOf,
  MENTIONS,
  RELATION_MENTIONS,
  STORE_SCHEMA,
} from "../src/store/schema.js";
import { queryRows } from "../src/store/sql.js";
import { putArticles } from "../src/store/write.js";
import { SEEDS, tempDir } from "./helpers/paths.js";
import { indexNames, processInputs, STORE_INDEXES, withStore } from "./store.fixture.js";

/** The rows of both tables, in order, as JSON. */
async function rowsOf(store: Store): Promise<string> {
  const m = await queryRows(store, "SELECT * FROM mentions ORDER BY doc, seq");
  const r = await queryRows(store, "SELECT * FROM relation_mentions ORDER BY doc, seq");
  return JSON.stringify([m, r]);
}

const keyed = async (store: Store): Promise<string[]> =>
  (
    await queryRows<{ t: string }>(
      store,
      "SELECT table_name AS t FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY' ORDER BY t",
    )
  ).map((r) => r.t);

/** A store of the seeds as athar-store/3 made it: its row tables keyed by (doc, seq). */
async function schema3Store(): Promise<{ path: string; rows: string }> {
  const path = join(tempDir(), "athar.duckdb");
  const store = await openStore(path, { create: true });
  try {
    await putArticles(store, processInputs([SEEDS]).items);
    const rows = await rowsOf(store);
    for (const t of [MENTIONS, RELATION_MENTIONS]) {
      const keyedDdl = createTable(t, `${t.name}_v3`).replace(/\)$/, ", PRIMARY KEY (doc, seq))");
      await store.connection.run(keyedDdl);
      await store.connection.run(`INSERT INTO ${t.name}_v3 SELECT * FROM ${t.name}`);
      await store.connection.run(`DROP TABLE ${t.name}`);
      await store.connection.run(`ALTER TABLE ${t.name}_v3 RENAME TO ${t.name}`);
      for (const statement of indexesOf(t)) await store.connection.run(statement);
    }
    await store.connection.run(
      "UPDATE athar_meta SET value = 'athar-store/3' WHERE key = 'schema'",
    );
    expect(await keyed(store)).toEqual(expect.arrayContaining(["mentions", "relation_mentions"]));
    return { path, rows };
  } finally {
    closeStore(store);
  }
}

describe("a store of athar-store/3", () => {
  it("is read as it is when opened read-only", async () => {
    const { path, rows } = await schema3Store();
    await withStore(
      path,
      async (s) => {
        expect(await readMeta(s, "schema")).toBe("athar-store/3");
        expect(await rowsOf(s)).toBe(rows);
      },
      { readOnly: true },
    );
  });

  it("is remade without the row keys when opened for writing, every row and index kept", async () => {
    const { path, rows } = await schema3Store();
    await withStore(path, async (s) => {
      expect(await readMeta(s, "schema")).toBe(STORE_SCHEMA);
      expect(await keyed(s)).not.toContain("mentions");
      expect(await keyed(s)).not.toContain("relation_mentions");
      expect(await rowsOf(s)).toBe(rows);
      expect(await indexNames(s)).toEqual(STORE_INDEXES);
      const edges = await queryRows<{ n: number }>(s, "SELECT count(*) AS n FROM edges");
      expect(edges[0]?.n).toBeGreaterThan(0);
    });
  });
});
