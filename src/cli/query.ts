// athar query: relations, neighbours, paths and entities from graph.json, as a table for
// people (Arabic isolated so it reads right) or JSON for scripts.
import { type Command, Option } from "commander";
import type { Register } from "../cli.js";
import type { RelationFilter } from "../query/types.js";
import { Polarity, RelationType } from "../schema.js";
import { queryRelationsInStore, storePath } from "./query-store.js";

export interface CommonOptions {
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
    .summary("relations, neighbours, paths and entities, with their evidence")
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
      const q = await import("./query-graph.js");
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
      await q.run(opts, setExitCode, (kg) => {
        q.noteAlternatives(kg, names, opts);
        const rs = q.relations(kg, filter);
        if (opts.json) return JSON.stringify(rs, null, 2);
        if (rs.length === 0)
          return `No ${q.show(q.describeFilter(kg, filter), opts)} in ${opts.graph}.`;
        const table = q.renderRelations(rs, {
          isolate: opts.bidi,
          evidence: Number(opts.evidence),
        });
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
      const q = await import("./query-graph.js");
      await q.run(opts, setExitCode, (kg) => {
        const depth = Number(opts.depth);
        if (!Number.isInteger(depth) || depth < 0)
          throw new q.UsageError(`--depth must be a whole number, not ${opts.depth}`);
        q.noteAlternatives(kg, [entity], opts);
        const n = q.neighbors(kg, entity, depth, {
          limit: opts.limit === undefined ? undefined : Number(opts.limit),
        });
        if (opts.json) return JSON.stringify(n, null, 2);
        if (n.relations.length === 0)
          return `${q.show(q.entityName(n.center), opts)} has no relations in ${opts.graph}.`;
        return q.renderNeighborhood(n, { isolate: opts.bidi });
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
      const q = await import("./query-graph.js");
      await q.run(opts, setExitCode, (kg) => {
        q.noteAlternatives(kg, [from, to], opts);
        const p = q.paths(kg, from, to, { maxPaths: Number(opts.maxPaths) });
        if (opts.json) return JSON.stringify(p, null, 2);
        if (p.length === null) {
          return `No path between ${q.show(q.entityName(p.from), opts)} and ${q.show(q.entityName(p.to), opts)} in ${opts.graph}.`;
        }
        return q.renderPaths(p, { isolate: opts.bidi });
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
      const q = await import("./query-graph.js");
      await q.run(opts, setExitCode, (kg) => {
        const cs = q.findEntity(kg, name);
        if (cs.length === 0) throw new q.UnknownEntityError(name, q.suggest(kg, name));
        if (opts.json) return JSON.stringify(cs, null, 2);
        return q.renderCandidates(cs, { isolate: opts.bidi });
      });
    });
};
