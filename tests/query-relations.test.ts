import { describe, expect, it } from "vitest";
import { neighbors, paths, relations, UnknownEntityError } from "../src/api.js";
import { graphFromFile } from "../src/graph-file.js";
import { knowledgeGraph } from "../src/query/knowledge-graph.js";
import { sampleGraphFile } from "../src/query/sample.js";

const kg = knowledgeGraph(graphFromFile(sampleGraphFile()));
const ids = (rs: { id: string }[]) => rs.map((r) => r.id);

describe("relations", () => {
  it("lists North Korea's AID to Russia, affirmed and negated, each with its evidence spans", () => {
    const rs = relations(kg, { source: "كوريا الشمالية", target: "روسيا" });
    expect(ids(rs)).toEqual(["state:KP|AID|state:RU|affirmed", "state:KP|AID|state:RU|negated"]);
    const [aid, denied] = rs;
    expect(aid?.evidence.map((e) => e.span)).toEqual([
      [612, 709],
      [1040, 1086],
    ]);
    expect(denied?.polarity).toBe("negated");
    expect(denied?.evidence[0]?.sentence).toBe("تنفي كوريا الشمالية وروسيا عقد أي صفقات أسلحة.");
    expect(aid?.source).toEqual({
      id: "state:KP",
      kind: "state",
      label_ar: "كوريا الشمالية",
      label_en: "North Korea",
    });
  });

  it("filters by type and by the acting end, with clitics on the name", () => {
    expect(ids(relations(kg, { source: "وروسيا" }))).toEqual([]);
    expect(ids(relations(kg, { target: "لروسيا", type: "SANCTION" }))).toEqual([
      "state:US|SANCTION|state:RU|affirmed",
    ]);
    expect(relations(kg, { type: ["ROLE"] }).length).toBe(4);
  });

  it("filters by either end", () => {
    const rs = relations(kg, { involving: "United States" });
    expect(rs.every((r) => r.source.id === "state:US" || r.target.id === "state:US")).toBe(true);
    expect(rs.length).toBe(4);
  });

  it("filters by polarity and family", () => {
    expect(ids(relations(kg, { polarity: "negated" }))).toEqual(["state:KP|AID|state:RU|negated"]);
    expect(
      relations(kg, { family: "conflictual" })
        .map((r) => r.type)
        .sort(),
    ).toEqual(["ACCUSE", "SANCTION"]);
  });

  it("filters by mode on each piece of evidence", () => {
    expect(ids(relations(kg, { mode: "military" }))).toEqual(["state:KP|AID|state:RU|affirmed"]);
    expect(ids(relations(kg, { mode: "VISIT" }))).toEqual([
      "person:kim-jong-un|CONSULT|person:vladimir-putin|affirmed",
    ]);
  });

  it("filters by attribution: who claims it, or the outlet's own voice", () => {
    const claimed = relations(kg, { attributedTo: "واشنطن" });
    expect(ids(claimed)).toEqual(["state:KP|AID|state:RU|affirmed"]);
    const denied = relations(kg, { attributedTo: "كوريا الشمالية" });
    expect(ids(denied)).toEqual(["state:KP|AID|state:RU|negated"]);
    const own = relations(kg, { attributedTo: null, source: "state:KP" });
    expect(own).toEqual([]);
  });

  it("keeps only the evidence inside a date range, partial dates as intervals", () => {
    const rs = relations(kg, {
      source: "KP",
      type: "AID",
      polarity: "affirmed",
      since: "2023-11-01",
    });
    expect(rs[0]?.evidence.map((e) => e.date)).toEqual(["2023-11"]);
    expect(relations(kg, { source: "KP", since: "2024" })).toEqual([]);
    expect(ids(relations(kg, { until: "2023-09" })).sort()).toEqual(
      [
        "person:kim-jong-un|CONSULT|person:vladimir-putin|affirmed",
        "event:summit-kim-putin-2023-09-13|PARTICIPANT|person:kim-jong-un|affirmed",
        "event:summit-kim-putin-2023-09-13|PARTICIPANT|person:vladimir-putin|affirmed",
        "person:sergei-shoigu|ROLE|state:RU|affirmed",
      ].sort(),
    );
  });

  it("filters by outlet as a normalized substring", () => {
    const rs = relations(kg, { outlet: "صدى", type: "REQUEST" });
    expect(rs[0]?.evidence[0]?.outlet).toBe("صدى البلد");
    expect(relations(kg, { outlet: "الحره", source: "KP" }).length).toBe(2);
  });

  it("orders the strongest relations first and honours a limit", () => {
    const rs = relations(kg, {});
    for (let i = 1; i < rs.length; i++)
      expect((rs[i - 1]?.weight ?? 0) >= (rs[i]?.weight ?? 0)).toBe(true);
    expect(relations(kg, { limit: 2 }).length).toBe(2);
  });

  it("answers an empty list when the entities exist but no such relation does", () => {
    expect(relations(kg, { source: "روسيا", type: "AID" })).toEqual([]);
  });

  it("rejects an unknown name with suggestions, and an unknown type with the zod message", () => {
    expect(() => relations(kg, { source: "روسياا" })).toThrow(UnknownEntityError);
    expect(() => relations(kg, { type: "HUG" as never })).toThrow(/type/);
  });

  it("works on a plain graphology graph and notices when the graph changes", () => {
    const g = graphFromFile(sampleGraphFile());
    expect(relations(g, { source: "KP" }).length).toBe(2);
    g.addNode("state:CN", {
      kind: "state",
      label_ar: "الصين",
      label_en: "China",
      aliases: ["الصين"],
      roles: [],
      provisional: false,
      mentions: 1,
      articles: 1,
    });
    expect(relations(g, { involving: "الصين" })).toEqual([]);
  });
});

