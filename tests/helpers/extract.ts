// Running `athar extract` and `athar build --from` in-process (from the TypeScript sources):
// records captured as a string, stdin given as a string, printed lines captured.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Writable } from "node:stream";
import { vi } from "vitest";
import { runBuildFrom } from "../../src/cli/build-from.js";
import { type RunExtractOptions, runExtract } from "../../src/cli/extract.js";
import { tempDir } from "./paths.js";

/** The files every build writes (a build may add athar.duckdb beside them). */
export const OUTPUT_FILES = [
  "mentions.jsonl",
  "triples.jsonl",
  "graph.json",
  "articles.json",
  "graph.gexf",
  "view.json",
  "view-edges.json",
];

/** Bytes as one chunk of stdin. */
export async function* stdinOf(text: string): AsyncGenerator<Uint8Array> {
  yield Buffer.from(text);
}

/** Console output of `fn`, by stream, instead of on the terminal. */
export async function captured<T>(
  fn: () => Promise<T>,
): Promise<{ value: T; stderr: string[]; stdout: string[] }> {
  const stderr: string[] = [];
  const stdout: string[] = [];
  const err = vi.spyOn(console, "error").mockImplementation((...a: unknown[]) => {
    stderr.push(a.map(String).join(" "));
  });
  const out = vi.spyOn(console, "log").mockImplementation((...a: unknown[]) => {
    stdout.push(a.map(String).join(" "));
  });
  try {
    return { value: await fn(), stderr, stdout };
  } finally {
    err.mockRestore();
    out.mockRestore();
  }
}

export interface Extracted {
  code: number;
  records: string;
  stderr: string[];
}

/** athar extract on `inputs` (stdin: `stdin`), its records as one string. */
export async function extract(
  inputs: string[],
  opts: Partial<RunExtractOptions> & { stdinText?: string } = {},
): Promise<Extracted> {
  const chunks: Buffer[] = [];
  const stdout = new Writable({
    write(chunk, _enc, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  const { stdinText, ...rest } = opts;
  const run = await captured(() =>
    runExtract(inputs, {
      kb: [],
      quiet: true,
      stdout,
      ...(stdinText !== undefined ? { stdin: stdinOf(stdinText) } : {}),
      ...rest,
    }),
  );
  return { code: run.value, records: Buffer.concat(chunks).toString("utf8"), stderr: run.stderr };
}

/** athar build --from on the records given as stdin (and any files): exit code, folder, lines. */
export async function buildFrom(
  records: string | null,
  files: string[] = [],
): Promise<{ code: number; out: string; stderr: string[] }> {
  const out = join(tempDir(), "from");
  const from = records === null ? files : ["-", ...files];
  const run = await captured(() =>
    runBuildFrom(from, [], {
      out,
      kb: [],
      gexf: true,
      quiet: true,
      ...(records !== null ? { stdin: stdinOf(records) } : {}),
    }),
  );
  return { code: run.value, out, stderr: run.stderr };
}

/** The five output files of a build folder, by name. */
export const outputs = (dir: string): Record<string, string> =>
  Object.fromEntries(OUTPUT_FILES.map((f) => [f, readFileSync(join(dir, f), "utf8")]));

/** The records of a stream, parsed. */
export const records = (text: string): Array<Record<string, unknown> & { kind: string }> =>
  text
    .split("\n")
    .filter((l) => l)
    .map((l) => JSON.parse(l));
