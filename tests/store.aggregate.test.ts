// Edges and nodes aggregated by SQL equal those mergeGraph builds in memory from the same
// articles: the seeds, and the 300 corpus articles when ../shared/corpus is there.
import { listValue } from "@duckdb/node-api";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { mostFrequent } from "../src/merge/evidence.js";
import { familyOf, isSymmetric } from "../src/merge/family.js";
import { compareDocs } from "../src/order.js";
import { PLOVER_TYPES, STRUCTURAL_TYPES } from "../src/schema.js";
import {
  aggregateEdges,
  aggregateNodes,
  type EdgeRow,
  mostFrequentCounted,
  type NodeRow,
} from "../src/store/aggregate.js";
import { closeStore } from "../src/store/open.js";
import { familySql, symmetricSql } from "../src/store/schema.js";
import { queryRows } from "../src/store/sql.js";
import { CORPUS, HAS_CORPUS, NO_CORPUS_MESSAGE, SEEDS } from "./helpers/paths.js";
import {
  item,
  mergedGraph,
  type Processed,
  processInputs,
  relation,
  relationEdges,
  storeOf,
} from "./store.fixture.js";

/** The graph's relation edges as EdgeRows (what aggregateEdges must return), ordered by key. */
function expectedEdges(p: Processed): EdgeRow[] {
  return [...relationEdges(mergedGraph(p)).values()]
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ evidence: _, role: __, ...e }) => ({
      key: e.key,
      source: e.source,
      target: e.target,
      type: e.type,
      family: e.family,
      mode: e.mode,
      polarity: e.polarity,
      weight: e.weight,
      mentions: e.mentions,
      first_date: e.first_date,
      last_date: e.last_date,
      ...(e.title !== undefined ? { title: e.title } : {}),
    }));
}

/** The graph's entity nodes as NodeRows, ordered by id. */
function expectedNodes(p: Processed): NodeRow[] {
  const g = mergedGraph(p);
  return g
    .filterNodes((_, a) => a.kind !== "event")
    .sort()
    .map((id) => {
      const a = g.getNodeAttributes(id);
      return {
        id,
        kind: a.kind,
        label_ar: a.label_ar,
        label_en: a.label_en,
        aliases: a.aliases,
        mentions: a.mentions,
        articles: a.articles,
      };
    });
}

/** Same as mergeGraph: edges and nodes, through the API and through the SQL views. */
function agreesWithTheGraph(name: string, inputs: () => string[]) {
  let p: Processed;
  let edges: EdgeRow[];
  let nodes: NodeRow[];
  let viewEdges: Array<Record<string, unknown>>;
  let viewNodes: Array<Record<string, unknown>>;
  beforeAll(async () => {
    p = processInputs(inputs());
    const store = await storeOf(p.items, 100);
    edges = await aggregateEdges(store);
    nodes = await aggregateNodes(store);
    viewEdges = await queryRows(store, "SELECT * FROM edges");
    viewNodes = await queryRows(store, "SELECT * FROM nodes");
    closeStore(store);
  }, 120_000);

  it(`${name}: every relation edge, with key, ends, weight, mentions, dates, mode and title`, () => {
    const expected = expectedEdges(p);
    expect(expected.length).toBeGreaterThan(20);
    expect(edges.map((e) => e.key)).toEqual(expected.map((e) => e.key));
    expect(edges).toEqual(expected);
    expect(edges.some((e) => e.title) && edges.some((e) => e.weight > 1)).toBe(true);
    expect(edges.some((e) => e.first_date !== e.last_date)).toBe(true);
  });

  it(`${name}: every entity node, with kind, labels, aliases, mention and article counts`, () => {
    const expected = expectedNodes(p);
    expect(nodes.length).toBeGreaterThan(20);
    expect(nodes).toEqual(expected);
  });

  it(`${name}: the edges and nodes views say the same`, () => {
    // The views have a column for every field (NULL for no title); no mode ties here.
    expect(viewEdges).toEqual(edges.map(({ title, ...e }) => ({ ...e, title: title ?? null })));
    expect(viewNodes.map((n) => ({ ...n, aliases: [...(n.aliases as string[])].sort() }))).toEqual(
      nodes,
    );
  });
}

describe("the seeds", () => {
  agreesWithTheGraph("seeds", () => [SEEDS]);
});

describe.skipIf(!HAS_CORPUS)(HAS_CORPUS ? "the corpus and the seeds" : NO_CORPUS_MESSAGE, () => {
  agreesWithTheGraph("corpus", () => [SEEDS, CORPUS]);
});

