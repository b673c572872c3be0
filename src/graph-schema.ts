// The shape of graph/graph.json: graphology's serialization plus athar's meta.
import { z } from "zod";
import {
  EntityId,
  EntityKind,
  EntityRef,
  IsoDate,
  Modality,
  Polarity,
  RelationType,
  Role,
  SCHEMA_VERSION,
  Section,
  Span,
} from "./schema.js";

/** One piece of evidence on an edge or event node: a RelationMention, flattened for the graph. */
export const Evidence = z.object({
  doc: z.string(),
  sentence: z.string(),
  span: Span,
  /** The article's outlet (المصدر), or null. */
  outlet: z.string().nullable(),
  /** The article's publication date. */
  article_date: IsoDate.nullable(),
  /** The relation's own date, resolved from the sentence. */
  date: IsoDate.nullable(),
  attributed_to: EntityRef.nullable(),
  modality: Modality,
  mode: z.string().nullable(),
  confidence: z.number(),
  rule: z.string(),
  section: Section,
  /** The words as written for each end. */
  source_text: z.string(),
  target_text: z.string(),
});
export type Evidence = z.infer<typeof Evidence>;

export const EventType = z.enum(["meeting", "visit", "summit", "exercise", "delivery", "deal"]);
export type EventType = z.infer<typeof EventType>;

/** Analysis attributes, present after the analyze stage. */
export const Analysis = z.object({
  degree: z.number(),
  weighted_degree: z.number(),
  pagerank: z.number(),
  community: z.number().int(),
  x: z.number(),
  y: z.number(),
  size: z.number(),
  color: z.string(),
});

export const NodeAttributes = z
  .object({
    kind: EntityKind,
    label_ar: z.string(),
    label_en: z.string().nullable(),
    aliases: z.array(z.string()),
    roles: z.array(Role),
    /** Not in the knowledge base: found by a title or name pattern. */
    provisional: z.boolean(),
    mentions: z.number().int(),
    articles: z.number().int(),
    /** Event nodes only. */
    event_type: EventType.optional(),
    date: IsoDate.nullable().optional(),
    evidence: z.array(Evidence).optional(),
  })
  .extend(Analysis.partial().shape);
export type NodeAttributes = z.infer<typeof NodeAttributes>;

export const EdgeType = z.union([RelationType, z.literal("PARTICIPANT")]);
export type EdgeType = z.infer<typeof EdgeType>;

export const Family = z.enum(["cooperative", "conflictual", "structural"]);
export type Family = z.infer<typeof Family>;

export const EdgeAttributes = z.object({
  type: EdgeType,
  family: Family,
  /** The most frequent mode among the evidence, or null. */
  mode: z.string().nullable(),
  polarity: Polarity,
  /** Distinct articles. */
  weight: z.number().int(),
  mentions: z.number().int(),
  first_date: IsoDate.nullable(),
  last_date: IsoDate.nullable(),
  /** ROLE: the office; PARTICIPANT: actor | recipient. */
  title: z.string().optional(),
  role: z.enum(["actor", "recipient"]).optional(),
  evidence: z.array(Evidence),
});
export type EdgeAttributes = z.infer<typeof EdgeAttributes>;

export const DocumentInfo = z.object({
  doc: z.string(),
  sha256: z.string(),
  bytes: z.number().int(),
  title: z.string().nullable(),
  date: IsoDate.nullable(),
  source: z.string().nullable(),
  url: z.string().nullable(),
});
export type DocumentInfo = z.infer<typeof DocumentInfo>;

/** The stage of the pipeline where an article failed. */
export const Stage = z.enum(["ingest", "recognize", "extract", "merge", "analyze", "render"]);
export type Stage = z.infer<typeof Stage>;

/** One input (file or document) that was left out, and why. */
export const BuildError = z.object({
  file: z.string(),
  stage: Stage.optional(),
  message: z.string(),
});
export type BuildError = z.infer<typeof BuildError>;

