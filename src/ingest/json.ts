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

/** The outlet from a URL's host name, when no source is given: www.bbc.com -> bbc.com. */
export function outletFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}

export interface Parsed {
  articles: Article[];
  errors: BuildError[];
}

/** A record as an article, or why it is not one ("text: text is empty"). */
function recordArticle(raw: unknown, doc: string, sha256: string): Article | string {
  const r = Record.safeParse(raw);
  if (!r.success)
    return r.error.issues.map((i) => `${i.path.join(".") || "record"}: ${i.message}`).join("; ");
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
  article.source ??= outletFromUrl(article.url);
  return article;
}

function toArticle(raw: unknown, doc: string, where: string, sha256: string): Article | BuildError {
  const a = recordArticle(raw, doc, sha256);
  return typeof a === "string" ? { file: doc, message: `${where}: ${a}` } : a;
}

/**
 * One line of JSON Lines (line numbers count from 1): its article, named `file#LINE`; an
 * error naming `file:LINE`; or null for a blank line. `at` is the line's byte offset in the
 * file, when known, for the error message.
 */
export function parseJsonlLine(
  file: string,
  line: number,
  text: string,
  sha256: string,
  at?: number,
): Article | BuildError | null {
  if (!text.trim()) return null;
  const where = `${file}:${line}`;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const byte = at === undefined ? "" : `; the line starts at byte ${at}`;
    return { file: where, message: `invalid JSON (${(e as Error).message})${byte}` };
  }
  const a = recordArticle(raw, `${file}#${line}`, sha256);
  return typeof a === "string" ? { file: where, message: a } : a;
}

export const isError = (x: Article | BuildError): x is BuildError => "message" in x;

export function parseJsonArticles(file: string, content: string, sha256: string): Parsed {
  const out: Parsed = { articles: [], errors: [] };
  const add = (x: Article | BuildError) => {
    if (isError(x)) out.errors.push(x);
    else out.articles.push(x);
  };
  if (file.toLowerCase().endsWith(".jsonl")) {
    content.split("\n").forEach((line, i) => {
      const x = parseJsonlLine(file, i + 1, line, sha256);
      if (x) add(x);
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
