// Finding entities by what a person types: an id, an Arabic or English name or alias,
// with proclitics ("وروسيا") and spelling variants (بيونغ يانغ / بيونج يانج), or some of a
// name's words ("بوتين", "Blinken"). Unknown names get the closest known names.
import {
  entityRef,
  type GraphInput,
  type KnowledgeGraph,
  resolveInput,
} from "./knowledge-graph.js";
import { editDistance, nameKey, queryKeys, tokenForms } from "./names.js";
import type { EntityCandidate, MatchKind, Suggestion } from "./types.js";

const SCORES: Record<MatchKind, number> = { id: 1, name: 0.95, clitic: 0.9, words: 0.7 };

/** Candidates for `name`, best first; empty when nothing matches. */
export function findEntity(input: GraphInput, name: string): EntityCandidate[] {
  const kg = resolveInput(input);
  const { index } = kg;
  const found = new Map<string, EntityCandidate>();
  const offer = (id: string, match: MatchKind, matched: string, score = SCORES[match]) => {
    const prev = found.get(id);
    if (prev === undefined || prev.score < score) {
      found.set(id, { entity: entityRef(kg.graph, id), score, match, matched });
    }
  };

  const raw = name.trim();
  for (const id of index.ids.get(raw.toLowerCase()) ?? []) offer(id, "id", raw.toLowerCase());

  const keys = queryKeys(raw);
  keys.forEach((key, i) => {
    for (const id of index.names.get(key) ?? []) offer(id, i === 0 ? "name" : "clitic", key);
  });

  // Some of a name's words: every word of the query must be a word of the entity's names.
  const words = nameKey(raw).split(" ").filter(Boolean);
  if (words.length > 0 && found.size === 0) {
    let ids: Set<string> | null = null;
    for (const w of words) {
      const forms = tokenForms(w);
      let hits = index.words.get(w);
      if (hits === undefined) {
        // Only when the word as typed is unknown: try it without proclitics.
        const union = new Set<string>();
        for (const f of forms.slice(1)) for (const id of index.words.get(f) ?? []) union.add(id);
        hits = [...union];
      }
      const next = new Set<string>();
      for (const id of hits) if (ids === null || ids.has(id)) next.add(id);
      ids = next;
      if (ids.size === 0) break;
    }
    for (const id of ids ?? []) {
      // Closer to a whole name scores higher: "بوتين" is most of "فلاديمير بوتين".
      let coverage = 0;
      for (const key of index.keysOf.get(id) ?? []) {
        const keyWords = key.split(" ");
        if (words.every((w) => tokenForms(w).some((f) => keyWords.includes(f)))) {
          coverage = Math.max(coverage, words.length / keyWords.length);
        }
      }
      offer(id, "words", words.join(" "), SCORES.words * Math.min(1, coverage));
    }
  }
  return rank(kg, [...found.values()]);
}

/**
 * Best first. Equal matches are ordered by what the graph knows: knowledge-base entities
 * before provisional ones, then more relations, then more mentions (so "واشنطن", an alias of
 * the United States and the name of the city, goes to the state that acts in the news),
 * then the id, for stability.
 */
function rank(kg: KnowledgeGraph, list: EntityCandidate[]): EntityCandidate[] {
  return list.sort((a, b) => b.score - a.score || compareWeight(kg, a, b) || compareIds(a, b));
}

function compareWeight(kg: KnowledgeGraph, a: EntityCandidate, b: EntityCandidate): number {
  const g = kg.graph;
  const x = a.entity.id;
  const y = b.entity.id;
  return (
    Number(g.getNodeAttribute(x, "provisional")) - Number(g.getNodeAttribute(y, "provisional")) ||
    g.degree(y) - g.degree(x) ||
    g.getNodeAttribute(y, "mentions") - g.getNodeAttribute(x, "mentions")
  );
}

const compareIds = (a: EntityCandidate, b: EntityCandidate) =>
  a.entity.id < b.entity.id ? -1 : a.entity.id > b.entity.id ? 1 : 0;

export class UnknownEntityError extends Error {
  constructor(
    readonly query: string,
    readonly suggestions: Suggestion[],
  ) {
    const hint = suggestions.length
      ? `; did you mean ${suggestions.map((s) => describe(s.entity)).join(", ")}?`
      : "";
    super(`no entity called "${query}" in the graph${hint}`);
    this.name = "UnknownEntityError";
  }
}

export class AmbiguousEntityError extends Error {
  constructor(
    readonly query: string,
    readonly candidates: EntityCandidate[],
  ) {
    super(
      `"${query}" could be ${candidates.map((c) => describe(c.entity)).join(", ")}; use a fuller name or an id`,
    );
    this.name = "AmbiguousEntityError";
  }
}

function describe(e: { id: string; label_ar: string; label_en: string | null }): string {
  return `${e.label_ar}${e.label_en ? ` (${e.label_en})` : ""} [${e.id}]`;
}

export interface Resolution {
  id: string;
  /** Other entities the name matches as well as the chosen one. */
  alternatives: EntityCandidate[];
}

/**
 * The entity `name` stands for, with the other equally good matches. The graph breaks ties
 * (see `rank`); a name is ambiguous only when nothing tells its candidates apart.
 */
export function resolveEntityWithAlternatives(input: GraphInput, name: string): Resolution {
  const kg = resolveInput(input);
  const candidates = findEntity(kg, name);
  const top = candidates[0];
  if (top === undefined) throw new UnknownEntityError(name, suggest(kg, name));
  const equal = candidates.filter((c) => c.score === top.score);
  const indistinct = equal.filter((c) => compareWeight(kg, c, top) === 0);
  if (indistinct.length > 1) throw new AmbiguousEntityError(name, indistinct);
  return { id: top.entity.id, alternatives: equal.slice(1) };
}

/** The one entity `name` stands for; throws UnknownEntityError or AmbiguousEntityError. */
export function resolveEntity(input: GraphInput, name: string): string {
  return resolveEntityWithAlternatives(input, name).id;
}

/**
 * The closest known names by edit distance on normalized names and on their single words
 * (so "Blinkn" finds "Antony Blinken"), nearest first.
 */
export function suggest(input: GraphInput, name: string, limit = 5): Suggestion[] {
  const kg = resolveInput(input);
  const q = nameKey(name);
  if (!q) return [];
  const max = Math.max(2, Math.ceil(q.length / 3));
  const scored: Array<{ id: string; distance: number }> = [];
  for (const [id, keys] of kg.index.keysOf) {
    let best = max + 1;
    for (const key of keys) {
      best = Math.min(best, editDistance(q, key, Math.min(best, max)));
      if (key.includes(" ")) {
        for (const w of key.split(" "))
          best = Math.min(best, editDistance(q, w, Math.min(best, max)));
      }
      if (best === 0) break;
    }
    if (best <= max) scored.push({ id, distance: best });
  }
  // Events are named after their participants: at equal distance, the participants come first.
  const isEvent = (id: string) => Number(kg.graph.getNodeAttribute(id, "kind") === "event");
  scored.sort(
    (a, b) =>
      a.distance - b.distance ||
      isEvent(a.id) - isEvent(b.id) ||
      kg.graph.degree(b.id) - kg.graph.degree(a.id) ||
      (a.id < b.id ? -1 : 1),
  );
  return scored
    .slice(0, limit)
    .map((s) => ({ entity: entityRef(kg.graph, s.id), distance: s.distance }));
}