export const GraphMeta = z.object({
  schema: z.literal(SCHEMA_VERSION),
  extractor: z.string(),
  documents: z.array(DocumentInfo),
  errors: z.array(BuildError),
  counts: z.object({
    articles: z.number().int(),
    mentions: z.number().int(),
    relations: z.number().int(),
    entities: z.number().int(),
    events: z.number().int(),
    edges: z.number().int(),
    errors: z.number().int(),
  }),
});
export type GraphMeta = z.infer<typeof GraphMeta>;

export const GraphFile = z.object({
  meta: GraphMeta,
  attributes: z.record(z.string(), z.unknown()),
  options: z.object({
    type: z.literal("directed"),
    multi: z.literal(true),
    allowSelfLoops: z.boolean(),
  }),
  nodes: z.array(z.object({ key: EntityId, attributes: NodeAttributes })),
  edges: z.array(
    z.object({ key: z.string(), source: EntityId, target: EntityId, attributes: EdgeAttributes }),
  ),
});
export type GraphFile = z.infer<typeof GraphFile>;

/** graph/articles.json: the articles' text, so evidence can open the whole article. */
export const ArticlesFile = z.object({
  schema: z.literal(SCHEMA_VERSION),
  articles: z.array(
    z.object({
      doc: z.string(),
      title: z.string().nullable(),
      date: IsoDate.nullable(),
      source: z.string().nullable(),
      url: z.string().nullable(),
      text: z.string(),
    }),
  ),
});
export type ArticlesFile = z.infer<typeof ArticlesFile>;

export { EntityId };

/**
 * view.json's schema version: a change to its shape bumps it. 2: the edges moved out of
 * view.json into view-edges.json (columns), so the viewer draws the nodes first. 3: the nodes
 * are columns too, without the colour and size the viewer gives them itself, and `meta`
 * without its list of documents (a line per article: the size of the archive, not the graph).
 */
export const VIEW_SCHEMA = "athar-view/3";

/** Where a JSON value sits in a file beside view.json: [first byte, length in bytes] (UTF-8). */
export const ByteRange = z.tuple([z.number().int().nonnegative(), z.number().int().positive()]);
export type ByteRange = z.infer<typeof ByteRange>;

/**
 * An edge's evidence in brief, for the viewer's outlet and date filters and its histogram:
 * [outlet, date the evidence speaks about (its own, else its article's), how many pieces].
 */
export const Facet = z.tuple([
  z.string().nullable(),
  IsoDate.nullable(),
  z.number().int().positive(),
]);
export type Facet = z.infer<typeof Facet>;

/** One node as view.json's columns give it back: graph.json's node without its evidence. */
export const ViewNode = z.object({
  key: EntityId,
  attributes: NodeAttributes.omit({ evidence: true, color: true, size: true }),
  /** The range of its evidence array in graph.json (event nodes). */
  evidence: ByteRange.optional(),
});
export type ViewNode = z.infer<typeof ViewNode>;

const Count = z.number().int();
const NodeIndex = z.number().int().nonnegative();

/**
 * view.json's nodes as columns (entry i of every list is node i, in graph.json's order), for
 * the reasons view-edges.json's edges are: a third of the size, and one array per column for
 * JSON.parse. A null is an attribute the node does not have (`event_type`, `date` and the
 * analysis of nodes without them; `evidence` of nodes other than events); a null `aliases` is
 * the node's label alone (`[label_ar]`), a null `roles` none. Colour and size are left out:
 * the viewer gives them by kind and by degree.
 */
export const ViewNodeColumns = z.object({
  key: z.array(EntityId),
  kind: z.array(EntityKind),
  label_ar: z.array(z.string()),
  label_en: z.array(z.string().nullable()),
  aliases: z.array(z.array(z.string()).nullable()),
  roles: z.array(z.array(Role).nullable()),
  provisional: z.array(z.boolean()),
  mentions: z.array(Count),
  articles: z.array(Count),
  event_type: z.array(EventType.nullable()),
  date: z.array(IsoDate.nullable()),
  degree: z.array(z.number().nullable()),
  weighted_degree: z.array(z.number().nullable()),
  pagerank: z.array(z.number().nullable()),
  community: z.array(z.number().int().nullable()),
  x: z.array(z.number().nullable()),
  y: z.array(z.number().nullable()),
  evidence: z.array(ByteRange.nullable()),
});
export type ViewNodeColumns = z.infer<typeof ViewNodeColumns>;

