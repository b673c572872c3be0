// README examples run as written: every TypeScript block that imports from "athar" runs
// against the source, and every `athar query ...` shell line runs through the built CLI, on
// the committed graph/graph.json.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "..");
const README = join(ROOT, "README.md");
const readme = existsSync(README) ? readFileSync(README, "utf8") : "";
const hasGraph = existsSync(join(ROOT, "graph/graph.json"));
const hasDist = existsSync(join(ROOT, "dist/src/cli.js"));

interface Block {
  lang: string;
  code: string;
  line: number;
}

function blocks(md: string): Block[] {
  const out: Block[] = [];
  const re = /^```(\w*)[^\n]*\n([\s\S]*?)^```/gm;
  for (let m = re.exec(md); m !== null; m = re.exec(md)) {
    out.push({ lang: m[1] ?? "", code: m[2] ?? "", line: md.slice(0, m.index).split("\n").length });
  }
  return out;
}

const all = blocks(readme);
const tsExamples = all.filter(
  (b) => /^(ts|typescript)$/.test(b.lang) && /from "athar"/.test(b.code),
);
const cliExamples = all
  .filter((b) => /^(sh|bash|shell|console)$/.test(b.lang))
  .flatMap((b) =>
    b.code
      .split("\n")
      .map((l, i) => ({ cmd: l.replace(/^\$ /, "").trim(), line: b.line + 1 + i }))
      .filter((x) => /^(npx )?athar query /.test(x.cmd)),
  );

describe.skipIf(!hasGraph)("README examples (need the committed graph/graph.json)", () => {
  it.skipIf(tsExamples.length === 0)("has library examples that run", () => {
    expect(tsExamples.length).toBeGreaterThan(0);
  });

  for (const b of tsExamples) {
    it(`runs the TypeScript example at README.md:${b.line}`, () => {
      const dir = mkdtempSync(join(tmpdir(), "athar-readme-"));
      const file = join(dir, "example.mts");
      writeFileSync(
        file,
        b.code.replaceAll('from "athar"', `from ${JSON.stringify(join(ROOT, "src/index.ts"))}`),
      );
      const r = spawnSync(process.execPath, ["--import", "tsx", file], {
        cwd: ROOT,
        encoding: "utf8",
      });
      expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    });
  }

  for (const x of cliExamples) {
    it.skipIf(!hasDist)(`runs \`${x.cmd}\` (README.md:${x.line}; needs npm run build)`, () => {
      const cmd = x.cmd.replace(/^(npx )?athar /, "node bin/athar.js ");
      const r = spawnSync("bash", ["-c", cmd], { cwd: ROOT, encoding: "utf8" });
      expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    });
  }
});
