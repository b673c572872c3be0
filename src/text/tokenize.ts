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
    // With the u flag a search from inside a surrogate pair starts at the pair: a token never
    // starts before `from` nor ends after `to`.
    const start = Math.max(m.index, from);
    const end = Math.min(m.index + m[0].length, to);
    if (start < end) out.push({ text: text.slice(start, end), start, end });
  }
  return out;
}