/** The columns of view.json's nodes, in the file's order. */
export const VIEW_NODE_COLUMNS = Object.keys(ViewNodeColumns.shape) as (keyof ViewNodeColumns)[];

/**
 * graph/view.json: the graph's nodes without their evidence, for the viewer's first frame.
 * Each event node names the byte range of its evidence array inside graph.json, and each
 * article the range of its record inside articles.json, so the viewer fetches one piece (an
 * HTTP Range request) when it is opened, never the whole evidence. The edges are in
 * `files.edges` beside it (ViewEdgesFile): the viewer draws the nodes while they download.
 * Written with graph.json, in one set.
 */
export const ViewFile = z.object({
  schema: z.literal(VIEW_SCHEMA),
  /** The files beside view.json: the edges, and those the ranges point into. */
  files: z.object({ graph: z.string(), articles: z.string(), edges: z.string() }),
  meta: GraphMeta.omit({ documents: true }),
  attributes: z.record(z.string(), z.unknown()),
  options: GraphFile.shape.options,
  nodes: ViewNodeColumns,
  /** How many edges `files.edges` holds: the viewer says so while they load. */
  edge_count: z.number().int().nonnegative(),
  /** doc → the byte range of its record ({doc, title, ..., text}) in articles.json. */
  articles: z.record(z.string(), ByteRange),
});
export type ViewFile = z.infer<typeof ViewFile>;

/** One edge as view-edges.json's columns give it back: graph.json's edge without evidence. */
export const ViewEdge = z.object({
  key: z.string(),
  source: EntityId,
  target: EntityId,
  attributes: EdgeAttributes.omit({ evidence: true }).extend({ facets: z.array(Facet) }),
  /** The range of its evidence array in graph.json. */
  evidence: ByteRange,
});
export type ViewEdge = z.infer<typeof ViewEdge>;

/**
 * graph/view-edges.json: view.json's edges as columns (entry i of every list is edge i, in
 * graph.json's order). Columns, not an object per edge: the file is about half the size and
 * JSON.parse makes one array per column instead of 100,000 objects with repeated keys.
 * `source` and `target` index view.json's nodes. A null `key` is the one the build derives,
 * `source|type|target|polarity` (edgeKey in src/merge/edges.ts); other keys are written out.
 * A null `title` or `role` is an edge without that attribute.
 */
export const ViewEdgesFile = z.object({
  schema: z.literal(VIEW_SCHEMA),
  key: z.array(z.string().nullable()),
  source: z.array(NodeIndex),
  target: z.array(NodeIndex),
  type: z.array(EdgeType),
  family: z.array(Family),
  mode: z.array(z.string().nullable()),
  polarity: z.array(Polarity),
  weight: z.array(Count),
  mentions: z.array(Count),
  first_date: z.array(IsoDate.nullable()),
  last_date: z.array(IsoDate.nullable()),
  title: z.array(z.string().nullable()),
  role: z.array(z.enum(["actor", "recipient"]).nullable()),
  facets: z.array(z.array(Facet)),
  evidence: z.array(ByteRange),
});
export type ViewEdgesFile = z.infer<typeof ViewEdgesFile>;

/** The columns of view-edges.json, in the file's order. */
export const VIEW_EDGE_COLUMNS = Object.keys(ViewEdgesFile.shape).filter(
  (k) => k !== "schema",
) as Exclude<keyof ViewEdgesFile, "schema">[];

/** The key an edge of view-edges.json has when its `key` is null. */
export function derivedEdgeKey(source: string, type: string, target: string, polarity: string) {
  return `${source}|${type}|${target}|${polarity}`;
}
