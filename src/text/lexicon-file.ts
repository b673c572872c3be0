// The bundled lexicon files (lexicon/*.json beside kb/) read the one way: parsed, validated by
// the file's zod schema with an error that names the file and what is wrong in it, built into
// the form the rules read, once, on first use (nothing is read on import).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import { bundledKbDir } from "../kb/load.js";

/** Where the bundled lexicon file `name` is. */
export function lexiconPath(name: string): string {
  return join(bundledKbDir(), "..", "lexicon", name);
}

/** Reads and validates one lexicon file; `what` says what it holds, for the error. */
export function readLexiconFile<S extends z.ZodType>(
  path: string,
  schema: S,
  what: string,
): z.infer<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new Error(`${path}: cannot read the ${what}: ${(e as Error).message}`);
  }
  const r = schema.safeParse(raw);
  if (!r.success) {
    const issues = r.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join(".") || "(file)"}: ${i.message}`)
      .join("; ");
    throw new Error(`${path}: invalid ${what}: ${issues}`);
  }
  return r.data;
}

/** The bundled file `name`, read, validated and built by `build` on the first call only. */
export function bundledLexiconFile<S extends z.ZodType, T>(
  name: string,
  schema: S,
  what: string,
  build: (file: z.infer<S>) => T,
): () => T {
  let cached: { value: T } | null = null;
  return () => {
    cached ??= { value: build(readLexiconFile(lexiconPath(name), schema, what)) };
    return cached.value;
  };
}
