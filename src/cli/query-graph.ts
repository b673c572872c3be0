// The graph side of athar query (graph.json loaded whole): the answers, the messages, the exit
// codes. Loaded by src/cli/query.ts only when a query needs the graph, so that a query on the
// store (--store) does not load graphology and the graph's modules.
import {
  AmbiguousEntityError,
  findEntity,
  resolveEntityWithAlternatives,
  suggest,
  UnknownEntityError,
} from "../query/entity.js";
import type { KnowledgeGraph } from "../query/knowledge-graph.js";
import { GraphFileError, loadGraph } from "../query/load.js";
import { neighbors } from "../query/neighbors.js";
import { paths } from "../query/paths.js";
import { relations } from "../query/relations.js";
import {
  entityName,
  renderCandidates,
  renderNeighborhood,
  renderPaths,
  renderRelations,
} from "../query/render.js";
import { isolateArabic } from "../query/terminal.js";
import type { RelationFilter } from "../query/types.js";
import type { CommonOptions } from "./query.js";

export {
  entityName,
  findEntity,
  neighbors,
  paths,
  relations,
  renderCandidates,
  renderNeighborhood,
  renderPaths,
  renderRelations,
  suggest,
  UnknownEntityError,
};

export class UsageError extends Error {}

/** Loads the graph, runs the query and prints; maps failures to messages and exit codes. */
export async function run(
  opts: CommonOptions,
  setExitCode: (code: number) => void,
  answer: (kg: KnowledgeGraph) => string,
): Promise<void> {
  let kg: KnowledgeGraph;
  try {
    kg = await loadGraph(opts.graph);
  } catch (err) {
    if (err instanceof GraphFileError) {
      console.error(`athar: ${err.message}`);
      setExitCode(2);
      return;
    }
    throw err;
  }
  try {
    console.log(answer(kg));
  } catch (err) {
    if (err instanceof UnknownEntityError || err instanceof AmbiguousEntityError) {
      if (opts.json) {
        const suggestions =
          err instanceof UnknownEntityError ? err.suggestions.map((s) => s.entity) : [];
        const candidates =
          err instanceof AmbiguousEntityError ? err.candidates.map((c) => c.entity) : [];
        console.log(
          JSON.stringify(
            { error: err.message, query: err.query, suggestions, candidates },
            null,
            2,
          ),
        );
      }
      console.error(`athar: ${show(err.message, opts)}`);
      setExitCode(1);
      return;
    }
    if (err instanceof UsageError || (err as Error).name === "ZodError") {
      console.error(`athar: ${usageMessage(err as Error)}`);
      setExitCode(2);
      return;
    }
    throw err;
  }
}

function usageMessage(err: Error): string {
  const issues = (err as { issues?: { path: PropertyKey[]; message: string }[] }).issues;
  if (!issues) return err.message;
  return issues.map((i) => `${i.path.map(String).join(".")}: ${i.message}`).join("; ");
}

/**
 * A name that also fits other entities is answered for the one the graph knows best; say so
 * on stderr (scripts reading --json are not disturbed) and how to pick another.
 */
export function noteAlternatives(
  kg: KnowledgeGraph,
  names: (string | undefined)[],
  opts: CommonOptions,
): void {
  for (const name of names) {
    if (name === undefined) continue;
    let r: ReturnType<typeof resolveEntityWithAlternatives>;
    try {
      r = resolveEntityWithAlternatives(kg, name);
    } catch {
      continue; // the query itself reports unknown and ambiguous names
    }
    if (r.alternatives.length === 0) continue;
    const chosen = findEntity(kg, r.id)[0]?.entity;
    const others = r.alternatives.map((c) => `${entityName(c.entity)} [${c.entity.id}]`).join(", ");
    const msg = `"${name}" is taken as ${chosen ? entityName(chosen) : r.id} [${r.id}]; it also names ${others} (give an id to choose)`;
    console.error(`athar: note: ${show(msg, opts)}`);
  }
}

export function show(s: string, opts: CommonOptions): string {
  return opts.bidi ? isolateArabic(s) : s;
}

/** "AID relations from روسيا to ...", for the plain no-result sentence. */
export function describeFilter(kg: KnowledgeGraph, f: RelationFilter): string {
  const name = (q: string | string[] | undefined) => {
    if (q === undefined) return null;
    const list = (Array.isArray(q) ? q : [q]).map((n) => {
      const e = findEntity(kg, n)[0]?.entity;
      return e ? entityName(e) : n;
    });
    return list.join(" or ");
  };
  const types =
    f.type === undefined ? "" : `${(Array.isArray(f.type) ? f.type : [f.type]).join("/")} `;
  const parts = [
    `${f.polarity ? `${f.polarity} ` : ""}${types}relations`,
    name(f.source) && `from ${name(f.source)}`,
    name(f.target) && `to ${name(f.target)}`,
    name(f.involving) && `involving ${name(f.involving)}`,
    f.mode && `with mode ${[f.mode].flat().join("/")}`,
    f.attributedTo === null
      ? "asserted by the outlet itself"
      : f.attributedTo && `attributed to ${name(f.attributedTo)}`,
    f.outlet && `from outlet ${f.outlet}`,
    f.since && `since ${f.since}`,
    f.until && `until ${f.until}`,
  ].filter(Boolean);
  return parts.join(" ");
}
