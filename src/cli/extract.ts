// athar extract: articles in, extract records out (src/extract-records.ts), one article at a
// time and nothing kept between articles, so any number of these can run side by side on
// parts of a batch (partitions, --shard) and `athar build --from` merges what they wrote.
import { createHash } from "node:crypto";
import type { Register } from "../cli.js";
import { articleLines, errorLine, type InputInfo, inputLine } from "../extract-records.js";
import type { BuildError } from "../graph-schema.js";
import {
  Ingest,
  type IngestedArticle,
  type SourceFile,
  STDIN,
  STDIN_DOC,
} from "../ingest/stream.js";
import type { Kb } from "../kb/kb.js";
import { defaultStages, processOne, type Stages } from "../pipeline.js";
import { formatBuildError } from "./build-error.js";
import { ProvenanceTap, tapped } from "./extract-provenance.js";
import { fileSink, type Sink, streamSink } from "./extract-sink.js";
import { loadCliKb, plural } from "./kb.js";

interface ExtractOptions {
  out?: string;
  kb: string[];
  shard?: string;
  quiet: boolean;
}

/** runExtract's options beyond the command line's, for the tests. */
export interface RunExtractOptions extends ExtractOptions {
  /** What `-` reads (default: process.stdin). */
  stdin?: AsyncIterable<Uint8Array>;
  /** Where records go without --out (default: process.stdout). */
  stdout?: NodeJS.WritableStream;
  /** Replacements for the per-article stage (a test injects a failing one). */
  stages?: Partial<Stages>;
}

const HELP = `
Records (one JSON object a line, each with a "kind"; README.md "Past one machine"):
  document  doc, input, sha256, bytes, title, date, source, url, sentences, text
            (and "format": "athar-extract/1")
  mention   a mentions.jsonl line        relation  a triples.jsonl line
  part_of   doc, entity, state           input     input, sha256, bytes (JSON Lines inputs)
  error     doc, stage, message          (the line a build prints; the exit code is 1)

On stdin a record may carry "doc" (and "sha256", "bytes"): the document's name and its
input's hash and size, for drivers that split a batch into partitions.

Examples:
  athar extract seeds > seeds.jsonl
  zcat feed.jsonl.gz | athar extract --shard 0/4 > part-0.jsonl
  athar extract news/ --kb my-kb.json --out records.jsonl
  athar extract seeds | athar build --from - --out out/seeds`;

export const registerExtract: Register = (program, setExitCode) => {
  program
    .command("extract")
    .summary("articles in, extract records out (one article at a time; for clusters)")
    .description(
      "Extract entity mentions and relations from articles, one article at a time, as JSON\n" +
        "Lines records on stdout (or --out FILE) for `athar build --from`. Reads JSON Lines\n" +
        "from stdin (fields text, title, date, source, url) or the files and folders given.\n" +
        "The same input gives the same bytes.",
    )
    .argument("[inputs...]", "article files or folders; - (the default) reads stdin", [STDIN])
    .option("-o, --out <file>", "write the records to this file (atomically) instead of stdout")
    .option(
      "--kb <file>",
      "an extra knowledge-base file (repeatable)",
      (v: string, p: string[]) => [...p, v],
      [],
    )
    .option("--shard <i/n>", "extract only the articles whose id hashes to shard i of n")
    .option("-q, --quiet", "print no summary (errors are still printed)")
    .addHelpText("after", HELP)
    .action(async (inputs: string[], opts: ExtractOptions) => {
      setExitCode(await runExtract(inputs, opts));
    });
};

export interface Shard {
  index: number;
  count: number;
}

/** `i/n` as a shard, or null when it is not two whole numbers with i < n. */
export function parseShard(text: string | undefined): Shard | null {
  if (text === undefined) return { index: 0, count: 1 };
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const [index, count] = [Number(m?.[1]), Number(m?.[2])];
  return m && count >= 1 && index < count ? { index, count } : null;
}

/** The shard a document (or an error's file) belongs to: SHA-256 of its id, first 32 bits, mod n. */
export function shardOf(doc: string, count: number): number {
  return createHash("sha256").update(doc).digest().readUInt32BE(0) % count;
}

