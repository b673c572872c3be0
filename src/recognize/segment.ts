// Sentences and tokens of an article, in normalized text with offsets back to the original.
import type { Article, Section } from "../schema.js";
import { type Stem, stems } from "../text/clitics.js";
import { type Normalized, normalizeWithMap } from "../text/normalize.js";
import type { Words } from "../text/words.js";
import { type TokInfo, tokenizeInfo } from "./tokinfo.js";

export interface Tok {
  /** Normalized token text. */
  text: string;
  /** Offsets into the normalized article text. */
  start: number;
  end: number;
  /** The record shared by every token of this text (set on every token `segment` cuts). */
  info?: TokInfo;
  /** Proclitic readings of a token made without an info record, computed on first use. */
  stems?: Stem[];
}

/** The token's proclitic readings. */
export function tokStems(t: Tok): Stem[] {
  if (t.info) return t.info.stems;
  if (!t.stems) t.stems = stems(t.text);
  return t.stems;
}

/** A word counting a group: "ثلاثة", "عدد", a number written in digits (words.json counts). */
export function isCount(t: Tok | undefined, w: Words): boolean {
  if (!t) return false;
  return /^[0-9٠-٩]+$/.test(t.text) || tokStems(t).some((st) => w.counts.has(st.stem));
}

export interface Sentence {
  index: number;
  section: Section;
  /** Offsets into the normalized article text. */
  start: number;
  end: number;
  tokens: Tok[];
}

export interface Segmented {
  norm: Normalized;
  sentences: Sentence[];
}

/** The normalized offset of an original offset (the first normalized char at or after it). */
export function toNormOffset(n: Normalized, orig: number): number {
  let lo = 0;
  let hi = n.map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((n.map[mid] ?? 0) < orig) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// A sentence ends at . ! ? ؟ (possibly repeated, possibly followed by closing quotes) before
// white space; a single letter before the dot is an abbreviation (د. = Dr.), not an end.
const END = /[.!?؟…]+["'”»)\]]*(?=\s|$)/g;

function sentenceRanges(norm: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const text = norm.slice(start, end);
  let from = 0;
  for (const m of text.matchAll(END)) {
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    if (m[0] === "." && /(^|\s)\S$/.test(before)) continue;
    const to = m.index + m[0].length;
    if (text.slice(from, to).trim()) out.push([start + from, start + to]);
    from = to;
  }
  if (text.slice(from).trim()) out.push([start + from, end]);
  return out;
}

/**
 * The most tokens one sentence may hold. Real news sentences stay far below it (the longest of
 * the 300-article corpus has 134); a text without punctuation would otherwise make one sentence
 * of the whole article, and the per-sentence work grows faster than its length.
 */
export const MAX_SENTENCE_TOKENS = 160;
/** How far back from the limit a cut looks for a comma or semicolon to cut after. */
const CUT_WINDOW = 60;

/** Token runs of at most MAX_SENTENCE_TOKENS, cut after a comma near the limit when there is one. */
function chunkTokens(norm: string, tokens: Tok[]): Tok[][] {
  if (tokens.length <= MAX_SENTENCE_TOKENS) return [tokens];
  const out: Tok[][] = [];
  let from = 0;
  while (tokens.length - from > MAX_SENTENCE_TOKENS) {
    let cut = from + MAX_SENTENCE_TOKENS;
    for (let k = cut - 1; k > cut - CUT_WINDOW; k--) {
      const gap = norm.slice((tokens[k] as Tok).end, (tokens[k + 1] as Tok).start);
      if (/[,،;؛:]/.test(gap)) {
        cut = k + 1;
        break;
      }
    }
    out.push(tokens.slice(from, cut));
    from = cut;
  }
  out.push(tokens.slice(from));
  return out;
}

export function segment(article: Article): Segmented {
  const norm = normalizeWithMap(article.text);
  const sentences: Sentence[] = [];
  for (const piece of article.pieces) {
    const ps = toNormOffset(norm, piece.start);
    const pe = toNormOffset(norm, piece.end);
    for (const [s, e] of sentenceRanges(norm.norm, ps, pe)) {
      const all: Tok[] = tokenizeInfo(norm.norm, s, e);
      if (all.length === 0) continue;
      const chunks = chunkTokens(norm.norm, all);
      if (chunks.length === 1) {
        const raw = norm.norm.slice(s, e);
        sentences.push({
          index: sentences.length,
          section: piece.section,
          start: s + (raw.length - raw.trimStart().length),
          end: e - (raw.length - raw.trimEnd().length),
          tokens: all,
        });
        continue;
      }
      for (const tokens of chunks) {
        sentences.push({
          index: sentences.length,
          section: piece.section,
          start: (tokens[0] as Tok).start,
          end: (tokens[tokens.length - 1] as Tok).end,
          tokens,
        });
      }
    }
  }
  return { norm, sentences };
}
