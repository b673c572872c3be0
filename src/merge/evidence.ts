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

/**
 * An edge's or event's evidence as merge gathers it: its count and date range kept on the
 * way, so that neither needs the items again.
 */
export interface EvidenceList {
  add(e: Evidence): void;
  readonly count: number;
  /** The earliest and latest date of the items (an item's own date, else its article's). */
  readonly first: string | null;
  readonly last: string | null;
  /** The items, as the graph holds them: an array to every reader. */
  items(): Evidence[];
}

/** Where merge keeps evidence: on the heap by default, or a build's scratch file (src/spill.ts). */
export interface EvidenceStore {
  newList(): EvidenceList;
}

/** Counts and the date range of what was added; subclasses keep the items. */
export abstract class EvidenceTally {
  count = 0;
  first: string | null = null;
  last: string | null = null;

  protected tally(e: Evidence): void {
    this.count++;
    const d = dateOf(e);
    if (d === null) return;
    // Code-unit order (not localeCompare): the same on every machine.
    if (this.first === null || d < this.first) this.first = d;
    if (this.last === null || d > this.last) this.last = d;
  }
}

class HeapEvidence extends EvidenceTally implements EvidenceList {
  private readonly list: Evidence[] = [];

  add(e: Evidence): void {
    this.tally(e);
    this.list.push(e);
  }

  items(): Evidence[] {
    return this.list;
  }
}

export const heapEvidence: EvidenceStore = { newList: () => new HeapEvidence() };

/**
 * On an evidence array whose items live elsewhere (a build's scratch file): a function giving
 * each item's JSON, one at a time, so that a writer need not parse or hold them.
 */
export const ITEM_TEXTS = Symbol("athar.evidence.itemTexts");

/** Each item's JSON (JSON.stringify of it), one at a time. */
export function* jsonItems(list: readonly unknown[]): Generator<string> {
  const texts = (list as { [ITEM_TEXTS]?: () => Iterable<string> })[ITEM_TEXTS];
  if (texts) yield* texts();
  else for (const item of list) yield JSON.stringify(item);
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
