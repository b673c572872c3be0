// graph/ in the repository is the seeds' build, so a newcomer can open it at once. This test
// rebuilds it and fails when a committed byte differs: the committed graph is always the one
// the code makes. (Regenerate with `node bin/athar.js build seeds --out graph`.)
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runQuiet } from "./helpers/build.js";
import { REPO, tempDir } from "./helpers/paths.js";

const COMMITTED = join(REPO, "graph");
const FILES = [
  "graph.json",
  "graph.gexf",
  "triples.jsonl",
  "mentions.jsonl",
  "articles.json",
  "view.json",
  "view-edges.json",
];

describe("the committed graph/", () => {
  it("holds the seeds' build: graph.json, graph.gexf, triples.jsonl, mentions.jsonl, articles.json, view.json, view-edges.json", () => {
    const present = readdirSync(COMMITTED);
    for (const f of FILES) expect(present).toContain(f);
  });

  it("is byte for byte what `athar build seeds --out graph` makes now", async () => {
    const out = tempDir("committed-graph");
    const { code, stderr } = await runQuiet([join(REPO, "seeds")], { out, gexf: true });
    expect(code, stderr.join("\n")).toBe(0);
    for (const f of FILES) {
      const fresh = readFileSync(join(out, f), "utf8");
      const committed = readFileSync(join(COMMITTED, f), "utf8");
      expect(
        fresh === committed,
        `graph/${f} is stale: run node bin/athar.js build seeds --out graph`,
      ).toBe(true);
    }
  });
});
