// Splitting text into lines with offsets, and trimming a range to its non-blank core.

export interface Line {
  start: number;
  /** End of the line, excluding the line break. */
  end: number;
}

export function lines(text: string, from = 0, to = text.length): Line[] {
  const out: Line[] = [];
  let start = from;
  while (start <= to) {
    let nl = text.indexOf("\n", start);
    if (nl === -1 || nl > to) nl = to;
    let end = nl;
    if (end > start && text.charCodeAt(end - 1) === 13) end--; // CRLF
    out.push({ start, end });
    if (nl >= to) break;
    start = nl + 1;
  }
  return out;
}

const isSpace = (c: number) =>
  c === 32 ||
  c === 9 ||
  c === 13 ||
  c === 10 ||
  c === 0xa0 ||
  (c >= 0x2000 && c <= 0x200f) ||
  c === 0x202f ||
  c === 0x3000 ||
  c === 0xfeff ||
  c === 0x2022 /* • bullet */;

/** The range without leading and trailing white space (and list bullets); null when blank. */
export function trimRange(text: string, start: number, end: number): [number, number] | null {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return s < e ? [s, e] : null;
}
