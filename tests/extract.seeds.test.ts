// The acceptance list of issue 3 on `athar build seeds`: each relation with its exact span.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { GraphFile } from "../src/graph-schema.js";
import type { RelationMention } from "../src/schema.js";
import { type BuildResult, build } from "./helpers/build.js";
import { SEED_FILES, SEEDS } from "./helpers/paths.js";
import { bundledKb, show } from "./helpers/pipeline.js";

const S0 = "000_77e392895dce245a.txt";
const S1 = "001_d06de67a4468fdf3.txt";
const files = new Map(SEED_FILES.map((f) => [f, readFileSync(join(SEEDS, f), "utf8")]));
const file = (doc: string) => files.get(doc) as string;
const evidence = (t: RelationMention) => file(t.doc).slice(...t.span);

let b: BuildResult;
let triples: RelationMention[];
let graph: GraphFile;

beforeAll(async () => {
  b = await build([SEEDS]);
  triples = b.triples;
  graph = b.graph;
}, 60_000);

const where = (p: (t: RelationMention) => boolean) => triples.filter(p);
const all = () => `\n${show(triples)}`;

describe("issue 3 acceptance on the seeds", () => {
  it("builds the five seeds without errors", () => {
    expect(b.code, b.stderr.join("\n")).toBe(0);
    expect([...b.texts.keys()].sort()).toEqual(SEED_FILES);
  });

  it.each([
    ["the United States", "state:US"],
    ["South Korea", "state:KR"],
    ["Japan", "state:JP"],
  ])("%s ACCUSE North Korea, with a span that slices to text containing أدانت", (_, id) => {
    const hits = where(
      (t) =>
        t.doc === S0 &&
        t.source.id === id &&
        t.type === "ACCUSE" &&
        t.target.id === "state:KP" &&
        t.polarity === "affirmed",
    );
    expect(hits, all()).not.toHaveLength(0);
    expect(hits.some((t) => evidence(t).includes("أدانت"))).toBe(true);
  });

  it("North Korea AID(military) Russia, attributed to one of the accusers", () => {
    const hits = where(
      (t) =>
        t.doc === S0 &&
        t.source.id === "state:KP" &&
        t.type === "AID" &&
        t.mode === "military" &&
        t.target.id === "state:RU" &&
        t.polarity === "affirmed",
    );
    expect(hits, all()).not.toHaveLength(0);
    const attributed = hits.filter((t) =>
      ["state:US", "state:KR", "state:JP"].includes(t.attributed_to?.id ?? ""),
    );
    expect(attributed, show(hits)).not.toHaveLength(0);
    expect(attributed.some((t) => evidence(t).includes("الأسلحة"))).toBe(true);
  });

  it("North Korea and Russia's denial as a negated relation between them, attributed to the deniers", () => {
    const pair = new Set(["state:KP", "state:RU"]);
    const hits = where(
      (t) =>
        t.doc === S0 &&
        t.polarity === "negated" &&
        pair.has(t.source.id) &&
        pair.has(t.target.id) &&
        t.source.id !== t.target.id,
    );
    expect(hits, all()).not.toHaveLength(0);
    const denial = hits.find((t) => t.sentence.includes("تنفي"));
    expect(denial).toBeDefined();
    expect(pair.has(denial?.attributed_to?.id ?? "")).toBe(true);
    expect(evidence(denial as RelationMention)).toContain("صفقات أسلحة");
  });

  it("no affirmed arms deal between North Korea and Russia from the denial sentence", () => {
    const wrong = where(
      (t) =>
        t.doc === S0 &&
        t.sentence.includes("تنفي") &&
        t.polarity === "affirmed" &&
        t.type === "AID" &&
        new Set([t.source.id, t.target.id]).has("state:KP"),
    );
    expect(wrong, show(wrong)).toEqual([]);
  });

  it("Kim Jong Un CONSULT Vladimir Putin, with the meeting sentence as evidence", () => {
    const hits = where(
      (t) =>
        t.type === "CONSULT" &&
        t.polarity === "affirmed" &&
        new Set([t.source.id, t.target.id]).has("person:kim-jong-un") &&
        new Set([t.source.id, t.target.id]).has("person:vladimir-putin"),
    );
    expect(hits, all()).not.toHaveLength(0);
    expect(hits.some((t) => t.doc === S1 && evidence(t).includes("اجتمع"))).toBe(true);
  });

  it("a meeting event node linked to both Kim Jong Un and Vladimir Putin", () => {
    const participants = (event: string) =>
      graph.edges
        .filter((e) => e.target === event && e.attributes.type === "PARTICIPANT")
        .map((e) => e.source);
    const meetings = graph.nodes.filter(
      (n) => n.attributes.kind === "event" && n.attributes.event_type === "meeting",
    );
    const kimPutin = meetings.filter((n) => {
      const p = participants(n.key);
      return p.includes("person:kim-jong-un") && p.includes("person:vladimir-putin");
    });
    expect(
      kimPutin.map((n) => n.key),
      meetings.map((n) => n.key).join(", "),
    ).not.toHaveLength(0);
    const ev = kimPutin[0]?.attributes.evidence ?? [];
    expect(
      ev.some(
        (e) =>
          e.doc === S1 &&
          file(e.doc)
            .slice(...e.span)
            .includes("اجتمع"),
      ),
    ).toBe(true);
  });

  it("Sergei Shoigu CONSULT(visit) North Korea, with Pyongyang kept as the place", () => {
    const hits = where(
      (t) =>
        t.source.id === "person:sergei-shoigu" &&
        t.type === "CONSULT" &&
        t.mode === "visit" &&
        t.target.id === "state:KP" &&
        t.polarity === "affirmed",
    );
    expect(hits, all()).not.toHaveLength(0);
    expect(hits.some((t) => t.place?.id === "place:pyongyang")).toBe(true);
    for (const t of hits) expect(evidence(t)).toContain("زار");
  });

  it("a visit event node for Shoigu located in Pyongyang", () => {
    const visits = graph.nodes.filter((n) => n.attributes.event_type === "visit").map((n) => n.key);
    const shoigu = visits.filter((v) =>
      graph.edges.some(
        (e) =>
          e.target === v && e.source === "person:sergei-shoigu" && e.attributes.role === "actor",
      ),
    );
    expect(shoigu).not.toHaveLength(0);
    expect(
      graph.edges.some(
        (e) =>
          shoigu.includes(e.source) &&
          e.attributes.type === "LOCATED_IN" &&
          e.target === "place:pyongyang",
      ),
    ).toBe(true);
  });

  // Kirby speaks for the National Security Council; its state is the United States.
  const serves = (target: string, state: string) =>
    target === state || bundledKb().entities.get(target)?.part_of === state;

  it.each([
    ["Antony Blinken", "person:antony-blinken", "state:US", "وزير الخارجية"],
    ["Sergei Shoigu", "person:sergei-shoigu", "state:RU", "وزير الدفاع"],
    ["John Kirby", "person:john-kirby", "state:US", "المتحدث باسم"],
    ["Jake Sullivan", "person:jake-sullivan", "state:US", "مستشار الأمن القومي"],
    ["Park Jin", "person:park-jin", "state:KR", "الكوري الجنوبي"],
  ])("a ROLE edge for %s, its office in the evidence", (_, person, state, office) => {
    const edges = graph.edges.filter(
      (e) => e.source === person && e.attributes.type === "ROLE" && serves(e.target, state),
    );
    expect(
      edges,
      `ROLE edges: ${graph.edges
        .filter((e) => e.attributes.type === "ROLE")
        .map((e) => `${e.source}->${e.target}`)
        .join(", ")}`,
    ).not.toHaveLength(0);
    const ev = edges.flatMap((e) => e.attributes.evidence);
    expect(
      ev.some((e) =>
        file(e.doc)
          .slice(...e.span)
          .includes(office),
      ),
    ).toBe(true);
    const rt = where((t) => t.type === "ROLE" && t.source.id === person);
    expect(rt.length).toBeGreaterThan(0);
  });
});

