// Human-readable answers for the terminal: a table of entities or relations, with each
// relation's evidence beneath it (sentence, outlet, date, document and span), so a reader
// can check every line against its article.
import type { Evidence } from "../graph-schema.js";
import type { EntityRef } from "../schema.js";
import { isolateArabic, isolateLine, renderTable } from "./terminal.js";
import type { EntityCandidate, Neighborhood, PathsResult, Relation } from "./types.js";

export interface RenderOptions {
  isolate?: boolean;
  /** Evidence lines shown under each relation (default 3; the rest are counted). */
  evidence?: number;
}

export function entityName(e: EntityRef): string {
  return e.label_en ? `${e.label_ar} (${e.label_en})` : e.label_ar;
}

function relationName(r: Relation): string {
  const extra = r.mode ?? r.role ?? r.title ?? null;
  return extra ? `${r.type} (${extra})` : r.type;
}

function dates(r: Relation): string {
  if (r.first_date === null) return "";
  return r.first_date === r.last_date || r.last_date === null
    ? r.first_date
    : `${r.first_date} … ${r.last_date}`;
}

export function renderEvidence(e: Evidence, iso: boolean): string[] {
  const where = [
    e.outlet,
    e.date ?? e.article_date,
    `${e.doc} [${e.span[0]}–${e.span[1]}]`,
    e.attributed_to ? `according to ${entityName(e.attributed_to)}` : null,
    e.modality !== "asserted" ? e.modality : null,
  ]
    .filter((x): x is string => x !== null && x !== "")
    .map((x) => (iso ? isolateArabic(x) : x))
    .join(" · ");
  const sentence = `“${e.sentence}”`;
  return [`    ${iso ? isolateLine(sentence) : sentence}`, `      — ${where}`];
}

export function renderRelations(rs: Relation[], options: RenderOptions = {}): string {
  const iso = options.isolate ?? true;
  const perRelation = options.evidence ?? 3;
  const out: string[] = [];
  const header = ["SOURCE", "RELATION", "TARGET", "POLARITY", "WEIGHT", "DATES"];
  const rows = rs.map((r) => [
    entityName(r.source),
    relationName(r),
    entityName(r.target),
    r.polarity,
    String(r.weight),
    dates(r),
  ]);
  // One table (for aligned columns), each row followed by its evidence.
  const table = renderTable(header, rows, { isolate: iso }).split("\n");
  out.push(table[0] ?? "", table[1] ?? "");
  rs.forEach((r, i) => {
    out.push(table[i + 2] ?? "");
    for (const e of r.evidence.slice(0, perRelation)) out.push(...renderEvidence(e, iso));
    if (r.evidence.length > perRelation)
      out.push(`    (+${r.evidence.length - perRelation} more; --json lists all)`);
  });
  return out.join("\n");
}

export function renderCandidates(cs: EntityCandidate[], options: RenderOptions = {}): string {
  return renderTable(
    ["ID", "KIND", "ARABIC", "ENGLISH", "MATCH"],
    cs.map((c) => [
      c.entity.id,
      c.entity.kind,
      c.entity.label_ar,
      c.entity.label_en ?? "",
      c.match,
    ]),
    { isolate: options.isolate ?? true },
  );
}

export function renderNeighborhood(n: Neighborhood, options: RenderOptions = {}): string {
  const iso = options.isolate ?? true;
  const nodes = renderTable(
    ["DISTANCE", "ID", "KIND", "NAME"],
    n.nodes.map((x) => [String(x.distance), x.entity.id, x.entity.kind, entityName(x.entity)]),
    { isolate: iso },
  );
  const rels = renderRelations(n.relations, { ...options, evidence: options.evidence ?? 1 });
  return `${nodes}\n\n${n.relations.length} relations:\n${rels}`;
}

export function renderPaths(p: PathsResult, options: RenderOptions = {}): string {
  const iso = options.isolate ?? true;
  const name = (e: EntityRef) => (iso ? isolateArabic(entityName(e)) : entityName(e));
  const out: string[] = [];
  p.paths.forEach((path, i) => {
    out.push(`Path ${i + 1} (${p.length} hops): ${path.nodes.map(name).join("  →  ")}`);
    for (const h of path.hops) {
      for (const r of h.relations) {
        const arrow = r.source.id === h.from.id ? "→" : "←";
        const pol = r.polarity === "negated" ? " [negated]" : "";
        out.push(
          `  ${name(h.from)} ${arrow} ${relationName(r)}${pol} ${arrow} ${name(h.to)}  (weight ${r.weight})`,
        );
        const first = r.evidence[0];
        if (first) out.push(...renderEvidence(first, iso).map((l) => `  ${l}`));
      }
    }
    out.push("");
  });
  return out.join("\n").trimEnd();
}
