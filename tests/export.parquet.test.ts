// athar export --format parquet on the committed build (graph/): the tables, their month
// partitions and row counts, spans that still point at the evidence, the same bytes on every
// export, two independent readers (DuckDB and hyparquet) that agree with the documented
// columns, and the README's table of them.
import { createHash } from "node:crypto";
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from "hyparquet";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "../src/cli.js";
import {
  monthOf,
  PARQUET_SCHEMA,
  PARQUET_TABLES,
  SCHEMA_FILE,
  sqlType,
} from "../src/export/parquet-schema.js";
import type { GraphFile } from "../src/graph-schema.js";
import type { Mention, RelationMention } from "../src/schema.js";
import { type RelationMentionRow, rowToRelationMention } from "../src/store/rows.js";
import { plainValue } from "../src/store/sql.js";
import { REPO, tempDir } from "./helpers/paths.js";

const scratches: string[] = [];
/** A temporary folder removed after this file's tests. */
const scratch = (prefix: string) => {
  const dir = tempDir(prefix);
  scratches.push(dir);
  return dir;
};

const GRAPH_DIR = join(REPO, "graph");
const GRAPH = join(GRAPH_DIR, "graph.json");
const lines = (file: string) =>
  readFileSync(join(GRAPH_DIR, file), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l));
const triples: RelationMention[] = lines("triples.jsonl");
const mentions: Mention[] = lines("mentions.jsonl");
const graphFile: GraphFile = JSON.parse(readFileSync(GRAPH, "utf8"));
const articles = new Map<string, string>(
  JSON.parse(readFileSync(join(GRAPH_DIR, "articles.json"), "utf8")).articles.map(
    (a: { doc: string; text: string }) => [a.doc, a.text],
  ),
);

async function athar(...args: string[]): Promise<{ code: number; err: string }> {
  const err: string[] = [];
  const spy = vi.spyOn(console, "error").mockImplementation((...a) => void err.push(a.join(" ")));
  try {
    return { code: await main(["node", "athar", ...args]), err: err.join("\n") };
  } finally {
    spy.mockRestore();
  }
}

/** SHA-256 of every file under `dir`, by path relative to it. */
function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const p = join(e.parentPath, e.name);
    out[relative(dir, p)] = createHash("sha256").update(readFileSync(p)).digest("hex");
  }
  return out;
}

const parquetFiles = (dir: string, table: string) =>
  readdirSync(join(dir, table), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".parquet"))
    .sort()
    .map((f) => join(dir, table, f));

const work = tempDir("athar-parquet-");
const OUT = join(work, "tables");
let instance: DuckDBInstance;
let db: DuckDBConnection;

async function rows<T>(sql: string): Promise<T[]> {
  const reader = await db.runAndReadAll(sql);
  return reader.convertRowObjects(plainValue) as T[];
}

const glob = (table: string) =>
  `read_parquet('${join(OUT, table)}/*/*.parquet', hive_partitioning = true)`;

beforeAll(async () => {
  const r = await athar("export", "--format", "parquet", "--graph", GRAPH, "--out", OUT);
  expect(r.code, r.err).toBe(0);
  instance = await DuckDBInstance.create(":memory:", { autoinstall_known_extensions: "false" });
  db = await instance.connect();
}, 60_000);

afterAll(() => {
  db?.closeSync();
  instance?.closeSync();
  for (const d of [work, ...scratches]) rmSync(d, { recursive: true, force: true });
});

/**
 * The columns of athar-parquet/1. mentions and relation_mentions take the store's columns
 * (src/store/schema.ts): a change there changes the files, so it must bump PARQUET_SCHEMA and
 * this list with it.
 */
const SCHEMA_1: Record<string, string> = {
  documents: "doc sha256 bytes title date source url",
  mentions:
    "doc seq entity_id kind label_ar label_en text span_start span_end sentence section rule " +
    "place_id place_kind place_label_ar place_label_en",
  relation_mentions:
    "doc seq source_id source_kind source_label_ar source_label_en source_text target_id " +
    "target_kind target_label_ar target_label_en target_text type mode polarity modality " +
    "attributed_to_id attributed_to_kind attributed_to_label_ar attributed_to_label_en " +
    "attributed_to_text date sentence_text span_start span_end confidence rule section title " +
    "event place_id place_kind place_label_ar place_label_en",
  nodes:
    "id kind label_ar label_en provisional mentions articles aliases roles event_type date " +
    "first_date evidence_count degree weighted_degree pagerank community x y size color",
  edges:
    "key source target type family mode polarity weight mentions first_date last_date title " +
    "role evidence_count",
};

