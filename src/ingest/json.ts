// Articles given as JSON: one object, an array of objects, or JSON Lines. Offsets point into
// each record's `text` field.
import { z } from "zod";
import type { BuildError } from "../graph-schema.js";
import type { Article } from "../schema.js";
import { normalizeForMatch } from "../text/normalize.js";
import { parseDate, parseRssDate } from "./dates.js";
import { parseTxt } from "./txt.js";

const Record = z.object({
  text: z.string().min(1, "text is empty"),
  title: z.string().nullish(),
  date: z.string().nullish(),
  source: z.string().nullish(),
  url: z.string().nullish(),
});

export interface Parsed {
  articles: Article[];
  errors: BuildError[];
}

function toArticle(raw: unknown, doc: string, where: string, sha256: string): Article | BuildError {
  const r = Record.safeParse(raw);
  if (!r.success) {
    const why = r.error.issues.map((i) => `${i.path.join(".") || "record"}: ${i.message}`);
    return { file: doc, message: `${where}: ${why.join("; ")}` };
  }
  const v = r.data;
  const date = v.date ? (parseDate(normalizeForMatch(v.date)) ?? parseRssDate(v.date)) : null;
  const article = parseTxt(
    v.text,
    {
      doc,
      sha256,
      title: v.title ?? null,
      date,
      source: v.source ?? null,
      url: v.url ?? null,
    },
    { titleLine: !v.title },
  );
  return article;
}

const isError = (x: Article | BuildError): x is BuildError => "message" in x;

export function parseJsonArticles(file: string, content: string, sha256: string): Parsed {
  const out: Parsed = { articles: [], errors: [] };
  const add = (x: Article | BuildError) => {
    if (isError(x)) out.errors.push(x);
    else out.articles.push(x);
  };
  if (file.toLowerCase().endsWith(".jsonl")) {
    content.split("\n").forEach((line, i) => {
      if (!line.trim()) return;
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch (e) {
        out.errors.push({ file, message: `line ${i + 1}: invalid JSON (${(e as Error).message})` });
        return;
      }
      add(toArticle(raw, `${file}#${i + 1}`, `line ${i + 1}`, sha256));
    });
    return out;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(content);
  } catch (e) {
    out.errors.push({ file, message: `invalid JSON (${(e as Error).message})` });
    return out;
  }
  if (Array.isArray(raw)) {
    raw.forEach((r, i) => {
      add(toArticle(r, `${file}#${i + 1}`, `item ${i + 1}`, sha256));
    });
  } else add(toArticle(raw, file, "article", sha256));
  return out;
}
