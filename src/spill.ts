// A build's scratch file for what extraction found. A large build would otherwise hold every
// article's mentions and relations on the heap until its files are written (28 KB an article:
// 2.8 GB at 100,000 articles). Each article's output goes to this file as its JSON Lines (the
// very lines mentions.jsonl and triples.jsonl are made of) the moment it is extracted; what
// stays in memory is where they are. The stages read an article's mentions or relations back
// when they need them, one article at a time; likewise each article's text and pieces once
// extracted, and each piece of evidence the graph's edges and events gather.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Evidence } from "./graph-schema.js";
import {
  type EvidenceList,
  type EvidenceStore,
  EvidenceTally,
  ITEM_TEXTS,
} from "./merge/evidence.js";
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

/**
 * An edge's or event's evidence in the scratch file: the list keeps only where each item is
 * (two numbers an item, against about a kilobyte for the item with its sentence).
 */
class SpilledEvidence extends EvidenceTally implements EvidenceList {
  private readonly at: number[] = [];
  private readonly bytes: number[] = [];

  constructor(private readonly spill: OutputSpill) {
    super();
  }

  add(e: Evidence): void {
    this.tally(e);
    const bytes = Buffer.from(JSON.stringify(e), "utf8");
    this.at.push(this.spill.append(bytes));
    this.bytes.push(bytes.length);
  }

  items(): Evidence[] {
    return readOnlyArray(
      this.count,
      (i) => JSON.parse(this.text(i)),
      () => this.texts(),
    );
  }

  private text(i: number): string {
    return this.spill.read(this.at[i] as number, this.bytes[i] as number);
  }

  private *texts(): Generator<string> {
    for (let i = 0; i < this.count; i++) yield this.text(i);
  }
}

const INDEX = /^(?:0|[1-9]\d*)$/;

/**
 * An array of `length` items, read-only, each read from `item` whenever it is read and never
 * kept: to every reader (JSON.stringify, Array.isArray, indexing, iteration, map, slice) an
 * array, but it holds none of its items. graph.json is written from such arrays byte for
 * byte as from plain ones, and graphology's copy() copies the reference, not the items.
 * `texts`, when given, yields each item's JSON (what jsonItems reads: see merge/evidence.ts).
 */
export function readOnlyArray<T>(
  length: number,
  item: (i: number) => T,
  texts?: () => Iterable<string>,
): T[] {
  const isIndex = (p: string | symbol): p is string =>
    typeof p === "string" && INDEX.test(p) && Number(p) < length;
  const refuse = () => false;
  return new Proxy([] as T[], {
    get: (target, p, receiver) => {
      if (p === "length") return length;
      if (p === ITEM_TEXTS) return texts;
      return isIndex(p) ? item(Number(p)) : Reflect.get(target, p, receiver);
    },
    has: (target, p) => isIndex(p) || Reflect.has(target, p),
    ownKeys: (target) => [
      ...Array.from({ length }, (_, i) => String(i)),
      ...Reflect.ownKeys(target),
    ],
    getOwnPropertyDescriptor: (target, p) => {
      if (p === "length")
        return { value: length, writable: true, enumerable: false, configurable: false };
      if (!isIndex(p)) return Reflect.getOwnPropertyDescriptor(target, p);
      return { value: item(Number(p)), writable: false, enumerable: true, configurable: true };
    },
    set: refuse,
    defineProperty: refuse,
    deleteProperty: refuse,
  });
}

/**
 * An article whose text and pieces are in an OutputSpill. A class, not getters defined on each
 * article: those made every article a dictionary-mode object with two closures (about 900
 * bytes, 90 MB at 100,000 articles); this is a tenth of it.
 */
class SpilledArticle implements Article {
  doc: string;
  title: string | null;
  date: Article["date"];
  source: string | null;
  url: string | null;
  sha256: string;

  constructor(
    private readonly spill: OutputSpill,
    article: Article,
    private readonly at: number,
    private readonly textBytes: number,
    private readonly pieceBytes: number,
  ) {
    this.doc = article.doc;
    // A title cut from the text is a slice that would keep the whole text alive: copy it.
    this.title =
      article.title === null ? null : Buffer.from(article.title, "utf8").toString("utf8");
    this.date = article.date;
    this.source = article.source;
    this.url = article.url;
    this.sha256 = article.sha256;
  }

  get text(): string {
    return this.spill.read(this.at, this.textBytes);
  }

  get pieces(): Article["pieces"] {
    return JSON.parse(this.spill.read(this.at + this.textBytes, this.pieceBytes));
  }
}

/** The scratch file of one build, in the system's temporary folder; close() removes it. */
export class OutputSpill implements EvidenceStore {
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
    const at = this.append(mentions);
    this.append(relations);
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
   * `article` with its text and pieces in the file: they are read back when read (only
   * articles.json and the store need them after extraction; the pieces are a dozen small
   * objects an article). The caller keeps the article returned instead of `article`.
   */
  keepArticle(article: Article): Article {
    if (article instanceof SpilledArticle) return article;
    const text = Buffer.from(article.text, "utf8");
    const pieces = Buffer.from(JSON.stringify(article.pieces), "utf8");
    const at = this.append(text);
    this.append(pieces);
    return new SpilledArticle(this, article, at, text.length, pieces.length);
  }

  /** A list whose items go to the file as they are added (the graph's edges and events). */
  newList(): EvidenceList {
    return new SpilledEvidence(this);
  }

  /** Writes `bytes` at the end of the file; returns where they start. */
  append(bytes: Uint8Array): number {
    const at = this.size;
    this.writeAt(bytes, at);
    this.size += bytes.length;
    return at;
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

  private writeAt(bytes: Uint8Array, at: number): void {
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
