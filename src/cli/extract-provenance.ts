// Provenance fields of the JSON Lines records `athar extract` reads on stdin. A driver that
// splits inputs into partitions (cluster/dask_build.py) hands each record its document's name
// and its input's hash and size (`doc`, `sha256`, `bytes`), so the documents of every partition
// are named as a build of the whole inputs names them. The article itself is read by the
// build's own JSON Lines reader; this tap only looks at the same bytes on their way there.
import { z } from "zod";
import { MAX_BYTES } from "../ingest/limits.js";

const Provenance = z.object({
  doc: z.string().min(1, "doc is empty"),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, "expected a SHA-256 in lowercase hex")
    .optional(),
  bytes: z.number().int().nonnegative().optional(),
});
export type Provenance = z.infer<typeof Provenance>;

const NEWLINE = 0x0a;
const DOC_KEY = Buffer.from('"doc"');
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** The provenance of each line that has a `doc` field (by line number from 1), or why not. */
export class ProvenanceTap {
  readonly byLine = new Map<number, Provenance | string>();
  private parts: Buffer[] = [];
  private size = 0;
  private line = 0;

  push(chunk: Uint8Array): void {
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf(NEWLINE, from);
      if (nl === -1) break;
      this.collect(chunk.subarray(from, nl));
      this.finish();
      from = nl + 1;
    }
    this.collect(chunk.subarray(from));
  }

  /** The input has ended: the last line, when it has no line break. */
  end(): void {
    if (this.size > 0) this.finish();
  }

  /** Takes (and forgets) what line `n` says about its document. */
  take(n: number): Provenance | string | undefined {
    const p = this.byLine.get(n);
    this.byLine.delete(n);
    return p;
  }

  private collect(part: Uint8Array): void {
    // An over-long line is the reader's error; its bytes need not be kept here either.
    if (this.size + part.length <= MAX_BYTES) this.parts.push(Buffer.from(part));
    this.size += part.length;
  }

  private finish(): void {
    const n = ++this.line;
    const bytes = this.size <= MAX_BYTES ? Buffer.concat(this.parts) : null;
    this.parts = [];
    this.size = 0;
    // Most records name no document: they are not parsed twice.
    if (!bytes?.includes(DOC_KEY)) return;
    const found = provenanceOf(bytes);
    if (found !== null) this.byLine.set(n, found);
  }
}

/** A line's provenance, why it is malformed, or null (no `doc` field, or not a record). */
function provenanceOf(bytes: Buffer): Provenance | string | null {
  let raw: unknown;
  try {
    raw = JSON.parse(utf8.decode(bytes));
  } catch {
    return null; // the reader names the bad line
  }
  if (typeof raw !== "object" || raw === null || !("doc" in raw)) return null;
  const p = Provenance.safeParse(raw);
  if (p.success) return p.data;
  return p.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
}

/** Passes a stream's chunks on after the tap has seen them, and ends the tap with it. */
export async function* tapped(
  input: AsyncIterable<Uint8Array>,
  tap: ProvenanceTap,
): AsyncGenerator<Uint8Array> {
  for await (const chunk of input) {
    tap.push(chunk);
    yield chunk;
  }
  tap.end();
}
