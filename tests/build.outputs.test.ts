import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ArticlesFile, GraphFile } from "../src/graph-schema.js";
import { Mention, RelationMention, SCHEMA_VERSION } from "../src/schema.js";
import { writeOutputs } from "../src/write.js";
import { runQuiet } from "./helpers/build.js";
import { SEED_FILES, SEEDS, tempDir } from "./helpers/paths.js";

let first: string;
let second: string;

beforeAll(async () => {
  const root = tempDir();
  first = join(root, "one");
  second = join(root, "two");
  expect((await runQuiet([SEEDS], { out: first, gexf: true })).code).toBe(0);
  expect((await runQuiet([SEEDS], { out: second, gexf: true })).code).toBe(0);
}, 60_000);

const read = (dir: string, name: string) => readFileSync(join(dir, name), "utf8");
const lines = (dir: string, name: string) =>
  read(dir, name)
    .split("\n")
    .filter((l) => l.length > 0);

describe("athar build seeds --out <dir>", () => {
  it("writes mentions.jsonl, triples.jsonl, graph.json, articles.json, graph.gexf, view.json and view-edges.json", () => {
    expect(readdirSync(first).sort()).toEqual(
      [
        "articles.json",
        "graph.gexf",
        "graph.json",
        "mentions.jsonl",
        "triples.jsonl",
        "view-edges.json",
        "view.json",
      ].sort(),
    );
  });

  it("gives byte-identical outputs for the same inputs", () => {
    for (const name of readdirSync(first)) {
      expect(readFileSync(join(second, name)).equals(readFileSync(join(first, name))), name).toBe(
        true,
      );
    }
  });

  it("leaves no temporary files behind (writes are atomic)", () => {
    for (const dir of [first, second]) {
      expect(readdirSync(dir).filter((f) => f.includes(".tmp"))).toEqual([]);
    }
  });

  it("writes graph.json that validates against GraphFile", () => {
    const r = GraphFile.safeParse(JSON.parse(read(first, "graph.json")));
    const issues = r.success
      ? []
      : r.error.issues.slice(0, 5).map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(issues).toEqual([]);
  });

  it("writes one valid Mention per line of mentions.jsonl", () => {
    const rows = lines(first, "mentions.jsonl");
    expect(rows.length).toBeGreaterThan(100);
    for (const [i, l] of rows.entries()) {
      expect(Mention.safeParse(JSON.parse(l)).success, `line ${i + 1}`).toBe(true);
    }
  });

  it("writes one valid RelationMention per line of triples.jsonl", () => {
    const rows = lines(first, "triples.jsonl");
    expect(rows.length).toBeGreaterThan(20);
    for (const [i, l] of rows.entries()) {
      const r = RelationMention.safeParse(JSON.parse(l));
      expect(r.success, `line ${i + 1}: ${r.success ? "" : r.error.issues[0]?.message}`).toBe(true);
    }
  });

  it("writes articles.json with each article's original text", () => {
    const a = ArticlesFile.parse(JSON.parse(read(first, "articles.json")));
    expect(a.articles.map((x) => x.doc)).toEqual(SEED_FILES);
    for (const x of a.articles) expect(x.text).toBe(readFileSync(join(SEEDS, x.doc), "utf8"));
  });

  it("records the schema version, the inputs with their content hashes, and the counts", () => {
    const g = GraphFile.parse(JSON.parse(read(first, "graph.json")));
    expect(g.meta.schema).toBe(SCHEMA_VERSION);
    expect(g.meta.extractor).toMatch(/athar/);
    expect(g.meta.documents.map((d) => d.doc)).toEqual(SEED_FILES);
    for (const d of g.meta.documents) {
      const bytes = readFileSync(join(SEEDS, d.doc));
      expect(d.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
      expect(d.bytes).toBe(bytes.length);
    }
    expect(g.meta.documents.find((d) => d.doc === "000_77e392895dce245a.txt")).toMatchObject({
      date: "2023-11-09",
      source: "موقع 24",
    });
    expect(g.meta.counts.articles).toBe(5);
    expect(g.meta.counts.mentions).toBe(lines(first, "mentions.jsonl").length);
    expect(g.meta.counts.relations).toBe(lines(first, "triples.jsonl").length);
    expect(g.meta.counts.edges).toBe(g.edges.length);
    expect(g.meta.counts.entities + g.meta.counts.events).toBe(g.nodes.length);
    expect(g.meta.counts.errors).toBe(0);
  });

  it("has one node per entity, with kind, labels and mention and article counts", () => {
    const g = GraphFile.parse(JSON.parse(read(first, "graph.json")));
    const keys = g.nodes.map((n) => n.key);
    expect(new Set(keys).size).toBe(keys.length);
    const kp = g.nodes.find((n) => n.key === "state:KP")?.attributes;
    expect(kp).toMatchObject({ kind: "state", label_en: "North Korea", provisional: false });
    expect(kp?.articles).toBe(5);
    expect(kp?.mentions).toBeGreaterThan(20);
    // Every entity mentioned in mentions.jsonl is a node.
    for (const l of lines(first, "mentions.jsonl")) {
      const m = Mention.parse(JSON.parse(l));
      expect(keys).toContain(m.entity.id);
    }
  });

  it("aggregates edges by (source, type, target, polarity) with weight counting distinct articles", () => {
    const g = GraphFile.parse(JSON.parse(read(first, "graph.json")));
    const seen = new Set<string>();
    for (const e of g.edges) {
      if (e.attributes.type === "PARTICIPANT") continue;
      const k = `${e.source}|${e.attributes.type}|${e.target}|${e.attributes.polarity}`;
      expect(seen.has(k), k).toBe(false);
      seen.add(k);
      const docs = new Set(e.attributes.evidence.map((x) => x.doc));
      if (e.attributes.evidence.length > 0) {
        expect(e.attributes.weight, k).toBe(docs.size);
        expect(e.attributes.mentions, k).toBe(e.attributes.evidence.length);
      }
    }
    // North Korea AID Russia is told by several seeds.
    const aid = g.edges.find(
      (e) =>
        e.source === "state:KP" &&
        e.target === "state:RU" &&
        e.attributes.type === "AID" &&
        e.attributes.polarity === "affirmed",
    );
    expect(aid?.attributes.weight).toBeGreaterThanOrEqual(2);
  });
});

describe("atomic writes", () => {
  it("replaces an existing output and leaves no temporary file", () => {
    const dir = tempDir();
    writeOutputs(dir, { "graph.json": "old\n" });
    writeOutputs(dir, { "graph.json": "new\n", "triples.jsonl": "" });
    expect(read(dir, "graph.json")).toBe("new\n");
    expect(readdirSync(dir).sort()).toEqual(["graph.json", "triples.jsonl"]);
  });

  it("creates the output folder when it is missing", () => {
    const dir = join(tempDir(), "a", "b");
    writeOutputs(dir, { "graph.json": "{}\n" });
    expect(read(dir, "graph.json")).toBe("{}\n");
  });
});