export async function runExtract(inputs: string[], opts: RunExtractOptions): Promise<number> {
  const shard = parseShard(opts.shard);
  if (shard === null) {
    console.error(`athar: --shard must be i/n with 0 <= i < n (not "${opts.shard}")`);
    return 2;
  }
  const kb = loadCliKb(opts.kb);
  if (typeof kb === "string") {
    console.error(`athar: ${kb}`);
    return 2;
  }
  const run = new ExtractRun(kb, shard, { ...defaultStages, ...opts.stages });
  const ingest = new Ingest(inputs.length > 0 ? inputs : [STDIN], {
    stdin: tapped(opts.stdin ?? process.stdin, run.tap),
  });
  if (ingest.inputs === 0 && ingest.errors.length === 0) {
    console.error(`athar: no article files (.txt .json .jsonl .html) in ${inputs.join(", ")}`);
    return 2;
  }
  let sink: Sink;
  try {
    sink = opts.out ? await fileSink(opts.out) : streamSink(opts.stdout ?? process.stdout);
  } catch (e) {
    console.error(`athar: cannot write ${opts.out}: ${(e as Error).message}`);
    return 2;
  }
  try {
    await run.all(ingest, sink);
    await sink.close();
  } catch (e) {
    await sink.discard();
    const code = (e as NodeJS.ErrnoException).code;
    // The reader went away (`| head`): it has what it wanted.
    if (code === "EPIPE") return 0;
    if (code === undefined) throw e;
    console.error(`athar: cannot write ${opts.out ?? "stdout"}: ${(e as Error).message}`);
    return 2;
  }
  if (!opts.quiet) {
    const where = opts.out ?? "stdout";
    console.error(
      `athar extract: ${plural(run.articles, "article")}, ${plural(run.errors.length, "error")} -> ${where}`,
    );
  }
  return run.errors.length > 0 ? 1 : 0;
}

/** One pass over the inputs: each article's records written before the next is read. */
class ExtractRun {
  readonly tap = new ProvenanceTap();
  readonly errors: BuildError[] = [];
  articles = 0;
  /** JSON Lines inputs whose documents were written before their hash was known. */
  private readonly pending = new Set<SourceFile>();

  constructor(
    private readonly kb: Kb,
    private readonly shard: Shard,
    private readonly stages: Stages,
  ) {}

  private mine(doc: string): boolean {
    return this.shard.count === 1 || shardOf(doc, this.shard.count) === this.shard.index;
  }

  async all(ingest: Ingest, sink: Sink): Promise<void> {
    for (const error of ingest.errors) await this.error(error, sink);
    for await (const item of ingest.items()) {
      await this.inputsRead(sink);
      if ("error" in item) await this.error(item.error, sink);
      else await this.article(item, sink);
    }
    await this.inputsRead(sink);
  }

  private async error(e: BuildError, sink: Sink): Promise<void> {
    if (!this.mine(e.file)) return;
    this.errors.push(e);
    console.error(formatBuildError(e));
    await sink.write(errorLine(e));
  }

  /** `input` records for the JSON Lines inputs read whole since the last article. */
  private async inputsRead(sink: Sink): Promise<void> {
    for (const file of this.pending) {
      if (file.sha256 === undefined) continue;
      this.pending.delete(file);
      await sink.write(inputLine({ input: file.doc, sha256: file.sha256, bytes: file.bytes }));
    }
  }

  private async article(item: IngestedArticle, sink: Sink): Promise<void> {
    const named = this.provenance(item);
    if ("message" in named) return this.error(named, sink);
    const { article } = item;
    if (!this.mine(article.doc)) return;
    const done = processOne(article, named.bytes ?? 0, this.kb, this.stages);
    if ("message" in done) return this.error(done, sink);
    if (named.sha256 === null) this.pending.add(item.file);
    this.articles++;
    await sink.write(articleLines(article, done.output, named));
  }

  /**
   * Where the article came from. A record on stdin that names its document takes that name,
   * and its input's hash and size (given, or its text's); other JSON Lines records get theirs
   * once the whole input is read (null until then); a file's are known already.
   */
  private provenance({ article, file }: IngestedArticle): InputInfo | BuildError {
    const line = file.doc === STDIN_DOC ? Number(article.doc.slice(STDIN_DOC.length + 1)) : 0;
    const given = line > 0 ? this.tap.take(line) : undefined;
    if (typeof given === "string") return { file: `${STDIN_DOC}:${line}`, message: given };
    if (given) {
      article.doc = given.doc;
      article.sha256 = given.sha256 ?? createHash("sha256").update(article.text).digest("hex");
      const bytes = given.bytes ?? Buffer.byteLength(article.text);
      return { input: file.doc, sha256: article.sha256, bytes };
    }
    if (article.sha256 === "") return { input: file.doc, sha256: null, bytes: null };
    return { input: file.doc, sha256: article.sha256, bytes: file.bytes };
  }
}
