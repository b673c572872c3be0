// athar sql, in-process through main(): a query on the seeds' store as a table, JSON lines or
// CSV; the store is opened read-only and left unchanged; a missing or unusable store and a
// SQL error each give one line on stderr and their exit code.
import { copyFileSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "../src/cli.js";
import { closeStore } from "../src/store/open.js";
import { SEEDS, tempDir } from "./helpers/paths.js";
import { processInputs, storeOf, withStore } from "./store.fixture.js";

let dir: string;
let store: string;
let triples: number;

beforeAll(async () => {
  const p = processInputs([SEEDS]);
  triples = p.items.reduce((n, i) => n + i.output.relations.length, 0);
  const s = await storeOf(p.items);
  closeStore(s);
  dir = tempDir("athar-sql-cli-");
  store = join(dir, "athar.duckdb");
  copyFileSync(s.path, store);
}, 60_000);

afterEach(() => vi.restoreAllMocks());

async function athar(...args: string[]): Promise<{ code: number; out: string; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi
    .spyOn(console, "log")
    .mockImplementation((...a) => void out.push(`${a.join(" ")}\n`));
  const error = vi.spyOn(console, "error").mockImplementation((...a) => void err.push(a.join(" ")));
  const write = vi.spyOn(process.stdout, "write").mockImplementation((s) => {
    out.push(String(s));
    return true;
  });
  // commander writes its usage errors straight to stderr.
  const errWrite = vi.spyOn(process.stderr, "write").mockImplementation((s) => {
    err.push(String(s).trimEnd());
    return true;
  });
  try {
    const code = await main(["node", "athar", ...args]);
    return { code, out: out.join(""), err };
  } finally {
    log.mockRestore();
    error.mockRestore();
    write.mockRestore();
    errWrite.mockRestore();
  }
}

describe("athar sql", () => {
  it("prints an aligned table with Arabic in isolates and a row count", async () => {
    const r = await athar(
      "sql",
      "SELECT id, label_ar, label_en FROM entities WHERE id IN ('state:KP', 'state:RU') ORDER BY id",
      "--store",
      store,
    );
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split("\n");
    expect(lines[0]).toBe("id        label_ar        label_en");
    expect(lines[1]).toMatch(/^─+ {2}─+ {2}─+$/);
    expect(lines[2]).toBe("state:KP  \u2067كوريا الشمالية\u2069  North Korea");
    expect(lines[3]).toBe("state:RU  \u2067روسيا\u2069           Russia");
    expect(lines.at(-1)).toBe("2 rows.");
  });

  it("shows NULL, and leaves the isolates out with --no-bidi", async () => {
    const r = await athar(
      "sql",
      "SELECT 'روسيا' AS name, NULL AS nothing",
      "-s",
      store,
      "--no-bidi",
    );
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(/[\u2066-\u2069]/);
    expect(r.out).toContain("روسيا  NULL");
    expect(r.out.trimEnd().endsWith("1 row.")).toBe(true);
  });

  it("--json prints one object a row, counts as numbers and lists as arrays", async () => {
    const r = await athar(
      "sql",
      "SELECT count(*) AS n, list(DISTINCT section ORDER BY section) AS sections FROM relation_mentions",
      "--store",
      store,
      "--json",
    );
    expect(r.code).toBe(0);
    const rows = r.out
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(rows).toEqual([{ n: triples, sections: expect.arrayContaining(["body"]) }]);
  });

  it("--json gives every row of a larger answer, whole, and unique keys for repeated names", async () => {
    const r = await athar(
      "sql",
      "SELECT doc, seq, sentence_text, 1 AS x, 2 AS x FROM relation_mentions ORDER BY doc, seq",
      "--store",
      store,
      "--json",
    );
    const rows = r.out
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(rows).toHaveLength(triples);
    expect(Object.keys(rows[0])).toEqual(["doc", "seq", "sentence_text", "x", "x:1"]);
    expect(rows.some((row) => row.sentence_text.length > 100)).toBe(true);
  });

  it("--csv prints a header and RFC 4180 rows, quoting commas, quotes and line breaks", async () => {
    const r = await athar(
      "sql",
      `SELECT 'a,b' AS "one, two", 'say "hi"' AS q, 'x' || chr(10) || 'y' AS lines, NULL AS n, 3 AS k`,
      "--store",
      store,
      "--csv",
    );
    expect(r.code).toBe(0);
    expect(r.out).toBe('"one, two",q,lines,n,k\r\n"a,b","say ""hi""","x\ny",,3\r\n');
    const empty = await athar("sql", "SELECT doc FROM documents WHERE false", "-s", store, "--csv");
    expect(empty.out).toBe("doc\r\n");
  });

  it("takes a build folder for the store inside it, and answers from the edges view", async () => {
    const r = await athar(
      "sql",
      "SELECT key, weight FROM edges WHERE source = 'state:KP' AND type = 'AID' ORDER BY key",
      "--store",
      dir,
      "--json",
    );
    expect(r.code).toBe(0);
    const rows = r.out
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(rows[0].key).toMatch(/^state:KP\|AID\|/);
  });

  it("never changes the store: writes are refused with DuckDB's message, exit 1", async () => {
    const before = readFileSync(store);
    const r = await athar("sql", "DELETE FROM documents", "--store", store);
    expect(r.code).toBe(1);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(/^athar: .*read-only/);
    expect(readFileSync(store).equals(before)).toBe(true);
    expect(statSync(store).size).toBe(before.length);
  });

  it("a SQL error: one line with DuckDB's message, exit 1", async () => {
    const syntax = await athar("sql", "SELEC doc FROM documents", "--store", store);
    expect(syntax.code).toBe(1);
    expect(syntax.out).toBe("");
    expect(syntax.err).toEqual(['athar: Parser Error: syntax error at or near "SELEC"']);
    const table = await athar("sql", "SELECT * FROM edgez", "--store", store);
    expect(table.code).toBe(1);
    expect(table.err).toHaveLength(1);
    expect(table.err[0]).toMatch(/^athar: Catalog Error: Table with name edgez does not exist!/);
    expect(table.err[0]).not.toContain("\n");
  });

  it("a missing store: one line naming it and how to make one, exit 2", async () => {
    const missing = join(tempDir("athar-sql-cli-"), "out", "athar.duckdb");
    const r = await athar("sql", "SELECT 1", "--store", missing);
    expect(r.code).toBe(2);
    expect(r.err).toEqual([
      `athar: ${missing}: no such store; \`athar build <articles> --out ${join(missing, "..")}\` makes ${missing}`,
    ]);
  });

  it("a store of another version or not a store: one line, exit 2", async () => {
    const other = join(tempDir("athar-sql-cli-"), "athar.duckdb");
    copyFileSync(store, other);
    await withStore(other, (s) =>
      s.connection.run("UPDATE athar_meta SET value = 'athar-store/0' WHERE key = 'schema'"),
    );
    const r = await athar("sql", "SELECT 1", "--store", other);
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toContain(`${other}: built by another athar version (athar-store/0;`);
    const junk = join(tempDir("athar-sql-cli-"), "athar.duckdb");
    writeFileSync(junk, "not a database");
    const j = await athar("sql", "SELECT 1", "--store", junk);
    expect(j.code).toBe(2);
    expect(j.err[0]).toMatch(/^athar: .*athar\.duckdb: not a readable DuckDB database/);
  });

  it("--json and --csv exclude each other", async () => {
    const r = await athar("sql", "SELECT 1", "--store", store, "--json", "--csv");
    expect(r.code).not.toBe(0);
    expect(r.err.join("\n")).toMatch(/cannot be used with/);
  });

  it("--help explains the tables and gives examples", async () => {
    const r = await athar("sql", "--help");
    expect(r.code).toBe(0);
    expect(r.out).toContain("relation_mentions");
    expect(r.out).toContain("Examples:");
    expect(r.out).toContain('athar sql "SELECT type, count(*) AS n FROM relation_mentions');
  });
});
