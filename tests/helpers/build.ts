// Running `athar build` in-process (src/cli/build.ts) into a temporary folder and reading
// what it wrote. Errors the build prints are captured, not shown. In-process means from the
// TypeScript sources, where extraction runs in this thread whatever `jobs` says: builds on
// worker threads are tested through the compiled CLI (tests/build.parallel.test.ts).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { vi } from "vitest";
import { runBuild } from "../../src/cli/build.js";
import type { GraphFile } from "../../src/graph-schema.js";
import type { Mention, RelationMention } from "../../src/schema.js";
import { tempDir } from "./paths.js";

export interface BuildResult {
  out: string;
  code: number;
  /** Lines the build printed on stderr (errors and, unless quiet, the summary). */
  stderr: string[];
  mentions: Mention[];
  triples: RelationMention[];
  graph: GraphFile;
  /** The original text of each article, by doc name (from articles.json). */
  texts: Map<string, string>;
}

const readJsonl = <T>(path: string): T[] =>
  readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

/** Runs the build and returns the exit code and printed lines, without reading outputs. */
export interface BuildOpts {
  out?: string;
  kb?: string[];
  /** Also write graph.gexf (off by default: most tests do not read it). */
  gexf?: boolean;
  /** Worker threads asked for (default 1). */
  jobs?: number;
  /** Keep athar.duckdb and build incrementally (the CLI's default; off here: most tests do not). */
  store?: boolean;
  /** --prune (with store). */
  prune?: boolean;
}

type RunOptions = Parameters<typeof runBuild>[1];

export async function runQuiet(
  inputs: string[],
  opts: BuildOpts = {},
): Promise<{ out: string; code: number; stderr: string[] }> {
  const out = opts.out ?? join(tempDir(), "graph");
  const stderr: string[] = [];
  const spy = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    stderr.push(args.map(String).join(" "));
  });
  try {
    const options: RunOptions = {
      out,
      kb: opts.kb ?? [],
      progress: false,
      quiet: true,
      gexf: opts.gexf ?? false,
      jobs: opts.jobs ?? 1,
      store: opts.store ?? false,
      prune: opts.prune ?? false,
    };
    const code = await runBuild(inputs, options);
    return { out, code, stderr };
  } finally {
    spy.mockRestore();
  }
}

/** Reads a build folder's mentions, triples, graph and article texts. */
export function readOutputs(out: string): Omit<BuildResult, "out" | "code" | "stderr"> {
  const articles = JSON.parse(readFileSync(join(out, "articles.json"), "utf8")) as {
    articles: Array<{ doc: string; text: string }>;
  };
  return {
    mentions: readJsonl<Mention>(join(out, "mentions.jsonl")),
    triples: readJsonl<RelationMention>(join(out, "triples.jsonl")),
    graph: JSON.parse(readFileSync(join(out, "graph.json"), "utf8")) as GraphFile,
    texts: new Map(articles.articles.map((a) => [a.doc, a.text])),
  };
}

export async function build(inputs: string[], opts: BuildOpts = {}): Promise<BuildResult> {
  const r = await runQuiet(inputs, opts);
  return { ...r, ...readOutputs(r.out) };
}