describe("provenance of every triple", () => {
  it("slices each span from the file to text inside the triple's sentence, which is in the file", () => {
    expect(triples.length).toBeGreaterThan(20);
    for (const t of triples) {
      const text = file(t.doc);
      const [s, e] = t.span;
      expect(s < e && e <= text.length, `${t.doc} ${t.span}`).toBe(true);
      // Some occurrence of the sentence in the file holds the span.
      let found = false;
      for (let o = text.indexOf(t.sentence); o >= 0; o = text.indexOf(t.sentence, o + 1)) {
        if (o <= s && e <= o + t.sentence.length) found = true;
      }
      expect(found, `${t.doc}: "${evidence(t)}" not inside "${t.sentence}"`).toBe(true);
    }
  });

  it("never relates an entity to itself", () => {
    expect(
      where((t) => t.source.id === t.target.id).map((t) => `${t.doc} ${t.type} ${t.source.id}`),
    ).toEqual([]);
  });

  it("gives every evidence span on the graph's edges the same exactness", () => {
    for (const edge of graph.edges) {
      for (const ev of edge.attributes.evidence) {
        const slice = file(ev.doc).slice(...ev.span);
        expect(slice.length).toBeGreaterThan(0);
        expect(ev.sentence).toContain(slice);
      }
    }
  });

  it("keeps related-article teasers apart: their triples carry section related", () => {
    const related = where((t) => t.section === "related");
    expect(related.length).toBeGreaterThan(0);
    for (const t of related) {
      const text = file(t.doc);
      expect(t.span[0]).toBeGreaterThan(text.search(/إقرأ أيضاً|مقالات مشابهة/));
    }
  });
});
