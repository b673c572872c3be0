// Queries on the seeds' store answer as the library does on the graph mergeGraph builds from
// the same articles: relationsOf like relations() (edges, order, evidence), evidenceOfEdge like
// the edge's evidence list.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AtharGraph } from "../src/graph-file.js";
import { relations } from "../src/query/relations.js";
import type { Relation } from "../src/query/types.js";
import { closeStore, type Store } from "../src/store/open.js";
import { evidenceOfEdge, relationsOf } from "../src/store/query.js";
import { SEEDS } from "./helpers/paths.js";
import { mergedGraph, processInputs, relationEdges, storeOf } from "./store.fixture.js";

let store: Store;
let graph: AtharGraph;

beforeAll(async () => {
  const p = processInputs([SEEDS]);
  store = await storeOf(p.items);
  graph = mergedGraph(p);
}, 60_000);

afterAll(() => closeStore(store));

/** The library's answer, without the edges the store does not hold (events, KB structure). */
const fromGraph = (filter: Parameters<typeof relations>[1]): Relation[] =>
  relations(graph, filter).filter(
    (r) =>
      r.type !== "PARTICIPANT" &&
      r.evidence.length > 0 &&
      r.source.kind !== "event" &&
      r.target.kind !== "event",
  );

const entities = () => graph.filterNodes((_, a) => a.kind !== "event");

describe("relationsOf", () => {
  it("gives every entity's edges, each way, as relations() does: order, refs and evidence", async () => {
    let compared = 0;
    for (const id of entities()) {
      expect(await relationsOf(store, id), id).toEqual(fromGraph({ involving: id }));
      expect(await relationsOf(store, id, { direction: "out" })).toEqual(fromGraph({ source: id }));
      expect(await relationsOf(store, id, { direction: "in" })).toEqual(fromGraph({ target: id }));
      compared += fromGraph({ involving: id }).length;
    }
    expect(compared).toBeGreaterThan(50);
  }, 60_000);

  it("filters by type and keeps the strongest first under a limit", async () => {
    const all = await relationsOf(store, "state:KP");
    expect(all.length).toBeGreaterThan(3);
    expect(await relationsOf(store, "state:KP", { limit: 3 })).toEqual(all.slice(0, 3));
    const aid = await relationsOf(store, "state:KP", { direction: "out", type: "AID" });
    expect(aid.map((r) => r.id)).toEqual(
      fromGraph({ source: "state:KP", type: "AID" }).map((r) => r.id),
    );
    expect(aid.every((r) => r.type === "AID" && r.source.id === "state:KP")).toBe(true);
    const two = await relationsOf(store, "state:KP", { type: ["AID", "ACCUSE"] });
    expect(two).toEqual(fromGraph({ involving: "state:KP", type: ["AID", "ACCUSE"] }));
  });

  it("carries each piece of evidence with its document, span, sentence, date, outlet and claimant", async () => {
    const [r] = await relationsOf(store, "state:KP", { direction: "out", type: "AID" });
    const e = r?.evidence[0];
    expect(e).toBeDefined();
    expect(Object.keys(e ?? {})).toEqual([
      "doc",
      "sentence",
      "span",
      "outlet",
      "article_date",
      "date",
      "attributed_to",
      "modality",
      "mode",
      "confidence",
      "rule",
      "section",
      "source_text",
      "target_text",
    ]);
    expect(r?.evidence.some((x) => x.attributed_to !== null && x.outlet !== null)).toBe(true);
  });

  it("answers nothing, without error, for an unknown id or one made to look like SQL", async () => {
    expect(await relationsOf(store, "state:XX")).toEqual([]);
    expect(await relationsOf(store, "state:KP' OR '1'='1")).toEqual([]);
    expect(await relationsOf(store, "x'); DROP TABLE documents; --")).toEqual([]);
    expect((await relationsOf(store, "state:KP")).length).toBeGreaterThan(0);
  });

  it("refuses options it does not know", async () => {
    await expect(
      relationsOf(store, "state:KP", { direction: "sideways" } as never),
    ).rejects.toThrow();
    await expect(relationsOf(store, "state:KP", { type: "HUG" } as never)).rejects.toThrow();
    await expect(relationsOf(store, "state:KP", { limit: 0 })).rejects.toThrow();
  });
});

describe("evidenceOfEdge", () => {
  it("is every relation edge's evidence, in the graph's order", async () => {
    const edges = [...relationEdges(graph).values()];
    expect(edges.length).toBeGreaterThan(20);
    for (const e of edges) expect(await evidenceOfEdge(store, e.key), e.key).toEqual(e.evidence);
  });

  it("is empty for an edge the store does not have, and refuses what is not an edge key", async () => {
    expect(await evidenceOfEdge(store, "state:XX|AID|state:RU|negated")).toEqual([]);
    expect(await evidenceOfEdge(store, "state:KP'--|AID|state:RU|affirmed")).toEqual([]);
    for (const bad of [
      "state:KP|AID|state:RU",
      "state:KP|HUG|state:RU|affirmed",
      "a|AID|b|maybe",
      "|AID|b|negated",
    ]) {
      await expect(evidenceOfEdge(store, bad), bad).rejects.toThrow(RangeError);
    }
  });
});
