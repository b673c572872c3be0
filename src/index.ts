// The library entry point: `import { loadGraph, relations, ... } from "athar"`.
export * from "./api.js";
export {
  PARQUET_SCHEMA,
  PARQUET_TABLES,
  type PloverEvent,
  toPloverJsonl,
  writeParquet,
} from "./export/index.js";
export {
  DocumentRecord,
  ErrorRecord,
  EXTRACT_FORMAT,
  ExtractRecord,
  InputRecord,
  MentionRecord,
  PartOfRecord,
  RelationRecord,
} from "./extract-records.js";
export { codePointSpan } from "./offsets.js";
