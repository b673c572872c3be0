// The inputs of a build as a stream of articles: folders are walked first (names only), then
// files are read one at a time, and a .jsonl file (or stdin, named `-`) a record at a time, as
// fast as the consumer takes them. Nothing here holds more than one file, or one JSON Lines
// chunk, that the consumer has not asked for.
import { createReadStream, statSync } from "node:fs";
import { extname } from "node:path";
import type { BuildError } from "../graph-schema.js";
import type { Article } from "../schema.js";
import { cannotRead } from "./fs-errors.js";
import { expandInputs, type InputFile } from "./inputs.js";
import { JsonlReader, readJsonl } from "./jsonl.js";
import { readArticles, type Sidecar } from "./read.js";

/** The input that names standard input (read as JSON Lines, records named `stdin#N`). */
export const STDIN = "-";
/** The document name of standard input. */
export const STDIN_DOC = "stdin";

/**
 * The input file an article came from. For JSON Lines, `bytes` and `sha256` are final only
 * once the stream has moved past the file; until then its articles' `sha256` is "" (the
 * reader holds none of them to set it: whoever keeps them sets it, as build() does).
 */
export interface SourceFile {
  doc: string;
  bytes: number;
  /** The whole input's SHA-256, for JSON Lines (its records carry it as their sha256). */
  sha256?: string;
}

/** An article and the input it came from. */
export interface IngestedArticle {
  article: Article;
  file: SourceFile;
}

export type Ingested = IngestedArticle | { error: BuildError };

export interface IngestOptions {
  /** What `-` reads (default: process.stdin). */
  stdin?: AsyncIterable<Uint8Array>;
}

const isJsonl = (path: string) => extname(path).toLowerCase() === ".jsonl";

/** The size of a file, or 0 when it cannot be read (its error comes when it is read). */
function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

export class Ingest {
  /** The article files found (sorted by doc id), without stdin. */
  readonly files: InputFile[];
  /** Problems found while walking the inputs (missing paths, link loops, ...). */
  readonly errors: BuildError[];
  /** Whether `-` is among the inputs. */
  readonly stdin: boolean;
  /** Bytes of all the inputs, or null when stdin (of unknown size) is one of them. */
  readonly totalBytes: number | null;
  /** The size of each file, as found before reading. */
  private readonly sizes: number[];
  /** Input bytes read so far. */
  bytes = 0;
  /** Inputs read whole so far (files, and stdin). */
  inputsRead = 0;
  /** The input being read. */
  current = "";

  constructor(
    inputs: string[],
    private readonly opts: IngestOptions = {},
  ) {
    this.stdin = inputs.includes(STDIN);
    const expanded = expandInputs(inputs.filter((p) => p !== STDIN));
    this.files = expanded.files;
    this.errors = expanded.errors;
    this.sizes = this.files.map((f) => sizeOf(f.path));
    this.totalBytes = this.stdin ? null : this.sizes.reduce((n, b) => n + b, 0);
  }

  /** How many inputs there are: the files, and stdin when it is one. */
  get inputs(): number {
    return this.files.length + (this.stdin ? 1 : 0);
  }

  /** Every article and every error, input by input, in the order the files were found. */
  async *items(): AsyncGenerator<Ingested> {
    const manifests = new Map<string, Map<string, Sidecar>>();
    for (const [i, f] of this.files.entries()) {
      this.current = f.doc;
      if (isJsonl(f.path)) yield* this.jsonlFile(f);
      else yield* this.wholeFile(f, manifests, this.sizes[i] ?? 0);
      this.inputsRead++;
    }
    if (this.stdin) {
      this.current = STDIN_DOC;
      yield* this.jsonl(STDIN_DOC, this.opts.stdin ?? process.stdin, "input on stdin");
      this.inputsRead++;
    }
  }

  private *wholeFile(f: InputFile, manifests: Map<string, Map<string, Sidecar>>, size: number) {
    let read: ReturnType<typeof readArticles>;
    try {
      read = readArticles(f, manifests);
    } catch (e) {
      read = { articles: [], errors: [{ file: f.doc, message: cannotRead(e) }], bytes: 0 };
    }
    this.bytes += size || read.bytes;
    const file: SourceFile = { doc: f.doc, bytes: read.bytes };
    for (const error of read.errors) yield { error };
    for (const article of read.articles) yield { article, file };
  }

  private async *jsonlFile(f: InputFile): AsyncGenerator<Ingested> {
    try {
      if (!statSync(f.path).isFile()) {
        yield { error: { file: f.doc, message: "not a regular file" } };
        return;
      }
    } catch (e) {
      yield { error: { file: f.doc, message: cannotRead(e) } };
      return;
    }
    // Chunks of 64 KiB: records are made a chunk at a time, and progress moves by chunks.
    yield* this.jsonl(f.doc, createReadStream(f.path, { highWaterMark: 1 << 16 }), "file");
  }

  private async *jsonl(
    doc: string,
    input: AsyncIterable<Uint8Array>,
    what: string,
  ): AsyncGenerator<Ingested> {
    const reader = new JsonlReader(doc, what);
    const file: SourceFile = { doc, bytes: 0 };
    const counted = (n: number) => {
      this.bytes += n;
      file.bytes += n;
    };
    for await (const x of readJsonl(reader, input, counted, cannotRead)) {
      if ("message" in x) yield { error: x };
      else yield { article: x, file };
    }
    file.sha256 = reader.sha256 ?? "";
  }
}
