// The disk-reading part of ingest, with inputs.ts (which finds the files): reads and checks
// bytes, and hands the text to the pure parsers. Bad files become errors naming the file; the
// batch goes on.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import type { BuildError } from "../graph-schema.js";
import type { Article } from "../schema.js";
import { parseRssDate } from "./dates.js";
import { decodeBytes, withoutMark } from "./decode.js";
import { cannotRead } from "./fs-errors.js";
import { looksLikeHtml, parseHtml } from "./html.js";
import type { InputFile } from "./inputs.js";
import { outletFromUrl, parseJsonArticles } from "./json.js";
import { JsonlReader } from "./jsonl.js";
import { MAX_BYTES } from "./limits.js";
import { parseTxt } from "./txt.js";

export { type Expanded, expandInputs, type InputFile } from "./inputs.js";

export { MAX_BYTES, outletFromUrl };

export interface Sidecar {
  date?: string | null;
  url?: string | null;
  source?: string | null;
}

/** Optional `manifest.tsv` beside articles: columns file, date|time, url, source|outlet. */
export function readManifest(dir: string): Map<string, Sidecar> {
  const out = new Map<string, Sidecar>();
  const p = join(dir, "manifest.tsv");
  if (!existsSync(p)) return out;
  const [head, ...rows] = readFileSync(p, "utf8").split("\n");
  const cols = (head ?? "").split("\t").map((c) => c.trim().toLowerCase());
  const col = (...names: string[]) => cols.findIndex((c) => names.includes(c));
  const [f, d, u, s] = [col("file"), col("date", "time"), col("url"), col("source", "outlet")];
  if (f < 0) return out;
  for (const row of rows) {
    const v = row.split("\t");
    const file = v[f]?.trim();
    if (!file) continue;
    out.set(file, {
      date: d >= 0 && v[d] ? parseRssDate(v[d]) : null,
      url: u >= 0 ? (v[u] ?? null) : null,
      source: s >= 0 ? (v[s] ?? null) : null,
    });
  }
  return out;
}

export interface FileResult {
  articles: Article[];
  errors: BuildError[];
  bytes: number;
}

/** JSON Lines held in memory, read as the build reads a stream (src/ingest/jsonl.ts). */
function readJsonlBuffer(doc: string, buf: Buffer): FileResult {
  const reader = new JsonlReader(doc);
  const out: FileResult = { articles: [], errors: [], bytes: buf.length };
  for (const x of [...reader.push(buf), ...reader.end()]) {
    if ("message" in x) out.errors.push(x);
    else out.articles.push(x);
  }
  for (const a of out.articles) a.sha256 = reader.sha256 ?? "";
  return out;
}

/** Reads and parses one input file. Never throws: problems come back as errors. */
export function readArticles(
  file: InputFile,
  manifests: Map<string, Map<string, Sidecar>>,
): FileResult {
  const fail = (message: string, bytes = 0): FileResult => ({
    articles: [],
    errors: [{ file: file.doc, message }],
    bytes,
  });
  let buf: Buffer;
  try {
    const st = statSync(file.path);
    if (!st.isFile()) return fail("not a regular file");
    if (st.size > MAX_BYTES) return fail(`too large (${st.size} bytes; the limit is ${MAX_BYTES})`);
    buf = readFileSync(file.path);
  } catch (e) {
    return fail(cannotRead(e));
  }
  if (buf.length === 0) return fail("empty file");
  if (extname(file.path).toLowerCase() === ".jsonl") return readJsonlBuffer(file.doc, buf);
  // Offsets count UTF-16 code units of this text, byte-order mark included (see decode.ts).
  const decoded = decodeBytes(buf);
  if ("error" in decoded) return fail(decoded.error, buf.length);
  const { text } = decoded;
  if (!text.trim()) return fail("no text (only white space)", buf.length);
  const sha256 = createHash("sha256").update(buf).digest("hex");
  const ext = extname(file.path).toLowerCase();
  if (ext === ".json") {
    // JSON spans point into each record's text field, so dropping the mark shifts nothing.
    return { ...parseJsonArticles(file.doc, withoutMark(text), sha256), bytes: buf.length };
  }
  const dir = dirname(file.path);
  let manifest = manifests.get(dir);
  if (!manifest) {
    manifest = readManifest(dir);
    manifests.set(dir, manifest);
  }
  const side = manifest.get(basename(file.path)) ?? {};
  const meta = { doc: file.doc, sha256, ...side };
  const article =
    ext === ".html" || ext === ".htm" || looksLikeHtml(text)
      ? parseHtml(text, meta)
      : parseTxt(text, meta);
  article.source ??= outletFromUrl(article.url);
  if (article.pieces.length === 0) return fail("no article text found", buf.length);
  return { articles: [article], errors: [], bytes: buf.length };
}
