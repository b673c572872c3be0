// Structure of an article saved as plain text: the title, metadata lines, the body, site
// furniture, and related-article teasers. Offsets always point into the original text.
import type { Article, Piece, Section } from "../schema.js";
import { normalizeForMatch } from "../text/normalize.js";
import { classifyLine, sourceOf } from "./boilerplate.js";
import { parseDate } from "./dates.js";
import { lines, trimRange } from "./lines.js";

// "دبي، الإمارات العربية المتحدة (CNN)—": a place and an agency before a dash open the body.
const DATELINE = /^[^\n()«»"]{2,60}?\((?:CNN|[^()\n]{1,24})\)\s*[-—–]{1,2}\s*/u;
// An embedded tweet's byline: "— وكالة يونهاب للأنباء (@YonhapArabic) November 9, 2023".
const TWEET_BYLINE = /[—–-]\s*[^—–\n]{1,80}?\(@\w+\)\s*[A-Za-z]+\s+\d{1,2},\s*\d{4}/gu;

export interface ArticleMeta {
  doc: string;
  sha256: string;
  title?: string | null;
  date?: string | null;
  source?: string | null;
  url?: string | null;
}

/** Cuts tweet bylines out of a content range; returns the remaining ranges. */
function withoutTweetBylines(text: string, start: number, end: number): Array<[number, number]> {
  const line = text.slice(start, end);
  // A byline always holds "(@": most lines have none and skip the regex.
  if (!line.includes("(@")) return [[start, end]];
  const out: Array<[number, number]> = [];
  let pos = 0;
  for (const m of line.matchAll(TWEET_BYLINE)) {
    out.push([start + pos, start + m.index]);
    pos = m.index + m[0].length;
  }
  out.push([start + pos, end]);
  return out;
}

export interface TxtOptions {
  /** The first non-blank line is the title (plain-text files); false when the title is known. */
  titleLine: boolean;
}

export function parseTxt(
  text: string,
  meta: ArticleMeta,
  opts: TxtOptions = { titleLine: true },
): Article {
  const pieces: Piece[] = [];
  let title: string | null = meta.title ?? null;
  let date: string | null = meta.date ?? null;
  let source: string | null = meta.source ?? null;
  let section: Section = "body";
  let sawTitle = !opts.titleLine;
  let bodyLines = 0;
  const push = (s: number, e: number, sec: Section) => {
    const r = trimRange(text, s, e);
    if (r) pieces.push({ section: sec, start: r[0], end: r[1] });
  };
  for (const line of lines(text)) {
    const range = trimRange(text, line.start, line.end);
    if (!range) continue;
    const raw = text.slice(range[0], range[1]);
    // Line kinds are told by how a line starts: no need to normalize a whole paragraph.
    const norm = normalizeForMatch(raw.slice(0, 200));
    if (!sawTitle) {
      sawTitle = true;
      title ??= raw;
      push(range[0], range[1], "title");
      continue;
    }
    const kind = classifyLine(norm);
    if (kind === "date") {
      date ??= parseDate(norm);
      continue;
    }
    if (kind === "source") {
      source ??= sourceOf(raw);
      continue;
    }
    if (kind === "related-start") {
      section = "related";
      continue;
    }
    if (kind !== "content") continue;
    let start = range[0];
    if (section === "body" && bodyLines < 3) {
      const d = DATELINE.exec(raw);
      if (d) start += d[0].length;
    }
    bodyLines++;
    for (const [s, e] of withoutTweetBylines(text, start, range[1])) push(s, e, section);
  }
  return {
    doc: meta.doc,
    text,
    title,
    date,
    source,
    url: meta.url ?? null,
    pieces,
    sha256: meta.sha256,
  };
}
