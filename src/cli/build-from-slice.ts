// A slice of a large set of extract records, so a viewer can show part of a huge graph: the
// articles dated within a range, and/or the articles that relate one of some entities. The
// slice is made of whole articles, so its graph is the graph of those articles, evidence and
// counts included.
import type { ProcessedArticle } from "../pipeline.js";
import { overlaps } from "../query/dates.js";

export interface Slice {
  /** Articles dated on or after this (YYYY, YYYY-MM or YYYY-MM-DD); undated ones are left out. */
  since?: string;
  /** Articles dated on or before this. */
  until?: string;
  /** Articles with a relation mention whose source or target is one of these entity ids. */
  around?: readonly string[];
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** The reason a slice cannot be used, or null. */
export function sliceProblem(s: Slice): string | null {
  for (const [flag, v] of [
    ["--since", s.since],
    ["--until", s.until],
  ] as const) {
    if (v !== undefined && !DATE.test(v))
      return `${flag} takes YYYY, YYYY-MM or YYYY-MM-DD (not "${v}")`;
  }
  if (s.around?.some((id) => id.trim() === "")) return "--around takes entity ids (state:RU ...)";
  return null;
}

export const isSliced = (s: Slice) =>
  s.since !== undefined || s.until !== undefined || (s.around?.length ?? 0) > 0;

/** The articles of the slice, in the order given. */
export function sliceArticles(articles: ProcessedArticle[], s: Slice): ProcessedArticle[] {
  const around = new Set(s.around ?? []);
  return articles.filter(({ article, output }) => {
    if (s.since !== undefined || s.until !== undefined) {
      if (article.date === null || !overlaps(article.date, s.since, s.until)) return false;
    }
    if (around.size === 0) return true;
    return output.relations.some((r) => around.has(r.source.id) || around.has(r.target.id));
  });
}
