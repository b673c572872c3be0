// Bytes to text. Articles are UTF-8, perhaps with a byte-order mark; Windows "Unicode" exports
// are UTF-16 or UTF-32 and always start with one, which is how they are told apart.
//
// What offsets mean: every span and piece counts UTF-16 code units of the decoded text (a
// JavaScript string), whatever the file's encoding. A byte-order mark stays in the text as
// U+FEFF at offset 0, as readFileSync(path, "utf8") keeps it; the parsers skip it as white
// space, so it never reaches a title or a mention. For a UTF-16 file (BOM included) a span's
// offsets times two are byte offsets in the file; for UTF-8 and UTF-32 they are not.

export type Decoded = { text: string; encoding: string } | { error: string };

// Longest first: a UTF-32 LE mark begins with the UTF-16 LE one.
const MARKS: Array<{ bytes: number[]; encoding: string }> = [
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: "UTF-32LE" },
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: "UTF-32BE" },
  { bytes: [0xef, 0xbb, 0xbf], encoding: "UTF-8" },
  { bytes: [0xff, 0xfe], encoding: "UTF-16LE" },
  { bytes: [0xfe, 0xff], encoding: "UTF-16BE" },
];

/** The encoding a byte-order mark at the start names, or null when there is none. */
export function encodingOfMark(buf: Uint8Array): string | null {
  const mark = MARKS.find((m) => m.bytes.every((b, i) => buf[i] === b));
  return mark ? mark.encoding : null;
}

// ignoreBOM keeps the mark in the text (see the note on offsets above).
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const utf16le = new TextDecoder("utf-16le", { fatal: true, ignoreBOM: true });
const utf16be = new TextDecoder("utf-16be", { fatal: true, ignoreBOM: true });

/** UTF-32 by hand (TextDecoder has no UTF-32); null on a bad length or code point. */
function decodeUtf32(buf: Uint8Array, littleEndian: boolean): string | null {
  if (buf.length % 4 !== 0) return null;
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let i = 0; i < buf.length; i += 4) {
    const cp = view.getUint32(i, littleEndian);
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
    chunk.push(cp);
    // fromCodePoint takes its code points as arguments: keep each call well under the limit.
    if (chunk.length === 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  parts.push(String.fromCodePoint(...chunk));
  return parts.join("");
}

function decodeWith(buf: Uint8Array, encoding: string): string | null {
  if (encoding === "UTF-32LE" || encoding === "UTF-32BE")
    return decodeUtf32(buf, encoding === "UTF-32LE");
  const decoder = { "UTF-8": utf8, "UTF-16LE": utf16le, "UTF-16BE": utf16be }[encoding];
  try {
    return decoder ? decoder.decode(buf) : null;
  } catch {
    return null;
  }
}

const BINARY = "binary file (contains NUL bytes)";

/**
 * Decodes a file's bytes. The mark is looked for before NUL bytes: UTF-16 and UTF-32 text is
 * full of them. Without a mark, NUL bytes mean a binary file and the rest must be UTF-8.
 */
export function decodeBytes(buf: Uint8Array): Decoded {
  const marked = encodingOfMark(buf);
  if (marked && marked !== "UTF-8") {
    const text = decodeWith(buf, marked);
    if (text === null) return { error: `not valid ${marked} (it starts with a ${marked} mark)` };
    // Decoded NULs are as binary as raw ones.
    if (text.slice(0, 8192).includes("\0")) return { error: BINARY };
    return { text, encoding: marked };
  }
  if (buf.subarray(0, 8192).includes(0)) return { error: BINARY };
  const text = decodeWith(buf, "UTF-8");
  return text === null ? { error: "not valid UTF-8" } : { text, encoding: "UTF-8" };
}

/** The text without its byte-order mark, for formats whose offsets do not count it (JSON). */
export const withoutMark = (text: string): string =>
  text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
