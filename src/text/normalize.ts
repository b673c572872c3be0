// Arabic orthographic normalization for matching. The original text is never changed:
// `normalizeWithMap` returns the normalized string and, for each of its characters, the
// offset of the original character it came from, so every match maps back exactly.

/** Characters dropped for matching: tashkeel, Quranic marks, tatweel, invisible format marks. */
function isDropped(c: number): boolean {
  return (
    (c >= 0x064b && c <= 0x065f) || // fathatan .. wavy hamza below
    c === 0x0670 || // superscript alef
    c === 0x0640 || // tatweel
    (c >= 0x06d6 && c <= 0x06ed) || // Quranic annotation marks
    c === 0x200b || // zero width space
    c === 0x200c || // ZWNJ
    c === 0x200d || // ZWJ
    c === 0x200e || // LRM
    c === 0x200f || // RLM
    c === 0x061c || // Arabic letter mark
    c === 0xfeff // BOM
  );
}

/** One-to-one replacements (code unit to code unit), so offsets stay simple. */
function fold(c: number): number {
  switch (c) {
    case 0x0623: // أ
    case 0x0625: // إ
    case 0x0622: // آ
    case 0x0671: // ٱ
      return 0x0627; // ا
    case 0x0649: // ى
    case 0x06cc: // Persian ی
    case 0x06d2: // yeh barree
      return 0x064a; // ي
    case 0x06a9: // Persian ک
    case 0x06aa: // swash kaf
      return 0x0643; // ك
    case 0x0629: // ة
      return 0x0647; // ه
    case 0x06af: // Persian گ (g) is written غ or ج in Arabic news
      return 0x063a;
    case 0x067e: // Persian پ
      return 0x0628;
    case 0x0686: // Persian چ
      return 0x062c;
    case 0x06a4: // ڤ (v)
      return 0x0641;
  }
  if (c >= 0x0660 && c <= 0x0669) return c - 0x0660 + 0x30; // Arabic-Indic digits
  if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0 + 0x30; // Persian digits
  if (c >= 0x41 && c <= 0x5a) return c + 0x20; // ASCII lower case
  return c;
}

export interface Normalized {
  /** The normalized text. */
  norm: string;
  /** `map[i]` is the original offset of `norm[i]`; `map[norm.length]` is the original length. */
  map: Int32Array;
}

/** The rules above as a table over every UTF-16 code unit: 0 means dropped. */
const TABLE = (() => {
  const t = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) t[c] = isDropped(c) ? 0 : fold(c);
  return t;
})();
const utf16 = new TextDecoder("utf-16le");

/** Code units to a string. TextDecoder is fast but replaces lone surrogates (half of an
 * emoji cut by a span), so text with surrogates takes the exact, slower path. */
function decode(units: Uint16Array): string {
  let surrogates = false;
  for (let i = 0; i < units.length; i++) {
    const c = units[i] as number;
    if (c >= 0xd800 && c <= 0xdfff) {
      surrogates = true;
      break;
    }
  }
  if (!surrogates) return utf16.decode(units);
  let s = "";
  for (let k = 0; k < units.length; k += 8192) {
    s += String.fromCharCode.apply(null, units.subarray(k, k + 8192) as unknown as number[]);
  }
  return s;
}

/** Normalizes `text` for matching and keeps the map back to original offsets. */
export function normalizeWithMap(text: string): Normalized {
  const map = new Int32Array(text.length + 1);
  const out = new Uint16Array(text.length);
  let j = 0;
  for (let i = 0; i < text.length; i++) {
    const f = TABLE[text.charCodeAt(i)] as number;
    if (f === 0) continue;
    out[j] = f;
    map[j++] = i;
  }
  map[j] = text.length;
  return { norm: decode(out.subarray(0, j)), map: map.subarray(0, j + 1) };
}

/** White space as /\s/ reads it, per UTF-16 code unit. */
const SPACE = (() => {
  const t = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) if (/\s/.test(String.fromCharCode(c))) t[c] = 1;
  return t;
})();

// normalizeForMatch runs on every line of every article: one buffer, grown as needed, saves
// allocating a typed array per call.
let scratch = new Uint16Array(1024);

/**
 * The normalized form alone (for KB aliases, queries, gold labels and line tests), with runs
 * of white space made one space and the ends trimmed, in the same pass.
 */
export function normalizeForMatch(text: string): string {
  if (text.length > SHORT) return normalizeText(text);
  // Words and names (lexicon entries, labels) come back again and again: each is done once.
  const hit = shortMemo.get(text);
  if (hit !== undefined) return hit;
  if (shortMemo.size >= SHORT_LIMIT) shortMemo.clear();
  const out = normalizeText(text);
  shortMemo.set(text, out);
  return out;
}

/** Texts up to this length are words and names, memoized; longer ones are lines and articles. */
const SHORT = 64;
/** Bounds the memo on endless streams. */
const SHORT_LIMIT = 50_000;
const shortMemo = new Map<string, string>();

function normalizeText(text: string): string {
  if (scratch.length < text.length) scratch = new Uint16Array(text.length * 2);
  const out = scratch;
  let j = 0;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const f = TABLE[text.charCodeAt(i)] as number;
    if (f === 0) continue;
    if (SPACE[f] === 1) {
      space = j > 0;
      continue;
    }
    if (space) {
      out[j++] = 32;
      space = false;
    }
    out[j++] = f;
  }
  return decode(out.subarray(0, j));
}

/** Maps a [start, end) span of the normalized text back to the original text. */
export function toOriginalSpan(n: Normalized, start: number, end: number): [number, number] {
  const s = n.map[start] ?? 0;
  const last = n.map[end - 1];
  return [s, last === undefined ? s : last + 1];
}
