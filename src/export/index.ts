// Every output format of athar: pure functions from a graph to text, and the writers of a
// whole build (graph.json with the files beside it) as Parquet tables or PLOVER records.
export { type CsvFiles, toCsv } from "./csv.js";
export { type GexfOptions, toGexf } from "./gexf.js";
export { toGraphml } from "./graphml.js";
export { type JsonOptions, toJson } from "./json.js";
export { type ParquetCounts, writeParquet } from "./parquet.js";
export { PARQUET_SCHEMA, PARQUET_TABLES, type ParquetTable } from "./parquet-schema.js";
export { type PloverEvent, toPloverEvent, toPloverJsonl } from "./plover.js";
