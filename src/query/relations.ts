// Relations between entities, filtered by their ends, type, mode, polarity, attribution,
// date and outlet; each answer carries the evidence that matched. A query that names an end
// walks that entity's adjacency only, so it costs O(degree), not O(edges).
import type { AtharGraph } from "../graph-file.js";
import type { EdgeAttributes, Evidence } from "../graph-schema.js";
import { overlaps, spanOverlaps } from "./dates.js";
import { resolveEntity } from "./entity.js";
import { entityRef, type GraphInput, resolveInput } from "./knowledge-graph.js";
import { nameKey } from "./names.js";
import { type Relation, RelationFilter } from "./types.js";

type Parsed = ReturnType<typeof RelationFilter.parse>;

/** Relations matching `filter`, strongest first (weight, mentions, latest date, id). */
export function relations(input: GraphInput, filter: RelationFilter = {}): Relation[] {
  const kg = resolveInput(input);
  const f = RelationFilter.parse(filter);
  const { graph } = kg;
  const ends = (q: string | string[] | undefined) =>
    q === undefined ? null : new Set((Array.isArray(q) ? q : [q]).map((n) => resolveEntity(kg, n)));
  const sources = ends(f.source);
  const targets = ends(f.target);
  const involving = ends(f.involving);
  const attributedTo =
    f.attributedTo === undefined
      ? undefined
      : f.attributedTo === null
        ? null
        : resolveEntity(kg, f.attributedTo);
  const keep = edgePredicate(f);
  const evidenceKeep = evidencePredicate(f, attributedTo);

  const out: Relation[] = [];
  const visit = (key: string, a: EdgeAttributes, s: string, t: string) => {
    if (sources && !sources.has(s)) return;
    if (targets && !targets.has(t)) return;
    if (involving && !involving.has(s) && !involving.has(t)) return;
    if (!keep(a)) return;
    const evidence = evidenceKeep ? matchingEvidence(a, evidenceKeep, f) : a.evidence;
    if (evidence === null) return;
    out.push(toRelation(graph, key, a, s, t, evidence));
  };
  // Start from the most selective end the query names.
  if (sources) for (const s of sources) graph.forEachOutEdge(s, visit);
  else if (targets) for (const t of targets) graph.forEachInEdge(t, visit);
  else if (involving) {
    const seen = new Set<string>();
    for (const n of involving) {
      graph.forEachEdge(n, (key, a, s, t) => {
        if (seen.has(key)) return;
        seen.add(key);
        visit(key, a, s, t);
      });
    }
  } else graph.forEachEdge(visit);

  out.sort(byStrength);
  return f.limit === undefined ? out : out.slice(0, f.limit);
}

export function toRelation(
  graph: AtharGraph,
  key: string,
  a: EdgeAttributes,
  source: string,
  target: string,
  evidence: Evidence[] = a.evidence,
): Relation {
  return {
    id: key,
    ...a,
    source: entityRef(graph, source),
    target: entityRef(graph, target),
    evidence,
  };
}

export function byStrength(a: Relation, b: Relation): number {
  return (
    b.weight - a.weight ||
    b.mentions - a.mentions ||
    (b.last_date ?? "").localeCompare(a.last_date ?? "") ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

function edgePredicate(f: Parsed): (a: EdgeAttributes) => boolean {
  const types = f.type === undefined ? null : new Set(Array.isArray(f.type) ? f.type : [f.type]);
  return (a) =>
    (types === null || types.has(a.type)) &&
    (f.family === undefined || a.family === f.family) &&
    (f.polarity === undefined || a.polarity === f.polarity);
}

type EvidenceTest = (e: Evidence) => boolean;

/** The per-evidence test, or null when the filter says nothing about evidence. */
function evidencePredicate(
  f: Parsed,
  attributedTo: string | null | undefined,
): EvidenceTest | null {
  const modes =
    f.mode === undefined ? null : new Set((Array.isArray(f.mode) ? f.mode : [f.mode]).map(lower));
  const outlet = f.outlet === undefined ? null : nameKey(f.outlet);
  const dated = f.since !== undefined || f.until !== undefined;
  if (modes === null && outlet === null && !dated && attributedTo === undefined) return null;
  return (e) => {
    if (modes !== null && (e.mode === null || !modes.has(lower(e.mode)))) return false;
    if (attributedTo !== undefined && (e.attributed_to?.id ?? null) !== attributedTo) return false;
    if (outlet !== null && (e.outlet === null || !nameKey(e.outlet).includes(outlet))) return false;
    if (dated) {
      const d = e.date ?? e.article_date;
      if (d === null || !overlaps(d, f.since, f.until)) return false;
    }
    return true;
  };
}

/**
 * The evidence that passes, or null when none does. An edge without evidence (structural
 * facts from the knowledge base) is judged on its own mode and dates instead.
 */
function matchingEvidence(a: EdgeAttributes, test: EvidenceTest, f: Parsed): Evidence[] | null {
  if (a.evidence.length === 0) {
    if (f.attributedTo !== undefined || f.outlet !== undefined) return null;
    if (f.mode !== undefined) {
      const modes = (Array.isArray(f.mode) ? f.mode : [f.mode]).map(lower);
      if (a.mode === null || !modes.includes(lower(a.mode))) return null;
    }
    if (f.since !== undefined || f.until !== undefined) {
      const first = a.first_date ?? a.last_date;
      const last = a.last_date ?? a.first_date;
      if (first === null || last === null || !spanOverlaps(first, last, f.since, f.until))
        return null;
    }
    return [];
  }
  const kept = a.evidence.filter(test);
  return kept.length > 0 ? kept : null;
}

const lower = (s: string) => s.toLowerCase();
