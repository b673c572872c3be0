// A build's scratch file for what extraction found. A large build would otherwise hold every
// article's mentions and relations on the heap until its files are written (28 KB an article:
// 2.8 GB at 100,000 articles). Each article's output goes to this file as its JSON Lines (the
// very lines mentions.jsonl and triples.jsonl are made of) the moment it is extracted; what
// stays in memory is where they are. The stages read an article's mentions or relations back
// when they need them, one article at a time; likewise each article's text once extracted.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ArticleOutput } from "./pipeline.js";
import type { Article, Mention, RelationMention } from "./schema.js";
import { jsonLine } from "./write.js";

/** An article's output whose mentions and relations are in an OutputSpill. */
export class SpilledOutput implements ArticleOutput {
  constructor(
    private readonly spill: OutputSpill,
    readonly doc: string,
    readonly sentences: number,
    readonly partOf: Array<[string, string]>,
    /** Where the article's lines are: mentions' bytes from `at`, then relations' bytes. */
    private readonly at: number,
    private readonly mentionBytes: number,
    private readonly relationBytes: number,
    readonly mentionCount: number,
    readonly relationCount: number,
  ) {}

  /** Read back from the file on each access: nothing of it is kept here. */
  get mentions(): Mention[] {
    return parseLines(this.mentionLines()) as Mention[];
  }

  get relations(): RelationMention[] {
    return parseLines(this.relationLines()) as RelationMention[];
  }

  /** The article's lines of mentions.jsonl. */
  mentionLines(): string {
    return this.spill.read(this.at, this.mentionBytes);
  }

  /** The article's lines of triples.jsonl. */
  relationLines(): string {
    return this.spill.read(this.at + this.mentionBytes, this.relationBytes);
  }
}

function parseLines(text: string): unknown[] {
  const rows: unknown[] = [];
  let start = 0;
  for (let end = text.indexOf("\n"); end !== -1; end = text.indexOf("\n", start)) {
    rows.push(JSON.parse(text.slice(start, end)));
    start = end + 1;
  }
  return rows;
}

/** The scratch file of one build, in the system's temporary folder; close() removes it. */
export class OutputSpill {
  private readonly dir: string;
  private readonly fd: number;
  private size = 0;

  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), "athar-spill-"));
    this.fd = openSync(join(this.dir, "outputs.jsonl"), "w+");
  }

  /** Writes `output`'s mentions and relations to the file; returns the output that reads them. */
  add(output: ArticleOutput): SpilledOutput {
    if (output instanceof SpilledOutput) return output;
    const mentions = Buffer.from(output.mentions.map(jsonLine).join(""), "utf8");
    const relations = Buffer.from(output.relations.map(jsonLine).join(""), "utf8");
    const at = this.size;
    this.writeAt(mentions, at);
    this.writeAt(relations, at + mentions.length);
    this.size += mentions.length + relations.length;
    return new SpilledOutput(
      this,
      output.doc,
      output.sentences,
      output.partOf,
      at,
      mentions.length,
      relations.length,
      output.mentions.length,
      output.relations.length,
    );
  }

  /**
   * Moves `article`'s text to the file: from now on `article.text` reads it back (only
   * articles.json and the store need it after extraction).
   */
  keepText(article: Article): void {
    const bytes = Buffer.from(article.text, "utf8");
    const at = this.size;
    this.writeAt(bytes, at);
    this.size += bytes.length;
    // A title cut from the text is a slice that would keep the whole text alive: copy it.
    if (article.title !== null) article.title = Buffer.from(article.title, "utf8").toString("utf8");
    Object.defineProperty(article, "text", {
      get: () => this.read(at, bytes.length),
      enumerable: true,
      configurable: true,
    });
  }

  read(at: number, bytes: number): string {
    const buf = Buffer.allocUnsafe(bytes);
    let got = 0;
    while (got < bytes) {
      const n = readSync(this.fd, buf, got, bytes - got, at + got);
      if (n === 0) throw new Error(`the build's scratch file ended early (${this.dir})`);
      got += n;
    }
    return buf.toString("utf8");
  }

  close(): void {
    closeSync(this.fd);
    rmSync(this.dir, { recursive: true, force: true });
  }

  private writeAt(bytes: Buffer, at: number): void {
    let done = 0;
    while (done < bytes.length)
      done += writeSync(this.fd, bytes, done, bytes.length - done, at + done);
  }
}

/** How many mentions and relations an output holds, without reading a spilled one back. */
export function outputCounts(o: ArticleOutput): { mentions: number; relations: number } {
  return o instanceof SpilledOutput
    ? { mentions: o.mentionCount, relations: o.relationCount }
    : { mentions: o.mentions.length, relations: o.relations.length };
}
