// athar query relations --store answers from a build's athar.duckdb what the same query
// answers from its graph.json (the relations with evidence), without loading the graph.
import { join } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "../src/cli.js";
import type { Relation } from "../src/query/types.js";
import { runQuiet } from "./helpers/build.js";
import { SEEDS, tempDir } from "./helpers/paths.js";

let out: string;

beforeAll(async () => {
  const r = await runQuiet([SEEDS], { store: true });
  expect(r.code, r.stderr.join("\n")).toBe(0);
  out = r.out;
}, 60_000);

async function athar(...args: string[]): Promise<{ code: number; out: string; err: string[] }> {
  const said: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...a) => void said.push(a.join(" ")));
  const error = vi.spyOn(console, "error").mockImplementation((...a) => void err.push(a.join(" ")));
  try {
    const code = await main(["node", "athar", ...args]);
    return { code, out: said.join("\n"), err };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

/** The graph's answer without what the store does not hold (KB structure, events). */
const withEvidence = (rs: Relation[]) =>
  rs.filter(
    (r) =>
      r.evidence.length > 0 &&
      r.type !== "PARTICIPANT" &&
      r.source.kind !== "event" &&
      r.target.kind !== "event",
  );

describe("athar query relations --store", () => {
  const cases: string[][] = [
    ["--from", "state:RU"],
    ["--to", "state:KP"],
    ["--with", "كوريا الشمالية"],
    ["--from", "KP", "--type", "AID,ACCUSE"],
    ["--from", "روسيا", "--to", "أوكرانيا"],
    ["--with", "state:US", "--limit", "3"],
  ];
  for (const args of cases) {
    it(`answers ${args.join(" ")} as graph.json does`, async () => {
      const fromStore = await athar("query", "relations", ...args, "--store", out, "--json");
      const fromGraph = await athar(
        "query",
        "relations",
        ...args.filter((a) => a !== "--limit" && a !== "3"),
        "--graph",
        join(out, "graph.json"),
        "--json",
      );
      expect(fromStore.code, fromStore.err.join("\n")).toBe(0);
      const expected = withEvidence(JSON.parse(fromGraph.out) as Relation[]);
      const limit = args.includes("--limit") ? 3 : expected.length;
      expect(JSON.parse(fromStore.out)).toEqual(expected.slice(0, limit));
      expect(expected.length).toBeGreaterThan(0);
    });
  }

  it("finds the store beside --graph when --store has no path", async () => {
    const r = await athar(
      "query",
      "relations",
      "--from",
      "RU",
      "--graph",
      join(out, "graph.json"),
      "--store",
    );
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\d+ relations?\./);
  });

  it("an unknown name, or one made to look like SQL: exit 1, one line naming it", async () => {
    for (const name of ["مملكة أطلانطس", "x' OR 1=1 --"]) {
      const r = await athar("query", "relations", "--from", name, "--store", out, "--json");
      expect(r.code).toBe(1);
      expect(r.err).toEqual([`athar: no entity "${name}" in ${join(out, "athar.duckdb")}`]);
    }
  });

  it("a filter it does not answer is refused, naming it", async () => {
    const r = await athar("query", "relations", "--from", "RU", "--since", "2023", "--store", out);
    expect(r.code).toBe(2);
    expect(r.err.join("\n")).toContain("leave out --store for --since");
  });

  it("a folder without a store: one line saying how to make one", async () => {
    const r = await athar("query", "relations", "--from", "RU", "--store", tempDir());
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(/athar\.duckdb: no such store; `athar build <articles> --out/);
  });
});
