// A RelationMention as evidence on a graph edge.
import type { Evidence } from "../graph-schema.js";
import type { Article, RelationMention } from "../schema.js";

export function toEvidence(r: RelationMention, article: Article | undefined): Evidence {
  const { id, kind, label_ar, label_en } =
    r.attributed_to ?? ({} as Partial<NonNullable<RelationMention["attributed_to"]>>);
  return {
    doc: r.doc,
    sentence: r.sentence,
    span: r.span,
    outlet: article?.source ?? null,
    article_date: article?.date ?? null,
    date: r.date,
    attributed_to:
      id && kind && label_ar !== undefined
        ? { id, kind, label_ar, label_en: label_en ?? null }
        : null,
    modality: r.modality,
    mode: r.mode,
    confidence: r.confidence,
    rule: r.rule,
    section: r.section,
    source_text: r.source.text,
    target_text: r.target.text,
  };
}

const dateOf = (e: Evidence) => e.date ?? e.article_date;

export function dateRange(evidence: Evidence[]): { first: string | null; last: string | null } {
  const ds = evidence
    .map(dateOf)
    .filter((d): d is string => d !== null)
    .sort();
  return { first: ds[0] ?? null, last: ds[ds.length - 1] ?? null };
}

/** The most frequent non-null value (ties: the first in sorted order, for determinism). */
export function mostFrequent(values: Array<string | null | undefined>): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  // Ties go to the first value in code-unit order: the same on every machine, whatever its
  // locale (localeCompare follows LANG and made graph.json differ between machines).
  for (const [v, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    if (best === null || n > (counts.get(best) ?? 0)) best = v;
  }
  return best;
}
