// The records `athar extract` writes and `athar build --from` reads (format athar-extract/1):
// one JSON object a line, each with a `kind`. An article is a `document` line followed by its
// `mention`, `relation` and `part_of` lines; an article or input line that could not be read
// or processed is an `error` line; an `input` line gives the hash and size of a JSON Lines input
// once it has been read whole (its documents' lines, written before, hold null for them).
import { z } from "zod";
import { type BuildError, Stage } from "./graph-schema.js";
import type { ArticleOutput } from "./pipeline.js";
import { type Article, EntityId, IsoDate, Mention, RelationMention } from "./schema.js";

/** The version of the record format; a reader refuses documents of another. */
export const EXTRACT_FORMAT = "athar-extract/1";

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, "expected a SHA-256 in lowercase hex");
const Bytes = z.number().int().nonnegative();

/** An article: everything the graph side of a build takes from it besides what was extracted. */
export const DocumentRecord = z.strictObject({
  kind: z.literal("document"),
  format: z.literal(EXTRACT_FORMAT),
  doc: z.string().min(1),
  /** The input it was read from: a file (`news/a.txt`, `feed.jsonl`) or `stdin`. */
  input: z.string(),
  /** SHA-256 and size of the input; null until an `input` record of a JSON Lines input. */
  sha256: Sha256.nullable(),
  bytes: Bytes.nullable(),
  title: z.string().nullable(),
  date: IsoDate.nullable(),
  source: z.string().nullable(),
  url: z.string().nullable(),
  /** Sentences the recognizer found. */
  sentences: Bytes,
  /** The text spans point into. */
  text: z.string(),
});
export type DocumentRecord = z.infer<typeof DocumentRecord>;

/** A mentions.jsonl line with its kind. */
export const MentionRecord = z.strictObject({
  kind: z.literal("mention"),
  ...Mention.shape,
});

/** A triples.jsonl line with its kind. */
export const RelationRecord = z.strictObject({
  kind: z.literal("relation"),
  ...RelationMention.shape,
});

/** A provisional organisation of the document and the state a nisba in its name points to. */
export const PartOfRecord = z.strictObject({
  kind: z.literal("part_of"),
  doc: z.string().min(1),
  entity: EntityId,
  state: EntityId,
});

/** A JSON Lines input read whole: the hash and size its documents' lines left null. */
export const InputRecord = z.strictObject({
  kind: z.literal("input"),
  input: z.string(),
  sha256: Sha256,
  bytes: Bytes,
});
export type InputRecord = z.infer<typeof InputRecord>;

/** A file, line or article left out: what a build prints as one error line. */
export const ErrorRecord = z.strictObject({
  kind: z.literal("error"),
  /** The document, file or `file:LINE` it names. */
  doc: z.string(),
  stage: Stage.optional(),
  message: z.string(),
});
export type ErrorRecord = z.infer<typeof ErrorRecord>;

export const ExtractRecord = z.discriminatedUnion("kind", [
  DocumentRecord,
  MentionRecord,
  RelationRecord,
  PartOfRecord,
  InputRecord,
  ErrorRecord,
]);
export type ExtractRecord = z.infer<typeof ExtractRecord>;

/** An article's input hash and size, or null for both while its JSON Lines input is read. */
export interface InputInfo {
  input: string;
  sha256: string | null;
  bytes: number | null;
}

const line = (r: object) => `${JSON.stringify(r)}\n`;

/**
 * An article's lines. Mentions and relations keep their own keys in their own order after
 * `kind`, so a reader that drops `kind` writes mentions.jsonl and triples.jsonl byte for byte.
 */
export function articleLines(article: Article, output: ArticleOutput, info: InputInfo): string {
  const doc: DocumentRecord = {
    kind: "document",
    format: EXTRACT_FORMAT,
    doc: article.doc,
    ...info,
    title: article.title,
    date: article.date,
    source: article.source,
    url: article.url,
    sentences: output.sentences,
    text: article.text,
  };
  let out = line(doc);
  for (const m of output.mentions) out += line({ kind: "mention", ...m });
  for (const r of output.relations) out += line({ kind: "relation", ...r });
  for (const [entity, state] of output.partOf)
    out += line({ kind: "part_of", doc: article.doc, entity, state });
  return out;
}

export const errorLine = (e: BuildError): string =>
  line({ kind: "error", doc: e.file, ...(e.stage ? { stage: e.stage } : {}), message: e.message });

export const inputLine = (r: Omit<InputRecord, "kind">): string => line({ kind: "input", ...r });

/** An error record as the build error it stands for. */
export const recordError = (r: ErrorRecord): BuildError => ({
  file: r.doc,
  ...(r.stage ? { stage: r.stage } : {}),
  message: r.message,
});

/** A record's data without its `kind`, keys in the order they were written. */
export function withoutKind<T extends { kind: string }>(raw: T): Omit<T, "kind"> {
  const { kind: _, ...rest } = raw;
  return rest;
}
