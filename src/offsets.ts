// Spans in athar's outputs are [start, end) in UTF-16 code units of the decoded text (JavaScript
// string indices). Python, Swift's unicodeScalars, Go's []rune, Rust's chars() count code
// points instead: the two differ after every character outside the Basic Multilingual Plane
// (an emoji such as 😀 or a flag such as 🇷🇺 is two code units per code point). Combining marks
// (Arabic tashkeel, a Latin e + U+0301) are one unit in both and shift nothing.

/**
 * The same stretch of `text` as code-point indices (Python string indices): `[...text]`
 * sliced with the result equals `text.slice(span[0], span[1])`. Throws a RangeError for a
 * span outside the text, reversed, or with an end inside a surrogate pair.
 */
export function codePointSpan(
  text: string,
  span: readonly [number, number],
): [start: number, end: number] {
  const [start, end] = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end) {
    throw new RangeError(`not a span: [${start}, ${end})`);
  }
  if (end > text.length) {
    throw new RangeError(`span [${start}, ${end}) is past the end of the text (${text.length})`);
  }
  const out: [number, number] = [0, 0];
  let points = 0;
  let unit = 0;
  for (const [i, at] of [start, end].entries()) {
    for (; unit < at; points++) unit += (text.codePointAt(unit) ?? 0) > 0xffff ? 2 : 1;
    if (unit !== at) {
      throw new RangeError(`span [${start}, ${end}): offset ${at} splits a surrogate pair`);
    }
    out[i] = points;
  }
  return out;
}
