// Query inputs and answers, built from the data model's zod schemas: a filter is validated
// before it runs, and every answer is made of the same EntityRef, EdgeAttributes and
// Evidence shapes as graph.json.
import { z } from "zod";
import { EdgeAttributes, EdgeType, Evidence, Family } from "../graph-schema.js";
import { EntityRef, IsoDate, Polarity, RelationType } from "../schema.js";

const oneOrMany = <T extends z.ZodType>(t: T) => z.union([t, z.array(t)]);

/** Names or ids: "روسيا", "Russia", "state:RU", "RU". Several values mean any of them. */
const EntityQuery = oneOrMany(z.string().min(1));

export const RelationFilter = z
  .object({
    /** The acting end (edge source). */
    source: EntityQuery.optional(),
    /** The receiving end (edge target). */
    target: EntityQuery.optional(),
    /** Either end. */
    involving: EntityQuery.optional(),
    type: z
      .union([EdgeType, z.array(EdgeType)], {
        error: `expected a relation type or a list of them: ${[...RelationType.options, "PARTICIPANT"].join(", ")}`,
      })
      .optional(),
    family: Family.optional(),
    /** PLOVER mode (military, visit, disapprove, ...), matched on each piece of evidence. */
    mode: oneOrMany(z.string().min(1)).optional(),
    polarity: Polarity.optional(),
    /** Who claims it (a name or id); null keeps what outlets assert in their own voice. */
    attributedTo: z.string().min(1).nullable().optional(),
    /** Inclusive date range on each piece of evidence (its own date, else the article's). */
    since: IsoDate.optional(),
    until: IsoDate.optional(),
    /** Outlet (المصدر), matched as a normalized substring: "الحرة", "24". */
    outlet: z.string().min(1).optional(),
    limit: z.number().int().positive().optional(),
  })
  .strict();
export type RelationFilter = z.input<typeof RelationFilter>;

/** One graph edge as an answer: its ends as entity refs and the evidence that matched. */
export const Relation = EdgeAttributes.extend({
  id: z.string(),
  source: EntityRef,
  target: EntityRef,
  evidence: z.array(Evidence),
});
export type Relation = z.infer<typeof Relation>;

export const MatchKind = z.enum(["id", "name", "clitic", "words"]);
export type MatchKind = z.infer<typeof MatchKind>;

export const EntityCandidate = z.object({
  entity: EntityRef,
  /** 1 for an id, less for looser matches; candidates come best first. */
  score: z.number(),
  match: MatchKind,
  /** The normalized name (or id) that matched. */
  matched: z.string(),
});
export type EntityCandidate = z.infer<typeof EntityCandidate>;

export const Suggestion = z.object({ entity: EntityRef, distance: z.number().int() });
export type Suggestion = z.infer<typeof Suggestion>;

export const Neighborhood = z.object({
  center: EntityRef,
  depth: z.number().int(),
  /** Every entity within `depth` hops (either direction), nearest first; the center at 0. */
  nodes: z.array(z.object({ entity: EntityRef, distance: z.number().int() })),
  /** The edges walked: every edge touching a node closer than `depth`. */
  relations: z.array(Relation),
});
export type Neighborhood = z.infer<typeof Neighborhood>;

export const Hop = z.object({
  from: EntityRef,
  to: EntityRef,
  /** Every edge between the two, in either direction. */
  relations: z.array(Relation),
});
export type Hop = z.infer<typeof Hop>;

export const PathsResult = z.object({
  from: EntityRef,
  to: EntityRef,
  /** Hops on a shortest path, or null when the two are not connected. */
  length: z.number().int().nullable(),
  paths: z.array(z.object({ nodes: z.array(EntityRef), hops: z.array(Hop) })),
});
export type PathsResult = z.infer<typeof PathsResult>;
