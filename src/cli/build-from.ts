// athar build --from: the graph side of a build from extract records (`athar extract`'s
// output, from any number of machines), without extracting again. The outputs are the bytes a
// build of the same articles writes.
import { createReadStream, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { Readable } from "node:stream";
import type { BuildError } from "../graph-schema.js";
import { cannotRead } from "../ingest/fs-errors.js";
import { STDIN } from "../ingest/stream.js";
import { assembleArticles } from "../pipeline.js";
import { OutputFolderError, OutputWriteError, StagedOutputs } from "../write.js";
import { formatBuildError } from "./build-error.js";
import { type Collected, RecordStream } from "./build-from-records.js";
import { isSliced, type Slice, sliceArticles, sliceProblem } from "./build-from-slice.js";
import { loadCliKb, plural } from "./kb.js";

export interface BuildFromOptions {
  out: string;
  kb: string[];
  gexf: boolean;
  quiet: boolean;
  /** What `-` reads (default: process.stdin). */
  stdin?: AsyncIterable<Uint8Array>;
  since?: string;
  until?: string;
  around?: string[];
}

/** Record files in a folder: .jsonl, and the part-00000 files Spark and Hadoop write. */
const RECORD_FILE = /\.jsonl$|^part-\d+$/i;

/** The record files of the inputs: files as given, folders' record files (name order). */
function recordFiles(inputs: string[], errors: BuildError[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith(".")) continue;
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (RECORD_FILE.test(name)) out.push(p);
    }
  };
  for (const input of inputs) {
    if (input === STDIN) {
      out.push(STDIN);
      continue;
    }
    try {
      if (statSync(input).isDirectory()) walk(input);
      else out.push(input);
    } catch (e) {
      errors.push({ file: input, message: cannotRead(e) });
    }
  }
  return out;
}

/** Reads one record file (or stdin) a line at a time into `into`. */
async function readRecords(
  file: string,
  stdin: AsyncIterable<Uint8Array>,
  into: Collected,
): Promise<void> {
  const name = file === STDIN ? "stdin" : file;
  const input = file === STDIN ? Readable.from(stdin) : createReadStream(file);
  const stream = new RecordStream(name, into);
  let n = 0;
  try {
    for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY }))
      stream.line(line, ++n);
  } catch (e) {
    into.errors.push({ file: name, message: `${cannotRead(e)} (after line ${n})` });
  }
  stream.end();
}

/** Runs `athar build --from`; returns the exit code as `athar build` does. */
export async function runBuildFrom(
  from: string[],
  inputs: string[],
  opts: BuildFromOptions,
): Promise<number> {
  if (inputs.length > 0) {
    console.error(
      `athar: --from reads extract records, not articles (${inputs.join(", ")}); run \`athar extract\` on them first`,
    );
    return 2;
  }
  const slice: Slice = {
    ...(opts.since !== undefined ? { since: opts.since } : {}),
    ...(opts.until !== undefined ? { until: opts.until } : {}),
    ...(opts.around ? { around: opts.around } : {}),
  };
  const problem = sliceProblem(slice);
  if (problem) {
    console.error(`athar: ${problem}`);
    return 2;
  }
  const kb = loadCliKb(opts.kb);
  if (typeof kb === "string") {
    console.error(`athar: ${kb}`);
    return 2;
  }
  const into: Collected = { processed: [], errors: [], records: 0 };
  for (const file of recordFiles(from, into.errors))
    await readRecords(file, opts.stdin ?? process.stdin, into);
  if (into.records === 0 && into.errors.length === 0) {
    console.error(`athar: no extract records in ${from.join(", ")}`);
    return 2;
  }
  const read = into.processed.length;
  const kept = isSliced(slice) ? sliceArticles(into.processed, slice) : into.processed;
  if (read > 0 && kept.length === 0) {
    console.error(`athar: none of the ${plural(read, "article")} is in the slice; nothing written`);
    return 1;
  }
  // The files go to disk as they are rendered, into a hidden folder swapped in at the end.
  const staged = new StagedOutputs(opts.out);
  let written: string[];
  let built: ReturnType<typeof assembleArticles<StagedOutputs>>;
  try {
    staged.prepare();
    built = assembleArticles(kept, into.errors, kb, { ...opts, writer: staged });
    for (const e of built.input.errors) console.error(formatBuildError(e));
    if (built.input.articles.length === 0) {
      staged.discard();
      console.error("athar: no article in the records; nothing written");
      return 1;
    }
    written = staged.commit();
  } catch (e) {
    staged.discard();
    if (!(e instanceof OutputFolderError || e instanceof OutputWriteError)) throw e;
    console.error(`athar: ${e.message}`);
    return 2;
  }
  const { input, graph } = built;
  if (!opts.quiet) {
    const mentions = input.outputs.reduce((n, o) => n + o.mentions.length, 0);
    const relations = input.outputs.reduce((n, o) => n + o.relations.length, 0);
    console.log(
      `athar: ${plural(input.articles.length, "article")}, ${plural(mentions, "mention")}, ` +
        `${plural(relations, "relation")}, ${plural(graph.order, "node")}, ` +
        `${plural(graph.size, "edge")}, ${plural(input.errors.length, "error")} -> ${opts.out}/ ` +
        `(from ${plural(into.records, "record")}${kept.length < read ? `; the slice keeps ${kept.length} of ${plural(read, "article")}` : ""})`,
    );
    for (const w of written) console.log(`  wrote ${w}`);
  }
  return input.errors.length > 0 ? 1 : 0;
}
