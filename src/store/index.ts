// The store (athar.duckdb): what the per-article stages made, on disk, with the graph's edges
// and nodes aggregated by SQL. See README.md "The store (athar.duckdb)".
export {
  aggregateEdges,
  aggregateNodes,
  EdgeRow,
  mostFrequentCounted,
  NodeRow,
} from "./aggregate.js";
export {
  closeStore,
  type OpenOptions,
  openStore,
  readMeta,
  STORE_MEMORY_LIMIT,
  type Store,
  StoreError,
  type StoreErrorCode,
} from "./open.js";
export { evidenceOfEdge, RelationsOfOptions, relationsOf } from "./query.js";
export { rowToEvidence, rowToMention, rowToRelationMention } from "./rows.js";
export { STORE_FILE, STORE_SCHEMA, storeDdl } from "./schema.js";
export { queryRows } from "./sql.js";
export {
  documentKeys,
  putArticles,
  readStoredArticles,
  removeDocuments,
  StoredDocument,
  type StoreItem,
} from "./write.js";
