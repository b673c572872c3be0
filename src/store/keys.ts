// The key of a stored document and the documents a build failed on: plain functions, apart
// from the store's module so a build without a store (or athar extract) never loads DuckDB.
import { createHash } from "node:crypto";
import type { BuildError } from "../graph-schema.js";
import type { Article } from "../schema.js";

/**
 * A document's key: everything its extraction depends on (its id, text and metadata, and the
 * resources' hash). Not the file's hash: a record of a JSON Lines file is unchanged when other
 * records of the file change.
 */
export function documentKey(article: Article, resources: string): string {
  const h = createHash("sha256").update(resources);
  for (const field of [article.doc, article.title, article.date, article.source, article.url]) {
    h.update(field === null ? "\u0001" : `\u0002${field}`).update("\u0000");
  }
  return h.update(article.text).digest("hex");
}

/** Documents of `errors` (stage failures name their document). */
export function failedDocs(errors: readonly BuildError[]): string[] {
  return errors.filter((e) => e.stage !== undefined && e.stage !== "ingest").map((e) => e.file);
}
