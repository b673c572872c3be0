// The package as another project gets it: `npm pack`, `npm install <tarball>` in a fresh
// project, then the README's library example (`import ... from "athar"`) runs with node and
// type-checks with tsc (NodeNext, strict), and the installed `athar` bin builds a graph with the
// knowledge base and lexicon it carries (the fresh project has no kb/ or lexicon/ of its own).
//
// Packs with --ignore-scripts: `prepare` (npm run build) would rewrite dist/ under the other
// test files that run bin/athar.js at the same time. `npm test` builds dist/ first; when dist/
// is missing, this file builds it. Installing needs the npm registry (the dependencies).
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "..");
const TIMEOUT = 240_000;
const HAS_NPM = spawnSync("npm", ["--version"], { encoding: "utf8" }).status === 0;
if (!HAS_NPM) console.warn("package test skipped: `npm` is not on the PATH");

/** The README's library example: the ```ts block that imports from "athar". */
function readmeExample(): string {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const block = [...readme.matchAll(/^```(?:ts|typescript)\n([\s\S]*?)^```/gm)]
    .map((m) => m[1] ?? "")
    .find((code) => code.includes('from "athar"'));
  if (!block) throw new Error('README.md has no ```ts block importing from "athar"');
  return block;
}

/** The example as plain JavaScript (types stripped by the TypeScript compiler). */
function toJs(code: string): string {
  return ts.transpileModule(code, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
}

function run(cmd: string, args: string[], cwd: string) {
  const r = spawnSync(cmd, args, {
    cwd,
    encoding: "utf8",
    timeout: TIMEOUT,
    env: { ...process.env, npm_config_loglevel: "error", npm_config_update_notifier: "false" },
  });
  return { ...r, log: `$ ${cmd} ${args.join(" ")}\n${r.stdout}\n${r.stderr}` };
}

describe.skipIf(!HAS_NPM)("the packed package, installed in another project", () => {
  const work = mkdtempSync(join(tmpdir(), "athar-pack-"));
  const project = join(work, "project");
  let files: string[] = [];

  beforeAll(() => {
    if (!existsSync(join(ROOT, "dist/src/index.js"))) {
      const b = run("npm", ["run", "build", "--silent"], ROOT);
      expect(b.status, b.log).toBe(0);
    }
    const pack = run(
      "npm",
      ["pack", "--ignore-scripts", "--json", "--pack-destination", work],
      ROOT,
    );
    expect(pack.status, pack.log).toBe(0);
    const info = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
    const tarball = join(work, info[0]?.filename ?? "");
    files = (info[0]?.files ?? []).map((f) => f.path);

    mkdirSync(join(project, "graph"), { recursive: true });
    writeFileSync(
      join(project, "package.json"),
      `${JSON.stringify({ name: "uses-athar", private: true, type: "module" }, null, 2)}\n`,
    );
    const install = run(
      "npm",
      ["install", tarball, "--no-audit", "--no-fund", "--ignore-scripts"],
      project,
    );
    expect(install.status, install.log).toBe(0);
    // The example loads "graph/graph.json" from the working directory.
    copyFileSync(join(ROOT, "graph/graph.json"), join(project, "graph/graph.json"));
  }, TIMEOUT);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("packs what the library and the bin need at run time, and no sources or tests", () => {
    for (const f of [
      "package.json",
      "README.md",
      "bin/athar.js",
      "dist/src/index.js",
      "dist/src/index.d.ts",
      "dist/src/cli.js",
      "kb/states.json",
      "lexicon/relations.json",
      "lexicon/given-names.json",
      "lexicon/actors.json",
      "lexicon/words.json",
      "model/relations.json",
    ]) {
      expect(files, f).toContain(f);
    }
    const stray = files.filter((f) => /^(src|tests|graph|seeds|scripts|viewer|data)\//.test(f));
    expect(stray).toEqual([]);
  });

  it(
    "runs the README's library example as JavaScript with node",
    () => {
      const js = toJs(readmeExample());
      writeFileSync(join(project, "example.mjs"), js);
      const r = run(process.execPath, ["example.mjs"], project);
      expect(r.status, r.log).toBe(0);
      expect(r.stdout).toMatch(/^\d+ relations attributed to the United States$/m);
      expect(r.stdout).toMatch(/^state:RU$/m);
      expect(r.stdout).toMatch(/^\d+ entities, \d+ relations$/m);
      // The path's first hop leaves Blinken and its last reaches Shoigu (the hops between
      // follow the committed graph).
      expect(r.stdout).toMatch(/^Antony Blinken — [A-Z_, ]+ — .+$/m);
      expect(r.stdout).toMatch(/^.+ — [A-Z_, ]+ — Sergei Shoigu$/m);
      // The same answers as the example run on this checkout's compiled library.
      const local = join(work, "local-example.mjs");
      writeFileSync(
        local,
        js.replaceAll(
          'from "athar"',
          `from ${JSON.stringify(join(ROOT, "dist/src/index.js").replaceAll("\\", "/"))}`,
        ),
      );
      const expected = run(process.execPath, [local], project);
      expect(expected.status, expected.log).toBe(0);
      expect(r.stdout).toBe(expected.stdout);
    },
    TIMEOUT,
  );

  it(
    "type-checks the README's library example (NodeNext, strict) against the installed types",
    () => {
      writeFileSync(join(project, "example.ts"), readmeExample());
      writeFileSync(
        join(project, "tsconfig.json"),
        `${JSON.stringify(
          {
            compilerOptions: {
              module: "NodeNext",
              moduleResolution: "NodeNext",
              target: "ES2022",
              strict: true,
              noEmit: true,
            },
            files: ["example.ts"],
          },
          null,
          2,
        )}\n`,
      );
      const tsc = join(ROOT, "node_modules/typescript/bin/tsc");
      const r = run(process.execPath, [tsc, "-p", "tsconfig.json"], project);
      expect(r.status, r.log).toBe(0);
    },
    TIMEOUT,
  );

  it(
    "runs the installed `athar` bin: --help, and a build with the bundled KB and lexicon",
    () => {
      const help = run("npx", ["--no-install", "athar", "--help"], project);
      expect(help.status, help.log).toBe(0);
      expect(help.stdout).toMatch(/Usage: athar/);
      expect(help.stdout).toMatch(/\bbuild\b/);
      mkdirSync(join(project, "news"), { recursive: true });
      copyFileSync(
        join(ROOT, "seeds/000_77e392895dce245a.txt"),
        join(project, "news/000_77e392895dce245a.txt"),
      );
      const build = run("npx", ["--no-install", "athar", "build", "news", "--out", "out"], project);
      expect(build.status, build.log).toBe(0);
      const mentions = readFileSync(join(project, "out/mentions.jsonl"), "utf8");
      expect(mentions).toContain('"id":"state:KP"');
      const triples = readFileSync(join(project, "out/triples.jsonl"), "utf8");
      expect(triples).toContain('"type":"COOPERATE"');
    },
    TIMEOUT,
  );
});
