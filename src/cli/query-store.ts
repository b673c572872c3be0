// athar query relations --store: the relation edges of one entity answered from a build's
// store (athar.duckdb) with its indexes, without loading graph.json: a new process answers in
// about the time DuckDB takes to open, whatever the size of the graph and its evidence.
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { renderRelations } from "../query/render.js";
import type { Relation } from "../query/types.js";
import type { RelationType } from "../schema.js";
import { closeStore, openStore, StoreError } from "../store/open.js";
import { relationsOf } from "../store/query.js";
import { resolveStoredEntity } from "../store/resolve.js";
import { STORE_FILE } from "../store/schema.js";

export interface StoreRelationsOptions {
  store: string;
  from?: string[];
  to?: string[];
  with?: string[];
  type?: string[];
  limit?: string;
  json?: boolean;
  bidi: boolean;
  evidence: string;
  /** Filters the store path does not answer (named in the refusal). */
  unsupported: string[];
}

/** The store file: the path itself, or the athar.duckdb in a build folder or beside a graph.json. */
export function storePath(given: string): string {
  if (existsSync(given) && statSync(given).isDirectory()) return join(given, STORE_FILE);
  if (given.endsWith(".json")) return join(given, "..", STORE_FILE);
  return given;
}

class QueryError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

const single = (flag: string, v: string[] | undefined): string | undefined => {
  if (v === undefined) return undefined;
  if (v.length !== 1)
    throw new QueryError(`--store answers one entity a query (${flag} has ${v.length})`, 2);
  return v[0];
};

/** Prints the answer; returns the exit code (0 answered, 1 unknown or ambiguous, 2 usage/store). */
export async function queryRelationsInStore(opts: StoreRelationsOptions): Promise<number> {
  try {
    console.log(await answerFromStore(opts));
    return 0;
  } catch (e) {
    if (e instanceof QueryError) {
      console.error(`athar: ${e.message}`);
      return e.exitCode;
    }
    if (e instanceof StoreError) {
      console.error(`athar: ${e.message}`);
      return 2;
    }
    throw e;
  }
}

async function answerFromStore(opts: StoreRelationsOptions): Promise<string> {
  if (opts.unsupported.length > 0)
    throw new QueryError(
      `--store answers --from, --to, --with, --type and --limit; leave out --store for ${opts.unsupported.join(", ")}`,
      2,
    );
  const from = single("--from", opts.from);
  const to = single("--to", opts.to);
  const around = single("--with", opts.with);
  if ([from, to, around].filter((x) => x !== undefined).length === 0 || (around && (from || to)))
    throw new QueryError("--store needs --from, --to (or both), or --with: one entity each", 2);
  const limit = opts.limit === undefined ? undefined : Number(opts.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0))
    throw new QueryError(`--limit must be a whole number from 1 up, not ${opts.limit}`, 2);
  const store = await openStore(storePath(opts.store), { readOnly: true });
  try {
    const id = async (name: string) => {
      const r = await resolveStoredEntity(store, name);
      if ("id" in r) return r.id;
      if (r.error === "unknown") throw new QueryError(`no entity "${name}" in ${store.path}`, 1);
      throw new QueryError(`"${name}" names ${r.candidates.join(", ")}; give an id to choose`, 1);
    };
    const fromId = from === undefined ? undefined : await id(from);
    const toId = to === undefined ? undefined : await id(to);
    const anchor = (fromId ?? toId ?? (await id(around as string))) as string;
    const direction = fromId ? "out" : toId ? "in" : "both";
    const types = opts.type?.map((t) => t.toUpperCase() as RelationType);
    let rs: Relation[] = await relationsOf(store, anchor, {
      direction,
      ...(types ? { type: types } : {}),
      ...(limit !== undefined && !(fromId && toId) ? { limit } : {}),
    });
    if (fromId && toId) rs = rs.filter((r) => r.target.id === toId).slice(0, limit);
    if (opts.json) return JSON.stringify(rs, null, 2);
    if (rs.length === 0) return `No relations in ${store.path}.`;
    const table = renderRelations(rs, { isolate: opts.bidi, evidence: Number(opts.evidence) });
    return `${table}\n\n${rs.length} relation${rs.length === 1 ? "" : "s"}.`;
  } finally {
    closeStore(store);
  }
}
