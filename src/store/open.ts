// Opening and closing athar.duckdb. Every way it can fail to open (absent, another schema
// version, not athar's, not a DuckDB file, held by another process) is one StoreError that
// names the file and says what to do, with a code a caller can act on.
import { existsSync, mkdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { EXTRACTOR_VERSION } from "../version.js";
import { MIGRATIONS } from "./migrate.js";
import { isOutOfMemory } from "./out-of-memory.js";
import { META, STORE_FILE, STORE_SCHEMA, storeDdl } from "./schema.js";
import { inTransaction, queryRows } from "./sql.js";

export type StoreErrorCode =
  /** No store at the path (or a folder there). */
  | "missing"
  /** An athar store of another schema version. */
  | "version"
  /** A DuckDB database that is not an athar store. */
  | "foreign"
  /** Not a DuckDB database: random bytes, a truncated file. */
  | "corrupt"
  /** Another process has it open for writing. */
  | "locked"
  /** A write to a store opened read-only. */
  | "readonly"
  /** Anything else the file system or DuckDB refused. */
  | "io";

export class StoreError extends Error {
  constructor(
    readonly file: string,
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${message}`, options);
    this.name = "StoreError";
  }
}

export interface Store {
  readonly path: string;
  readonly readOnly: boolean;
  readonly instance: DuckDBInstance;
  readonly connection: DuckDBConnection;
}

export interface OpenOptions {
  /** Make an empty store when there is none (and the folder it goes in). */
  create?: boolean;
  /** Open for reading only: other readers may share the file, writes are refused. */
  readOnly?: boolean;
  /**
   * DuckDB's memory for its buffers, joins and sorts (DuckDB's syntax, "1GB"); what does not
   * fit spills to athar.duckdb.tmp beside the store. Default: ATHAR_STORE_MEMORY when set,
   * else STORE_MEMORY_LIMIT.
   */
  memoryLimit?: string;
}

/**
 * DuckDB's own default is 80 % of the machine's memory, and a build's store kept far more
 * pages than it needed: the default build of 100,000 generated articles peaked at 2.44 GB
 * with it and at 1.35 GB with 256 MB, in the same time (BENCHMARKS.md).
 */
export const STORE_MEMORY_LIMIT = "256MB";

/**
 * A build's store, which only appends and then closes: half the limit of a reader's. At 30,000
 * generated articles the default build peaked at 665 MB with it against 801 MB with 256 MB, in
 * the same time (108 s and 116 s; at 10,000, 543–547 MB against 587–634 MB, 47–49 s against
 * 45 s). Queries keep STORE_MEMORY_LIMIT.
 */
export const BUILD_STORE_MEMORY_LIMIT = "128MB";

/** How a build opens its store: made when absent, at ATHAR_STORE_MEMORY or the build's limit. */
export function buildStoreOptions(
  env: Readonly<Record<string, string | undefined>> = process.env,
): OpenOptions {
  return { create: true, memoryLimit: env.ATHAR_STORE_MEMORY ?? BUILD_STORE_MEMORY_LIMIT };
}

/** How to make a store at `path`: the build whose --out folder holds it. */
function howToBuild(path: string): string {
  const dir = dirname(path);
  return `\`athar build <articles> --out ${dir}\` makes ${join(dir, STORE_FILE)}`;
}

/** DuckDB's refusal to open a file, as a StoreError naming it. */
function openFailure(path: string, err: unknown): StoreError {
  const msg = err instanceof Error ? err.message : String(err);
  const first = msg.split("\n")[0] ?? msg;
  if (/Could not set lock on file/i.test(msg)) {
    const holder = /Conflicting lock is held in (.+?) \(PID (\d+)\)/.exec(msg);
    const who = holder ? ` (${holder[1]}, PID ${holder[2]})` : "";
    return new StoreError(
      path,
      "locked",
      `in use by another process${who}; wait for it to finish (a build writing it?) and try again`,
      { cause: err },
    );
  }
  if (/Trying to read a database file with version number/i.test(msg)) {
    return new StoreError(
      path,
      "version",
      `written by another DuckDB version (${first}); rebuild it: ${howToBuild(path)}, or delete it`,
      { cause: err },
    );
  }
  if (/not a valid DuckDB database file|Could not read enough bytes|corrupt|checksum/i.test(msg)) {
    return new StoreError(
      path,
      "corrupt",
      `not a readable DuckDB database (corrupt or truncated?): ${first}. Delete it and rebuild: ${howToBuild(path)}`,
      { cause: err },
    );
  }
  if (isOutOfMemory(err)) {
    return new StoreError(
      path,
      "io",
      `cannot open in the memory DuckDB is given (${first}); give it more with ATHAR_STORE_MEMORY (DuckDB's syntax, e.g. ATHAR_STORE_MEMORY=256MB)`,
      { cause: err },
    );
  }
  return new StoreError(path, "io", `cannot open: ${first}`, { cause: err });
}

/**
 * Nothing may be fetched at run time: DuckDB would otherwise download missing extensions.
 * A checkpoint (the write-ahead log folded into the database file) costs time in proportion
 * to what the store holds, not to what was written since the last one: at DuckDB's default
 * (a checkpoint every 16 MB of log) a build into a store checkpointed every other batch, and
 * its time grew with the square of the articles. At 1 GB a build of 100,000 articles
 * checkpoints a few times, and once more when the store is closed.
 */
const INSTANCE_OPTIONS = { autoinstall_known_extensions: "false", checkpoint_threshold: "1GB" };

/**
 * Opens the store at `path`. `create` makes an empty one when there is none; `readOnly`
 * shares it with other readers. Throws StoreError (see its codes) when it cannot be used.
 */
export async function openStore(path: string, opts: OpenOptions = {}): Promise<Store> {
  const readOnly = opts.readOnly ?? false;
  if (opts.create && readOnly)
    throw new TypeError("openStore: create and readOnly exclude each other");
  const fresh = checkPath(path, opts.create ?? false);
  if (fresh) mkdirSync(dirname(path), { recursive: true });
  let instance: DuckDBInstance;
  try {
    instance = await DuckDBInstance.create(path, {
      ...INSTANCE_OPTIONS,
      memory_limit: opts.memoryLimit ?? process.env.ATHAR_STORE_MEMORY ?? STORE_MEMORY_LIMIT,
      ...(readOnly ? { access_mode: "READ_ONLY" } : {}),
    });
  } catch (err) {
    throw openFailure(path, err);
  }
  const store: Store = { path, readOnly, instance, connection: await instance.connect() };
  try {
    await checkSchema(store, opts.create ?? false);
  } catch (err) {
    closeStore(store);
    throw err instanceof StoreError ? err : openFailure(path, err);
  }
  return store;
}

/** Whether there is no file yet; throws when there is none and none may be made. */
function checkPath(path: string, create: boolean): boolean {
  if (!existsSync(path)) {
    if (create) return true;
    throw new StoreError(path, "missing", `no such store; ${howToBuild(path)}`);
  }
  if (statSync(path).isDirectory()) {
    throw new StoreError(path, "missing", `is a folder; give the ${STORE_FILE} inside it`);
  }
  return false;
}

/**
 * Makes an empty store's tables, brings a store of an earlier schema up to date (MIGRATIONS:
 * in place when writing, as it is when only reading one that is readable), or refuses a
 * database that is not a store this version can use.
 */
async function checkSchema(store: Store, create: boolean): Promise<void> {
  const tables = await queryRows<{ name: string }>(
    store,
    "SELECT table_name AS name FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main'",
  );
  if (tables.length === 0 && create && !store.readOnly) return initialize(store);
  if (!tables.some((t) => t.name === META.name)) {
    throw new StoreError(
      store.path,
      "foreign",
      `a DuckDB database but not an athar store (it has no ${META.name} table); give another path or delete it`,
    );
  }
  const found = await readMeta(store, "schema");
  if (found === STORE_SCHEMA) return;
  const migration = found === null ? undefined : MIGRATIONS[found];
  if (migration && store.readOnly && migration.readable) return;
  if (migration && !store.readOnly) {
    await inTransaction(store, async () => {
      await migration.run(store);
      await writeMeta(store, "schema", STORE_SCHEMA);
    });
    return;
  }
  throw new StoreError(
    store.path,
    "version",
    `built by another athar version (${found ?? "no schema version"}; this athar reads ${STORE_SCHEMA}); delete it, then ${howToBuild(store.path)} again from the articles`,
  );
}

async function initialize(store: Store): Promise<void> {
  await inTransaction(store, async () => {
    for (const statement of storeDdl()) await store.connection.run(statement);
    await writeMeta(store, "schema", STORE_SCHEMA);
    await writeMeta(store, "extractor", EXTRACTOR_VERSION);
  });
}

export async function readMeta(store: Store, key: string): Promise<string | null> {
  const rows = await queryRows<{ value: string }>(
    store,
    `SELECT value FROM ${META.name} WHERE key = $1`,
    [key],
  );
  return rows[0]?.value ?? null;
}

export async function writeMeta(store: Store, key: string, value: string): Promise<void> {
  await store.connection.run(`INSERT OR REPLACE INTO ${META.name} VALUES ($1, $2)`, [key, value]);
}

/** Closes the connection and the database (committed data is on disk after). Idempotent. */
export function closeStore(store: Store): void {
  store.connection.closeSync();
  store.instance.closeSync();
}
