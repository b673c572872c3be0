// Small helpers over the DuckDB connection: rows as plain JSON values, and transactions.
import {
  DuckDBTypeId,
  type DuckDBValue,
  type DuckDBValueConverter,
  doubleFromDecimalValue,
  type Json,
  JsonDuckDBValueConverter,
} from "@duckdb/node-api";
import type { Store } from "./open.js";

/**
 * DuckDB values as JSON-ready JS values. Counts (BIGINT, HUGEINT) and decimals become numbers
 * when a double holds them exactly; the JSON converter would make them strings.
 */
export const plainValue: DuckDBValueConverter<Json> = (value, type, self) => {
  if (typeof value === "bigint") {
    const n = Number(value);
    return Number.isSafeInteger(n) ? n : value.toString();
  }
  if (type.typeId === DuckDBTypeId.DECIMAL) return doubleFromDecimalValue(value);
  return JsonDuckDBValueConverter(value, type, self);
};

export type Params = DuckDBValue[] | Record<string, DuckDBValue>;

/** The rows of a query as objects of plain values. User values go in `params`, never the SQL. */
export async function queryRows<T>(store: Store, sql: string, params?: Params): Promise<T[]> {
  const reader = await store.connection.runAndReadAll(sql, params);
  return reader.convertRowObjects(plainValue) as T[];
}

/**
 * SQL for "`column` is one of the strings of the list parameter `param`": a hash semi-join.
 * `list_contains(param, column)` compares every row with every item of the list, which made
 * removing thousands of documents at once cost rows × documents.
 */
export const inList = (column: string, param = "$1"): string =>
  `${column} IN (SELECT unnest(${param}::VARCHAR[]))`;

/** Runs `fn` in one transaction: committed when it returns, rolled back when it throws. */
export async function inTransaction<T>(store: Store, fn: () => Promise<T>): Promise<T> {
  await store.connection.run("BEGIN TRANSACTION");
  try {
    const result = await fn();
    await store.connection.run("COMMIT");
    return result;
  } catch (err) {
    await store.connection.run("ROLLBACK").catch(() => {
      // Already rolled back (a failed COMMIT ends the transaction): the error above is the news.
    });
    throw err;
  }
}
