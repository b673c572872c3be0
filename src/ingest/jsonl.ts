// JSON Lines read as a stream of bytes: a record at a time, so a file of any size is never held
// whole. Records are named `file.jsonl#LINE` and spans point into each record's `text`, as for
// a file read whole; a line that is not a record (bad JSON, bad UTF-8, no text, longer than
// MAX_BYTES) is one error naming `file.jsonl:LINE` and the other lines are read.
import { createHash, type Hash } from "node:crypto";
import type { BuildError } from "../graph-schema.js";
import type { Article } from "../schema.js";
import { decodeBytes, encodingOfMark, withoutMark } from "./decode.js";
import { parseJsonlLine } from "./json.js";
import { MAX_BYTES } from "./limits.js";

export type JsonlItem = Article | BuildError;

/** How many bytes at the start decide the encoding and whether the input is binary. */
const HEAD = 8192;
const NEWLINE = 0x0a;
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Turns the bytes of one JSON Lines input, pushed in chunks of any size, into articles and
 * errors, holding no more than the line being read. A record's `sha256` names the whole input
 * (as for a file read whole), which is known only at the end: the articles come with "" and
 * `sha256` holds the input's hash once `end()` has run (the caller sets it on its articles).
 */
export class JsonlReader {
  /** Bytes pushed so far. */
  bytes = 0;
  /** Lines seen so far (complete ones). */
  lines = 0;
  /** The whole input's SHA-256, once it has ended. */
  sha256: string | null = null;
  private readonly hash: Hash = createHash("sha256");
  private mode: "head" | "lines" | "whole" | "refused" = "head";
  /** Bytes kept: the head before the mode is known, a line's start, or a UTF-16/32 input. */
  private kept: Uint8Array[] = [];
  private keptBytes = 0;
  /** Byte offset and length so far of the line being collected. */
  private lineStart = 0;
  private lineBytes = 0;
  /** The line being collected is longer than MAX_BYTES: its bytes are dropped. */
  private overlong = false;
  private sawText = false;
  private failed = false;

  /** `doc` names the input ("news.jsonl", "stdin"); `what` is what an error calls it. */
  constructor(
    readonly doc: string,
    private readonly what = "file",
  ) {}

  /** Takes the next bytes; returns the records they complete. */
  push(chunk: Uint8Array): JsonlItem[] {
    if (chunk.length === 0) return [];
    this.hash.update(chunk);
    this.bytes += chunk.length;
    if (this.mode === "refused") return [];
    if (this.mode === "head" || this.mode === "whole") {
      this.keep(chunk);
      if (this.mode === "whole") return this.wholeTooLarge();
      if (this.keptBytes < HEAD) return [];
      return this.decide();
    }
    return this.split(chunk);
  }

  /**
   * The input has ended: returns the last records, and sets `sha256`. `failed`: reading stopped
   * on an error (reported by the caller), so an input that ends early is not also called empty.
   */
  end(failed = false): JsonlItem[] {
    this.failed ||= failed;
    const out: JsonlItem[] = [];
    if (this.mode === "head") out.push(...this.decide());
    if (this.mode === "lines") out.push(...this.line(this.take(), true));
    if (this.mode === "whole") out.push(...this.wholeInput());
    if (!this.failed && this.mode !== "refused") {
      if (this.bytes === 0) out.push(this.error(`empty ${this.what}`));
      else if (!this.sawText) out.push(this.error("no text (only white space)"));
    }
    this.sha256 = this.hash.digest("hex");
    return out;
  }

  private error(message: string, where = this.doc): BuildError {
    return { file: where, message };
  }

  private keep(chunk: Uint8Array): void {
    this.kept.push(chunk);
    this.keptBytes += chunk.length;
  }

  /** The kept bytes as one buffer, and nothing kept any more. */
  private take(): Buffer {
    const all = Buffer.concat(this.kept, this.keptBytes);
    this.kept = [];
    this.keptBytes = 0;
    return all;
  }

  /** With the head in hand: UTF-8 lines, a UTF-16/32 input read whole, or a binary file. */
  private decide(): JsonlItem[] {
    const head = this.take();
    if (head.length === 0) return [];
    const mark = encodingOfMark(head);
    if (mark && mark !== "UTF-8") {
      this.mode = "whole";
      this.keep(head);
      return this.wholeTooLarge();
    }
    if (head.subarray(0, HEAD).includes(0)) {
      this.mode = "refused";
      return [this.error("binary file (contains NUL bytes)")];
    }
    this.mode = "lines";
    return this.split(head);
  }

