// athar's library API: `import { loadGraph, findEntity, relations, neighbors, paths } from "athar"`.
// Every function takes what loadGraph returns (or a graphology graph) and answers with the
// data model's own shapes: entity refs, edge attributes and evidence.

export { type AnalyzeOptions, analyze, KIND_COLORS } from "./analyze/index.js";
export {
  type CsvFiles,
  type GexfOptions,
  toCsv,
  toGexf,
  toGraphml,
  toJson,
} from "./export/index.js";
export {
  RELATION_SOURCES,
  type RelationOptions,
  type RelationSource,
} from "./extract/relation-sources.js";
export { type AtharGraph, graphFromFile, graphToFile } from "./graph-file.js";
export type {
  EdgeAttributes,
  Evidence,
  GraphFile,
  GraphMeta,
  NodeAttributes,
} from "./graph-schema.js";
export {
  type ArticleOutput,
  type BuildOutcome,
  type BuildRequest,
  build,
  buildGraph,
  processArticle,
} from "./pipeline.js";
export {
  AmbiguousEntityError,
  findEntity,
  type Resolution,
  resolveEntity,
  resolveEntityWithAlternatives,
  suggest,
  UnknownEntityError,
} from "./query/entity.js";
export { type GraphInput, type KnowledgeGraph, knowledgeGraph } from "./query/knowledge-graph.js";
export { GraphFileError, loadGraph, parseGraph } from "./query/load.js";
export { type NeighborsOptions, neighbors } from "./query/neighbors.js";
export { type PathsOptions, paths } from "./query/paths.js";
export { relations } from "./query/relations.js";
export type {
  EntityCandidate,
  Hop,
  MatchKind,
  Neighborhood,
  PathsResult,
  Relation,
  RelationFilter,
  Suggestion,
} from "./query/types.js";
export type { EntityKind, EntityRef, RelationType } from "./schema.js";
