// XML 1.0 cannot carry every JavaScript string: C0 controls (other than tab, LF, CR), lone
// surrogates and U+FFFE/U+FFFF have no representation, not even as character references.
// They are dropped before writing; everything else survives a write and a re-read.

const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** `s` without the characters XML 1.0 forbids. */
export function xmlSafe(s: string): string {
  return s.replace(NOT_XML_CHAR, "");
}

/**
 * Escapes text content; CR as a reference, since parsers turn a literal CR into LF, and so are
 * NEL and the Unicode line and paragraph separators, which XML 1.1's line ends (and xmldom,
 * which graphology-gexf and graphology-graphml read with) turn into LF too.
 */
export function escapeText(s: string): string {
  return xmlSafe(s).replace(/[&<>\r\u0085\u2028\u2029]/g, (c) => TEXT_ESCAPES[c] ?? c);
}

/** Escapes an attribute value; tab and line ends as references, which parsers keep. */
export function escapeAttribute(s: string): string {
  return xmlSafe(s).replace(/[&<>"\t\n\r\u0085\u2028\u2029]/g, (c) => ATTR_ESCAPES[c] ?? c);
}

const TEXT_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  "\r": "&#xD;",
  "\u0085": "&#x85;",
  "\u2028": "&#x2028;",
  "\u2029": "&#x2029;",
};

const ATTR_ESCAPES: Record<string, string> = {
  ...TEXT_ESCAPES,
  '"': "&quot;",
  "\t": "&#x9;",
  "\n": "&#xA;",
};

const UNICODE_LINE_ENDS = /[\u0085\u2028\u2029]/g;

/**
 * NEL and the Unicode line and paragraph separators of a whole document as references: for XML
 * a writer other than ours made (graphology-gexf's), where they can only stand in text or
 * attribute values, never in markup.
 */
export function referenceLineEnds(xml: string): string {
  return xml.replace(UNICODE_LINE_ENDS, (c) => `&#x${(c.codePointAt(0) as number).toString(16)};`);
}
