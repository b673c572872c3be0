// Reading extract records (src/extract-records.ts) back into the processed articles a build
// assembles. One RecordStream per file (or stdin): an article is its `document` line and the
// `mention`, `relation` and `part_of` lines of that document after it, as `athar extract`
// writes them; streams may be given in any order, as partitions of one batch are.
import {
  type DocumentRecord,
  EXTRACT_FORMAT,
  ExtractRecord,
  recordError,
  withoutKind,
} from "../extract-records.js";
import type { BuildError } from "../graph-schema.js";
import type { ProcessedArticle } from "../pipeline.js";
import type { Mention, RelationMention } from "../schema.js";

/** What every stream read so far adds up to. */
export interface Collected {
  processed: ProcessedArticle[];
  errors: BuildError[];
  records: number;
}

interface Open {
  processed: ProcessedArticle;
  /** The line that broke the article's records, when one did. */
  broken: string | null;
  /** The input whose `input` record its hash and size wait for, or null. */
  waitsFor: string | null;
}

function articleOf(d: DocumentRecord): ProcessedArticle {
  return {
    // Pieces are what recognition reads; the graph side of a build never does.
    article: {
      doc: d.doc,
      text: d.text,
      title: d.title,
      date: d.date,
      source: d.source,
      url: d.url,
      pieces: [],
      sha256: d.sha256 ?? "",
    },
    output: { doc: d.doc, sentences: d.sentences, mentions: [], relations: [], partOf: [] },
    bytes: d.bytes ?? 0,
  };
}

/** Why a line is not a record: JSON's message, or zod's issues with their paths. */
function notARecord(raw: unknown): string {
  const kind = (raw as { kind?: unknown } | null)?.kind;
  if (kind === "document" && (raw as { format?: unknown }).format !== EXTRACT_FORMAT) {
    const format = JSON.stringify((raw as { format?: unknown }).format);
    return `a document of format ${format}; this athar reads ${EXTRACT_FORMAT}`;
  }
  const r = ExtractRecord.safeParse(raw);
  if (r.success) return "";
  return r.error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join(".") || "record"}: ${i.message}`)
    .join("; ");
}

export class RecordStream {
  private current: Open | null = null;
  /** Articles kept whose hash and size an `input` record is still to give, by input. */
  private readonly waiting = new Map<string, ProcessedArticle[]>();

  constructor(
    /** The stream's name in messages (a file, or `stdin`). */
    private readonly name: string,
    private readonly into: Collected,
  ) {}

  /** One line (numbered from 1). */
  line(text: string, n: number): void {
    if (!text.trim()) return;
    const where = `${this.name}:${n}`;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (e) {
      this.bad(where, `invalid JSON (${(e as Error).message})`);
      return;
    }
    const why = notARecord(raw);
    if (why) this.bad(where, `not an extract record: ${why}`);
    else {
      this.into.records++;
      this.record(raw as ExtractRecord, where);
    }
  }

  private record(r: ExtractRecord, where: string): void {
    switch (r.kind) {
      case "document":
        this.close();
        this.current = {
          processed: articleOf(r),
          broken: null,
          waitsFor: r.sha256 === null || r.bytes === null ? r.input : null,
        };
        return;
      case "error":
        this.into.errors.push(recordError(r));
        return;
      case "input":
        this.inputRead(r.input, r.sha256, r.bytes);
        return;
      default:
        this.part(r, where);
    }
  }

  /** A mention, relation or part_of line: it belongs to the document open before it. */
  private part(r: Exclude<ExtractRecord, { kind: "document" | "error" | "input" }>, where: string) {
    const open = this.current;
    if (!open || open.processed.article.doc !== r.doc) {
      this.into.errors.push({
        file: where,
        message: `a ${r.kind} record of ${r.doc} that does not follow its document record; left out`,
      });
      return;
    }
    const out = open.processed.output;
    if (r.kind === "mention") out.mentions.push(withoutKind(r) as Mention);
    else if (r.kind === "relation") out.relations.push(withoutKind(r) as RelationMention);
    else out.partOf.push([r.entity, r.state]);
  }

  private bad(where: string, message: string): void {
    this.into.errors.push({ file: where, message });
    if (this.current) this.current.broken ??= where;
  }

  private inputRead(input: string, sha256: string, bytes: number): void {
    // The input's last article is complete: it waits in the list filled below.
    this.close();
    for (const p of this.waiting.get(input) ?? []) {
      p.article.sha256 = sha256;
      p.bytes = bytes;
    }
    this.waiting.delete(input);
  }

  /** The open article is complete: kept, waiting for its input's hash, or left out. */
  private close(): void {
    const open = this.current;
    this.current = null;
    if (!open) return;
    const { processed, broken, waitsFor } = open;
    if (broken) {
      this.into.errors.push({
        file: processed.article.doc,
        message: `its extract records are broken (${broken}); the article is left out`,
      });
      return;
    }
    this.into.processed.push(processed);
    if (waitsFor === null) return;
    const list = this.waiting.get(waitsFor) ?? [];
    list.push(processed);
    this.waiting.set(waitsFor, list);
  }

  /** The stream has ended: an article still waiting for its input's hash is left out. */
  end(): void {
    this.close();
    const cut = new Set<ProcessedArticle>();
    for (const [input, list] of this.waiting) {
      for (const p of list) {
        cut.add(p);
        this.into.errors.push({
          file: p.article.doc,
          message: `${this.name} ends before the input record of ${input} (its hash and size): cut short? The article is left out`,
        });
      }
    }
    this.waiting.clear();
    if (cut.size > 0) this.into.processed = this.into.processed.filter((p) => !cut.has(p));
  }
}
