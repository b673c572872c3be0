// Where the quoted span falls inside its sentence. The span is [start, end) in the article's
// text; the sentence is given as text. Pure functions, tested without a browser.

/** [start, end) of the span inside `sentence`, or null when it cannot be placed. */
export function spanInSentence(
  sentence: string,
  articleText: string | null,
  span: readonly [number, number],
): [number, number] | null {
  if (!articleText) return null;
  const [start, end] = span;
  if (start < 0 || end > articleText.length || end <= start) return null;
  const quote = articleText.slice(start, end);
  // Prefer the occurrence that agrees with the sentence's own position in the article.
  const sentenceAt = articleText.lastIndexOf(sentence, start);
  if (sentenceAt >= 0 && sentenceAt + sentence.length >= end) {
    return [start - sentenceAt, end - sentenceAt];
  }
  const at = sentence.indexOf(quote);
  return at >= 0 ? [at, at + quote.length] : null;
}

/** Splits text into [before, marked, after] for a [start, end) range. */
export function splitAt(textValue: string, range: [number, number]): [string, string, string] {
  const [s, e] = range;
  return [textValue.slice(0, s), textValue.slice(s, e), textValue.slice(e)];
}
