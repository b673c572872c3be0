// A Unicode-aware word tokenizer with offsets. Arabic is space-delimited, so a single regex
// over letters, marks and digits is exact and much faster than Intl.Segmenter.

export interface Token {
  /** The token text (from the string it was cut from). */
  text: string;
  start: number;
  end: number;
}

// Underscore splits words, so hashtags like #قطاع_غزة read as two words.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = from;
  for (;;) {
    const m = WORD.exec(text);
    if (!m || m.index >= to) break;
    const end = Math.min(m.index + m[0].length, to);
    out.push({ text: text.slice(m.index, end), start: m.index, end });
  }
  return out;
}
