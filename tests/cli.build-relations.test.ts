// athar build --relations and --min-confidence: which extractors decide relations, and the
// confidence kept; a store built with other choices extracts everything again.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { runBuild } from "../src/cli/build.js";
import type { RelationMention } from "../src/schema.js";
import { SEEDS, tempDir } from "./helpers/paths.js";

async function buildSeeds(
  extra: { relations?: "rules" | "model" | "both"; minConfidence?: string; store?: boolean },
  out = join(tempDir(), "out"),
): Promise<{ code: number; out: string; said: string[]; errors: string[] }> {
  const said: string[] = [];
  const errors: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...a) => void said.push(a.join(" ")));
  const err = vi
    .spyOn(console, "error")
    .mockImplementation((...a) => void errors.push(a.join(" ")));
  try {
    const code = await runBuild([SEEDS], {
      out,
      kb: [],
      progress: false,
      quiet: false,
      gexf: false,
      jobs: 1,
      store: extra.store ?? false,
      ...extra,
    });
    return { code, out, said, errors };
  } finally {
    log.mockRestore();
    err.mockRestore();
  }
}

const triples = (out: string): RelationMention[] =>
  readFileSync(join(out, "triples.jsonl"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as RelationMention);

describe("athar build --relations", () => {
  it("rules: no relation of the model; both (the default) adds the model's to the rules'", async () => {
    const rules = triples((await buildSeeds({ relations: "rules" })).out);
    const both = triples((await buildSeeds({})).out);
    expect(rules.some((r) => r.rule === "model")).toBe(false);
    expect(both.filter((r) => r.rule !== "model")).toEqual(rules);
    expect(both.length).toBeGreaterThan(rules.length);
  }, 60_000);

  it("model: only the model's relations, and the ROLE and structure the rules give", async () => {
    const model = triples((await buildSeeds({ relations: "model" })).out);
    expect(model.some((r) => r.rule === "model")).toBe(true);
  }, 60_000);
});

describe("athar build --min-confidence", () => {
  it("leaves out every relation below it (and replaces the model's own threshold)", async () => {
    const all = triples((await buildSeeds({})).out);
    const kept = triples((await buildSeeds({ minConfidence: "0.9" })).out);
    expect(kept.every((r) => r.confidence >= 0.9)).toBe(true);
    const ruled = (rs: RelationMention[]) => rs.filter((r) => r.rule !== "model");
    expect(ruled(kept)).toEqual(ruled(all).filter((r) => r.confidence >= 0.9));
    expect(ruled(kept).length).toBeLessThan(ruled(all).length);
  }, 60_000);

  it.each(["2", "-0.1", "abc", ""])("refuses %j with one line and exit 2", async (v) => {
    const r = await buildSeeds({ minConfidence: v });
    expect(r.code).toBe(2);
    expect(r.errors).toEqual([`athar: --min-confidence must be a number from 0 to 1 (not "${v}")`]);
  });
});

describe("a store built with other relation choices", () => {
  it("extracts every article again", async () => {
    const out = join(tempDir(), "out");
    expect((await buildSeeds({ store: true }, out)).code).toBe(0);
    const again = await buildSeeds({ store: true, relations: "rules" }, out);
    expect(again.said.join("\n")).toContain("0 added, 5 changed, 0 unchanged");
  }, 60_000);
});
