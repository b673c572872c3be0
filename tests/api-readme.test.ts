// README examples run as written: every TypeScript block that imports from "athar" runs
// against the source on the committed graph/graph.json, and every line of the README's shell
// blocks runs, exactly as written, with bash.
//
// Shell lines run in order in one workspace laid out like this checkout: copies of seeds/,
// graph/ and tests/gold/, the files the examples name as the reader's own (news/, extra.jsonl,
// and my-kb.json, which is the README's own knowledge-base example), ../shared beside it when
// this checkout has one, and node_modules/.bin/athar pointing at this checkout's bin/athar.js,
// so `npx athar` runs the built CLI (`npm run build`). A line that needs ../shared (the corpus,
// ANERcorp), or reads what such a line writes, is skipped with a message when ../shared is
// absent. Running the lines must leave the copies of the committed files as they were.
//
// Excluded by design: `npm ci && npm start` (a server that runs until stopped; --graph is
// tested in start.graph.test.ts) and `npm ci && npm test` (the suite this file belongs to).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "..");
const README = join(ROOT, "README.md");
const readme = existsSync(README) ? readFileSync(README, "utf8") : "";
const hasGraph = existsSync(join(ROOT, "graph/graph.json"));
const hasDist = existsSync(join(ROOT, "dist/src/cli.js"));
const SHARED = resolve(ROOT, "../shared");
const hasShared = existsSync(SHARED);
const TIMEOUT = 120_000;

/** Shell lines the suite does not run, and why (see the header). */
const EXCLUDED = new Map([
  ["npm ci && npm start", "a server that runs until stopped"],
  ["npm ci && npm test", "the test suite itself"],
]);

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
  (b) => /^(ts|typescript)$/.test(b.lang) && /from "athar(\/store)?"/.test(b.code),
);
const kbExample = all.find((b) => b.lang === "json" && b.code.includes('"id"'))?.code;

interface ShellLine {
  cmd: string;
  line: number;
  /** Why it is not run here, or null. */
  skip: string | null;
  excluded: string | null;
}

const shellLines: ShellLine[] = [];
{
  // Output folders of skipped lines: a later line that reads one is skipped too.
  const skippedOuts = new Set<string>();
  for (const b of all.filter((x) => /^(sh|bash|shell|console)$/.test(x.lang))) {
    b.code.split("\n").forEach((l, i) => {
      const cmd = l.replace(/^\$ /, "").trim();
      if (!cmd || cmd.startsWith("#")) return;
      const bare = cmd.replace(/\s+#.*$/, "");
      const excluded = EXCLUDED.get(bare) ?? null;
      const needsShared = cmd.includes("../shared");
      const readsSkipped = cmd.split(/\s+/).some((w) => skippedOuts.has(w));
      const skip =
        (needsShared || readsSkipped) && !hasShared
          ? `skipped: needs ${SHARED} (the corpus and ANERcorp), which is absent`
          : null;
      const out = /--out\s+(\S+)/.exec(cmd)?.[1];
      if (skip && out) skippedOuts.add(out);
      shellLines.push({ cmd, line: b.line + 1 + i, skip, excluded });
    });
  }
}

/** SHA-256 of every file under `dir`, by relative path. */
function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const p = join(e.parentPath, e.name);
    out[p.slice(dir.length)] = createHash("sha256").update(readFileSync(p)).digest("hex");
  }
  return out;
}

describe.skipIf(!hasGraph)("README examples (need the committed graph/graph.json)", () => {
  it.skipIf(tsExamples.length === 0)("has library examples that run", () => {
    expect(tsExamples.length).toBeGreaterThan(0);
  });

  for (const b of tsExamples) {
    it(`runs the TypeScript example at README.md:${b.line}`, { timeout: TIMEOUT }, () => {
      const dir = mkdtempSync(join(tmpdir(), "athar-readme-"));
      const file = join(dir, "example.mts");
      writeFileSync(
        file,
        b.code
          .replaceAll('from "athar"', `from ${JSON.stringify(join(ROOT, "src/index.ts"))}`)
          .replaceAll(
            'from "athar/store"',
            `from ${JSON.stringify(join(ROOT, "src/store/index.ts"))}`,
          ),
      );
      const r = spawnSync(process.execPath, ["--import", "tsx", file], {
        cwd: ROOT,
        encoding: "utf8",
      });
      expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    });
  }
});

