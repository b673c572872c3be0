// The files a build writes beside graph.json (mentions.jsonl, triples.jsonl, articles.json),
// read for the exports that need more than the graph: Parquet and PLOVER. Every line is
// validated against the data model, and every error names the file (and the line).
import { createReadStream, existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import type { z } from "zod";
import { ArticlesFile } from "../graph-schema.js";

export class BuildFileError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = "BuildFileError";
  }
}

export interface BuildFiles {
  mentions: string;
  triples: string;
  articles: string;
}

/** The build's files beside `graphPath`; throws when one that is `needed` is missing. */
export function buildFiles(graphPath: string, needed: readonly (keyof BuildFiles)[]): BuildFiles {
  const dir = dirname(graphPath);
  const files: BuildFiles = {
    mentions: join(dir, "mentions.jsonl"),
    triples: join(dir, "triples.jsonl"),
    articles: join(dir, "articles.json"),
  };
  for (const name of needed) {
    if (!existsSync(files[name])) {
      throw new BuildFileError(
        files[name],
        `no such file; this export reads the whole build folder beside ${graphPath} ` +
          "(athar build <articles> --out DIR writes it)",
      );
    }
  }
  return files;
}

/** The lines of a JSONL file as validated records, with their 1-based line numbers. */
export async function* readJsonl<T>(
  path: string,
  schema: z.ZodType<T>,
): AsyncGenerator<{ record: T; line: number }> {
  const lines = createInterface({ input: createReadStream(path, "utf8"), crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line++;
    if (text.trim() === "") continue;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (err) {
      throw new BuildFileError(`${path}:${line}`, `not valid JSON: ${(err as Error).message}`);
    }
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? ` at ${issue.path.join(".")}` : "";
      throw new BuildFileError(`${path}:${line}`, `${issue?.message ?? "invalid"}${where}`);
    }
    yield { record: parsed.data, line };
  }
}

/** articles.json as a map from doc to the text its spans index. */
export function readArticleTexts(path: string): Map<string, string> {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new BuildFileError(path, `not valid JSON: ${(err as Error).message}`);
  }
  const parsed = ArticlesFile.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BuildFileError(path, `not an athar articles.json: ${issue?.message ?? "invalid"}`);
  }
  return new Map(parsed.data.articles.map((a) => [a.doc, a.text]));
}
