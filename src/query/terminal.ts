// Arabic in a terminal table. Columns line up by display width (combining marks and bidi
// controls take no cell, wide East Asian characters and emoji take two), and each Arabic run
// is wrapped in a right-to-left isolate (U+2067 … U+2069): a bidi-aware terminal then shows
// the run right-to-left without pulling the table's columns into Arabic order.

const RLI = "\u2067";
const PDI = "\u2069";

/**
 * A run starts on an Arabic letter and ends on one or on a digit ("موقع 24"), with spaces and
 * sentence punctuation between; it never crosses a field separator such as "·" or "_".
 */
const ARABIC_RUN =
  /\p{Script=Arabic}(?:[\p{Script=Arabic}\p{N}\p{M} .,:;!?'"()«»\-–/]*[\p{Script=Arabic}\p{N}\p{M}])?/gu;

export function isolateArabic(s: string): string {
  return s.replace(ARABIC_RUN, (run) => `${RLI}${run}${PDI}`);
}

/** A whole line of Arabic prose (an evidence sentence) as one right-to-left isolate. */
export function isolateLine(s: string): string {
  return /\p{Script=Arabic}/u.test(s) ? `${RLI}${s}${PDI}` : s;
}

export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x20 || (c >= 0x7f && c < 0xa0) || /[\p{M}\p{Cf}]/u.test(ch)) continue;
    w += isWide(c) ? 2 : 1;
  }
  return w;
}

function isWide(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x1f300 && c <= 0x1faff) ||
    (c >= 0x20000 && c <= 0x3fffd)
  );
}

export interface TableOptions {
  /** Wrap Arabic runs in isolates (default true). */
  isolate?: boolean;
  /** Cut cells wider than this many columns, with an ellipsis (default 48). */
  maxCell?: number;
}

/** `s` cut to at most `max` display columns, ending in "…" when cut. */
export function truncate(s: string, max: number): string {
  if (displayWidth(s) <= max) return s;
  let out = "";
  for (const ch of s) {
    if (displayWidth(out + ch) > max - 1) break;
    out += ch;
  }
  return `${out.trimEnd()}…`;
}

/** Rows under a header, columns padded to the widest cell, separated by two spaces. */
export function renderTable(
  header: string[],
  rows: string[][],
  options: TableOptions = {},
): string {
  const iso = options.isolate ?? true;
  const max = options.maxCell ?? 48;
  rows = rows.map((r) => r.map((c) => truncate(c, max)));
  const widths = header.map((h, i) =>
    Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ""))),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => {
        const pad = " ".repeat((widths[i] ?? 0) - displayWidth(c));
        return (iso ? isolateArabic(c) : c) + (i === cells.length - 1 ? "" : pad);
      })
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "─".repeat(w)).join("  ");
  return [line(header), rule, ...rows.map(line)].join("\n");
}