describe.skipIf(!hasGraph || !hasDist)(
  "README shell lines, as written (need npm run build)",
  () => {
    const base = mkdtempSync(join(tmpdir(), "athar-readme-sh-"));
    const ws = join(base, "main");
    const COMMITTED = ["seeds", "graph", "tests/gold"];
    let before: Record<string, Record<string, string>> = {};

    beforeAll(() => {
      for (const d of COMMITTED) cpSync(join(ROOT, d), join(ws, d), { recursive: true });
      cpSync(join(ROOT, "seeds"), join(ws, "news"), { recursive: true });
      writeFileSync(
        join(ws, "extra.jsonl"),
        `${JSON.stringify({
          text: "قال كير جايلز من تشاتام هاوس إن روسيا تعتمد على ذخائر كوريا الشمالية.",
          title: "جايلز: روسيا تعتمد على كوريا الشمالية",
          date: "2023-11-10",
          source: "example.org",
        })}\n`,
      );
      writeFileSync(join(ws, "my-kb.json"), kbExample ?? "[]");
      mkdirSync(join(ws, "node_modules/.bin"), { recursive: true });
      symlinkSync(join(ROOT, "bin/athar.js"), join(ws, "node_modules/.bin/athar"));
      if (hasShared) symlinkSync(SHARED, join(base, "shared"));
      before = Object.fromEntries(COMMITTED.map((d) => [d, hashes(join(ws, d))]));
    });

    afterAll(() => rmSync(base, { recursive: true, force: true }));

    it("has shell lines, and the README's knowledge-base example to use as my-kb.json", () => {
      expect(shellLines.filter((x) => !x.excluded).length).toBeGreaterThan(5);
      expect(kbExample).toBeDefined();
    });

    for (const x of shellLines) {
      if (x.excluded) continue;
      it(
        `runs \`${x.cmd}\` (README.md:${x.line})`,
        (ctx) => {
          if (x.skip) {
            console.warn(`README.md:${x.line}: ${x.skip}`);
            ctx.skip();
          }
          expect(x.cmd, "README shell lines run athar through npx").toMatch(/^npx athar /);
          const r = spawnSync("bash", ["-c", x.cmd], {
            cwd: ws,
            encoding: "utf8",
            timeout: TIMEOUT,
            // Never fetch a package called "athar" from the registry: it must resolve locally.
            env: {
              ...process.env,
              npm_config_local_prefix: undefined,
              npm_config_yes: "false",
              npm_config_update_notifier: "false",
            },
          });
          expect(r.status, `${x.cmd}\n${r.stdout}\n${r.stderr}`).toBe(0);
          const out = /--out\s+(\S+)/.exec(x.cmd)?.[1];
          if (/^npx athar build /.test(x.cmd) && out) {
            expect(existsSync(join(ws, out, "graph.json")), `${out}/graph.json`).toBe(true);
          }
          if (/--kb my-kb\.json/.test(x.cmd) && out) {
            // The README's knowledge-base example is in force.
            const mentions = readFileSync(join(ws, out, "mentions.jsonl"), "utf8");
            expect(mentions).toContain('"id":"org:chatham-house"');
            expect(mentions).toContain('"id":"person:keir-giles"');
          }
          if (/^npx athar eval /.test(x.cmd)) {
            // The README's eval scores a build holding every gold article: no "missing" note.
            expect(r.stdout).toMatch(/^athar eval: 15 gold articles/m);
            expect(r.stdout).not.toMatch(/not in the build/);
            expect(r.stdout).toMatch(/^entities\s+0\.\d+\s+0\.\d+\s+0\.\d+/m);
          }
        },
        TIMEOUT,
      );
    }

    it("leaves the committed files (seeds/, graph/, tests/gold/) as they were", () => {
      for (const d of COMMITTED) expect(hashes(join(ws, d)), d).toEqual(before[d]);
    });
  },
);
