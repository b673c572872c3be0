// `athar eval` says why the figures are low when gold articles are missing from the build
// (graph/ is the seeds' build; tests/gold also holds ten corpus articles that are not in it).
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { main } from "../src/cli.js";

const ROOT = resolve(import.meta.dirname, "..");
const hasGraph = existsSync(join(ROOT, "graph/mentions.jsonl"));

async function athar(...args: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...a) => void out.push(a.join(" ")));
  try {
    return { code: await main(["node", "athar", ...args]), out: out.join("\n") };
  } finally {
    log.mockRestore();
  }
}

describe.skipIf(!hasGraph)("athar eval: a hint when gold articles are not in the build", () => {
  it("names how many gold documents are missing, which, and that they count as misses", async () => {
    const r = await athar(
      "eval",
      "--gold",
      join(ROOT, "tests/gold"),
      "--build",
      join(ROOT, "graph"),
    );
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      "note: 10 of 15 gold documents are not in the build (0003.txt, 0009.txt, 0116.txt, " +
        "0119.txt, 0131.txt, 0170.txt, 0183.txt, 0208.txt, 0279.txt, 0288.txt); they count as misses",
    );
  });

  it("prints no note when every gold document is in the build", async () => {
    const r = await athar(
      "eval",
      "--gold",
      join(ROOT, "tests/gold/000_77e392895dce245a.jsonl"),
      "--build",
      join(ROOT, "graph"),
    );
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(/note:|not in the build/);
  });
});
