// README.md "The store (athar.duckdb)" documents the store as it is: every table, column and
// view column is named there, and its `athar sql` examples run on the seeds' store.
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "../src/cli.js";
import { closeStore } from "../src/store/open.js";
import { STORE_SCHEMA, TABLES } from "../src/store/schema.js";
import { queryRows } from "../src/store/sql.js";
import { REPO, SEEDS, tempDir } from "./helpers/paths.js";
import { processInputs, storeOf } from "./store.fixture.js";

const readme = readFileSync(join(REPO, "README.md"), "utf8");
const start = readme.indexOf("## The store (athar.duckdb)");
const section = start < 0 ? "" : readme.slice(start, readme.indexOf("\n## ", start + 1));

/** Whether the section names `column` in backticks, itself or as its entity ref (`place_*`). */
function documented(column: string): boolean {
  const ref = /^(.*)_(id|kind|label_ar|label_en)$/.exec(column)?.[1];
  return (
    section.includes(`\`${column}\``) || (ref !== undefined && section.includes(`\`${ref}_*\``))
  );
}

let folder: string;
let viewColumns: Map<string, string[]>;

beforeAll(async () => {
  const store = await storeOf(processInputs([SEEDS]).items);
  const described = await queryRows<{ view: string; column: string }>(
    store,
    `SELECT table_name AS view, column_name AS column FROM information_schema.columns
     WHERE table_name IN ('edges', 'nodes', 'edge_mentions') ORDER BY view, ordinal_position`,
  );
  closeStore(store);
  viewColumns = new Map();
  for (const d of described)
    viewColumns.set(d.view, [...(viewColumns.get(d.view) ?? []), d.column]);
  folder = join(tempDir("athar-store-readme-"), "seeds");
  mkdirSync(folder, { recursive: true });
  copyFileSync(store.path, join(folder, "athar.duckdb"));
}, 60_000);

afterEach(() => vi.restoreAllMocks());

describe("README.md: The store (athar.duckdb)", () => {
  it("exists, after Outputs and before The library, and names the schema version", () => {
    expect(start).toBeGreaterThan(readme.indexOf("## Outputs"));
    expect(start).toBeLessThan(readme.indexOf("## The library"));
    expect(section).toContain(STORE_SCHEMA);
  });

  it("documents every table and column", () => {
    for (const t of TABLES) {
      expect(section, t.name).toContain(`| \`${t.name}\` |`);
      expect(
        t.columns.map((c) => c.name).filter((c) => !documented(c)),
        t.name,
      ).toEqual([]);
    }
  });

  it("documents every view and its columns", () => {
    expect([...viewColumns.keys()]).toEqual(["edge_mentions", "edges", "nodes"]);
    const relationColumns = new Set(
      TABLES.find((t) => t.name === "relation_mentions")?.columns.map((c) => c.name),
    );
    for (const [view, columns] of viewColumns) {
      expect(section, view).toContain(`| \`${view}\` |`);
      // edge_mentions repeats every relation_mentions column ("every relation_mentions column").
      const own = columns.filter((c) => view !== "edge_mentions" || !relationColumns.has(c));
      expect(
        own.filter((c) => !documented(c)),
        view,
      ).toEqual([]);
    }
  });

  it("has athar sql examples that run on the seeds' store", async () => {
    const examples = section
      .split("\n")
      .map((l) => /^npx athar sql "([^"]*)"(.*)$/.exec(l.trim()))
      .filter((m): m is RegExpExecArray => m !== null);
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const [line, query, rest] of examples) {
      const args = (rest ?? "")
        .trim()
        .split(/\s+/)
        .map((a) => (a === "out/seeds" ? folder : a));
      const out: string[] = [];
      const err: string[] = [];
      vi.spyOn(console, "log").mockImplementation((...a) => void out.push(a.join(" ")));
      vi.spyOn(console, "error").mockImplementation((...a) => void err.push(a.join(" ")));
      vi.spyOn(process.stdout, "write").mockImplementation((s) => {
        out.push(String(s));
        return true;
      });
      const code = await main(["node", "athar", "sql", query as string, ...args]);
      vi.restoreAllMocks();
      expect(err, line).toEqual([]);
      expect(code, line).toBe(0);
      expect(out.join("").trim().split("\n").length, line).toBeGreaterThan(1);
    }
  });
});