describe("the graph's rules, case by case", () => {
  // As the build does, the graph meets the documents in canonical order (a9.txt, a10.txt, a.txt).
  const graphOf = (given: ReturnType<typeof item>[]): Processed => {
    const items = [...given].sort((a, b) => compareDocs(a.info.doc, b.info.doc));
    return {
      items,
      input: {
        articles: items.map((i) => ({
          doc: i.info.doc,
          text: "",
          title: i.info.title,
          date: i.info.date,
          source: i.info.source,
          url: i.info.url,
          pieces: [],
          sha256: i.info.sha256,
        })),
        outputs: items.map((i) => i.output),
        errors: [],
        bytes: new Map(),
      },
    };
  };
  const ru = relation("x").source;
  const kp = relation("x").target;
  const cases = [
    item("a.txt", {
      relations: [
        // Symmetric: one edge for both directions (a CONSULT without a mode is symmetric too).
        relation("a.txt", { type: "COOPERATE", mode: null }),
        relation("a.txt", { type: "COOPERATE", mode: null, source: kp, target: ru }),
        relation("a.txt", { type: "CONSULT", mode: null, source: ru, target: kp }),
        relation("a.txt", { type: "CONSULT", mode: "visit", source: ru, target: kp }),
        relation("a.txt", { type: "CONSULT", mode: "visit", source: kp, target: ru }),
        // A self-relation makes no edge.
        relation("a.txt", { target: { ...ru } }),
        // Tied modes: "B" before "a" in code-unit order (no locale: the same on every machine).
        relation("a.txt", { type: "SUPPORT", mode: "B" }),
        relation("a.txt", { type: "SUPPORT", mode: "a" }),
        // Tied titles that differ by a right-to-left mark: code-unit order again.
        relation("a.txt", { type: "ROLE", mode: null, title: "الرئيس\u200f", date: "2023-01" }),
      ],
    }),
    item(
      "a10.txt",
      {
        relations: [
          relation("a10.txt", { type: "ROLE", mode: null, title: "الرئيس", date: null }),
          relation("a10.txt", { type: "AID", mode: "", polarity: "negated" }),
        ],
      },
      null,
    ),
    item(
      "a9.txt",
      {
        relations: [
          relation("a9.txt", { type: "ROLE", mode: null, title: "الرئيس" }),
          relation("a9.txt", { type: "ROLE", mode: null, title: "الرئيس\u200f" }),
          relation("a9.txt", { type: "AID", mode: "military", polarity: "negated" }),
        ],
      },
      "2022-12-31",
    ),
  ];

  it("symmetric ends, self-relations, ties broken by code units, missing dates", async () => {
    const store = await storeOf(cases, 1);
    const edges = await aggregateEdges(store);
    const view = await queryRows<{ key: string; mode: string | null }>(
      store,
      "SELECT key, mode FROM edges",
    );
    closeStore(store);
    const p = graphOf(cases);
    expect(edges).toEqual(expectedEdges(p));
    const byKey = new Map(edges.map((e) => [e.key, e]));
    expect(byKey.get("state:KP|COOPERATE|state:RU|affirmed")?.mentions).toBe(2);
    // The mode-less CONSULT is symmetric (ordered KP, RU) and joins the visit from KP; the
    // visit from RU keeps its direction.
    expect(byKey.get("state:KP|CONSULT|state:RU|affirmed")?.mentions).toBe(2);
    expect(byKey.get("state:RU|CONSULT|state:KP|affirmed")).toMatchObject({
      mode: "visit",
      mentions: 1,
    });
    expect(byKey.has("state:RU|AID|state:RU|affirmed")).toBe(false);
    expect(byKey.get("state:RU|SUPPORT|state:KP|affirmed")?.mode).toBe("B");
    const role = byKey.get("state:RU|ROLE|state:KP|affirmed");
    // Two titles twice each: the one without the mark is first in code-unit order.
    expect(role?.title).toBe("الرئيس");
    expect([role?.first_date, role?.last_date]).toEqual(["2022-12-31", "2023-01"]);
    const aid = byKey.get("state:RU|AID|state:KP|negated");
    expect([aid?.mode, aid?.first_date, aid?.weight]).toEqual(["military", "2022-12-31", 2]);
    // The view breaks the mode tie the same way.
    expect(view.find((v) => v.key === "state:RU|SUPPORT|state:KP|affirmed")?.mode).toBe("B");
  });

  it("mostFrequentCounted over counts is merge/evidence.ts mostFrequent", () => {
    const value = fc.constantFrom("a", "B", "b", "a\u200f", "الرئيس", "الرئيس\u200f", "", null);
    fc.assert(
      fc.property(fc.array(value, { maxLength: 12 }), (values) => {
        const counts = new Map<string, number>();
        for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
        expect(mostFrequentCounted(counts)).toBe(mostFrequent(values));
      }),
    );
  });

  it("the SQL of isSymmetric and familyOf is theirs for every type and mode", async () => {
    const store = await storeOf([]);
    const types = [...PLOVER_TYPES, ...STRUCTURAL_TYPES];
    const modes = [null, "visit", "phone", "military", ""];
    const rows = await queryRows<{
      type: string;
      mode: string | null;
      sym: boolean;
      family: string;
    }>(
      store,
      `SELECT type, mode, ${symmetricSql("r")} AS sym, ${familySql("r.type")} AS family
       FROM (SELECT * FROM (SELECT unnest($1::VARCHAR[]) AS type)
             CROSS JOIN (SELECT unnest($2::VARCHAR[]) AS mode)) r`,
      [listValue(types), listValue(modes)],
    );
    closeStore(store);
    expect(rows).toHaveLength(types.length * modes.length);
    for (const r of rows) {
      expect(r.sym, `${r.type} ${r.mode}`).toBe(isSymmetric(r.type, r.mode));
      expect(r.family).toBe(familyOf(r.type as (typeof types)[number]));
    }
  });
});