  /** A UTF-16 or UTF-32 input is decoded whole, so it is held: up to MAX_BYTES of it. */
  private wholeTooLarge(): JsonlItem[] {
    if (this.keptBytes <= MAX_BYTES) return [];
    this.mode = "refused";
    this.kept = [];
    this.keptBytes = 0;
    return [
      this.error(
        `too large for UTF-16 or UTF-32 JSON Lines (over ${MAX_BYTES} bytes); convert it to UTF-8, which is read as a stream`,
      ),
    ];
  }

  private wholeInput(): JsonlItem[] {
    const decoded = decodeBytes(this.take());
    if ("error" in decoded) return [this.error(decoded.error)];
    const out: JsonlItem[] = [];
    withoutMark(decoded.text)
      .split("\n")
      .forEach((text, i) => {
        this.lines = i + 1;
        const x = parseJsonlLine(this.doc, i + 1, text, "");
        if (x) this.record(x, out);
      });
    return out;
  }

  /** Cuts a chunk at its line breaks; the part after the last one is kept for the next. */
  private split(chunk: Uint8Array): JsonlItem[] {
    const out: JsonlItem[] = [];
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf(NEWLINE, from);
      if (nl === -1) break;
      this.collect(chunk.subarray(from, nl));
      out.push(...this.line(this.take(), false));
      from = nl + 1;
    }
    this.collect(chunk.subarray(from));
    return out;
  }

  /** Adds bytes to the line being collected, unless it has grown longer than MAX_BYTES. */
  private collect(part: Uint8Array): void {
    this.lineBytes += part.length;
    if (part.length === 0 || this.overlong) return;
    if (this.keptBytes + part.length > MAX_BYTES) {
      this.overlong = true;
      this.kept = [];
      this.keptBytes = 0;
      return;
    }
    this.keep(part);
  }

  /** One complete line (`last`: the input's end, after which an empty line is no line). */
  private line(bytes: Buffer, last: boolean): JsonlItem[] {
    const at = this.lineStart;
    const size = this.lineBytes;
    const overlong = this.overlong;
    this.lineBytes = 0;
    this.overlong = false;
    if (last && size === 0) return [];
    const n = ++this.lines;
    this.lineStart = at + size + 1;
    const where = `${this.doc}:${n}`;
    if (overlong) {
      this.sawText = true;
      return [this.error(`line longer than ${MAX_BYTES} bytes; it starts at byte ${at}`, where)];
    }
    // The mark before the first record is not part of it (JSON.parse would refuse it).
    const body = at === 0 && encodingOfMark(bytes) === "UTF-8" ? bytes.subarray(3) : bytes;
    let text: string;
    try {
      text = utf8.decode(body);
    } catch {
      this.sawText = true;
      return [this.error(`not valid UTF-8; the line starts at byte ${at}`, where)];
    }
    const x = parseJsonlLine(this.doc, n, text, "", at);
    const out: JsonlItem[] = [];
    if (x) this.record(x, out);
    return out;
  }

  private record(x: JsonlItem, out: JsonlItem[]): void {
    this.sawText = true;
    out.push(x);
  }
}

/**
 * Reads JSON Lines from a stream of bytes (a file's read stream, stdin), a record at a time:
 * the stream is read no further than the consumer has asked for. `onBytes` is told how many
 * bytes each chunk held. A read error ends the input with one error naming it.
 */
export async function* readJsonl(
  reader: JsonlReader,
  input: AsyncIterable<Uint8Array>,
  onBytes?: (bytes: number) => void,
  describe: (e: unknown) => string = (e) => (e instanceof Error ? e.message : String(e)),
): AsyncGenerator<JsonlItem> {
  let failed = false;
  try {
    for await (const chunk of input) {
      onBytes?.(chunk.length);
      yield* reader.push(chunk);
    }
  } catch (e) {
    failed = true;
    const after = reader.lines > 0 ? ` (after line ${reader.lines})` : "";
    yield { file: reader.doc, message: `${describe(e)}${after}` };
  }
  yield* reader.end(failed);
}