describe("athar export --format parquet", () => {
  it(`has the columns of ${PARQUET_SCHEMA} (another list needs another version)`, () => {
    expect(PARQUET_SCHEMA).toBe("athar-parquet/1");
    expect(
      Object.fromEntries(
        PARQUET_TABLES.map((t) => [t.name, t.columns.map((c) => c.name).join(" ")]),
      ),
    ).toEqual(SCHEMA_1);
  });

  it("writes one folder per table, partitioned by month, and _schema.json", () => {
    expect(readdirSync(OUT).sort()).toEqual(
      [...PARQUET_TABLES.map((t) => t.name), SCHEMA_FILE].sort(),
    );
    const docDate = new Map(graphFile.meta.documents.map((d) => [d.doc, d.date]));
    const expected = new Set(triples.map((t) => `month=${monthOf(t.date ?? docDate.get(t.doc))}`));
    expect(readdirSync(join(OUT, "relation_mentions")).sort()).toEqual([...expected].sort());
    expect(expected).toContain("month=2023-09");
    expect(expected).toContain("month=unknown");
    for (const t of PARQUET_TABLES) {
      for (const part of readdirSync(join(OUT, t.name))) {
        expect(part).toMatch(/^month=(\d{4}-\d{2}|unknown)$/);
        expect(readdirSync(join(OUT, t.name, part))).toEqual(["part-0.parquet"]);
      }
    }
  });

  it("puts each row in the month of its date, else its article's", async () => {
    const docDate = new Map(graphFile.meta.documents.map((d) => [d.doc, d.date]));
    const got = await rows<{ doc: string; seq: number; month: string }>(
      `SELECT doc, seq, month FROM ${glob("relation_mentions")} ORDER BY doc, seq`,
    );
    const seqs = new Map<string, number>();
    const want = triples.map((t) => {
      const seq = seqs.get(t.doc) ?? 0;
      seqs.set(t.doc, seq + 1);
      return { doc: t.doc, seq, month: monthOf(t.date ?? docDate.get(t.doc)) };
    });
    const key = (r: { doc: string; seq: number }) => `${r.doc}#${r.seq}`;
    expect(new Map(got.map((r) => [key(r), r.month]))).toEqual(
      new Map(want.map((r) => [key(r), r.month])),
    );
    const mentionMonths = await rows<{ doc: string; month: string }>(
      `SELECT DISTINCT doc, month FROM ${glob("mentions")} ORDER BY doc`,
    );
    for (const m of mentionMonths) expect(m.month).toBe(monthOf(docDate.get(m.doc)));
  });

  it("holds a row per line, document, node and edge of the build", async () => {
    const counts = async (table: string) =>
      (await rows<{ n: number }>(`SELECT count(*) AS n FROM ${glob(table)}`))[0]?.n;
    expect(await counts("relation_mentions")).toBe(triples.length);
    expect(await counts("mentions")).toBe(mentions.length);
    expect(await counts("documents")).toBe(graphFile.meta.documents.length);
    expect(await counts("nodes")).toBe(graphFile.nodes.length);
    expect(await counts("edges")).toBe(graphFile.edges.length);
    const schema = JSON.parse(readFileSync(join(OUT, SCHEMA_FILE), "utf8"));
    expect(schema.schema_version).toBe(PARQUET_SCHEMA);
    expect(
      Object.fromEntries(
        schema.tables.map((t: { name: string; rows: number }) => [t.name, t.rows]),
      ),
    ).toEqual({
      documents: graphFile.meta.documents.length,
      mentions: mentions.length,
      relation_mentions: triples.length,
      nodes: graphFile.nodes.length,
      edges: graphFile.edges.length,
    });
  });

  it("gives back every triples.jsonl line exactly, in order, from its row", async () => {
    const got = await rows<RelationMentionRow>(
      `SELECT * EXCLUDE (month) FROM ${glob("relation_mentions")} ORDER BY doc, seq`,
    );
    const byDoc = (a: RelationMention, b: RelationMention) =>
      a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0;
    // A stable sort keeps each document's lines in file order, as seq numbers them.
    expect(got.map(rowToRelationMention)).toEqual([...triples].sort(byDoc));
  });

  it("keeps spans that slice the article's text to the evidence", async () => {
    const ms = await rows<{ doc: string; text: string; span_start: number; span_end: number }>(
      `SELECT doc, text, span_start, span_end FROM ${glob("mentions")}`,
    );
    expect(ms.length).toBe(mentions.length);
    for (const m of ms) expect(articles.get(m.doc)?.slice(m.span_start, m.span_end)).toBe(m.text);
    const rs = await rows<{
      doc: string;
      span_start: number;
      span_end: number;
      sentence_text: string;
    }>(`SELECT doc, span_start, span_end, sentence_text FROM ${glob("relation_mentions")}`);
    const evidence = new Set(
      triples.map((t) => `${t.doc}|${articles.get(t.doc)?.slice(t.span[0], t.span[1])}`),
    );
    for (const r of rs) {
      const slice = articles.get(r.doc)?.slice(r.span_start, r.span_end) ?? "";
      expect(slice.length).toBeGreaterThan(0);
      expect(r.sentence_text).toContain(slice);
      expect(evidence.has(`${r.doc}|${slice}`)).toBe(true);
    }
  });

  it("keeps nodes' aliases and roles as typed lists, and edges' counts", async () => {
    type Role = { title_ar: string; title_en: string; of: string; from?: string; until?: string };
    const got = await rows<{ id: string; aliases: string[]; roles: Role[] }>(
      `SELECT id, aliases, roles FROM ${glob("nodes")} ORDER BY id`,
    );
    const byId = new Map(got.map((n) => [n.id, n]));
    const strip = (r: Role) =>
      Object.fromEntries(Object.entries(r).filter(([, v]) => v !== null && v !== undefined));
    let withRoles = 0;
    for (const n of graphFile.nodes) {
      const row = byId.get(n.key);
      expect(row?.aliases, n.key).toEqual(n.attributes.aliases);
      expect(row?.roles.map(strip), n.key).toEqual(n.attributes.roles.map(strip));
      if (n.attributes.roles.length > 0) withRoles++;
    }
    expect(withRoles).toBeGreaterThan(0);
    const edges = await rows<{ key: string; weight: number; evidence_count: number }>(
      `SELECT key, weight, evidence_count FROM ${glob("edges")}`,
    );
    const want = new Map(graphFile.edges.map((e) => [e.key, e.attributes]));
    for (const e of edges) {
      expect(e.weight).toBe(want.get(e.key)?.weight);
      expect(e.evidence_count).toBe(want.get(e.key)?.evidence.length);
    }
  });

  it("writes the same bytes when it exports the same build again", async () => {
    const again = join(work, "again");
    expect((await athar("export", "-f", "parquet", "-g", GRAPH, "-o", again)).code).toBe(0);
    expect(hashes(again)).toEqual(hashes(OUT));
    // Over an earlier export: replaced as a whole, no hidden sibling left beside it.
    expect((await athar("export", "-f", "parquet", "-g", GRAPH, "-o", again)).code).toBe(0);
    expect(hashes(again)).toEqual(hashes(OUT));
    expect(readdirSync(work).filter((n) => n.startsWith("."))).toEqual([]);
  });
});

