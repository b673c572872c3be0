// The data model, once. Every type in athar is inferred from these schemas.
import { z } from "zod";

export const SCHEMA_VERSION = "athar-graph/1";

/** `group`: a generic or collective actor (protesters, rebels, the Western states). */
export const EntityKind = z.enum(["state", "person", "organization", "group", "place", "event"]);
export type EntityKind = z.infer<typeof EntityKind>;

/** `state:KP`, `person:kim-jong-un`, `org:un-security-council`, `place:vladivostok`, `event:...` */
export const EntityId = z
  .string()
  .regex(
    /^(state|person|org|group|place|event|unk):[A-Za-z0-9][A-Za-z0-9._+-]*$/,
    "malformed entity id",
  );

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
/** ISO date (YYYY-MM-DD) or month (YYYY-MM). */
export const IsoDate = z.string().regex(ISO_DATE, "expected YYYY, YYYY-MM or YYYY-MM-DD");

/** Whether YYYY, YYYY-MM or YYYY-MM-DD names a month and a day the calendar has. */
export function isRealDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const [y, m, d] = s.split("-").map(Number) as [number, number?, number?];
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const last = m === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
  return d >= 1 && d <= last;
}

/** A role's bound: the shape of IsoDate, and a real date (a typo must not widen a term). */
export const RoleDate = z
  .string()
  // abort: a malformed bound gets one message, not a second "not a real date".
  .regex(ISO_DATE, { message: "expected YYYY, YYYY-MM or YYYY-MM-DD", abort: true })
  .refine(isRealDate, {
    error: (issue) => `"${String(issue.input)}" is not a real date`,
  });

export const Role = z.object({
  title_ar: z.string().min(1),
  title_en: z.string().min(1),
  of: EntityId,
  from: RoleDate.optional(),
  until: RoleDate.optional(),
});
export type Role = z.infer<typeof Role>;

/** One knowledge-base entry; the same shape for the bundled kb/*.json and a user's --kb file. */
export const KbEntry = z
  .object({
    id: EntityId,
    kind: EntityKind,
    /** Optional for states only: filled from Intl.DisplayNames by ISO code. */
    label_ar: z.string().min(1).optional(),
    label_en: z.string().min(1).optional(),
    /** Arabic surface forms (without clitics), matched after normalization. */
    aliases: z.array(z.string().min(1)).default([]),
    /** English names and acronyms, for queries (not matched in text). */
    aliases_en: z.array(z.string().min(1)).default([]),
    /** Nisba adjectives without the article: روسي، روسية، روس. They attach offices to the state. */
    nisba: z.array(z.string().min(1)).default([]),
    /** Metonymy: a capital or seat that stands for this entity when it acts. */
    stands_for: EntityId.optional(),
    /** Structural: an organisation that belongs to a state (PART_OF). */
    part_of: EntityId.optional(),
    /** Structural: a place inside a state (LOCATED_IN). */
    located_in: EntityId.optional(),
    roles: z.array(Role).default([]),
    wikidata: z
      .string()
      .regex(/^Q\d+$/)
      .optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    const prefix = e.id.split(":")[0];
    const expected: Record<string, string> = {
      state: "state",
      person: "person",
      org: "organization",
      place: "place",
      event: "event",
    };
    if (expected[prefix ?? ""] !== e.kind) {
      ctx.addIssue({
        code: "custom",
        message: `id prefix "${prefix}" does not fit kind "${e.kind}"`,
      });
    }
    if (e.kind !== "state" && !e.label_ar) {
      ctx.addIssue({ code: "custom", message: "label_ar is required (except for states)" });
    }
    if (e.roles.length > 0 && e.kind !== "person") {
      ctx.addIssue({ code: "custom", message: "only persons have roles" });
    }
  });
export type KbEntry = z.infer<typeof KbEntry>;
export const KbFile = z.array(KbEntry);

/** A resolved entity as it travels through the pipeline and the outputs. */
export const EntityRef = z.object({
  id: EntityId,
  kind: EntityKind,
  label_ar: z.string(),
  label_en: z.string().nullable(),
});
export type EntityRef = z.infer<typeof EntityRef>;

export const Span = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
export type Span = z.infer<typeof Span>;

export const Section = z.enum(["title", "body", "related"]);
export type Section = z.infer<typeof Section>;

/** An article after ingest. Offsets are into `text`, the original file's content. */
export const Piece = z.object({
  section: Section,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Piece = z.infer<typeof Piece>;

export const Article = z.object({
  /** File name (relative to the build input), `name.jsonl#3` for the 4th record of a JSONL file. */
  doc: z.string(),
  /** The text offsets point into: the .txt file's content, or the `text` field of a JSON record. */
  text: z.string(),
  title: z.string().nullable(),
  date: IsoDate.nullable(),
  source: z.string().nullable(),
  url: z.string().nullable(),
  /** Content pieces (paragraphs) in order; what is not covered is boilerplate. */
  pieces: z.array(Piece),
  sha256: z.string(),
});
export type Article = z.infer<typeof Article>;

/** One line of mentions.jsonl. */
export const Mention = z.object({
  doc: z.string(),
  entity: EntityRef,
  text: z.string(),
  span: Span,
  sentence: z.number().int().nonnegative(),
  section: Section,
  rule: z.string(),
  /** Metonymy: the capital or seat as written, when the mention stands for its state. */
  place: EntityRef.optional(),
});
export type Mention = z.infer<typeof Mention>;

export const PLOVER_TYPES = [
  "AGREE",
  "CONSULT",
  "SUPPORT",
  "COOPERATE",
  "AID",
  "CONCEDE",
  "RETREAT",
  "REQUEST",
  "ACCUSE",
  "REJECT",
  "THREATEN",
  "PROTEST",
  "SANCTION",
  "MOBILIZE",
  "COERCE",
  "ASSAULT",
] as const;
/**
 * Relations between peers, symmetric (ANNOTATION.md): their direction is not scored, and
 * either party may be written first.
 */
export const SYMMETRIC_TYPES: ReadonlySet<string> = new Set(["CONSULT", "COOPERATE", "AGREE"]);
export const STRUCTURAL_TYPES = ["ROLE", "PART_OF", "LOCATED_IN"] as const;
export const RelationType = z.enum([...PLOVER_TYPES, ...STRUCTURAL_TYPES]);
export type RelationType = z.infer<typeof RelationType>;

export const Polarity = z.enum(["affirmed", "negated"]);
export type Polarity = z.infer<typeof Polarity>;
export const Modality = z.enum(["asserted", "hypothetical", "future"]);
export type Modality = z.infer<typeof Modality>;

export const MentionRef = EntityRef.extend({ text: z.string() });
export type MentionRef = z.infer<typeof MentionRef>;

/** One line of triples.jsonl. */
export const RelationMention = z.object({
  doc: z.string(),
  source: MentionRef,
  target: MentionRef,
  type: RelationType,
  mode: z.string().nullable(),
  polarity: Polarity,
  modality: Modality,
  attributed_to: MentionRef.nullable(),
  date: IsoDate.nullable(),
  sentence: z.string(),
  span: Span,
  confidence: z.number().min(0).max(1),
  rule: z.string(),
  section: Section,
  /** For ROLE: the office as written. */
  title: z.string().optional(),
  /** For relations that are events (meeting, visit, ...): the event kind. */
  event: z.string().optional(),
  /**
   * Where it happened: a place named as the target (a visit to a capital), or placed by في in
   * the relation's clause ("اجتمعا في فلاديفوستوك"; extract/event-places.ts).
   */
  place: EntityRef.optional(),
});
export type RelationMention = z.infer<typeof RelationMention>;