describe("neighbors", () => {
  it("lists direct neighbours at depth 1, ignoring direction", () => {
    const n = neighbors(kg, "Kim Jong Un", 1);
    expect(n.center.id).toBe("person:kim-jong-un");
    expect(n.nodes.map((x) => x.entity.id).sort()).toEqual(
      [
        "event:summit-kim-putin-2023-09-13",
        "person:kim-jong-un",
        "person:vladimir-putin",
        "state:KP",
      ].sort(),
    );
    expect(n.relations.length).toBe(3);
  });

  it("walks two hops at depth 2 and records each entity's distance", () => {
    const n = neighbors(kg, "Kim Jong Un", 2);
    const dist = Object.fromEntries(n.nodes.map((x) => [x.entity.id, x.distance]));
    expect(dist["state:RU"]).toBe(2);
    expect(dist["state:US"]).toBe(2);
    expect(dist["person:antony-blinken"]).toBeUndefined();
    expect(n.relations.every((r) => r.evidence.length > 0)).toBe(true);
  });

  it("returns just the entity at depth 0 and for an isolated entity", () => {
    expect(neighbors(kg, "بارك جين", 3).nodes.length).toBe(1);
    expect(neighbors(kg, "روسيا", 0).relations).toEqual([]);
  });
});

describe("paths", () => {
  it("links Blinken to Shoigu through the graph with the relation on each hop", () => {
    const p = paths(kg, "Blinken", "Shoigu");
    expect(p.length).toBe(3);
    const [best] = p.paths;
    expect(best?.nodes.map((n) => n.id)).toEqual([
      "person:antony-blinken",
      "state:US",
      "state:RU",
      "person:sergei-shoigu",
    ]);
    expect(best?.hops.map((h) => h.relations.map((r) => r.type))).toEqual([
      ["ROLE"],
      ["SANCTION"],
      ["ROLE"],
    ]);
    expect(best?.hops[1]?.relations[0]?.evidence[0]?.sentence).toBe(
      "فرضت واشنطن عقوبات جديدة على موسكو.",
    );
  });

  it("lists every shortest path, with all relations between each pair", () => {
    const p = paths(kg, "كيم جونغ أون", "روسيا");
    expect(p.length).toBe(2);
    expect(p.paths.map((x) => x.nodes.map((n) => n.id).join(" > ")).sort()).toEqual([
      "person:kim-jong-un > person:vladimir-putin > state:RU",
      "person:kim-jong-un > state:KP > state:RU",
    ]);
    const viaKp = p.paths.find((x) => x.nodes[1]?.id === "state:KP");
    expect(viaKp?.hops[1]?.relations.map((r) => r.polarity).sort()).toEqual([
      "affirmed",
      "negated",
    ]);
  });

  it("says there is no path between unconnected entities", () => {
    const p = paths(kg, "بارك جين", "روسيا");
    expect(p.length).toBeNull();
    expect(p.paths).toEqual([]);
  });

  it("gives a zero-length path from an entity to itself and honours maxPaths", () => {
    expect(paths(kg, "روسيا", "Russia").length).toBe(0);
    expect(paths(kg, "Kim Jong Un", "Russia", { maxPaths: 1 }).paths.length).toBe(1);
  });
});