describe("Parquet files, read by hyparquet and by DuckDB", () => {
  for (const table of PARQUET_TABLES) {
    it(`${table.name}: every file has the documented columns, and the rows add up`, async () => {
      const files = parquetFiles(OUT, table.name);
      expect(files.length).toBeGreaterThan(0);
      const names = table.columns.map((c) => c.name);
      let hyRows = 0;
      for (const file of files) {
        const buffer = await asyncBufferFromFile(file);
        const meta = await parquetMetadataAsync(buffer);
        const top = meta.schema.filter((_, i) => i > 0 && isTopLevel(meta.schema, i));
        expect(
          top.map((s) => s.name),
          file,
        ).toEqual(names);
        expect(meta.key_value_metadata).toContainEqual({
          key: "schema_version",
          value: PARQUET_SCHEMA,
        });
        const objects = await parquetReadObjects({ file: buffer });
        expect(objects.length).toBe(Number(meta.num_rows));
        for (const c of table.columns.filter((c) => !c.nullable)) {
          expect(
            objects.filter((o) => o[c.name] === null || o[c.name] === undefined).length,
            `${file} ${c.name}`,
          ).toBe(0);
        }
        hyRows += objects.length;

        const described = await rows<{ column_name: string; column_type: string }>(
          `DESCRIBE SELECT * FROM read_parquet('${file}', hive_partitioning = false)`,
        );
        expect(described.map((d) => d.column_name)).toEqual(names);
        expect(described.map((d) => d.column_type)).toEqual(
          table.columns.map((c) => sqlType(c.type)),
        );
        const [n] = await rows<{ n: number }>(`SELECT count(*) AS n FROM read_parquet('${file}')`);
        expect(n?.n).toBe(objects.length);
      }
      const [total] = await rows<{ n: number }>(`SELECT count(*) AS n FROM ${glob(table.name)}`);
      expect(hyRows).toBe(total?.n);
    });
  }
});

