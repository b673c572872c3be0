// athar export --format plover on the committed build (graph/): one record per relation
// mention that is an event, with only the field names of the PLOVER manual (plus athar's own
// `athar` object), values from its vocabularies, evidence that slices the article, and the
// same bytes on every export.
import { cpSync, existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "../src/cli.js";
import type { PloverEvent } from "../src/export/plover.js";
import {
  PLOVER_ACTOR_FIELDS,
  PLOVER_CITE_FIELDS,
  PLOVER_EVENTS,
  PLOVER_GENERAL_CONTEXTS,
  PLOVER_JSON_FIELDS,
  PLOVER_LOCATION_FIELDS,
  PLOVER_MODES,
  PLOVER_QUAD,
  PLOVER_SPECIAL_CONTEXTS,
  PLOVER_TEXT_FIELDS,
} from "../src/export/plover-vocabulary.js";
import type { GraphFile } from "../src/graph-schema.js";
import { type RelationMention, STRUCTURAL_TYPES } from "../src/schema.js";
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
const triples: RelationMention[] = readFileSync(join(GRAPH_DIR, "triples.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => JSON.parse(l));
const graphFile: GraphFile = JSON.parse(readFileSync(GRAPH, "utf8"));
const articles = new Map<string, string>(
  JSON.parse(readFileSync(join(GRAPH_DIR, "articles.json"), "utf8")).articles.map(
    (a: { doc: string; text: string }) => [a.doc, a.text],
  ),
);
const events = triples.filter((t) => !(STRUCTURAL_TYPES as readonly string[]).includes(t.type));

/**
 * The manual's table "PLOVER JSON" (openeventdata/PLOVER, PLOVER_MANUAL.tex, draft 0.8,
 * chapter "Data Fields"), typed in again here so that an edit to the list in src shows.
 */
const MANUAL_FIELDS = [
  "id",
  "has_event",
  "date",
  "time",
  "enddate",
  "endtime",
  "source",
  "recipient",
  "event",
  "event_loc",
  "event_text",
  "quad_code",
  "event_scale",
  "mode",
  "context",
  "link",
  "text",
  "text_info",
  "cite_info",
  "coder",
  "coded_date",
  "coded_time",
  "comment",
];
const MANUAL_REQUIRED = ["id", "date", "source", "event"];
/** athar's own fields beside the manual's, which the manual allows. */
const EXTENSIONS = ["athar"];
const ACTOR_EXTENSIONS = ["kind", "label_ar"];

async function athar(...args: string[]): Promise<{ code: number; err: string }> {
  const err: string[] = [];
  const spy = vi.spyOn(console, "error").mockImplementation((...a) => void err.push(a.join(" ")));
  try {
    return { code: await main(["node", "athar", ...args]), err: err.join("\n") };
  } finally {
    spy.mockRestore();
  }
}

const work = tempDir("athar-plover-");
const OUT = join(work, "events.jsonl");
let records: PloverEvent[] = [];

beforeAll(async () => {
  const r = await athar("export", "--format", "plover", "--graph", GRAPH, "--out", OUT);
  expect(r.code, r.err).toBe(0);
  records = readFileSync(OUT, "utf8")
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l));
}, 60_000);

afterAll(() => {
  for (const d of [work, ...scratches]) rmSync(d, { recursive: true, force: true });
});

describe("athar export --format plover", () => {
  it("keeps the manual's field list, with its required fields", () => {
    expect(PLOVER_JSON_FIELDS.map((f) => f.name)).toEqual(MANUAL_FIELDS);
    expect(PLOVER_JSON_FIELDS.filter((f) => f.required).map((f) => f.name)).toEqual(
      MANUAL_REQUIRED,
    );
  });

  it("writes one record per relation mention that is an event, in triples.jsonl order", () => {
    expect(events.length).toBeGreaterThan(0);
    expect(events.length).toBeLessThan(triples.length); // the seeds have ROLE triples
    expect(records.length).toBe(events.length);
    expect(records.map((r) => [r.athar.doc, r.text_info.start, r.athar.type])).toEqual(
      events.map((t) => [t.doc, t.span[0], t.type]),
    );
    expect(records.some((r) => r.athar.type === "ROLE")).toBe(false);
  });

  it("uses only the manual's field names, and fills every required one", () => {
    for (const r of records) {
      expect(
        Object.keys(r).filter((k) => !MANUAL_FIELDS.includes(k) && !EXTENSIONS.includes(k)),
      ).toEqual([]);
      for (const f of MANUAL_REQUIRED)
        expect(r[f as keyof PloverEvent], `${r.id} ${f}`).toBeDefined();
      expect(r.source.length).toBeGreaterThan(0);
      for (const a of [...r.source, ...r.recipient]) {
        const allowed: readonly string[] = [...PLOVER_ACTOR_FIELDS, ...ACTOR_EXTENSIONS];
        expect(Object.keys(a).filter((k) => !allowed.includes(k))).toEqual([]);
      }
      const text: readonly string[] = PLOVER_TEXT_FIELDS;
      expect(Object.keys(r.text_info).filter((k) => !text.includes(k))).toEqual([]);
      const cite: readonly string[] = PLOVER_CITE_FIELDS;
      expect(Object.keys(r.cite_info).filter((k) => !cite.includes(k))).toEqual([]);
      if (r.event_loc) {
        const loc: readonly string[] = [...PLOVER_LOCATION_FIELDS, "identifier_id"];
        expect(Object.keys(r.event_loc).filter((k) => !loc.includes(k))).toEqual([]);
      }
    }
    expect(records.some((r) => r.event_loc !== null)).toBe(true);
  });

  it("takes event, quad, mode and context values from the manual's vocabularies", () => {
    const contexts: readonly string[] = [...PLOVER_GENERAL_CONTEXTS, ...PLOVER_SPECIAL_CONTEXTS];
    for (const r of records) {
      expect(r.event).toHaveLength(1);
      const event = r.event[0] as string;
      expect(PLOVER_EVENTS).toContain(event);
      expect(r.quad_code).toBe(PLOVER_QUAD[event]);
      for (const m of r.mode) expect(PLOVER_MODES[event] ?? []).toContain(m);
      for (const c of r.context) expect(contexts).toContain(c);
    }
    const requests = records.filter((r) => r.athar.type === "REQUEST");
    expect(requests.length).toBeGreaterThan(0);
    for (const r of requests) expect(r.event).toEqual(["DEMAND"]);
    // athar's mode "military" is a PLOVER context; "visit" is a CONSULT mode.
    expect(records.some((r) => r.context.includes("military"))).toBe(true);
    expect(records.some((r) => r.event[0] === "CONSULT" && r.mode.includes("visit"))).toBe(true);
  });

  it("marks negated, future and hypothetical mentions with PLOVER's special contexts", () => {
    for (const r of records) {
      expect(r.context.includes("negation")).toBe(r.athar.polarity === "negated");
      expect(r.context.includes("future")).toBe(r.athar.modality === "future");
      expect(r.context.includes("hypothetical")).toBe(r.athar.modality === "hypothetical");
    }
    expect(records.some((r) => r.context.includes("negation"))).toBe(true);
  });

  it("codes both sides of a meeting without host as source, and a visitor's host as recipient", () => {
    const consults = records.filter((r) => r.event[0] === "CONSULT");
    expect(consults.length).toBeGreaterThan(0);
    for (const r of consults) {
      if (r.athar.mode === "visit") expect(r.recipient).toHaveLength(1);
      else expect(r.recipient).toEqual([]);
    }
    const others = records.filter((r) => r.event[0] !== "CONSULT");
    for (const r of others) expect(r.recipient).toHaveLength(1);
  });

  it("gives event_text as the article's text at text_info's span, and the article's citation", () => {
    const docs = new Map(graphFile.meta.documents.map((d) => [d.doc, d]));
    for (const [i, r] of records.entries()) {
      const t = events[i] as RelationMention;
      const slice = articles.get(r.athar.doc)?.slice(r.text_info.start, r.text_info.end);
      expect(r.event_text).toEqual([slice]);
      expect(r.text).toContain(slice);
      expect(r.date).toBe(t.date ?? docs.get(t.doc)?.date ?? null);
      expect(r.cite_info.citation).toBe(t.doc);
      expect(r.cite_info.publication).toBe(docs.get(t.doc)?.source ?? null);
      expect(r.coder).toBe(graphFile.meta.extractor);
    }
  });

  it("gives every record its own id, the same on every export (same bytes)", async () => {
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    const again = join(work, "again/");
    expect((await athar("export", "-f", "plover", "-g", GRAPH, "-o", again)).code).toBe(0);
    expect(readFileSync(join(again, "events.jsonl"))).toEqual(readFileSync(OUT));
  });

  it("refuses a --graph that is not there, and a graph.json without articles.json, naming them", async () => {
    const missing = await athar(
      "export",
      "-f",
      "plover",
      "-g",
      join(work, "nope.json"),
      "-o",
      join(work, "x.jsonl"),
    );
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/nope\.json: no such file/);
    const build = scratch("athar-plover-bare-");
    cpSync(GRAPH_DIR, build, { recursive: true });
    rmSync(join(build, "articles.json"));
    const out = join(build, "events.jsonl");
    const bare = await athar("export", "-f", "plover", "-g", join(build, "graph.json"), "-o", out);
    expect(bare.code).toBe(2);
    expect(bare.err).toMatch(/articles\.json: no such file/);
    expect(existsSync(out)).toBe(false);
  });
});
