// athar query: relations, neighbours, paths and entities from graph.json, as a table for
// people (Arabic isolated so it reads right) or JSON for scripts.
import { type Command, Option } from "commander";
import type { Register } from "../cli.js";
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
import { Polarity, RelationType } from "../schema.js";
import { queryRelationsInStore, storePath } from "./query-store.js";

interface CommonOptions {
  graph: string;
  json?: boolean;
  bidi: boolean;
}

interface RelationsOptions extends CommonOptions {
  from?: string[];
  to?: string[];
  with?: string[];
  type?: string[];
  mode?: string[];
  polarity?: string;
  attributedTo?: string;
  unattributed?: boolean;
  since?: string;
  until?: string;
  outlet?: string;
  limit?: string;
  evidence: string;
  /** Answer from the store: true for the one beside --graph, or its path. */
  store?: string | true;
}

const collect = (v: string, prev: string[] = []) => [...prev, ...v.split(",").map((s) => s.trim())];

function common(cmd: Command): Command {
  return cmd
    .option("-g, --graph <file>", "the graph to query", "graph/graph.json")
    .option("--json", "print JSON for scripts instead of a table")
    .option("--no-bidi", "do not wrap Arabic in Unicode isolates (for terminals that show them)");
}

const HELP = `
Entities are named by id (state:RU, person:kim-jong-un), by the id's end (RU, KP), or by an
Arabic or English name or alias: روسيا, وروسيا, "كوريا الشمالية", "Kim Jong Un", Blinken.
Unknown names get the closest known names as suggestions (exit code 1).

Examples:
  athar query relations --from "كوريا الشمالية" --to روسيا
  athar query relations --from روسيا --type AID --json
  athar query relations --with "United States" --polarity negated
  athar query relations --attributed-to واشنطن --since 2023-09 --until 2023-12
  athar query relations --type ACCUSE,SANCTION --outlet الحرة
  athar query neighbors "Kim Jong Un" --depth 2
  athar query path Blinken Shoigu
  athar query entity بوتين`;