/** Whether schema element i is a direct child of the root (hyparquet gives a flat list). */
function isTopLevel(schema: { num_children?: number }[], i: number): boolean {
  let at = 1;
  for (let seen = 0; seen < (schema[0]?.num_children ?? 0); seen++) {
    if (at === i) return true;
    at = skip(schema, at);
  }
  return false;
}

/** The index after element `at` and all its descendants. */
function skip(schema: { num_children?: number }[], at: number): number {
  let next = at + 1;
  for (let c = 0; c < (schema[at]?.num_children ?? 0); c++) next = skip(schema, next);
  return next;
}

describe("athar export --format parquet refuses", () => {
  it("a --graph that is not there, naming it", async () => {
    const r = await athar(
      "export",
      "-f",
      "parquet",
      "-g",
      join(work, "nope.json"),
      "-o",
      join(work, "x"),
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain("nope.json");
    expect(r.err).toMatch(/no such file/);
    expect(existsSync(join(work, "x"))).toBe(false);
  });

  it("a graph.json without its build's files, naming the missing one", async () => {
    const bare = scratch("athar-parquet-bare-");
    cpSync(GRAPH, join(bare, "graph.json"));
    const r = await athar(
      "export",
      "-f",
      "parquet",
      "-g",
      join(bare, "graph.json"),
      "-o",
      join(bare, "t"),
    );
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/mentions\.jsonl: no such file/);
    expect(existsSync(join(bare, "t"))).toBe(false);
  });

  it("a malformed triples.jsonl line, naming file and line, and keeps the earlier export", async () => {
    const build = scratch("athar-parquet-bad-");
    cpSync(GRAPH_DIR, build, { recursive: true });
    const out = join(build, "tables");
    expect(
      (await athar("export", "-f", "parquet", "-g", join(build, "graph.json"), "-o", out)).code,
    ).toBe(0);
    const before = hashes(out);
    const text = readFileSync(join(build, "triples.jsonl"), "utf8").split("\n");
    text[4] = '{"doc": "x"}';
    writeFileSync(join(build, "triples.jsonl"), text.join("\n"));
    const r = await athar("export", "-f", "parquet", "-g", join(build, "graph.json"), "-o", out);
    expect(r.code).toBe(2);
    expect(r.err).toContain("triples.jsonl:5");
    expect(hashes(out)).toEqual(before);
    expect(readdirSync(build).filter((n) => n.includes("athar-export"))).toEqual([]);
  });

  it("an --out folder that holds other files, leaving them", async () => {
    const mine = scratch("athar-parquet-mine-");
    writeFileSync(join(mine, "notes.txt"), "mine");
    const r = await athar("export", "-f", "parquet", "-g", GRAPH, "-o", mine);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/holds files but no earlier export/);
    expect(readdirSync(mine)).toEqual(["notes.txt"]);
  });
});

describe("README.md documents the Parquet export", () => {
  const readme = readFileSync(join(REPO, "README.md"), "utf8");
  const start = readme.indexOf("`athar export --format parquet`");
  const section =
    start < 0 ? "" : readme.slice(start, readme.indexOf("`athar export --format plover`"));

  /** Named in backticks, itself or as its entity ref (`place_*`). */
  const documented = (column: string) => {
    const ref = /^(.*)_(id|kind|label_ar|label_en)$/.exec(column)?.[1];
    return (
      section.includes(`\`${column}\``) || (ref !== undefined && section.includes(`\`${ref}_*\``))
    );
  };

  it("in Outputs, after the GraphML and CSV paragraph, with its schema version", () => {
    expect(start).toBeGreaterThan(readme.indexOf("`athar export` adds GraphML and CSV"));
    expect(start).toBeLessThan(readme.indexOf("## The store"));
    expect(section).toContain(PARQUET_SCHEMA);
    expect(section).toContain("month=unknown");
  });

  it("names every table and column", () => {
    for (const t of PARQUET_TABLES) {
      expect(section, t.name).toContain(`| \`${t.name}\` |`);
      expect(
        t.columns.map((c) => c.name).filter((c) => !documented(c)),
        t.name,
      ).toEqual([]);
    }
  });
});
