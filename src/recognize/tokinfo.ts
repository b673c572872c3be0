// One record per distinct token text, shared by every occurrence of that text. The passes
// over a sentence (KB matching, name patterns, triggers) each ask the same questions of the
// same words again and again; a record computed once per word answers them without a string
// hash and Map lookup per token per pass. Tokens are cut straight into these records: the
// token's text is read from the normalized article and only sliced out the first time it is
// seen, so every later lookup keyed by it reuses a string whose hash V8 has already cached.
import { computeStems, type Stem } from "../text/clitics.js";
import { tokenize } from "../text/tokenize.js";

export interface TokInfo {
  /** The normalized token text (one string object for all its occurrences). */
  readonly text: string;
  /** Proclitic readings, the token itself first. */
  readonly stems: Stem[];
  /**
   * Memos derived from the text and one owner (a KB, a lexicon), valid while `owner` is the
   * one asked about. A different KB or lexicon recomputes them.
   */
  kbOwner: object | null;
  kbMemo: unknown;
  lexOwner: object | null;
  lexMemo: unknown;
  /** The name patterns' cues (their word lists are fixed), computed on first use. */
  patternMemo: unknown;
  /**
   * The relation frames' answers for this word (src/extract/frames-*.ts; their word lists
   * are fixed bundled data), computed on first use: undefined until then.
   */
  coopAnchor: boolean | undefined;
  conflictHead: unknown;
  /** Whether the word opens a stance frame of src/extract/frames-stance.ts. */
  stanceAnchor: boolean | undefined;
  /** Whether the word is a noun of releasing a detainee (src/extract/frames-stance-release.ts). */
  releaseAnchor: boolean | undefined;
  /** Coreference's class of the word (src/extract/coref.ts) and the word lists it is for. */
  corefMemo: { words: object; flags: number } | undefined;
  /**
   * Yes/no answers of the word tests made with `wordTest` (src/recognize/word-test.ts), one
   * bit per test: which are known and which are yes, valid for generation `testGen`.
   */
  testGen: number;
  testKnown: number;
  testHits: number;
  /** The relation model's features made of the word (src/model/features.ts). */
  modelMemo: unknown;
}

/** A token of a sentence: its info record and its offsets into the normalized article text. */
export interface InfoTok {
  text: string;
  start: number;
  end: number;
  info: TokInfo;
}

// An open-addressing hash table keyed by the characters of a slice of a string, so a token
// is found without cutting it out first.
let mask = (1 << 16) - 1;
let hashes = new Int32Array(mask + 1);
let slots: Array<TokInfo | undefined> = new Array(mask + 1).fill(undefined);
let size = 0;
/** Bounds memory on endless streams; the records are pure functions of their text. */
const LIMIT = 200_000;

function hashOf(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  // Mix the high bits down: the table index is the low bits.
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 13);
}

function sameText(t: string, s: string, start: number, end: number): boolean {
  if (t.length !== end - start) return false;
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) !== s.charCodeAt(start + i)) return false;
  return true;
}

function reset(capacity: number): void {
  mask = capacity - 1;
  hashes = new Int32Array(capacity);
  slots = new Array(capacity).fill(undefined);
  size = 0;
}

function grow(): void {
  const oldHashes = hashes;
  const oldSlots = slots;
  reset((mask + 1) * 2);
  for (let i = 0; i < oldSlots.length; i++) {
    const info = oldSlots[i];
    if (info) place(oldHashes[i] as number, info);
  }
}

function place(h: number, info: TokInfo): void {
  let k = h & mask;
  while (slots[k] !== undefined) k = (k + 1) & mask;
  hashes[k] = h;
  slots[k] = info;
  size++;
}

/** The record of `s.slice(start, end)`. */
export function infoOf(s: string, start: number, end: number): TokInfo {
  const h = hashOf(s, start, end);
  let k = h & mask;
  for (;;) {
    const info = slots[k];
    if (info === undefined) break;
    if (hashes[k] === h && sameText(info.text, s, start, end)) return info;
    k = (k + 1) & mask;
  }
  if (size >= LIMIT) reset(mask + 1);
  else if (size * 2 >= mask) grow();
  const text = s.slice(start, end);
  const info: TokInfo = {
    text,
    stems: computeStems(text),
    kbOwner: null,
    kbMemo: null,
    lexOwner: null,
    lexMemo: null,
    patternMemo: null,
    coopAnchor: undefined,
    conflictHead: undefined,
    stanceAnchor: undefined,
    releaseAnchor: undefined,
    corefMemo: undefined,
    testGen: 0,
    testKnown: 0,
    testHits: 0,
    modelMemo: undefined,
  };
  place(h, info);
  return info;
}

// Word characters as the tokenizer's /[\p{L}\p{M}\p{N}]+/u reads them, per UTF-16 code unit:
// 1 word, 0 not, 2 a surrogate (a code point outside the BMP: left to the regex).
const WORD_CHAR = (() => {
  const t = new Uint8Array(65536);
  const re = /[\p{L}\p{M}\p{N}]/u;
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) t[c] = 2;
    else if (re.test(String.fromCharCode(c))) t[c] = 1;
  }
  return t;
})();

/**
 * The tokens of `text[from, to)`, exactly as `tokenize` cuts them, with their info records.
 * A scan over a character table; text with surrogates takes `tokenize` itself.
 */
export function tokenizeInfo(text: string, from: number, to: number): InfoTok[] {
  const out: InfoTok[] = [];
  let start = -1;
  for (let i = from; i < to; i++) {
    const w = WORD_CHAR[text.charCodeAt(i)];
    if (w === 2) return withInfo(text, from, to);
    if (w === 1) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(makeTok(text, start, i));
      start = -1;
    }
  }
  if (start >= 0) out.push(makeTok(text, start, to));
  return out;
}

function makeTok(text: string, start: number, end: number): InfoTok {
  const info = infoOf(text, start, end);
  return { text: info.text, start, end, info };
}

function withInfo(text: string, from: number, to: number): InfoTok[] {
  return tokenize(text, from, to).map((t) => makeTok(text, t.start, t.end));
}
