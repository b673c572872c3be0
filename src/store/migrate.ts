// Stores of an earlier schema that this athar brings up to date in place, so that an archive
// built before is kept rather than refused: its articles and every row stay as they were.
import type { Store } from "./open.js";
import { createTable, indexesOf, MENTIONS, RELATION_MENTIONS, type Table } from "./schema.js";

/**
 * athar-store/3 had a primary key (doc, seq) on mentions and relation_mentions: the same
 * columns, so readable as it is. Writing to it is what needs the keys gone (their indexes grew
 * with the evidence): each table is copied into one made without them, which takes its name.
 */
async function dropRowKeys(store: Store): Promise<void> {
  for (const t of [MENTIONS, RELATION_MENTIONS]) await remake(store, t);
}

/** Table `t` made again by this schema's statement, with its rows and indexes. */
async function remake(store: Store, t: Table): Promise<void> {
  const fresh = `${t.name}__remade`;
  await store.connection.run(createTable(t, fresh));
  await store.connection.run(`INSERT INTO ${fresh} SELECT * FROM ${t.name}`);
  // The views over the table name it, not it: they read the new one once it has the name.
  await store.connection.run(`DROP TABLE ${t.name}`);
  await store.connection.run(`ALTER TABLE ${fresh} RENAME TO ${t.name}`);
  for (const statement of indexesOf(t)) await store.connection.run(statement);
}

interface Migration {
  /** A reader of this schema needs nothing changed. */
  readable: boolean;
  /** What a writer runs (in a transaction) before it writes. */
  run: (store: Store) => Promise<void>;
}

/** By the schema a store was made with: how it is brought to STORE_SCHEMA. */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  "athar-store/3": { readable: true, run: dropRowKeys },
};