export const registerQuery: Register = (program, setExitCode) => {
  const query = program
    .command("query")
    .description("Ask the graph: relations, neighbours, paths and entities, each with its evidence")
    .addHelpText("after", HELP);

  common(
    query
      .command("relations")
      .description(
        "Relations filtered by their ends, type, mode, polarity, attribution, date and outlet",
      )
      .option("-f, --from <entity>", "source (who acts); repeat or use commas for several", collect)
      .option("-t, --to <entity>", "target (who is acted on)", collect)
      .option("-w, --with <entity>", "either end", collect)
      .option(
        "--type <type>",
        `relation type: ${[...RelationType.options, "PARTICIPANT"].join(" ")}`,
        collect,
      )
      .option("--mode <mode>", "PLOVER mode: military, visit, disapprove, ...", collect)
      .addOption(
        new Option("--polarity <polarity>", "affirmed or negated").choices(Polarity.options),
      )
      .option("--attributed-to <entity>", "who claims it")
      .option("--unattributed", "only what the outlet asserts itself")
      .option("--since <date>", "from this date (YYYY, YYYY-MM or YYYY-MM-DD)")
      .option("--until <date>", "up to this date")
      .option("--outlet <name>", "the source outlet (المصدر)")
      .option("--limit <n>", "at most n relations")
      .option("--evidence <n>", "evidence lines per relation in the table", "3")
      .option(
        "--store [path]",
        "answer from a build's store (athar.duckdb; default: the one beside --graph) without\n" +
          "loading graph.json: the relations the articles state, with their evidence (not the\n" +
          "KB's structural edges nor event nodes); --from/--to/--with one entity, --type, --limit",
      ),
  )
    .addHelpText(
      "after",
      '\nExamples:\n  athar query relations --from "كوريا الشمالية" --to روسيا --json\n  athar query relations --from روسيا --type AID\n  athar query relations --from state:RU --store out/news/athar.duckdb --json',
    )
    .action(async (opts: RelationsOptions) => {
      if (opts.store !== undefined) {
        const unsupported = (
          [
            ["--mode", opts.mode],
            ["--polarity", opts.polarity],
            ["--attributed-to", opts.attributedTo],
            ["--unattributed", opts.unattributed],
            ["--since", opts.since],
            ["--until", opts.until],
            ["--outlet", opts.outlet],
          ] as const
        )
          .filter(([, v]) => v !== undefined)
          .map(([flag]) => flag);
        setExitCode(
          await queryRelationsInStore({
            ...opts,
            store: opts.store === true ? storePath(opts.graph) : opts.store,
            unsupported,
          }),
        );
        return;
      }
      const filter: RelationFilter = {
        source: opts.from,
        target: opts.to,
        involving: opts.with,
        type: opts.type?.map((t) => t.toUpperCase()) as RelationFilter["type"],
        mode: opts.mode,
        polarity: opts.polarity as RelationFilter["polarity"],
        attributedTo: opts.unattributed ? null : opts.attributedTo,
        since: opts.since,
        until: opts.until,
        outlet: opts.outlet,
        limit: opts.limit === undefined ? undefined : Number(opts.limit),
      };
      const names = [opts.from, opts.to, opts.with, opts.attributedTo].flat();
      await run(opts, setExitCode, (kg) => {
        noteAlternatives(kg, names, opts);
        const rs = relations(kg, filter);
        if (opts.json) return JSON.stringify(rs, null, 2);
        if (rs.length === 0)
          return `No ${show(describeFilter(kg, filter), opts)} in ${opts.graph}.`;
        const table = renderRelations(rs, { isolate: opts.bidi, evidence: Number(opts.evidence) });
        return `${table}\n\n${rs.length} relation${rs.length === 1 ? "" : "s"}.`;
      });
    });

  common(
    query
      .command("neighbors")
      .alias("neighbours")
      .description(
        "Entities within N hops of one entity (either direction), and the relations between",
      )
      .argument("<entity>", "id or name")
      .option("-d, --depth <n>", "hops", "1")
      .option("--limit <n>", "at most n entities"),
  )
    .addHelpText(
      "after",
      '\nExamples:\n  athar query neighbors "Kim Jong Un" --depth 2\n  athar query neighbors روسيا --json',
    )
    .action(async (entity: string, opts: CommonOptions & { depth: string; limit?: string }) => {
      await run(opts, setExitCode, (kg) => {
        const depth = Number(opts.depth);
        if (!Number.isInteger(depth) || depth < 0)
          throw new UsageError(`--depth must be a whole number, not ${opts.depth}`);
        noteAlternatives(kg, [entity], opts);
        const n = neighbors(kg, entity, depth, {
          limit: opts.limit === undefined ? undefined : Number(opts.limit),
        });
        if (opts.json) return JSON.stringify(n, null, 2);
        if (n.relations.length === 0)
          return `${show(entityName(n.center), opts)} has no relations in ${opts.graph}.`;
        return renderNeighborhood(n, { isolate: opts.bidi });
      });
    });

  common(
    query
      .command("path")
      .alias("paths")
      .description("Shortest paths between two entities, with the relations on each hop")
      .argument("<from>", "id or name")
      .argument("<to>", "id or name")
      .option("--max-paths <n>", "list at most n shortest paths", "5"),
  )
    .addHelpText(
      "after",
      '\nExamples:\n  athar query path Blinken Shoigu\n  athar query path "كيم جونغ أون" روسيا --json',
    )
    .action(async (from: string, to: string, opts: CommonOptions & { maxPaths: string }) => {
      await run(opts, setExitCode, (kg) => {
        noteAlternatives(kg, [from, to], opts);
        const p = paths(kg, from, to, { maxPaths: Number(opts.maxPaths) });
        if (opts.json) return JSON.stringify(p, null, 2);
        if (p.length === null) {
          return `No path between ${show(entityName(p.from), opts)} and ${show(entityName(p.to), opts)} in ${opts.graph}.`;
        }
        return renderPaths(p, { isolate: opts.bidi });
      });
    });

  common(
    query
      .command("entity")
      .description("Entities matching a name: ids, names and how they matched")
      .argument("<name>", "id, Arabic or English name or alias"),
  )
    .addHelpText(
      "after",
      '\nExamples:\n  athar query entity بوتين\n  athar query entity "North Korea" --json',
    )
    .action(async (name: string, opts: CommonOptions) => {
      await run(opts, setExitCode, (kg) => {
        const cs = findEntity(kg, name);
        if (cs.length === 0) throw new UnknownEntityError(name, suggest(kg, name));
        if (opts.json) return JSON.stringify(cs, null, 2);
        return renderCandidates(cs, { isolate: opts.bidi });
      });
    });
};

class UsageError extends Error {}

/** Loads the graph, runs the query and prints; maps failures to messages and exit codes. */
async function run(
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
function noteAlternatives(
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

function show(s: string, opts: CommonOptions): string {
  return opts.bidi ? isolateArabic(s) : s;
}

/** "AID relations from روسيا to ...", for the plain no-result sentence. */
function describeFilter(kg: KnowledgeGraph, f: RelationFilter): string {
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
